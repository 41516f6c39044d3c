/**
 * Every partition key, sort key and index key Parley writes is built here and nowhere else.
 *
 * Layout of the single table:
 *   ARTICLE#<articleId>  / ARTICLE            article settings and counters (totalApproved)
 *   COMMENT#<commentId>  / COMMENT            the comment: single source of truth, drives the stream
 *   COMMENT#<commentId>  / EVENT#<at>#<id>    immutable audit events of that comment
 *   COMMENT#<commentId>  / FLAG#<reporter>    one reader flag per reporter
 *   AUTHOR#<authorId>    / AUTHOR             author history (approved / rejected counts), ban state
 *   AUTHOR#<authorId>    / EVENT#<at>#<id>    audit facts about the author's data (exported, looked up, erased)
 *   IDEMPOTENCY#<hash>   / IDEMPOTENCY        replayable POST responses, expire by TTL
 *   POLICY               / SITE               the site moderation policy
 *   RATE#<kind>#<hash>   / <minute>           fixed one-minute request windows, expire by TTL
 *   NETWORK#<hash>       / BAN                a network bucket's time-limited ban, expires by TTL
 *   TEXT#<fingerprint>   / TEXT               who posted a text, where, and a moderator's rejection of it; TTL
 *   NOTICE#<noticeId>    / NOTICE             a notice of illegal content (DSA Art. 16); decided ones expire by TTL
 *   APPEAL#<appealId>    / APPEAL             an appeal against a decision (DSA Art. 20); decided ones expire by TTL
 *   COMMENT#<commentId>  / APPEAL#<statementId>  marks the rejection its author appealed (once per decision)
 *   NOTICE#<noticeId>    / APPEAL             marks the notice decision its notifier appealed (once)
 *   COMMENT#<commentId>  / NOTICE#<sender>    marks that a notifier (or a network, for anonymous notices) sent one
 *   FLAGGER#<flaggerId>  / FLAGGER            a trusted flagger (DSA Art. 22) an admin registered
 *   FLAGGERTOKEN#<hash>  / FLAGGERTOKEN       its token's hash → the flagger (the token's one look-up)
 *   AUTHOR#<authorId>    / ABUSE              an author's repeat-abuse record (DSA Art. 23): strikes, warning, suspension
 *   NOTIFIER#<id>        / ABUSE              a notifier's (`email:<hash>` or `flagger:<id>`), the same
 *   SUSPENSION#<id>      / SUSPENSION         a suspension proposal (DSA Art. 23); decided ones expire by TTL
 *   SUSPENSION#<id>      / EVENT#<at>#<id>    its immutable events (proposed, warned, suspended, dismissed)
 * Sparse indexes:
 *   GSI1  ARTICLE#<articleId>#THREADS | THREAD#<rootId>  ×  <commentId>   approved roots / approved replies
 *   GSI2  QUEUE#<status>                                ×  <commentId>   moderation queue
 *   GSI3  QUEUE#<status>#ARTICLE#<articleId>            ×  <commentId>   moderation queue of one article
 *   GSI2  QUEUE#notices                                 ×  <noticeId>    open notices (notice items)
 *   GSI3  QUEUE#notices#ARTICLE#<articleId>             ×  <noticeId>    … on one article's comments
 *   GSI2  QUEUE#appeals                                 ×  <appealId>    open appeals (appeal items)
 *   GSI3  QUEUE#appeals#ARTICLE#<articleId>             ×  <appealId>    … on one article's comments
 *   GSI2  FLAGGERS                                      ×  <flaggerId>   every trusted flagger (the admins' list)
 *   GSI2  QUEUE#suspensions                             ×  <proposalId>  open suspension proposals (site-wide only)
 *   GSI4  AUTHOR#<authorId>                             ×  <commentId>   an author's comments
 *   GSI5  QUEUE#reported                                ×  <commentId>   comments readers reported
 *   GSI6  QUEUE#reported#ARTICLE#<articleId>            ×  <commentId>   … within one article
 *   GSI7  <authorTokenHash>                                   (no sort key) a comment by its author token
 *   STATS#QUEUES         / SHARD#<n>          sharded queue-size counters (summed on read)
 *   STATS#DECISIONS      / HOUR#<yyyy-mm-ddThh>  human decisions and time-to-decision histogram
 *   STATS#TRANSPARENCY#RECEIVED / DAY#<yyyy-mm-dd>#<n>  sharded daily counters of what the public sends (notices)
 *   STATS#TRANSPARENCY#DECIDED  / DAY#<yyyy-mm-dd>#<n>  … of decisions (actions, notices decided, bans)
 *   SOR#<yyyy-mm-dd>     / <decidedAt>#<commentId>  the statements of reasons issued that day (DSA export)
 * Comment, notice and appeal ids are ULIDs, so sorting by id is sorting by time of posting (or receipt).
 * In the notices and reported queues a trusted flagger's item sorts by `!<id>` instead, so those come first
 * (`queueSortKey`, read by `frontFirstPage`).
 * `notices` and `appeals` are no comment status, so their open items share the queue indexes without
 * meeting a comment. Markers sort before `COMMENT` in the comment's partition, so no Query of its events
 * or notes (`SK > COMMENT`) meets one.
 */
