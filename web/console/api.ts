/**
 * The moderator API as the console uses it. Its types are the contract's (`shared/domain/responses.ts`,
 * imported for types only, so the bundle carries no zod); the reject reasons are the API's own list.
 */

import type * as z from '../../shared/zod';
import type { ModeratorAppeal } from '../../shared/domain/appeal';
import type { ModeratorNotice } from '../../shared/domain/notice';
import type { RejectReason } from '../../shared/domain/reasons';
import type { SuspensionItem, suspensionDetailSchema } from '../../shared/domain/suspension';
import type { TransparencyReport } from '../../shared/domain/transparency';
import type { TrustedFlaggerView } from '../../shared/domain/trusted-flagger';
import type {
  BulkResult,
  DecisionRecordView,
  ModeratorComment,
  articleSettingsSchema,
  auditEventSchema,
  historySchema,
  queuePageSchema,
  statsSchema,
} from '../../shared/domain/responses';

// The contract's own types (type-only imports: nothing of zod reaches the bundle).
export type { BulkResult, ModeratorComment, QueueItem } from '../../shared/domain/responses';
export type { CommentStatus, HumanDecision } from '../../shared/domain/comment';
export type DecisionRecord = DecisionRecordView;
export type CheckRecord = DecisionRecord['checks'][number];
export type Evidence = CheckRecord['evidence'][number];

/**
 * The comment queues, `notices`: open notices of illegal content, one item per notice, `appeals`: open
 * appeals of decisions (EU DSA Art. 20), one item per appeal, and `suspensions`: open suspension proposals
 * (Art. 23), about people rather than comments (`suspensions()` reads them, not `queue()`).
 */
export type QueueName =
  'pending' | 'notices' | 'appeals' | 'suspensions' | 'reported' | 'rejected' | 'approved';
export type { SuspensionItem } from '../../shared/domain/suspension';
/** A proposal with its trail (`GET /moderation/suspensions/{id}`). */
export type SuspensionDetail = z.infer<typeof suspensionDetailSchema>;
/** A moderator's decision on a proposal: `days` (1–365) with `suspend` only. */
export interface SuspensionDecisionBody {
  action: 'warn' | 'suspend' | 'dismiss';
  days?: number;
  note?: string;
}
export type { ModeratorNotice } from '../../shared/domain/notice';
export type { ModeratorAppeal } from '../../shared/domain/appeal';
export type QueuePage = z.infer<typeof queuePageSchema>;
export type HistoryEvent = z.infer<typeof auditEventSchema>;
export type History = z.infer<typeof historySchema>;
export type Stats = z.infer<typeof statsSchema>;
export type ArticleSettings = z.infer<typeof articleSettingsSchema>;
export type { TransparencyReport } from '../../shared/domain/transparency';
/** A registered trusted flagger as admins see it (never its token). */
export type TrustedFlagger = TrustedFlaggerView;

export interface StoredPolicy {
  policy: Record<string, unknown> & { version: number };
  updatedAt: string | null;
  updatedBy: { id: string; name?: string } | null;
}

export { REJECT_REASONS, type RejectReason } from '../../shared/domain/reasons';

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

interface ErrorAnswer {
  error?: { code?: string; message?: string; details?: ErrorDetail[] };
  message?: string;
}

/** A transparency period: UTC days `yyyy-mm-dd`, both included. */
export interface Period {
  from: string;
  to: string;
}

/** How long a read may take before it is asked again (once), then reported. */
const READ_TIMEOUT_MS = 12_000;

