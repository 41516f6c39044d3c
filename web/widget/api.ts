/**
 * The reader routes of the Parley API, for the widget and the counter: one small client over `fetch`, with
 * every answer checked for the fields the widget reads (never cast blindly) and every failure turned into
 * an `ApiError` that carries the contract's error code. No DOM here, so it is unit-tested in Node.
 */

export type CommentStatus = 'received' | 'pending' | 'approved' | 'rejected' | 'deleted';

/** The public comment shape of the contract, as far as the widget uses it. */
export interface PublicComment {
  readonly id: string;
  readonly parentId: string | null;
  readonly authorName: string;
  readonly bodyHtml: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
  readonly deleted: boolean;
}

export interface Thread extends PublicComment {
  readonly replyCount: number;
  readonly replies: readonly PublicComment[];
  readonly repliesCursor: string | null;
}

export interface ThreadsPage {
  readonly comments: readonly Thread[];
  readonly nextCursor: string | null;
  readonly totalApproved: number;
  /** A moderator closed the article: the widget shows no form and no reply buttons. */
  readonly closed: boolean;
}

export interface RepliesPage {
  readonly comments: readonly PublicComment[];
  readonly nextCursor: string | null;
}

/** The author's own view of a comment (with `X-Author-Token`). */
export interface OwnComment extends PublicComment {
  readonly body: string;
  readonly status: CommentStatus;
  readonly statusMessage: string;
  /** Public reason code when rejected. */
  readonly reason: string | null;
  /** The statement of reasons of a rejection, as far as the widget shows it. */
  readonly statement: OwnStatement | null;
  /** The author's latest appeal of the comment's rejection (EU DSA Art. 20), or null. */
  readonly appeal: AppealView | null;
  /**
   * The author's latest warning and suspension (EU DSA Art. 23) as answered: `account.ts` reads it, kept
   * apart (as `statement` of `ApiError`) so that count.js, which shares this module, does not carry it.
   */
  readonly account: unknown;
}

/** A statement of reasons (the API's `statement`), the parts the reader is shown. */
export interface OwnStatement {
  readonly restriction: 'not_published' | 'removed';
  readonly facts: string;
  readonly automatedDecision: boolean;
  readonly automatedDetection: boolean;
  readonly clause: string;
  readonly appealUntil: string;
}