import { encodeTime } from 'ulid';
import { isListed, type CommentStatus, type QueueName } from '../domain/comment';
import { queueSortKey } from '../domain/trusted-flagger';

export interface ItemKey {
  PK: string;
  SK: string;
}

export const articleKey = (articleId: string): ItemKey => ({ PK: `ARTICLE#${articleId}`, SK: 'ARTICLE' });
const COMMENT_PK_PREFIX = 'COMMENT#';
export const commentKey = (commentId: string): ItemKey => ({
  PK: `${COMMENT_PK_PREFIX}${commentId}`,
  SK: 'COMMENT',
});
/** The comment id in a comment item's partition key (index entries carry the table key). */
export function commentIdOf(pk: unknown): string {
  if (typeof pk !== 'string' || !pk.startsWith(COMMENT_PK_PREFIX))
    throw new Error(`not a comment key: ${String(pk)}`);
  return pk.slice(COMMENT_PK_PREFIX.length);
}
export const authorKey = (authorId: string): ItemKey => ({ PK: `AUTHOR#${authorId}`, SK: 'AUTHOR' });
export const policyKey = (): ItemKey => ({ PK: 'POLICY', SK: 'SITE' });
export const idempotencyKey = (hashedKey: string): ItemKey => ({
  PK: `IDEMPOTENCY#${hashedKey}`,
  SK: 'IDEMPOTENCY',
});

/** What a rate window counts: posts per author or network bucket, author edits and deletions per network. */
export type RateKind = 'author' | 'network' | 'author-action';

/** A one-minute request window of one author or network bucket; `minute` is epoch minutes. */
export const rateWindowKey = (kind: RateKind, subject: string, minute: number): ItemKey => ({
  PK: `RATE#${kind}#${subject}`,
  SK: String(minute),
});

/** The time-limited ban of a network bucket (bans of anonymous authors extend to their network). */
export const networkBanKey = (networkHash: string): ItemKey => ({ PK: `NETWORK#${networkHash}`, SK: 'BAN' });
/** The copied-text record of a text (shared/domain/copied-text.ts), by its keyed fingerprint. */
export const textKey = (fingerprint: string): ItemKey => ({ PK: `TEXT#${fingerprint}`, SK: 'TEXT' });

