/**
 * Every storage port in memory, for the use-case tests: the same answers as the DynamoDB stores (the
 * lifecycle decides each move, index membership comes from `commentIndexKeys`, pages end as DynamoDB's
 * do) without a database. Records are copied in and out, so a use case cannot change stored state by
 * mutating what it read. `writes` names every write sent (see `MemoryRecords`).
 */
import type { PostContext, Storage } from '../../../shared/app/ports';
import type { CommentRecord, FlagSummary, QueueName } from '../../../shared/domain/comment';
import { INLINE_REPLIES } from '../../../shared/domain/comment';
import {
  ERASED_ATTRIBUTES,
  FORGOTTEN_ATTRIBUTES,
  applyFlag,
  applyForget,
  applyPurge,
  applyTransition,
  firstRepliesAfter,
  refillFirstReplies,
  type AuditEvent,
  type QueueCounts,
} from '../../../shared/domain/lifecycle';
import type { AuthorFact } from '../../../shared/domain/personal-data';
import { statementEntryOf } from '../../../shared/domain/dsa-statement';
import { dayOf, moveCounters } from '../../../shared/domain/transparency';
import { CommentNotFoundError, VersionConflictError } from '../../../shared/errors';
import {
  auditEventKey,
  commentKey,
  authorPartition,
  commentIndexKeys,
  firstIdAt,
  repliesPartition,
  threadsPartition,
} from '../../../shared/storage/keys';
import { liveRecord } from '../../../shared/storage/records';
import { AUTHOR_HISTORY_ATTRIBUTES, PUBLIC_LISTING_ATTRIBUTES } from '../../../shared/storage/table';
import { MemoryAppeals } from './appeals';
import { MemoryNotices } from './notices';
import { MemoryRecords, copy, frontFirstPageOf, minuteOf, pageOf, type Args } from './records';
import { MemoryTexts } from './texts';
import { MemoryTrustedFlaggers } from './trusted-flaggers';

const pick = <T extends object>(c: T, attrs: readonly string[]): T =>
  Object.fromEntries(attrs.filter((a) => a in c).map((a) => [a, (c as Record<string, unknown>)[a]])) as T;
/** What DynamoDB answers when a conditional write's condition fails. */
const conditionFailed = () =>
  Object.assign(new Error('The conditional request failed'), { name: 'ConditionalCheckFailedException' });

export class MemoryStorage extends MemoryRecords implements Storage {
  readonly comments = new Map<string, CommentRecord>();
  /** `commentId|reporter` → the flag. */
  readonly flags = new Map<string, FlagSummary & { commentId: string }>();
  readonly events: AuditEvent[] = [];
  readonly queueCounters: Required<QueueCounts> = { pending: 0, approved: 0, rejected: 0, reported: 0 };
  /** Hour (`yyyy-mm-ddThh`) → decision counters. */
  readonly decisionHours = new Map<string, Record<string, number>>();
  readonly authorFacts: AuthorFact[] = [];
  readonly noticeStore = new MemoryNotices(this);
  readonly appealStore = new MemoryAppeals(this);
  readonly flaggerStore = new MemoryTrustedFlaggers(this);
  readonly textStore = new MemoryTexts(this);
  /** Comments one page of the e-mail search reads (DynamoDB reads 1 MB of items of every kind). */
  scanPageSize = 100;

  /** Stores a comment as it is (a test's fixture), indexes and counters aside. */
  seed(...comments: CommentRecord[]) {
    for (const c of comments) this.comments.set(c.id, copy(c));
  }

  private inIndex(attr: 'GSI1PK' | 'GSI4PK', partition: string) {
    return [...this.comments.values()].filter((c) => commentIndexKeys(c)[attr] === partition);
  }

  // Comments

  getComment(...[id]: Args<'getComment'>) {
    const c = this.comments.get(id);
    return Promise.resolve(c ? copy(c) : null);
  }

  createComment(...[comment, answer]: Args<'createComment'>) {
    this.writes.push('createComment');
    if (this.comments.has(comment.id)) throw conditionFailed();
    if (answer) {
      const claim = this.idempotency.get(answer.hashedKey);
      if (claim?.state !== 'in_progress' || claim.requestHash !== answer.requestHash)
        throw Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException' });
      this.idempotency.set(answer.hashedKey, {
        ...claim,
        state: 'completed',
        statusCode: answer.statusCode,
        responseBody: answer.responseBody,
        expiresAt: answer.expiresAt,
      });
    }
    this.comments.set(comment.id, copy(comment));
    return Promise.resolve();
  }

  getComments(...[ids]: Args<'getComments'>) {
    const out = new Map<string, CommentRecord>();
    for (const id of ids) {
      const c = this.comments.get(id);
      if (c) out.set(id, copy(c));
    }
    return Promise.resolve(out);
  }

