/**
 * The due-process routes of the route table (functions/routes.ts spreads them in place, in the order the
 * API documents them): notices of illegal content and appeals (EU DSA Art. 16, 20), their review by
 * moderators, suspensions for repeat abuse (Art. 23), and the transparency report and statements export
 * (Art. 15, 24).
 */
import { appealDecisionInput, appealInput } from '../shared/domain/appeal';
import { noticeDecisionInput, statementsQuery, transparencyQuery } from '../shared/domain/moderation-schemas';
import { noticeInput } from '../shared/domain/schemas';
import { suspensionDecisionInput } from '../shared/domain/suspension';
import { trustedFlaggerInput } from '../shared/domain/trusted-flagger';
import type { RouteContract } from './route-contract';
import { APPEAL_REFUSALS, APPEAL_SUBMIT, HEADERS, PATHS } from './route-inputs';

/** Public: a notice, its status, and the author's and the notifier's appeals. */
export const NOTICE_AND_APPEAL_ROUTES = {
  'notice-submit': {
    method: 'POST',
    path: '/comments/{commentId}/notices',
    auth: 'public',
    input: { path: PATHS.comment, body: noticeInput },
    ok: { status: 202, schema: 'noticeReceiptSchema' },
    errors: [
      'comment_not_found',
      'rate_limited',
      'invalid_flagger_token',
      'notifier_suspended',
      'notice_exists',
    ],
    headers: HEADERS.flaggerToken,
  },
  'notice-status': {
    method: 'GET',
    path: '/notices/{noticeId}',
    auth: 'public',
    input: { path: PATHS.notice },
    ok: { status: 200, schema: 'noticeStatusSchema' },
    errors: ['notice_not_found', 'invalid_notice_token'],
    headers: HEADERS.noticeToken,
  },
  'appeal-submit': {
    ...APPEAL_SUBMIT,
    path: '/comments/{commentId}/appeals',
    input: { path: PATHS.comment, body: appealInput },
    errors: ['comment_not_found', 'invalid_author_token', ...APPEAL_REFUSALS],
    headers: HEADERS.authorToken,
  },
  'notice-appeal-submit': {
    ...APPEAL_SUBMIT,
    path: '/notices/{noticeId}/appeals',
    input: { path: PATHS.notice, body: appealInput },
    errors: ['notice_not_found', 'invalid_notice_token', ...APPEAL_REFUSALS],
    headers: HEADERS.noticeToken,
  },
} as const satisfies Record<string, Omit<RouteContract, 'handler'>>;

/** Moderators decide a notice or an appeal once. */
export const DECISION_REVIEW_ROUTES = {
  'moderation-notice-decide': {
    method: 'POST',
    path: '/moderation/notices/{noticeId}/decision',
    auth: 'moderator',
    input: { path: PATHS.notice, body: noticeDecisionInput },
    ok: { status: 200, schema: 'noticeDecisionResponseSchema' },
    errors: ['notice_not_found', 'notice_already_decided', 'version_conflict'],
  },
  'moderation-appeal-decide': {
    method: 'POST',
    path: '/moderation/appeals/{appealId}/decision',
    auth: 'moderator',
    input: { path: PATHS.appeal, body: appealDecisionInput },
    ok: { status: 200, schema: 'appealDecisionResponseSchema' },
    errors: ['appeal_not_found', 'appeal_already_decided', 'same_decider', 'version_conflict'],
  },
} as const satisfies Record<string, Omit<RouteContract, 'handler'>>;

/**
 * Moderators: a suspension proposal (Art. 23) with its trail, and its decision (the open ones are the
 * moderation queue's `queue=suspensions`).
 */
export const SUSPENSION_ROUTES = {
  'moderation-suspension-get': {
    method: 'GET',
    path: '/moderation/suspensions/{suspensionId}',
    auth: 'moderator',
    input: { path: PATHS.suspension },
    ok: { status: 200, schema: 'suspensionDetailSchema' },
    errors: ['suspension_not_found'],
  },
  'moderation-suspension-decide': {
    method: 'POST',
    path: '/moderation/suspensions/{suspensionId}/decision',
    auth: 'moderator',
    input: { path: PATHS.suspension, body: suspensionDecisionInput },
    ok: { status: 200, schema: 'suspensionItemSchema' },
    errors: ['suspension_not_found', 'suspension_already_decided', 'warning_required', 'version_conflict'],
  },
} as const satisfies Record<string, Omit<RouteContract, 'handler'>>;

/** Admins: the trusted flaggers (Art. 22) whose notices and flags lead the queues. */
export const TRUSTED_FLAGGER_ROUTES = {
  'moderation-trusted-flagger-register': {
    method: 'POST',
    path: '/moderation/trusted-flaggers',
    auth: 'admin',
    input: { body: trustedFlaggerInput },
    ok: { status: 201, schema: 'trustedFlaggerRegisteredSchema' },
    errors: [],
  },
  'moderation-trusted-flagger-list': {
    method: 'GET',
    path: '/moderation/trusted-flaggers',
    auth: 'admin',
    input: {},
    ok: { status: 200, schema: 'trustedFlaggerListSchema' },
    errors: [],
  },
  'moderation-trusted-flagger-revoke': {
    method: 'DELETE',
    path: '/moderation/trusted-flaggers/{flaggerId}',
    auth: 'admin',
    input: { path: PATHS.flagger },
    ok: { status: 200, schema: 'trustedFlaggerResponseSchema' },
    errors: ['trusted_flagger_not_found'],
  },
} as const satisfies Record<string, Omit<RouteContract, 'handler'>>;

/** Admins: the transparency report and the statements of reasons export. */
export const TRANSPARENCY_ROUTES = {
  'moderation-transparency': {
    method: 'GET',
    path: '/moderation/transparency',
    auth: 'admin',
    input: { query: transparencyQuery },
    ok: { status: 200, schema: 'transparencyReportSchema', media: 'json-or-csv' },
    errors: [],
  },
  'moderation-transparency-statements': {
    method: 'GET',
    path: '/moderation/transparency/statements',
    auth: 'admin',
    input: { query: statementsQuery },
    ok: { status: 200, schema: 'dsaStatementSchema', media: 'ndjson', headers: HEADERS.nextCursor },
    errors: [],
  },
} as const satisfies Record<string, Omit<RouteContract, 'handler'>>;
