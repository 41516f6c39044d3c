/**
 * The HTTP route table: one entry per route, read by everything that serves or describes it. The CDK
 * stack and the local gateway route by `method`, `path`, `auth` and `handler` (a file in `functions/`,
 * without extension, exporting `handler`); the handler wrapper (functions/lib/route.ts) parses with
 * `input`, checks the role `auth` names and answers `ok.status`; `npm run openapi` documents all of it.
 * On AWS, non-public routes sit behind the HTTP API's JWT authorizer; the wrapper then checks the group
 * claim (`moderators` or `admins`; `admin` routes need `admins`).
 */
import type * as z from '../shared/zod';
import {
  articleSettingsInput,
  authorEraseInput,
  authorExportQuery,
  banInput,
  emailLookupInput,
  bulkDecisionInput,
  decisionInput,
  flagInput,
  historyQuery,
  policyPutInput,
  queueQuery,
} from '../shared/domain/moderation-schemas';
import type * as responses from '../shared/domain/responses';
import type { RouteContract, RouteDefinition } from './route-contract';
import { HEADERS, PATHS } from './route-inputs';
import {
  DECISION_REVIEW_ROUTES,
  NOTICE_AND_APPEAL_ROUTES,
  SUSPENSION_ROUTES,
  TRANSPARENCY_ROUTES,
  TRUSTED_FLAGGER_ROUTES,
} from './routes-due-process';
import {
  countsQuery,
  editCommentInput,
  listCommentsQuery,
  listRepliesQuery,
  postCommentInput,
} from '../shared/domain/schemas';

export type {
  HttpMethod,
  ResponseSchemaName,
  RouteAuth,
  RouteContract,
  RouteDefinition,
  RouteInput,
} from './route-contract';

