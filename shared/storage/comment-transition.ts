/**
 * Persists a comment's move (shared/domain/lifecycle.ts decides it) in one TransactWriteItems with
 * everything that depends on it: the article's approved count, the thread root's reply count and inline
 * replies, the author's history, the queue-size counters, the hour's decision statistics, the audit
 * event, the day's transparency counters and the entry of the statement of reasons a rejection issues. The comment's write is conditional on the status and version it was read at. A retention purge
 * (`purgeComment`) deletes a rejected comment the same way.
 */
import { INLINE_REPLIES, type CommentRecord, type CommentStatus, type InlineReply } from '../domain/comment';
import {
  ERASED_ATTRIBUTES,
  FORGOTTEN_ATTRIBUTES,
  applyForget,
  applyPurge,
  applyTransition,
  firstRepliesAfter,
  refillFirstReplies,
  type ForgetInput,
  type PurgeInput,
  type TransitionInput,
} from '../domain/lifecycle';
import { statementEntryOf } from '../domain/dsa-statement';
import { dayOf, moveCounters } from '../domain/transparency';
import { VersionConflictError } from '../errors';
import { articleCounter } from './articles';
import { auditPut } from './audit';
import { authorCounter } from './authors';
import { decisionStatsUpdate } from './decision-stats';
import { retryOnContention, type Dynamo, type TransactItem } from './dynamo';
import {
  COMMENT_INDEX_ATTRIBUTES,
  REPORTED_INDEX_ATTRIBUTES,
  commentIndexKeys,
  commentKey,
  listingKeys,
} from './keys';
import { queueCounterUpdate } from './moderation-queue';
import { noteKeys, noteRemoval, removeNotes } from './notes';
import { statementEntryPut, transparencyUpdate } from './transparency';

/** A thread's first approved replies, oldest first (to refill the root's inline replies). */
export type FirstReplies = (rootId: string, limit: number) => Promise<{ items: CommentRecord[] }>;

/** How many times a root's move is tried again when only its reply count moved since it was read. */
const REPLY_COUNT_RETRIES = 5;

/**
 * Moves the comment; VersionConflictError when it is no longer at the status and version it was read
 * at. Contention on the other items (counters, the thread root) is retried, and so is a thread root's
 * move when only its reply count changed meanwhile (a reply was published or removed): the move carries
 * the count it read to the article's approved count, so it is made again with the count as it now is.
 */
export function transitionComment(
  db: Dynamo,
  input: TransitionInput,
  firstReplies: FirstReplies,
): Promise<CommentRecord> {
  return retryOnContention(async () => {
    let current = input;
    for (let attempt = 0; ; attempt++) {
      const { next, items } = await transitionItems(db, current, firstReplies);
      if ((await db.transactGuarded(items)) === 'written') return next;
      const replyCount = attempt < REPLY_COUNT_RETRIES ? await replyCountMoved(db, current.comment) : null;
      if (replyCount === null) throw new VersionConflictError();
      current = { ...current, comment: { ...current.comment, replyCount } };
    }
  });
}

/**
 * A thread root's reply count as it now is, when the root is still at the status and version it was
 * read at and only that count moved; null otherwise (a reply, or a root that really moved on).
 */
async function replyCountMoved(db: Dynamo, c: CommentRecord): Promise<number | null> {
  if (c.parentId !== null) return null;
  const now = await db.get<{ status?: string; version?: number; replyCount?: number }>(commentKey(c.id), {
    consistent: true,
    attributes: '#status, #version, replyCount',
    names: { '#status': 'status', '#version': 'version' },
  });
  if (!now || now.status !== c.status || Number(now.version) !== c.version) return null;
  const count = Number(now.replyCount ?? 0);
  return count === (c.replyCount ?? 0) ? null : count;
}

/**
 * The items of a comment's move, the comment's conditional update first (the item it guards), and the
 * record it becomes: for `transitionComment`, and for a transaction that writes more beside the move (a
 * notice's decision, `shared/storage/notices.ts`).
 */