export const EVENT_PREFIX = 'EVENT#';
export const FLAG_PREFIX = 'FLAG#';
export const auditEventKey = (commentId: string, at: string, eventId: string): ItemKey => ({
  PK: commentKey(commentId).PK,
  SK: `${EVENT_PREFIX}${at}#${eventId}`,
});
/** An audit fact about an author's data as a whole (an export, a look-up by e-mail, an erasure). */
export const authorEventKey = (authorId: string, at: string, eventId: string): ItemKey => ({
  PK: authorKey(authorId).PK,
  SK: `${EVENT_PREFIX}${at}#${eventId}`,
});
/** The id in the partition key of an item of a kind keyed by id alone (`<PREFIX>#<id>`). */
function idOfKey(prefix: string, kind: string, pk: unknown): string {
  if (typeof pk !== 'string' || !pk.startsWith(prefix)) throw new Error(`not ${kind} key: ${String(pk)}`);
  return pk.slice(prefix.length);
}
const NOTICE_PK_PREFIX = 'NOTICE#';
export const noticeKey = (noticeId: string): ItemKey => ({
  PK: `${NOTICE_PK_PREFIX}${noticeId}`,
  SK: 'NOTICE',
});
/** The notice id in a notice item's partition key. */
export const noticeIdOf = (pk: unknown): string => idOfKey(NOTICE_PK_PREFIX, 'a notice', pk);
const APPEAL_PK_PREFIX = 'APPEAL#';
export const appealKey = (appealId: string): ItemKey => ({
  PK: `${APPEAL_PK_PREFIX}${appealId}`,
  SK: 'APPEAL',
});
/** The appeal id in an appeal item's partition key. */
export const appealIdOf = (pk: unknown): string => idOfKey(APPEAL_PK_PREFIX, 'an appeal', pk);
/** Sort-key prefix of the markers of a comment's appealed rejections (in the comment's partition). */
export const APPEAL_MARKER_PREFIX = 'APPEAL#';
/** The marker of an author's appeal of one rejection: its statement of reasons names the decision. */
export const rejectionAppealKey = (commentId: string, statementId: string): ItemKey => ({
  PK: commentKey(commentId).PK,
  SK: `${APPEAL_MARKER_PREFIX}${statementId}`,
});
/** The marker of a notifier's appeal of their notice's decision (a notice is decided once). */
export const noticeAppealKey = (noticeId: string): ItemKey => ({ PK: noticeKey(noticeId).PK, SK: 'APPEAL' });
/** The mark of the one notice a sender (`noticeSender` in shared/app/notices.ts) sent about a comment. */
export const noticeSenderKey = (commentId: string, sender: string): ItemKey => ({
  PK: commentKey(commentId).PK,
  SK: `NOTICE#${sender}`,
});

/** Queues of items other than comments, each one item per open notice, appeal or suspension proposal. */
export type ItemQueue = 'notices' | 'appeals' | 'suspensions';
/** The queue-index partitions of an item queue: site-wide (GSI2) and of one article (GSI3). */
export const itemQueuePartition = (queue: ItemQueue, articleId?: string): string =>
  articleId === undefined ? `QUEUE#${queue}` : `QUEUE#${queue}#ARTICLE#${articleId}`;
/**
 * Index attributes of an open item of `queue` (removed when it is decided); sorted by its id, a trusted
 * flagger's in front (`queueSortKey`).
 */
export const itemQueueKeys = (
  queue: ItemQueue,
  item: { id: string; articleId: string },
  front = false,
): Record<string, string> => ({
  GSI2PK: itemQueuePartition(queue),
  GSI2SK: queueSortKey(item.id, front),
  GSI3PK: itemQueuePartition(queue, item.articleId),
  GSI3SK: queueSortKey(item.id, front),
});
export const ITEM_QUEUE_ATTRIBUTES = ['GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK'] as const;

/**
 * A person's repeat-abuse record (EU DSA Art. 23): an author's beside the author item (read with it when
 * they post), a notifier's in a partition of its own (`email:<hash>` or `flagger:<id>`).
 */
export const abuseKey = (s: { kind: 'author' | 'notifier'; id: string }): ItemKey =>
  s.kind === 'author' ? authorAbuseKey(s.id) : notifierAbuseKey(s.id);
