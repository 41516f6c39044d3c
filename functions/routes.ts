/**
 * The HTTP route table: the one list the CDK stack and the local gateway both serve. `handler` names a
 * file in `functions/` (without extension) that exports `handler`; `auth` says who may call the route.
 * On AWS, `moderator` routes sit behind the HTTP API's JWT authorizer; the handler then checks the
 * group claim (`moderators` or `admins`; `admin` routes need `admins`).
 */
export type RouteAuth = 'public' | 'moderator' | 'admin';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDefinition {
  readonly method: HttpMethod;
  /** API Gateway path template, e.g. `/articles/{articleId}/comments`. */
  readonly path: string;
  readonly handler: string;
  readonly auth: RouteAuth;
}

export const routes: readonly RouteDefinition[] = [
  { method: 'POST', path: '/articles/{articleId}/comments', handler: 'post-comment', auth: 'public' },
  { method: 'GET', path: '/articles/{articleId}/comments', handler: 'list-comments', auth: 'public' },
  { method: 'GET', path: '/comments/{commentId}', handler: 'get-comment', auth: 'public' },
  { method: 'PATCH', path: '/comments/{commentId}', handler: 'edit-comment', auth: 'public' },
  { method: 'DELETE', path: '/comments/{commentId}', handler: 'delete-comment', auth: 'public' },
  { method: 'GET', path: '/comments/{commentId}/replies', handler: 'list-replies', auth: 'public' },
  { method: 'GET', path: '/counts', handler: 'count-comments', auth: 'public' },
  { method: 'POST', path: '/comments/{commentId}/flags', handler: 'flag-comment', auth: 'public' },
  { method: 'GET', path: '/moderation/queue', handler: 'moderation-queue', auth: 'moderator' },
  {
    method: 'POST',
    path: '/moderation/comments/{commentId}/decision',
    handler: 'moderation-decide',
    auth: 'moderator',
  },
  { method: 'POST', path: '/moderation/decisions', handler: 'moderation-bulk-decide', auth: 'moderator' },
  {
    method: 'GET',
    path: '/moderation/comments/{commentId}/history',
    handler: 'moderation-history',
    auth: 'moderator',
  },
  {
    method: 'GET',
    path: '/moderation/articles/{articleId}/settings',
    handler: 'moderation-get-article-settings',
    auth: 'moderator',
  },
  {
    method: 'PUT',
    path: '/moderation/articles/{articleId}/settings',
    handler: 'moderation-put-article-settings',
    auth: 'moderator',
  },
  {
    method: 'POST',
    path: '/moderation/authors/{authorId}/ban',
    handler: 'moderation-ban-author',
    auth: 'moderator',
  },
  {
    method: 'DELETE',
    path: '/moderation/authors/{authorId}/ban',
    handler: 'moderation-unban-author',
    auth: 'moderator',
  },
  { method: 'GET', path: '/moderation/policy', handler: 'moderation-get-policy', auth: 'admin' },
  { method: 'PUT', path: '/moderation/policy', handler: 'moderation-put-policy', auth: 'admin' },
  { method: 'GET', path: '/moderation/stats', handler: 'moderation-stats', auth: 'moderator' },
];

/** The API Gateway route key (`METHOD /path`) of a route. */
export const routeKey = (r: RouteDefinition): string => `${r.method} ${r.path}`;

/** Functions triggered by something other than HTTP; also one source for CDK and the local runtime. */
export const triggers = {
  /** Consumes the table's stream, filtered by `moderationStreamFilters`. */
  moderateComment: 'moderate-comment',
  /** Runs on a schedule: moderates comments stuck in `received`, publishes queue-age metrics. */
  sweeper: 'sweep-received',
} as const;
