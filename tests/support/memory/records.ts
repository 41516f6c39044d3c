/**
 * The key-value aggregates in memory (articles, authors and bans, idempotency records, rate windows), as
 * the DynamoDB stores answer; `MemoryStorage` adds comments and everything that moves with them.
 */
import type { Page, Standing, Storage } from '../../../shared/app/ports';
import { banCounters, dayOf } from '../../../shared/domain/transparency';
import { idOfQueueSortKey, isPriorityKey, queueSortKey } from '../../../shared/domain/trusted-flagger';
import type { RateKind } from '../../../shared/storage/keys';
import {
  articleOf,
  authorOf,
  liveRecord,
  type ArticleRecord,
  type AuthorRecord,
  type IdempotencyRecord,
} from '../../../shared/storage/records';
import { MemorySuspensions } from './suspensions';
import { MemoryTransparency } from './transparency';

export type Args<K extends keyof Storage> = Parameters<Storage[K]>;
export const copy = <T>(v: T): T => structuredClone(v);
export const minuteOf = (now: Date) => Math.floor(now.getTime() / 60_000);
export const seconds = (now: Date) => now.getTime() / 1000;

/** One page by id (comment and notice ids sort by time), ending as DynamoDB's pages do. */
export function pageOf<T extends { id: string }>(
  all: T[],
  opts: { limit: number; forward: boolean; afterId?: string | undefined },
): Page<T> {
  const sorted = all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!opts.forward) sorted.reverse();
  const after = opts.afterId;
  const rest =
    after === undefined ? sorted : sorted.filter((c) => (opts.forward ? c.id > after : c.id < after));
  const items = rest.slice(0, opts.limit);
  return { items, lastId: rest.length > opts.limit ? (items[items.length - 1]?.id ?? null) : null };
}

/**
 * One page of a queue with a front, as `frontFirstPage` answers: the items `inFront` first, then the rest,
 * each by id in the direction asked; the cursor is the last item's sort key (`queueSortKey`).
 */
export function frontFirstPageOf<T extends { id: string }>(
  all: T[],
  inFront: (item: T) => boolean,
  opts: { limit: number; forward: boolean; afterId?: string | undefined },
): Page<T> {
  const dir = opts.forward ? 1 : -1;
  const order = (a: [boolean, string], b: [boolean, string]) =>
    a[0] !== b[0] ? (a[0] ? -1 : 1) : a[1] === b[1] ? 0 : dir * (a[1] < b[1] ? -1 : 1);
  const place = (t: T): [boolean, string] => [inFront(t), t.id];
  const sorted = all.sort((a, b) => order(place(a), place(b)));
  const after = opts.afterId;
  const cursor: [boolean, string] | undefined =
    after === undefined ? undefined : [isPriorityKey(after), idOfQueueSortKey(after)];
  const rest = cursor === undefined ? sorted : sorted.filter((t) => order(place(t), cursor) > 0);
  const items = rest.slice(0, opts.limit);
  const last = items[items.length - 1];
  return { items, lastId: rest.length > opts.limit && last ? queueSortKey(last.id, inFront(last)) : null };
}

export class MemoryRecords {
  readonly articles = new Map<string, Partial<ArticleRecord>>();
  readonly authors = new Map<string, Partial<AuthorRecord> & { bannedAt?: string }>();
  /** Network bucket → ban end (epoch seconds). */
  readonly networkBans = new Map<string, number>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  /** `kind|subject|minute` → requests counted. */
  readonly windows = new Map<string, number>();
  /**
   * The name of every write sent, in order (a failed conditional write included, as DynamoDB bills it),
   * so a test can assert that a refusal wrote nothing.
   */
  readonly writes: string[] = [];
  readonly transparency = new MemoryTransparency();
  readonly suspensionStore: MemorySuspensions = new MemorySuspensions(this);

  // Repeat abuse: people's records and suspension proposals (tests/support/memory/suspensions.ts)
  getAbuseRecord = (...a: Args<'getAbuseRecord'>) => this.suspensionStore.getAbuseRecord(...a);
  getAbuseRecords = (...a: Args<'getAbuseRecords'>) => this.suspensionStore.getAbuseRecords(...a);
  getSuspension = (...a: Args<'getSuspension'>) => this.suspensionStore.getSuspension(...a);
  listOpenSuspensions = (...a: Args<'listOpenSuspensions'>) => this.suspensionStore.listOpenSuspensions(...a);
  countOpenSuspensions = () => this.suspensionStore.countOpenSuspensions();
  suspensionEvents = (...a: Args<'suspensionEvents'>) => this.suspensionStore.suspensionEvents(...a);
  decideSuspension = (...a: Args<'decideSuspension'>) => this.suspensionStore.decideSuspension(...a);

  // Articles

  /** A post's or an edit's standing: the article, the author and the network's ban, as one read. */
  getStanding(...[q]: Args<'getStanding'>): Promise<Standing> {
    return Promise.resolve({
      article: articleOf(q.articleId, copy(this.articles.get(q.articleId) ?? null)),
      author: authorOf(q.authorId, copy(this.authors.get(q.authorId) ?? null)),
      networkBanned: (this.networkBans.get(q.networkHash) ?? 0) > seconds(q.now),
      authorAbuse: this.suspensionStore.recordOf({ kind: 'author', id: q.authorId }),
    });
  }