  commentBodies(...[ids]: Args<'commentBodies'>) {
    const out = new Map<string, string>();
    for (const id of ids) {
      const body = this.comments.get(id)?.body;
      if (body !== undefined) out.set(id, body);
    }
    return Promise.resolve(out);
  }

  listThreads(...[articleId, opts]: Args<'listThreads'>) {
    const page = pageOf(this.inIndex('GSI1PK', threadsPartition(articleId)), {
      ...opts,
      forward: !opts.newestFirst,
    });
    return Promise.resolve({
      ...page,
      items: page.items.map((c) => copy(pick(c, PUBLIC_LISTING_ATTRIBUTES))),
    });
  }

  listReplies(...[rootId, opts]: Args<'listReplies'>) {
    const page = pageOf(this.inIndex('GSI1PK', repliesPartition(rootId)), { ...opts, forward: true });
    return Promise.resolve({
      ...page,
      items: page.items.map((c) => copy(pick(c, PUBLIC_LISTING_ATTRIBUTES))),
    });
  }

  commentsByAuthor(...[authorId, opts]: Args<'commentsByAuthor'>) {
    const page = pageOf(this.inIndex('GSI4PK', authorPartition(authorId)), { ...opts, forward: false });
    return Promise.resolve({ ...page, items: page.items.map(copy) });
  }

  recentTextsByAuthor(...[authorId, limit]: Args<'recentTextsByAuthor'>) {
    const page = pageOf(this.inIndex('GSI4PK', authorPartition(authorId)), { limit, forward: false });
    return Promise.resolve(page.items.map((c) => pick(c, AUTHOR_HISTORY_ATTRIBUTES)));
  }

  async transition(...[input]: Args<'transition'>) {
    const { comment: read, ...change } = input;
    const current = this.comments.get(read.id);
    // As the DynamoDB store: a reply's move reads its root's status; a root's counts its current replies.
    const thread = { root: this.comments.get(read.rootId) ?? null };
    const counted = { ...read, replyCount: current?.replyCount ?? read.replyCount };
    const { next, effects, audit } = applyTransition(counted, change, read.parentId ? thread : undefined);
    if (!current || current.status !== read.status || current.version !== read.version) {
      this.writes.push('transition');
      throw new VersionConflictError();
    }
    // Read before anything is written, as the DynamoDB store reads the listing before its transaction.
    const root = effects.rootReplies !== 0 ? await this.rootAfter(next, effects.rootReplies) : null;
    this.writes.push('transition');
    this.comments.set(
      next.id,
      copy({ ...next, replyCount: current.replyCount, firstReplies: current.firstReplies }),
    );
    if (root) this.comments.set(root.id, root);
    if (effects.articleApproved !== 0) this.addArticleApproved(read.articleId, effects.articleApproved);
    if (effects.authorApproved !== 0 || effects.authorRejected !== 0) {
      const a = this.authors.get(read.authorId) ?? {};
      this.authors.set(read.authorId, {
        ...a,
        approved: (a.approved ?? 0) + effects.authorApproved,
        rejected: (a.rejected ?? 0) + effects.authorRejected,
      });
    }
    this.addQueueCounts(effects.queues);
    if (effects.decisionStats) {
      const hour = this.decisionHours.get(effects.decisionStats.hour) ?? {};
      for (const c of effects.decisionStats.counters) hour[c] = (hour[c] ?? 0) + 1;
      this.decisionHours.set(effects.decisionStats.hour, hour);
    }
    this.transparency.add('decided', dayOf(audit.at), moveCounters(audit, next, change));
    this.transparency.addEntry(statementEntryOf(next, change));
    this.events.push(copy(audit));
    return copy(next);
  }

  /**
   * The thread root with its reply count and inline replies after `reply` moved by `d`; null when the root
   * is gone (purged by retention), as the DynamoDB store then leaves it out of the transaction.
   */
  private async rootAfter(reply: CommentRecord, d: number): Promise<CommentRecord | null> {
    const root = this.comments.get(reply.rootId);
    if (!root) return null;
    const first =
      firstRepliesAfter(root, reply, d) ??
      refillFirstReplies((await this.listReplies(reply.rootId, { limit: INLINE_REPLIES + 1 })).items, reply);
    return { ...copy(root), replyCount: root.replyCount + d, firstReplies: first };
  }

  eraseNotes(...[commentId]: Args<'eraseNotes'>) {
    let erased = 0;
    for (const item of [...this.events.filter((e) => e.commentId === commentId), ...this.flags.values()]) {
      if (item.commentId !== commentId || item.note === undefined) continue;
      this.writes.push('eraseNotes');
      delete item.note;
      erased++;
    }
    return Promise.resolve(erased);
  }