export interface PostInput {
  readonly authorName: string;
  readonly authorEmail?: string;
  readonly body: string;
  readonly parentId?: string;
  /** The honeypot, sent as the form holds it (empty for people). */
  readonly website: string;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** A failed call: `code` is the contract's error code, or `network` / `bad_response` from the client. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
    /** `author_suspended`, `notifier_suspended`: the suspension's statement as answered (`account.ts` reads it). */
    readonly statement: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Any failure as an `ApiError` (a thrown non-API error becomes a generic one). */
export const asApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError(0, 'bad_response', 'Something went wrong. Please try again.');

export type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(what: string): never {
  throw new ApiError(0, 'bad_response', `The comment service sent an unexpected answer (${what}).`);
}
export const str = (o: Json, k: string): string => (typeof o[k] === 'string' ? o[k] : bad(k));
const strOrNull = (o: Json, k: string): string | null => (o[k] == null ? null : str(o, k));
const int = (o: Json, k: string): number =>
  typeof o[k] === 'number' && Number.isInteger(o[k]) && o[k] >= 0 ? o[k] : bad(k);
const boolOr = (o: Json, k: string, absent: boolean): boolean =>
  o[k] === undefined ? absent : typeof o[k] === 'boolean' ? o[k] : bad(k);
const list = (o: Json, k: string): unknown[] => (Array.isArray(o[k]) ? o[k] : bad(k));
export const obj = (v: unknown, what: string): Json => (isObject(v) ? v : bad(what));

export function readComment(v: unknown): PublicComment {
  const o = obj(v, 'comment');
  return {
    id: str(o, 'id'),
    parentId: strOrNull(o, 'parentId'),
    authorName: str(o, 'authorName'),
    bodyHtml: str(o, 'bodyHtml'),
    createdAt: str(o, 'createdAt'),
    editedAt: strOrNull(o, 'editedAt'),
    deleted: o['deleted'] === true,
  };
}

export function readThreadsPage(v: unknown): ThreadsPage {
  const o = obj(v, 'page');
  return {
    comments: list(o, 'comments').map((t) => {
      const to = obj(t, 'thread');
      return {
        ...readComment(to),
        replyCount: int(to, 'replyCount'),
        replies: list(to, 'replies').map(readComment),
        repliesCursor: strOrNull(to, 'repliesCursor'),
      };
    }),
    nextCursor: strOrNull(o, 'nextCursor'),
    totalApproved: int(o, 'totalApproved'),
    // An API from before `closed` leaves it out: open, and a refused post still closes the widget.
    closed: boolOr(o, 'closed', false),
  };
}

export function readRepliesPage(v: unknown): RepliesPage {
  const o = obj(v, 'replies');
  return { comments: list(o, 'comments').map(readComment), nextCursor: strOrNull(o, 'nextCursor') };
}

const STATUSES: readonly string[] = ['received', 'pending', 'approved', 'rejected', 'deleted'];
const statusOf = (o: Json): CommentStatus =>
  STATUSES.includes(str(o, 'status')) ? (o['status'] as CommentStatus) : bad('status');

export function readOwnComment(v: unknown): OwnComment {
  const o = obj(obj(v, 'answer')['comment'], 'comment');
  return {
    ...readComment(o),
    body: str(o, 'body'),
    status: statusOf(o),
    statusMessage: str(o, 'statusMessage'),
    reason: strOrNull(o, 'reason'),
    statement: o['statement'] == null ? null : readStatement(o['statement']),
    appeal: readAppeal(o),
    account: o['account'] ?? null,
  };
}

function readStatement(v: unknown): OwnStatement {
  const o = obj(v, 'statement');
  const automated = obj(o['automated'], 'automated');
  return {
    restriction: str(o, 'restriction') === 'removed' ? 'removed' : 'not_published',
    facts: str(o, 'facts'),
    automatedDecision: automated['decision'] === true,
    automatedDetection: automated['detection'] === true,
    clause: str(obj(o['ground'], 'ground'), 'clause'),
    appealUntil: str(obj(o['redress'], 'redress'), 'appealUntil'),
  };
}

/** The appellant's view of an appeal (`appeal` of `GET /comments/{id}` and `GET /notices/{id}`). */
export interface AppealView {
  readonly id: string;
  readonly status: 'received' | 'decided';
  readonly receivedAt: string;
  readonly outcome?: 'uphold' | 'reverse';
  readonly note?: string;
}

/** `appeal` of an answer: null when absent; only the fields the widget shows. */
export function readAppeal(o: Json): AppealView | null {
  if (o['appeal'] == null) return null;
  const a = obj(o['appeal'], 'appeal');
  const decided = str(a, 'status') === 'decided';
  return {
    id: str(a, 'id'),
    status: decided ? 'decided' : 'received',
    receivedAt: str(a, 'receivedAt'),
    ...(decided
      ? { outcome: str(a, 'outcome') === 'reverse' ? 'reverse' : 'uphold', note: str(a, 'note') }
      : {}),
  };
}

/** `GET /me/export`: kept whole for the reader's file, once it has the expected shape. */
export function readExport(v: unknown): Json {
  const o = obj(v, 'export');
  list(o, 'comments');
  return o;
}

/** What `DELETE /me` answers: each comment the tokens opened, now erased, and how many changed. */
export interface Erasure {
  readonly erased: readonly { readonly id: string; readonly status: CommentStatus }[];
  readonly changed: number;
}

export function readErasure(v: unknown): Erasure {
  const o = obj(v, 'erasure');
  return {
    erased: list(o, 'erased').map((e) => {
      const eo = obj(e, 'erased');
      return { id: str(eo, 'id'), status: statusOf(eo) };
    }),
    changed: int(o, 'changed'),
  };
}

/** The one `X-Author-Token` header of the reader's data routes: the tokens, comma separated (≤ 100). */
export const tokenHeader = (tokens: readonly string[]): string => tokens.join(',');

export function readCounts(v: unknown): Record<string, number> {
  const counts = obj(obj(v, 'answer')['counts'], 'counts');
  const out: Record<string, number> = {};
  for (const key of Object.keys(counts)) out[key] = int(counts, key);
  return out;
}

/** The API's field names as a reader knows the fields: `body must not be empty` reads `Your comment must …`. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  body: 'Your comment',
  authorName: 'Your name',
  authorEmail: 'Your e-mail address',
  explanation: 'Your explanation',
  note: 'Your note',
  notifierName: 'Your name',
  notifierEmail: 'Your e-mail address',
  lawOrGround: 'The law or ground',
};

/** A field's problem in a reader's words: the API names its fields as code does. */
function inReadersWords(field: string, message: string): string {
  const words = FIELD_WORDS[field];
  return words !== undefined && message.startsWith(`${field} `)
    ? `${words}${message.slice(field.length)}`
    : message;
}

/** The error body `{error:{code,message,details?}}`, or a generic error for anything else. */
export function readError(status: number, v: unknown, retryAfter: string | null): ApiError {
  const e = isObject(v) && isObject(v['error']) ? v['error'] : null;
  const code = e && typeof e['code'] === 'string' ? e['code'] : `http_${status}`;
  const message = e && typeof e['message'] === 'string' ? e['message'] : `Request failed (${status}).`;
  const details = e && Array.isArray(e['details']) ? e['details'] : [];
  const fields = details.filter(isObject).map((d) => {
    // Paths look like `body.authorName`: the form knows its fields by the last part.
    const field = (typeof d['path'] === 'string' ? d['path'] : '').split('.').pop()!;
    return { field, message: inReadersWords(field, typeof d['message'] === 'string' ? d['message'] : '') };
  });
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  const wait = Number.isFinite(seconds) ? seconds : null;
  return new ApiError(status, code, message, fields, wait, e?.['statement'] ?? null);
}

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** The reader API at `base` ('' = this page's origin). */
export class ParleyApi {
  private readonly base: string;

  constructor(
    base: string,
    private readonly fetchImpl: FetchLike = (url, init) => fetch(url, init),
  ) {
    this.base = base.replace(/\/+$/, '');
  }

  listThreads(articleId: string, cursor: string | null, limit = 20): Promise<ThreadsPage> {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    return this.call('GET', `/articles/${enc(articleId)}/comments?${q}`).then(readThreadsPage);
  }

  listReplies(commentId: string, cursor: string | null): Promise<RepliesPage> {
    const q = cursor ? `?${new URLSearchParams({ cursor })}` : '';
    return this.call('GET', `/comments/${enc(commentId)}/replies${q}`).then(readRepliesPage);
  }

  getOwn(commentId: string, token: string): Promise<OwnComment> {
    return this.call('GET', `/comments/${enc(commentId)}`, { token }).then(readOwnComment);
  }

  async post(
    articleId: string,
    input: PostInput,
    idempotencyKey: string,
  ): Promise<{ comment: OwnComment; authorToken: string }> {
    const answer = await this.call('POST', `/articles/${enc(articleId)}/comments`, {
      body: input,
      idempotencyKey,
    });
    return { comment: readOwnComment(answer), authorToken: str(obj(answer, 'answer'), 'authorToken') };
  }

  edit(commentId: string, token: string, body: string): Promise<OwnComment> {
    return this.call('PATCH', `/comments/${enc(commentId)}`, { token, body: { body } }).then(readOwnComment);
  }

  async remove(commentId: string, token: string): Promise<void> {
    await this.call('DELETE', `/comments/${enc(commentId)}`, { token });
  }

  /** Everything stored about the comments these tokens open (403 if any opens none). */
  exportMine(tokens: readonly string[]): Promise<Json> {
    return this.call('GET', '/me/export', { token: tokenHeader(tokens) }).then(readExport);
  }

  /** Erases every comment these tokens open (403 if any opens none). */
  eraseMine(tokens: readonly string[]): Promise<Erasure> {
    return this.call('DELETE', '/me', { token: tokenHeader(tokens) }).then(readErasure);
  }

  async flag(commentId: string, reason: string, note: string): Promise<void> {
    await this.call('POST', `/comments/${enc(commentId)}/flags`, {
      body: note ? { reason, note } : { reason },
    });
  }

  counts(articleIds: readonly string[]): Promise<Record<string, number>> {
    const q = new URLSearchParams({ articleIds: articleIds.join(',') });
    return this.call('GET', `/counts?${q}`).then(readCounts);
  }

  /**
   * One request. Public for route modules (notice-api.ts) kept out of this class, so that count.js, which
   * shares it, does not carry them.
   */
  async call(
    method: string,
    path: string,
    options: { token?: string; noticeToken?: string; body?: unknown; idempotencyKey?: string } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token !== undefined) headers['x-author-token'] = options.token;
    if (options.noticeToken !== undefined) headers['x-notice-token'] = options.noticeToken;
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        // Readers are anonymous: no cookies travel to the API, whatever its origin.
        credentials: 'omit',
        mode: 'cors',
      });
    } catch {
      throw new ApiError(
        0,
        'network',
        'Could not reach the comment service. Check your connection and try again.',
      );
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) throw readError(response.status, parsed, response.headers.get('retry-after'));
    return parsed;
  }
}

const enc = encodeURIComponent;