export async function transitionItems(
  db: Dynamo,
  input: TransitionInput,
  firstReplies: FirstReplies,
): Promise<{ next: CommentRecord; items: TransactItem[] }> {
  const { comment: c, ...change } = input;
  // A reply entering or leaving `approved` moves its thread root's reply count, and the article's count
  // where readers see the thread: its root is read first (consistently) for both.
  const movesApproved = c.parentId !== null && (c.status === 'approved') !== (change.to === 'approved');
  const root = movesApproved ? await readThreadRoot(db, c.rootId) : null;
  const { next, effects, audit } = applyTransition(c, change, movesApproved ? { root } : undefined);
  const items: TransactItem[] = [commentUpdate(db, c, next, input.erase === true), auditPut(db, audit)];
  if (effects.articleApproved !== 0) items.push(articleCounter(db, c.articleId, effects.articleApproved));
  if (effects.authorApproved !== 0 || effects.authorRejected !== 0)
    items.push(authorCounter(db, c.authorId, effects.authorApproved, effects.authorRejected));
  if (root && effects.rootReplies !== 0)
    items.push(await rootRepliesUpdate(db, root, next, effects.rootReplies, firstReplies));
  const counters = queueCounterUpdate(db, effects.queues);
  if (counters) items.push(counters);
  if (effects.decisionStats)
    items.push(
      decisionStatsUpdate(db, input.now, effects.decisionStats.hour, effects.decisionStats.counters),
    );
  // The transparency report counts the move, and the export keeps the statement of reasons it issued.
  const counted = transparencyUpdate(db, 'decided', dayOf(audit.at), moveCounters(audit, next, change));
  if (counted) items.push(counted);
  const entry = statementEntryOf(next, change);
  if (entry) items.push(statementEntryPut(db, entry));
  return { next, items };
}

/**
 * Erases what an earlier delete kept of the person on a deleted comment (`applyForget`), with its audit
 * event, in one transaction conditional on the version read; null when nothing was left to erase.
 */
export async function forgetComment(db: Dynamo, input: ForgetInput): Promise<CommentRecord | null> {
  const { comment: c, ...change } = input;
  const forgotten = applyForget(c, change);
  if (!forgotten) return null;
  const update = db.updateItem({
    Key: commentKey(c.id),
    UpdateExpression: `SET #version = :nv, updatedAt = :at REMOVE ${[...ERASED_ATTRIBUTES, ...FORGOTTEN_ATTRIBUTES].join(', ')}`,
    ConditionExpression: '#status = :deleted AND #version = :v',
    ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
    ExpressionAttributeValues: {
      ':deleted': 'deleted',
      ':v': c.version,
      ':nv': forgotten.next.version,
      ':at': forgotten.next.updatedAt,
    },
  });
  if ((await db.transactGuarded([update, auditPut(db, forgotten.audit)])) === 'guard-failed')
    throw new VersionConflictError();
  return forgotten.next;
}

/** How many of a purged comment's notes go in its transaction; the rare rest are erased right after it. */
const NOTES_IN_PURGE = 20;

/**
 * Deletes a rejected comment past the retention period (`applyPurge`) in one transaction conditional on
 * its status and version as read, with its queue counter, its audit event and the removal of the notes
 * kept beside it (so none outlives the comment); VersionConflictError when it moved since it was read.
 */
export async function purgeComment(db: Dynamo, input: PurgeInput): Promise<void> {
  const { comment: c, now } = input;
  const { effects, audit } = applyPurge(c, now);
  const notes = await noteKeys(db, c.id);
  await retryOnContention(async () => {
    const remove = db.deleteItem({
      Key: commentKey(c.id),
      ConditionExpression: '#status = :rejected AND #version = :v',
      ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
      ExpressionAttributeValues: { ':rejected': 'rejected', ':v': c.version },
    });
    const items = [
      remove,
      auditPut(db, audit),
      ...notes.slice(0, NOTES_IN_PURGE).map((k) => noteRemoval(db, k)),
    ];
    const counters = queueCounterUpdate(db, effects.queues);
    if (counters) items.push(counters);
    if ((await db.transactGuarded(items)) === 'guard-failed') throw new VersionConflictError();
  });
  await removeNotes(db, notes.slice(NOTES_IN_PURGE));
}

