/**
 * The moderator API as the console uses it. The shapes mirror shared/domain/responses.ts (the console
 * bundle does not import zod); the fields read here are the ones the contract fixes.
 */

export type QueueName = 'pending' | 'reported' | 'rejected' | 'approved';
export type CommentStatus = 'received' | 'pending' | 'approved' | 'rejected' | 'deleted';

export interface Evidence {
  kind: string;
  value: string;
  span?: [number, number];
  score?: number;
  detail?: string;
}

export interface CheckRecord {
  check: string;
  outcome: 'pass' | 'approve' | 'hold' | 'reject';
  reason?: string;
  score?: number;
  evidence: Evidence[];
  tags?: string[];
}

export interface DecisionRecord {
  outcome: 'approved' | 'pending' | 'rejected';
  decidedBy: string | null;
  reason: string | null;
  checks: CheckRecord[];
  tags: string[];
  decidedAt: string;
  policyVersion: number;
}

export interface ModeratorComment {
  id: string;
  articleId: string;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  status: CommentStatus;
  version: number;
  authorId: string;
  updatedAt: string;
  publicReason: string | null;
}

export interface HumanDecision {
  action: 'approve' | 'reject';
  by: { id: string; name?: string };
  at: string;
  reason: string | null;
  note?: string;
}

export interface QueueItem {
  comment: ModeratorComment;
  status: CommentStatus;
  version: number;
  articleId: string;
  decision: DecisionRecord | null;
  humanDecision: HumanDecision | null;
  flags: {
    open: number;
    byReason: Record<string, number>;
    recent: { reason: string; note?: string; at: string }[];
    reported: boolean;
  };
  parent: { id: string; excerpt: string | null } | null;
  author: { id: string; approved: number; rejected: number; banned: boolean };
}

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
}

export interface HistoryEvent {
  eventId: string;
  at: string;
  actor: { type: 'system' | 'moderator' | 'author'; id: string; name?: string };
  action: string;
  from: CommentStatus | null;
  to: CommentStatus;
  reason: string | null;
  note?: string;
  version: number;
}

export interface History {
  commentId: string;
  status: CommentStatus;
  version: number;
  events: HistoryEvent[];
  nextCursor: string | null;
}

export interface Stats {
  generatedAt: string;
  queues: Record<string, number>;
  oldestPendingAgeSeconds: number | null;
  last24h: {
    decisions: number;
    approved: number;
    rejected: number;
    timeToDecision: { samples: number; p50Seconds: number | null; p95Seconds: number | null };
  };
}

export interface ArticleSettings {
  articleId: string;
  mode: 'pre' | 'post' | null;
  closed: boolean;
  totalApproved: number;
}

export interface BulkResult {
  commentId: string;
  status: number;
  comment?: ModeratorComment;
  error?: { code: string; message: string };
}

export interface StoredPolicy {
  policy: Record<string, unknown> & { version: number };
  updatedAt: string | null;
  updatedBy: { id: string; name?: string } | null;
}

export const REJECT_REASONS = [
  'spam',
  'abuse',
  'harassment',
  'hate',
  'misinformation',
  'off_topic',
  'illegal',
  'banned_word',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

/** An API answer other than 2xx, with the contract's error code and field details when given. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export interface ApiOptions {
  apiUrl: string;
  token: () => Promise<string>;
  /** Called on a 401 (the token was refused) before the error is thrown. */
  onUnauthorized?: () => void;
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
}

export type Api = ReturnType<typeof createApi>;

export function createApi(options: ApiOptions) {
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${await options.token()}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${options.apiUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new ApiError(0, 'network_error', 'The API could not be reached; check the connection.');
    }
    const answer = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: ErrorDetail[] };
      message?: string;
    } | null;
    if (response.ok) return answer as T;
    if (response.status === 401) options.onUnauthorized?.();
    const error = answer?.error;
    throw new ApiError(
      response.status,
      error?.code ?? (response.status === 401 ? 'unauthorized' : 'http_error'),
      error?.message ?? answer?.message ?? `The API answered ${response.status}.`,
      Array.isArray(error?.details) ? error.details : [],
    );
  }

  const q = (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
    return search.toString();
  };
  const id = encodeURIComponent;

  return {
    queue: (p: {
      queue: QueueName;
      articleId?: string;
      sort: 'oldest' | 'newest';
      cursor?: string;
      limit?: number;
    }) => call<QueuePage>('GET', `/moderation/queue?${q({ limit: 20, ...p })}`),
    decide: (
      commentId: string,
      input: { action: 'approve' | 'reject'; reason?: RejectReason; note?: string; expectedVersion: number },
    ) => call<{ comment: ModeratorComment }>('POST', `/moderation/comments/${id(commentId)}/decision`, input),
    bulk: (input: {
      action: 'approve' | 'reject';
      reason?: RejectReason;
      items: { commentId: string; expectedVersion: number }[];
    }) =>
      call<{ results: BulkResult[]; succeeded: number; failed: number }>(
        'POST',
        '/moderation/decisions',
        input,
      ),
    history: (commentId: string) => call<History>('GET', `/moderation/comments/${id(commentId)}/history`),
    ban: (authorId: string, input: { reason: string; rejectPending: boolean; networkHours: number }) =>
      call<{ author: { id: string; banned: boolean }; rejected: number; remaining: boolean }>(
        'POST',
        `/moderation/authors/${id(authorId)}/ban`,
        input,
      ),
    articleSettings: (articleId: string) =>
      call<ArticleSettings>('GET', `/moderation/articles/${id(articleId)}/settings`),
    putArticleSettings: (articleId: string, input: { mode?: 'pre' | 'post' | null; closed?: boolean }) =>
      call<ArticleSettings>('PUT', `/moderation/articles/${id(articleId)}/settings`, input),
    stats: () => call<Stats>('GET', '/moderation/stats'),
    policy: () => call<StoredPolicy>('GET', '/moderation/policy'),
    putPolicy: (input: Record<string, unknown>) => call<StoredPolicy>('PUT', '/moderation/policy', input),
  };
}
