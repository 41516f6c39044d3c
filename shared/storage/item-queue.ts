/**
 * What the stores of decided-once items (notices, appeals) share: their open items are listed from the
 * queue indexes (`itemQueueKeys`), and a decision closes one in the same transaction as the comment's move
 * or the audit events it writes (each counted in the transparency report), conditional on the item still
 * open and the comment as read.
 */
import type { AbuseWrite, OpenItemsQuery, Page } from '../app/ports';
import type { CommentRecord } from '../domain/comment';
import type { AuditEvent, TransitionInput } from '../domain/lifecycle';
import type { CountingContext } from '../domain/transparency';
import { VersionConflictError } from '../errors';
import { auditPut } from './audit';
import { transitionItems, type FirstReplies } from './comment-transition';
import { retryOnContention, type Dynamo, type ItemsById, type TransactItem } from './dynamo';
import { frontFirstPage } from './front-first-page';
import { abuseItems } from './abuse-records';
import { auditTransparencyItems } from './transparency';
import { ITEM_QUEUE_ATTRIBUTES, itemQueuePartition, type ItemKey, type ItemQueue } from './keys';

/** One Query of the keys-only queue index, then the items in one BatchGetItem, in index order. */
export async function openItemsPage<T extends { status: string }>(
  db: Dynamo,
  queue: ItemQueue,
  items: ItemsById,
  opts: OpenItemsQuery,
): Promise<Page<T>> {
  const [index, partitionAttr, sortAttr] = opts.articleId
    ? ['GSI3', 'GSI3PK', 'GSI3SK']
    : ['GSI2', 'GSI2PK', 'GSI2SK'];
  const partition = itemQueuePartition(queue, opts.articleId);
  const pageOpts = { limit: opts.limit, forward: !opts.newestFirst, afterId: opts.afterId, sortAttr };
  // Trusted flaggers' notices lead their queue (shared/storage/front-first-page.ts); appeals have no front.
  const page =
    queue === 'notices'
      ? await frontFirstPage(db, index, partitionAttr, partition, pageOpts, items)
      : await db.indexPage(index, partitionAttr, partition, pageOpts, items);
  const found = page.ids.length === 0 ? [] : await db.getMany(page.ids.map((id) => items.keyOf(id)));
  // The index is read a moment before the items: one decided meanwhile is no longer open.
  const open = found.map((i) => i as unknown as T | null).filter((i): i is T => i?.status === 'received');
  return { items: open, lastId: page.lastId };
}

/**
 * Most pages of the keys-only queue index one count reads: a page is up to 1 MB of keys (thousands of open
 * items), so a real queue is counted in one Query, and a flood of notices costs a bounded read.
 */
export const MAX_COUNT_PAGES = 10;

/**
 * How many items of `queue` are open, site-wide: Queries of the queue index with `Select: COUNT` (keys
 * only, nothing fetched), paged to the end, at most MAX_COUNT_PAGES pages.
 */
export const countOpenItems = (db: Dynamo, queue: ItemQueue): Promise<number> =>
  db.count(
    {
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': itemQueuePartition(queue) },
    },
    MAX_COUNT_PAGES,
  );

/**
 * The update that closes an open item — `decided`, or `withdrawn` (an appeal whose author deleted the
 * comment) — with `set`, and takes it out of the queue indexes; conditional on the item still open.
 */
export const closingUpdate = (
  key: ItemKey,
  set: Record<string, unknown>,
  status: 'decided' | 'withdrawn' = 'decided',
) => {
  const names = Object.keys(set);
  return {
    Key: key,
    UpdateExpression: `SET #status = :closed, ${names.map((n) => `${n} = :${n}`).join(', ')} REMOVE ${ITEM_QUEUE_ATTRIBUTES.join(', ')}`,
    ConditionExpression: '#status = :received',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':closed': status,
      ':received': 'received',
      ...Object.fromEntries(names.map((n) => [`:${n}`, set[n]])),
    },
  };
};

/** `closingUpdate` of a decision, as an item of the decision's transaction. */
export const closeItem = (db: Dynamo, key: ItemKey, set: Record<string, unknown>): TransactItem =>
  db.updateItem(closingUpdate(key, set));

/**
 * Writes `close` (an item's `closeItem`) with the comment's move, if any, the audit events with their
 * transparency counters, and the people's repeat-abuse records it changes (Art. 23), in one transaction:
 * `alreadyDecided()` is thrown when the item is no longer open, VersionConflictError when the comment is no
 * longer at the status and version read or a record changed since it was read; contention is retried. The
 * comment as moved, or null.
 */
export function closeWithMove(
  db: Dynamo,
  close: TransactItem,
  write: {
    transition?: TransitionInput | undefined;
    audits: readonly AuditEvent[];
    /** What counting the audit events in the transparency report needs beside them (the notice decided). */
    counting?: CountingContext;
    abuse?: readonly AbuseWrite[] | undefined;
  },
  firstReplies: FirstReplies,
  alreadyDecided: () => Error,
): Promise<CommentRecord | null> {
  return retryOnContention(async () => {
    // Guards first: the item still open, then (with a move) the comment and the records at the version read.
    const guards: TransactItem[] = [close];
    const items: TransactItem[] = [];
    let comment: CommentRecord | null = null;
    if (write.transition) {
      const move = await transitionItems(db, write.transition, firstReplies);
      const [update, ...rest] = move.items;
      if (update) guards.push(update);
      items.push(...rest);
      comment = move.next;
    }
    for (const a of write.abuse ?? []) {
      const { guard, rest } = abuseItems(db, a);
      guards.push(guard);
      items.push(...rest);
    }
    for (const e of write.audits)
      items.push(auditPut(db, e), ...auditTransparencyItems(db, e, write.counting ?? {}));
    const failed = await db.transactGuardedBy([...guards, ...items], guards.length);
    if (failed === 0) throw alreadyDecided();
    if (failed !== 'written') throw new VersionConflictError();
    return comment;
  });
}