export const authorAbuseKey = (authorId: string): ItemKey => ({ PK: authorKey(authorId).PK, SK: 'ABUSE' });
export const notifierAbuseKey = (notifierId: string): ItemKey => ({
  PK: `NOTIFIER#${notifierId}`,
  SK: 'ABUSE',
});
const SUSPENSION_PK_PREFIX = 'SUSPENSION#';
export const suspensionKey = (proposalId: string): ItemKey => ({
  PK: `${SUSPENSION_PK_PREFIX}${proposalId}`,
  SK: 'SUSPENSION',
});
/** The proposal id in a proposal item's partition key. */
export const suspensionIdOf = (pk: unknown): string => idOfKey(SUSPENSION_PK_PREFIX, 'a suspension', pk);
/** An event on a proposal's trail. */
export const suspensionEventKey = (proposalId: string, at: string, eventId: string): ItemKey => ({
  PK: suspensionKey(proposalId).PK,
  SK: `${EVENT_PREFIX}${at}#${eventId}`,
});
/** Index attributes of an open proposal: the site-wide queue only (it is about a person, not an article). */
export const suspensionQueueKeys = (proposalId: string): Record<string, string> => ({
  GSI2PK: itemQueuePartition('suspensions'),
  GSI2SK: proposalId,
});

const FLAGGER_PK_PREFIX = 'FLAGGER#';
export const trustedFlaggerKey = (flaggerId: string): ItemKey => ({
  PK: `${FLAGGER_PK_PREFIX}${flaggerId}`,
  SK: 'FLAGGER',
});
/** The flagger id in a flagger item's partition key. */
export const trustedFlaggerIdOf = (pk: unknown): string =>
  idOfKey(FLAGGER_PK_PREFIX, 'a trusted flagger', pk);
/** The GSI2 partition listing every trusted flagger (sorted by id, so by registration). */
export const TRUSTED_FLAGGERS_PARTITION = 'FLAGGERS';
/** A flagger token's hash → its flagger. */
export const flaggerTokenKey = (tokenHash: string): ItemKey => ({
  PK: `FLAGGERTOKEN#${tokenHash}`,
  SK: 'FLAGGERTOKEN',
});

export const flagKey = (commentId: string, reporter: string): ItemKey => ({
  PK: commentKey(commentId).PK,
  SK: `${FLAG_PREFIX}${reporter}`,
});

/** GSI1 partition holding an article's approved root comments. */
export const threadsPartition = (articleId: string): string => `ARTICLE#${articleId}#THREADS`;
/** GSI1 partition holding a thread's approved replies. */
export const repliesPartition = (rootId: string): string => `THREAD#${rootId}`;
/** GSI4 partition of an author's comments. */
export const authorPartition = (authorId: string): string => `AUTHOR#${authorId}`;
/** The lowest comment id posted at `at`: ids below it were posted before (ULIDs: time, then randomness). */
export const firstIdAt = (at: Date): string => `${encodeTime(at.getTime(), 10)}${'0'.repeat(16)}`;
/** GSI2 partition of a site-wide moderation queue. */
export const queuePartition = (queue: QueueName): string => `QUEUE#${queue}`;
/** GSI3 partition of one article's moderation queue. */
export const articleQueuePartition = (queue: QueueName, articleId: string): string =>
  `QUEUE#${queue}#ARTICLE#${articleId}`;

/** Index attributes of the `reported` queue, for a comment readers have reported (in front: a trusted flagger). */
export const reportedIndexKeys = (
  c: { id: string; articleId: string },
  front = false,
): Record<string, string> => ({
  GSI5PK: queuePartition('reported'),
  GSI5SK: queueSortKey(c.id, front),
  GSI6PK: articleQueuePartition('reported', c.articleId),
  GSI6SK: queueSortKey(c.id, front),
});
/** Every index attribute name a comment may carry, for REMOVE clauses when it leaves an index. */
export const COMMENT_INDEX_ATTRIBUTES = [
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'GSI4PK',
  'GSI4SK',
] as const;
export const REPORTED_INDEX_ATTRIBUTES = ['GSI5PK', 'GSI5SK', 'GSI6PK', 'GSI6SK'] as const;
/** Every index attribute any item may carry: stripped when items become domain records. */
export const INDEX_ATTRIBUTES: readonly string[] = [
  ...COMMENT_INDEX_ATTRIBUTES,
  ...REPORTED_INDEX_ATTRIBUTES,
];