  getArticle(...[articleId]: Args<'getArticle'>) {
    return Promise.resolve(articleOf(articleId, copy(this.articles.get(articleId) ?? null)));
  }

  async putArticleSettings(...[articleId, settings]: Args<'putArticleSettings'>) {
    this.writes.push('putArticleSettings');
    const a = { ...this.articles.get(articleId) };
    if (settings.mode !== undefined) a.mode = settings.mode;
    if (settings.closed !== undefined) a.closed = settings.closed;
    this.articles.set(articleId, a);
    return this.getArticle(articleId);
  }

  countApproved(...[articleIds]: Args<'countApproved'>) {
    return Promise.resolve(
      Object.fromEntries(articleIds.map((id) => [id, this.articles.get(id)?.totalApproved ?? 0])),
    );
  }

  protected addArticleApproved(articleId: string, d: number) {
    const a = this.articles.get(articleId) ?? {};
    this.articles.set(articleId, { ...a, totalApproved: (a.totalApproved ?? 0) + d });
  }

  // Authors

  getAuthor(...[authorId]: Args<'getAuthor'>) {
    return Promise.resolve(authorOf(authorId, copy(this.authors.get(authorId) ?? null)));
  }

  async getAuthors(...[ids]: Args<'getAuthors'>) {
    return new Map(await Promise.all(ids.map(async (id) => [id, await this.getAuthor(id)] as const)));
  }

  setBan(...[authorId, ban]: Args<'setBan'>) {
    this.writes.push('setBan');
    // A ban counts when the author was not banned yet, as the store's conditional transaction does.
    if (ban.banned && this.authors.get(authorId)?.banned !== true)
      this.transparency.add('decided', dayOf(ban.at), banCounters());
    const { banReason: _r, bannedAt: _at, networkBan: _nb, ...rest } = this.authors.get(authorId) ?? {};
    this.authors.set(
      authorId,
      ban.banned
        ? {
            ...rest,
            banned: true,
            banReason: ban.reason ?? 'other',
            bannedAt: ban.at.toISOString(),
            ...(ban.networkBan ? { networkBan: ban.networkBan } : {}),
          }
        : { ...rest, banned: false },
    );
    return this.getAuthor(authorId);
  }

  liftBan(...[authorId, change]: Args<'liftBan'>) {
    const networkBan = this.authors.get(authorId)?.networkBan;
    return this.setBan(authorId, { ...change, banned: false }).then((author) => ({ author, networkBan }));
  }

  setNetworkBan(...[hash, until]: Args<'setNetworkBan'>) {
    this.writes.push('setNetworkBan');
    if (until === null) this.networkBans.delete(hash);
    else this.networkBans.set(hash, until);
    return Promise.resolve();
  }

  // Idempotency

  claimIdempotencyKey(...[key, record, now]: Args<'claimIdempotencyKey'>) {
    this.writes.push('claimIdempotencyKey');
    const existing = this.idempotency.get(key);
    if (existing && existing.expiresAt >= Math.floor(seconds(now))) {
      return Promise.resolve({ claimed: false as const, existing: copy(liveRecord(existing, now)) });
    }
    this.idempotency.set(key, copy(record));
    return Promise.resolve({ claimed: true as const });
  }

  releaseIdempotencyKey(...[key, requestHash]: Args<'releaseIdempotencyKey'>) {
    this.writes.push('releaseIdempotencyKey');
    const r = this.idempotency.get(key);
    if (r?.state === 'in_progress' && r.requestHash === requestHash) this.idempotency.delete(key);
    return Promise.resolve();
  }

  getIdempotencyRecord(...[key, now]: Args<'getIdempotencyRecord'>) {
    return Promise.resolve(copy(liveRecord(this.idempotency.get(key) ?? null, now)));
  }

  // Rate limits

  requestsThisMinute(...[kind, subject, now]: Args<'requestsThisMinute'>) {
    return Promise.resolve(this.windows.get(`${kind}|${subject}|${minuteOf(now)}`) ?? 0);
  }

  hitRateLimit(...[kind, subject, limit, now]: Args<'hitRateLimit'>) {
    this.writes.push('hitRateLimit');
    const key = `${kind}|${subject}|${minuteOf(now)}`;
    const n = this.windows.get(key);
    if (n !== undefined && n >= limit) {
      return Promise.resolve(Math.max(1, Math.ceil(((minuteOf(now) + 1) * 60_000 - now.getTime()) / 1000)));
    }
    this.windows.set(key, (n ?? 0) + 1);
    return Promise.resolve(null);
  }

  releaseRateLimit(...[kind, subject, now]: Args<'releaseRateLimit'>) {
    this.writes.push('releaseRateLimit');
    const key = `${kind}|${subject}|${minuteOf(now)}`;
    const n = this.windows.get(key) ?? 0;
    if (n > 1) this.windows.set(key, n - 1);
    else this.windows.delete(key);
    return Promise.resolve();
  }

  recentRequests(...[kind, subject, minutes, now]: Args<'recentRequests'>) {
    let sum = 0;
    for (let m = minuteOf(now) - minutes + 1; m <= minuteOf(now); m++)
      sum += this.windows.get(`${kind}|${subject}|${m}`) ?? 0;
    return Promise.resolve(sum);
  }

  /** Counts requests in a window directly (a test's fixture). */
  countRequests(kind: RateKind, subject: string, now: Date, requests: number) {
    this.windows.set(`${kind}|${subject}|${minuteOf(now)}`, requests);
  }
}