  purge(...[input]: Args<'purge'>) {
    const { comment: read, now } = input;
    const { effects, audit } = applyPurge(read, now);
    this.writes.push('purge');
    const current = this.comments.get(read.id);
    if (current?.status !== 'rejected' || current.version !== read.version)
      return Promise.reject(new VersionConflictError());
    this.comments.delete(read.id);
    this.addQueueCounts(effects.queues);
    this.events.push(copy(audit));
    return this.eraseNotes(read.id).then(() => undefined);
  }

  forget(...[input]: Args<'forget'>) {
    const { comment: read, ...change } = input;
    const forgotten = applyForget(read, change);
    if (!forgotten) return Promise.resolve(null);
    this.writes.push('forget');
    const current = this.comments.get(read.id);
    if (!current || current.status !== 'deleted' || current.version !== read.version)
      return Promise.reject(new VersionConflictError());
    const stored = { ...current, version: forgotten.next.version, updatedAt: forgotten.next.updatedAt };
    for (const attr of [...ERASED_ATTRIBUTES, ...FORGOTTEN_ATTRIBUTES])
      delete (stored as unknown as Record<string, unknown>)[attr];
    this.comments.set(read.id, stored);
    this.events.push(copy(forgotten.audit));
    return Promise.resolve(copy(stored));
  }

  commentsByTokenHash(...[hashes]: Args<'commentsByTokenHash'>) {
    const wanted = new Set(hashes);
    return Promise.resolve(
      [...this.comments.values()]
        .filter((c) => c.authorTokenHash !== undefined && wanted.has(c.authorTokenHash))
        .map(copy),
    );
  }