/** The comment's conditional update: what changed between the record as read and as it becomes. */
function commentUpdate(db: Dynamo, c: CommentRecord, next: CommentRecord, erase: boolean): TransactItem {
  const indexKeys = commentIndexKeys(next);
  const names: Record<string, string> = { '#status': 'status', '#version': 'version' };
  const values: Record<string, unknown> = {
    ':from': c.status,
    ':v': c.version,
    ':to': next.status,
    ':nv': next.version,
    ':at': next.updatedAt,
    ':prev': c.status,
  };
  const sets = ['#status = :to', '#version = :nv', 'updatedAt = :at', 'previousStatus = :prev'];
  const set = (attr: string, placeholder: string, value: unknown) => {
    sets.push(`${attr} = ${placeholder}`);
    values[placeholder] = value;
  };
  for (const [attr, value] of Object.entries(indexKeys)) set(attr, `:${attr}`, value);
  if (next.decision) set('decision', ':decision', next.decision);
  if (next.humanDecision) set('humanDecision', ':human', next.humanDecision);
  if (next.body !== c.body) set('body', ':body', next.body);
  if (next.editedAt !== c.editedAt) set('editedAt', ':editedAt', next.editedAt);
  if (next.authorName !== c.authorName) set('authorName', ':authorName', next.authorName);
  const removes = COMMENT_INDEX_ATTRIBUTES.filter((a) => !(a in indexKeys)) as string[];
  if (erase) {
    removes.push(...ERASED_ATTRIBUTES, ...FORGOTTEN_ATTRIBUTES.filter((a) => next[a] === undefined));
    if (next.recentFlags) set('recentFlags', ':recentFlags', next.recentFlags);
  }
  if (c.reported === true && next.reported === false) {
    sets.push('reported = :false', 'openFlags = :zero');
    values[':false'] = false;
    values[':zero'] = 0;
    removes.push(...REPORTED_INDEX_ATTRIBUTES, 'trustedFlagger');
  }
  if (next.publicReason) set('publicReason', ':pr', next.publicReason);
  else removes.push('publicReason');
  if (next.statement) set('statement', ':statement', next.statement);
  else removes.push('statement');
  // A thread root's move carries its replies to the article's count (and decides whether a deleted root
  // stays listed as a tombstone): it holds only for the reply count it was computed from.
  // A reader's flag does not move the version: a move holds only for the flags it read, so that one landing
  // meanwhile is seen (a rejection clears its report, an erasure its note) when the move is made again.
  values[':flags'] = c.openFlags ?? 0;
  let condition =
    '#status = :from AND #version = :v AND (attribute_not_exists(openFlags) OR openFlags = :flags)';
  if (c.parentId === null) {
    values[':rc'] = c.replyCount ?? 0;
    condition +=
      (c.replyCount ?? 0) === 0
        ? ' AND (attribute_not_exists(replyCount) OR replyCount = :rc)'
        : ' AND replyCount = :rc';
  }
  return db.updateItem({
    Key: commentKey(c.id),
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
}

/** A thread root as a reply's move reads it: what readers see of the thread and what the move updates. */
export interface ThreadRoot {
  id: string;
  articleId: string;
  status: CommentStatus;
  /** The status it last left: a root deleted from `rejected` keeps its thread hidden. */
  previousStatus?: CommentStatus;
  replyCount: number;
  firstReplies: InlineReply[];
  repliesVersion: number;
}

/** The thread root, read consistently; null when it is gone (a rejected root purged by retention). */
export async function readThreadRoot(db: Dynamo, rootId: string): Promise<ThreadRoot | null> {
  const root = await db.get<{
    articleId: string;
    status: CommentStatus;
    previousStatus?: CommentStatus;
    firstReplies?: InlineReply[];
    replyCount?: number;
    repliesVersion?: number;
  }>(commentKey(rootId), {
    consistent: true,
    attributes: 'articleId, #status, previousStatus, firstReplies, replyCount, repliesVersion',
    names: { '#status': 'status' },
  });
  if (!root) return null;
  return {
    id: rootId,
    articleId: root.articleId,
    status: root.status,
    ...(root.previousStatus ? { previousStatus: root.previousStatus } : {}),
    replyCount: Number(root.replyCount ?? 0),
    firstReplies: root.firstReplies ?? [],
    repliesVersion: Number(root.repliesVersion ?? 0),
  };
}

/**
 * Keeps the root's reply count and inline first replies in step with a reply entering or leaving
 * `approved`, conditional on the root's replies version and status as read (contention is retried: a
 * root that moved meanwhile changes what readers see of the reply). A deleted root is listed as a
 * tombstone exactly while it has approved replies: the first one lists it, the last one to leave unlists it.
 */
export async function rootRepliesUpdate(
  db: Dynamo,
  root: ThreadRoot,
  reply: CommentRecord,
  d: number,
  firstReplies: FirstReplies,
): Promise<TransactItem> {
  const first =
    firstRepliesAfter(root, reply, d) ??
    refillFirstReplies((await firstReplies(root.id, INLINE_REPLIES + 1)).items, reply);
  const sets = ['firstReplies = :first', 'repliesVersion = :next'];
  const removes: string[] = [];
  const values: Record<string, unknown> = {
    ':first': first,
    ':next': root.repliesVersion + 1,
    ':seen': root.repliesVersion,
    ':d': d,
    ':rootStatus': root.status,
  };
  if (root.status === 'deleted') {
    const listing = listingKeys({
      ...root,
      parentId: null,
      rootId: root.id,
      replyCount: root.replyCount + d,
    });
    if (listing) {
      sets.push('GSI1PK = :g1pk', 'GSI1SK = :g1sk');
      values[':g1pk'] = listing.GSI1PK;
      values[':g1sk'] = listing.GSI1SK;
    } else removes.push('GSI1PK', 'GSI1SK');
  }
  return db.updateItem({
    Key: commentKey(root.id),
    UpdateExpression: `SET ${sets.join(', ')} ADD replyCount :d${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression:
      'attribute_exists(PK) AND #status = :rootStatus AND (repliesVersion = :seen OR attribute_not_exists(repliesVersion))',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: values,
  });
}