export function createApi(options: ApiOptions) {
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));

  /** Sends one request with the bearer token; a read that fails or hangs is asked once more. */
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${await options.token()}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const once = () =>
      doFetch(`${options.apiUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        // A read that hangs (a dropped connection) would leave a panel empty for good: it is given up
        // after READ_TIMEOUT_MS and asked once more. A write is never repeated: it may have landed.
        ...(method === 'GET' ? { signal: AbortSignal.timeout(READ_TIMEOUT_MS) } : {}),
      });
    try {
      try {
        return await once();
      } catch (first) {
        if (method !== 'GET') throw first;
        return await once();
      }
    } catch {
      throw new ApiError(0, 'network_error', 'The API could not be reached; check the connection.');
    }
  }

  /**
   * The words for an answer without the contract's error: the gateway's own (`{"message":"Service
   * Unavailable"}`) is a status line, not something a moderator can act on.
   */
  function failureText(status: number, gatewayMessage: string | undefined): string {
    if (status >= 500)
      return `The server could not complete this (HTTP ${status}). Try again in a moment; if it keeps failing, tell the site's administrators.`;
    return gatewayMessage ?? `The API answered ${status}.`;
  }

  /** The ApiError of an answer other than 2xx, with the contract's code, message and details. */
  async function refusal(response: Response): Promise<ApiError> {
    const answer = (await response.json().catch(() => null)) as ErrorAnswer | null;
    if (response.status === 401) options.onUnauthorized?.();
    const error = answer?.error;
    return new ApiError(
      response.status,
      error?.code ?? (response.status === 401 ? 'unauthorized' : 'http_error'),
      error?.message ?? failureText(response.status, answer?.message),
      Array.isArray(error?.details) ? error.details : [],
    );
  }

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await send(method, path, body);
    if (!response.ok) throw await refusal(response);
    return (await response.json().catch(() => null)) as T;
  }

  /** A GET whose answer is text (CSV, JSON Lines), with its headers (the export's next cursor). */
  async function text(path: string): Promise<{ text: string; headers: Headers }> {
    const response = await send('GET', path);
    if (!response.ok) throw await refusal(response);
    return { text: await response.text(), headers: response.headers };
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
    /** Decides a notice once: `remove` rejects its comment, `keep` leaves it; 409 if already decided. */
    decideNotice: (noticeId: string, input: { action: 'remove' | 'keep'; ground: string; note?: string }) =>
      call<{ notice: ModeratorNotice; comment: ModeratorComment | null }>(
        'POST',
        `/moderation/notices/${id(noticeId)}/decision`,
        input,
      ),
    /** Decides an appeal once; the note is the answer the appellant reads. 409 `same_decider` and others. */
    decideAppeal: (appealId: string, input: { action: 'uphold' | 'reverse'; note: string }) =>
      call<{ appeal: ModeratorAppeal; comment: ModeratorComment | null }>(
        'POST',
        `/moderation/appeals/${id(appealId)}/decision`,
        input,
      ),
    /** A page of open suspension proposals, site-wide. */
    suspensions: (p: { sort: 'oldest' | 'newest'; cursor?: string; limit?: number }) =>
      call<{ items: SuspensionItem[]; nextCursor: string | null }>(
        'GET',
        `/moderation/queue?${q({ limit: 20, ...p, queue: 'suspensions' })}`,
      ),
    /** One proposal, open or decided, with its trail. */
    suspension: (proposalId: string) =>
      call<SuspensionDetail>('GET', `/moderation/suspensions/${id(proposalId)}`),
    /** Decides a proposal once; 409 `warning_required`, `suspension_already_decided`, `version_conflict`. */
    decideSuspension: (proposalId: string, input: SuspensionDecisionBody) =>
      call<SuspensionItem>('POST', `/moderation/suspensions/${id(proposalId)}/decision`, input),
    history: (commentId: string) => call<History>('GET', `/moderation/comments/${id(commentId)}/history`),
    ban: (
      authorId: string,
      input: { reason: string; rejectPending: boolean; rejectReason?: RejectReason; networkHours: number },
    ) =>
      call<{ author: { id: string; banned: boolean }; rejected: number; remaining: boolean }>(
        'POST',
        `/moderation/authors/${id(authorId)}/ban`,
        input,
      ),
    /** Lifts an author's ban (and its network block); the author as it now stands. */
    unban: (authorId: string) =>
      call<{ author: { id: string; banned: boolean } }>('DELETE', `/moderation/authors/${id(authorId)}/ban`),
    articleSettings: (articleId: string) =>
      call<ArticleSettings>('GET', `/moderation/articles/${id(articleId)}/settings`),
    putArticleSettings: (articleId: string, input: { mode?: 'pre' | 'post' | null; closed?: boolean }) =>
      call<ArticleSettings>('PUT', `/moderation/articles/${id(articleId)}/settings`, input),
    stats: () => call<Stats>('GET', '/moderation/stats'),
    policy: () => call<StoredPolicy>('GET', '/moderation/policy'),
    putPolicy: (input: Record<string, unknown>) => call<StoredPolicy>('PUT', '/moderation/policy', input),
    /** The transparency report of the period (admins); a bad period is a 400 with field details. */
    transparency: (p: Period) => call<TransparencyReport>('GET', `/moderation/transparency?${q({ ...p })}`),
    /** The same report as CSV text. */
    transparencyCsv: (p: Period) => text(`/moderation/transparency?${q({ ...p, format: 'csv' })}`),
    /** A page of the period's statements of reasons, JSON Lines; `x-next-cursor` continues it. */
    statementsPage: (p: Period, cursor?: string) =>
      text(`/moderation/transparency/statements?${q({ ...p, limit: 1000, cursor })}`),
    trustedFlaggers: () => call<{ flaggers: TrustedFlagger[] }>('GET', '/moderation/trusted-flaggers'),
    /** Registers a flagger; the answer holds its token, which the API never shows again. */
    registerFlagger: (input: { name: string; organisation?: string; contact?: string }) =>
      call<{ flagger: TrustedFlagger; flaggerToken: string }>('POST', '/moderation/trusted-flaggers', input),
    /** Revokes a flagger (idempotent: a revoked one answers as it is). */
    revokeFlagger: (flaggerId: string) =>
      call<{ flagger: TrustedFlagger }>('DELETE', `/moderation/trusted-flaggers/${id(flaggerId)}`),
  };
}