  /** A full read in pages of `scanPageSize` comments, in key order, as a Scan continues after a key. */
  commentsWithEmailHash(...[hash, opts]: Args<'commentsWithEmailHash'>) {
    const keyOf = (id: string) => `${commentKey(id).PK}\n${commentKey(id).SK}`;
    const rest = [...this.comments.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((c) => opts.afterKey === undefined || keyOf(c.id) > opts.afterKey);
    const read = rest.slice(0, this.scanPageSize * opts.maxPages);
    const last = read[read.length - 1];
    return Promise.resolve({
      matches: read
        .filter((c) => c.authorEmailHash === hash)
        .map((c) => ({ commentId: c.id, authorId: c.authorId })),
      nextKey: rest.length > read.length && last ? keyOf(last.id) : null,
    });
  }

  // Moderation queues

  listQueue(...[queue, opts]: Args<'listQueue'>) {
    const before = opts.postedBefore && firstIdAt(opts.postedBefore);
    const all = [...this.comments.values()].filter(
      (c) =>
        (queue === 'reported' ? c.reported === true : c.status === queue) &&
        (opts.articleId === undefined || c.articleId === opts.articleId) &&
        (before === undefined || c.id < before),
    );
    const forward = !opts.newestFirst;
    const page =
      queue === 'reported'
        ? frontFirstPageOf(all, (c) => c.trustedFlagger !== undefined, { ...opts, forward })
        : pageOf(all, { ...opts, forward });
    return Promise.resolve({ ...page, items: page.items.map(copy) });
  }

  async oldestIn(...[queue]: Args<'oldestIn'>) {
    return (await this.listQueue(queue, { limit: 1, newestFirst: false })).items[0] ?? null;
  }

  queueSizes(): Promise<Record<QueueName, number>> {
    const received = [...this.comments.values()].filter((c) => c.status === 'received').length;
    return Promise.resolve({ received, ...this.queueCounters });
  }

  private addQueueCounts(counts: QueueCounts) {
    for (const [q, d] of Object.entries(counts) as [keyof QueueCounts, number][]) this.queueCounters[q] += d;
  }

  // Copied-text records (tests/support/memory/texts.ts), flags, audit, decision statistics, the POST context
  textRecord = (...a: Args<'textRecord'>) => this.textStore.textRecord(...a);
  noteText = (...a: Args<'noteText'>) => this.textStore.noteText(...a);
  markText = (...a: Args<'markText'>) => this.textStore.markText(...a);

  addFlag(...[commentId, flag, threshold]: Args<'addFlag'>) {
    const c = this.comments.get(commentId);
    // As the DynamoDB store: only a published comment takes flags.
    if (!c || c.status !== 'approved') throw new CommentNotFoundError();
    const key = `${commentId}|${flag.reporter}`;
    this.writes.push('addFlag');
    if (this.flags.has(key)) return Promise.resolve(null);
    const { next, summary, queues } = applyFlag(c, flag, threshold);
    this.flags.set(key, { commentId, ...summary });
    this.comments.set(commentId, copy(next));
    this.addQueueCounts(queues);
    return Promise.resolve(copy(next));
  }

  // Notices of illegal content (tests/support/memory/notices.ts)
  createNotice = (...a: Args<'createNotice'>) => this.noticeStore.createNotice(...a);
  noticeSentBy = (...a: Args<'noticeSentBy'>) => this.noticeStore.noticeSentBy(...a);
  getNotice = (...a: Args<'getNotice'>) => this.noticeStore.getNotice(...a);
  listOpenNotices = (...a: Args<'listOpenNotices'>) => this.noticeStore.listOpenNotices(...a);
  countOpenNotices = () => this.noticeStore.countOpenNotices();
  decideNotice = (...a: Args<'decideNotice'>) => this.noticeStore.decideNotice(...a);

  // Trusted flaggers (tests/support/memory/trusted-flaggers.ts)
  createTrustedFlagger = (...a: Args<'createTrustedFlagger'>) => this.flaggerStore.createTrustedFlagger(...a);
  getTrustedFlagger = (...a: Args<'getTrustedFlagger'>) => this.flaggerStore.getTrustedFlagger(...a);
  listTrustedFlaggers = () => this.flaggerStore.listTrustedFlaggers();
  trustedFlaggerByTokenHash = (...a: Args<'trustedFlaggerByTokenHash'>) =>
    this.flaggerStore.trustedFlaggerByTokenHash(...a);
  revokeTrustedFlagger = (...a: Args<'revokeTrustedFlagger'>) => this.flaggerStore.revokeTrustedFlagger(...a);

  // Appeals against decisions (tests/support/memory/appeals.ts)
  createAppeal = (...a: Args<'createAppeal'>) => this.appealStore.createAppeal(...a);
  getAppeal = (...a: Args<'getAppeal'>) => this.appealStore.getAppeal(...a);
  authorAppeals = (...a: Args<'authorAppeals'>) => this.appealStore.authorAppeals(...a);
  noticeAppeal = (...a: Args<'noticeAppeal'>) => this.appealStore.noticeAppeal(...a);
  listOpenAppeals = (...a: Args<'listOpenAppeals'>) => this.appealStore.listOpenAppeals(...a);
  countOpenAppeals = () => this.appealStore.countOpenAppeals();
  decideAppeal = (...a: Args<'decideAppeal'>) => this.appealStore.decideAppeal(...a);
  eraseAuthorAppeals = (...a: Args<'eraseAuthorAppeals'>) => this.appealStore.eraseAuthorAppeals(...a);

  eventsAt(...[commentId, at]: Args<'eventsAt'>) {
    return Promise.resolve(this.events.filter((e) => e.commentId === commentId && e.at === at).map(copy));
  }

  appendAudit(...[event]: Args<'appendAudit'>) {
    this.writes.push('appendAudit');
    this.events.push(copy(event));
    return Promise.resolve();
  }

  appendAuthorFact(...[fact]: Args<'appendAuthorFact'>) {
    this.writes.push('appendAuthorFact');
    this.authorFacts.push(copy(fact));
    return Promise.resolve();
  }

  history(...[commentId, opts = { limit: 100 }]: Args<'history'>) {
    const sk = (e: AuditEvent) => auditEventKey(e.commentId, e.at, e.eventId).SK;
    const all = this.events
      .filter((e) => e.commentId === commentId && (opts.afterKey === undefined || sk(e) > opts.afterKey))
      .sort((a, b) => (sk(a) < sk(b) ? -1 : 1));
    const items = all.slice(0, opts.limit);
    const last = items[items.length - 1];
    // DynamoDB returns a LastEvaluatedKey whenever a Query stops at its Limit, even at the very end.
    return Promise.resolve({
      items: items.map(copy),
      lastKey: items.length === opts.limit && last ? sk(last) : null,
    });
  }

  decisionStatsBetween(...[first, last]: Args<'decisionStatsBetween'>) {
    return Promise.resolve(
      [...this.decisionHours.entries()]
        .filter(([hour]) => hour >= first && hour <= last)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, counters]) => ({ ...counters })),
    );
  }

  transparencyDays = (...a: Args<'transparencyDays'>) => this.transparency.transparencyDays(...a);
  statementEntries = (...a: Args<'statementEntries'>) => this.transparency.statementEntries(...a);

  async getPostContext(...[q]: Args<'getPostContext'>): Promise<PostContext> {
    const minute = minuteOf(q.now);
    const parent = q.parentId === null ? undefined : this.comments.get(q.parentId);
    return {
      ...(await this.getStanding(q)),
      requests: {
        author: this.windows.get(`author|${q.authorId}|${minute}`) ?? 0,
        network: this.windows.get(`network|${q.networkHash}|${minute}`) ?? 0,
      },
      idempotency:
        q.idempotencyKey === undefined
          ? null
          : copy(liveRecord(this.idempotency.get(q.idempotencyKey) ?? null, q.now)),
      parent: parent ? copy(parent) : null,
    };
  }
}