export const QUEUE_COUNTER_SHARDS = 10;
export const SHARD_PREFIX = 'SHARD#';
export const queueCounterKey = (shard: number): ItemKey => ({
  PK: 'STATS#QUEUES',
  SK: `${SHARD_PREFIX}${shard}`,
});
/** `hour` is an ISO time truncated to the hour, e.g. `2026-11-26T20`. */
export const decisionStatsKey = (hour: string): ItemKey => ({ PK: 'STATS#DECISIONS', SK: `HOUR#${hour}` });

/**
 * Shards of each day's transparency counters: every automatic rejection adds to its day, so one item a day
 * would make concurrent decisions' transactions conflict (as the queue counters are sharded for).
 */
export const TRANSPARENCY_SHARDS = 10;
/**
 * Who writes a day's counters: `received`, the public (a notice sent); `decided`, moderators and the
 * automatic checks. Two partitions, so that public functions may write only the first.
 */
export type TransparencyLane = 'received' | 'decided';
/** The partition of a lane's daily counters. */
export const transparencyPartition = (lane: TransparencyLane): string =>
  `STATS#TRANSPARENCY#${lane.toUpperCase()}`;
/** `day` is `yyyy-mm-dd` (UTC); a day's shards sort together, between `DAY#<day>#` and `DAY#<day>#~`. */
const dayCounterKey = (lane: TransparencyLane, day: string, shard: number): ItemKey => ({
  PK: transparencyPartition(lane),
  SK: `DAY#${day}#${shard}`,
});
/** A shard of a day's counters of what the public sends. */
export const receivedCountersKey = (day: string, shard: number) => dayCounterKey('received', day, shard);
/** A shard of a day's counters of decisions. */
export const decidedCountersKey = (day: string, shard: number) => dayCounterKey('decided', day, shard);
/** A statement of reasons issued on `decidedAt`'s day, in the order of decision. */
export const statementEntryKey = (decidedAt: string, commentId: string): ItemKey => ({
  PK: statementDayPartition(decidedAt.slice(0, 10)),
  SK: `${decidedAt}#${commentId}`,
});
/** The partition of the statements issued on `day` (`yyyy-mm-dd`). */
export const statementDayPartition = (day: string): string => `SOR#${day}`;

/** What decides where a comment is listed (GSI1): its thread, its status and, for a root, its replies. */
type Listable = Pick<
  CommentIndexed,
  'id' | 'articleId' | 'parentId' | 'rootId' | 'status' | 'previousStatus' | 'replyCount'
>;
interface CommentIndexed {
  id: string;
  articleId: string;
  authorId: string;
  parentId: string | null;
  rootId: string;
  status: CommentStatus;
  previousStatus?: CommentStatus | undefined;
  replyCount?: number;
}

/** The listing's index attributes (GSI1) of a comment readers see; none for one they do not. */
export function listingKeys(c: Listable): { GSI1PK: string; GSI1SK: string } | null {
  if (!isListed(c)) return null;
  return {
    GSI1PK: c.parentId === null ? threadsPartition(c.articleId) : repliesPartition(c.rootId),
    GSI1SK: c.id,
  };
}

/** The index attributes a comment carries in a given status; absent attributes keep it out of an index. */
export function commentIndexKeys(c: CommentIndexed): Record<string, string> {
  const keys: Record<string, string> = { ...listingKeys(c) };
  keys.GSI4PK = authorPartition(c.authorId);
  keys.GSI4SK = c.id;
  if (c.status !== 'deleted') {
    keys.GSI2PK = queuePartition(c.status);
    keys.GSI2SK = c.id;
    keys.GSI3PK = articleQueuePartition(c.status, c.articleId);
    keys.GSI3SK = c.id;
  }
  return keys;
}