/** The contracts by handler name, in the order the API documents them. */
const contracts = {
  'post-comment': {
    method: 'POST',
    path: '/articles/{articleId}/comments',
    auth: 'public',
    input: { path: PATHS.article, body: postCommentInput },
    ok: { status: 202, schema: 'postCommentResponseSchema' },
    errors: [
      'validation_failed', // the Idempotency-Key header
      'comments_closed',
      'author_banned',
      'author_suspended',
      'parent_not_found',
      'idempotency_key_reused',
      'idempotency_in_progress',
      'rate_limited',
    ],
    headers: { 'Idempotency-Key': 'Replays the first answer for the same body; 409 for another body.' },
  },
  'list-comments': {
    method: 'GET',
    path: '/articles/{articleId}/comments',
    auth: 'public',
    input: { path: PATHS.article, query: listCommentsQuery },
    ok: { status: 200, schema: 'threadsPageSchema' },
    errors: [],
  },
  'get-comment': {
    method: 'GET',
    path: '/comments/{commentId}',
    auth: 'public',
    input: { path: PATHS.comment },
    ok: { status: 200, schema: 'commentResponseSchema' },
    errors: ['invalid_author_token', 'comment_not_found'],
    headers: { 'X-Author-Token': 'The token returned once by POST.' },
  },
  'edit-comment': {
    method: 'PATCH',
    path: '/comments/{commentId}',
    auth: 'public',
    input: { path: PATHS.comment, body: editCommentInput },
    ok: { status: 200, schema: 'authorCommentResponseSchema' },
    errors: [
      'author_token_required',
      'invalid_author_token',
      'edit_window_closed',
      'comments_closed',
      'author_banned',
      'author_suspended',
      'comment_not_found',
      'invalid_transition',
      'version_conflict',
      'rate_limited',
    ],
    headers: HEADERS.authorToken,
  },
  'delete-comment': {
    method: 'DELETE',
    path: '/comments/{commentId}',
    auth: 'public',
    input: { path: PATHS.comment },
    ok: { status: 200, schema: 'authorCommentResponseSchema' },
    errors: [
      'author_token_required',
      'invalid_author_token',
      'comment_not_found',
      'version_conflict',
      'rate_limited',
    ],
    headers: HEADERS.authorToken,
  },
  'me-export': {
    method: 'GET',
    path: '/me/export',
    auth: 'public',
    writes: true,
    input: {},
    ok: { status: 200, schema: 'personalDataExportSchema' },
    errors: [
      'validation_failed', // the X-Author-Token header
      'author_token_required',
      'invalid_author_token',
      'rate_limited',
    ],
    headers: HEADERS.authorTokens,
  },
  'me-erase': {
    method: 'DELETE',
    path: '/me',
    auth: 'public',
    input: {},
    ok: { status: 200, schema: 'erasureResponseSchema' },
    errors: [
      'validation_failed', // the X-Author-Token header
      'author_token_required',
      'invalid_author_token',
      'version_conflict',
      'rate_limited',
    ],
    headers: HEADERS.authorTokens,
  },
  'list-replies': {
    method: 'GET',
    path: '/comments/{commentId}/replies',
    auth: 'public',
    input: { path: PATHS.comment, query: listRepliesQuery },
    ok: { status: 200, schema: 'repliesPageSchema' },
    errors: ['comment_not_found'],
  },
  'count-comments': {
    method: 'GET',
    path: '/counts',
    auth: 'public',
    input: { query: countsQuery },
    ok: { status: 200, schema: 'countsResponseSchema' },
    errors: [],
  },
  'flag-comment': {
    method: 'POST',
    path: '/comments/{commentId}/flags',
    auth: 'public',
    input: { path: PATHS.comment, body: flagInput },
    ok: { status: 202, schema: 'flagResponseSchema' },
    errors: ['comment_not_found', 'already_flagged', 'invalid_flagger_token'],
    headers: HEADERS.flaggerToken,
  },
  ...NOTICE_AND_APPEAL_ROUTES,
  'moderation-queue': {
    method: 'GET',
    path: '/moderation/queue',
    auth: 'moderator',
    input: { query: queueQuery },
    ok: { status: 200, schema: 'moderationQueuePageSchema' },
    errors: [],
  },
  'moderation-decide': {
    method: 'POST',
    path: '/moderation/comments/{commentId}/decision',
    auth: 'moderator',
    input: { path: PATHS.comment, body: decisionInput },
    ok: { status: 200, schema: 'decisionResponseSchema' },
    errors: ['comment_not_found', 'version_conflict', 'invalid_transition'],
  },
  ...DECISION_REVIEW_ROUTES,
  ...SUSPENSION_ROUTES,
  'moderation-bulk-decide': {
    method: 'POST',
    path: '/moderation/decisions',
    auth: 'moderator',
    input: { body: bulkDecisionInput },
    ok: { status: 200, schema: 'bulkDecisionResponseSchema' },
    errors: [],
  },
  'moderation-history': {
    method: 'GET',
    path: '/moderation/comments/{commentId}/history',
    auth: 'moderator',
    input: { path: PATHS.comment, query: historyQuery },
    ok: { status: 200, schema: 'historySchema' },
    errors: ['comment_not_found'],
  },
  'moderation-get-article-settings': {
    method: 'GET',
    path: '/moderation/articles/{articleId}/settings',
    auth: 'moderator',
    input: { path: PATHS.article },
    ok: { status: 200, schema: 'articleSettingsSchema' },
    errors: ['validation_failed'], // the article id
  },
  'moderation-put-article-settings': {
    method: 'PUT',
    path: '/moderation/articles/{articleId}/settings',
    auth: 'moderator',
    input: { path: PATHS.article, body: articleSettingsInput },
    ok: { status: 200, schema: 'articleSettingsSchema' },
    errors: [],
  },
  'moderation-ban-author': {
    method: 'POST',
    path: '/moderation/authors/{authorId}/ban',
    auth: 'moderator',
    input: { path: PATHS.author, body: banInput },
    ok: { status: 200, schema: 'banResponseSchema' },
    errors: ['author_not_found'],
  },
  'moderation-author-export': {
    method: 'GET',
    path: '/moderation/authors/{authorId}/export',
    auth: 'moderator',
    writes: true,
    input: { path: PATHS.author, query: authorExportQuery },
    ok: { status: 200, schema: 'authorExportSchema' },
    errors: ['author_not_found'],
  },
  'moderation-author-erase': {
    method: 'POST',
    path: '/moderation/authors/{authorId}/erase',
    auth: 'moderator',
    input: { path: PATHS.author, body: authorEraseInput },
    ok: { status: 200, schema: 'authorErasureResponseSchema' },
    errors: ['author_not_found', 'version_conflict'],
  },
  'moderation-author-lookup': {
    method: 'POST',
    path: '/moderation/authors/lookup',
    auth: 'moderator',
    scans: true,
    input: { body: emailLookupInput },
    ok: { status: 200, schema: 'emailLookupResponseSchema' },
    errors: [],
  },
  'moderation-unban-author': {
    method: 'DELETE',
    path: '/moderation/authors/{authorId}/ban',
    auth: 'moderator',
    input: { path: PATHS.author },
    ok: { status: 200, schema: 'unbanResponseSchema' },
    errors: ['validation_failed', 'author_not_found'], // the author id
  },
  'moderation-get-policy': {
    method: 'GET',
    path: '/moderation/policy',
    auth: 'admin',
    input: {},
    ok: { status: 200, schema: 'policyDocumentSchema' },
    errors: [],
  },
  'moderation-put-policy': {
    method: 'PUT',
    path: '/moderation/policy',
    auth: 'admin',
    input: { body: policyPutInput },
    ok: { status: 200, schema: 'policyDocumentSchema' },
    errors: ['version_conflict'],
  },
  'moderation-stats': {
    method: 'GET',
    path: '/moderation/stats',
    auth: 'moderator',
    input: {},
    ok: { status: 200, schema: 'statsSchema' },
    errors: [],
  },
  ...TRANSPARENCY_ROUTES,
  ...TRUSTED_FLAGGER_ROUTES,
} as const satisfies Record<string, Omit<RouteContract, 'handler'>>;

export type Contracts = typeof contracts;
export type HandlerName = keyof Contracts;
/** The contract of one route, with its schemas' types. */
export type ContractOf<H extends HandlerName> = Contracts[H] & { readonly handler: H };
/** The success body of route `H`, as its response schema outputs it. */
export type SuccessBody<H extends HandlerName> = z.output<(typeof responses)[Contracts[H]['ok']['schema']]>;

/** The contract of the route `handler` serves. */
export const contractOf = <H extends HandlerName>(handler: H): ContractOf<H> => ({
  handler,
  ...contracts[handler],
});

export const routes: readonly RouteContract[] = (Object.keys(contracts) as HandlerName[]).map(contractOf);

/** The API Gateway route key (`METHOD /path`) of a route. */
export const routeKey = (r: RouteDefinition): string => `${r.method} ${r.path}`;

/** Functions triggered by something other than HTTP; also one source for CDK and the local runtime. */
export const triggers = {
  /** Consumes the table's stream, filtered by `moderationStreamFilters`. */
  moderateComment: 'moderate-comment',
  /** Runs on a schedule: moderates comments stuck in `received`, publishes queue-age metrics. */
  sweeper: 'sweep-received',
} as const;
