/**
 * The moderation queues: sparse, keys-only indexes by status (GSI2, GSI3) and of reported comments (GSI5,
 * GSI6), read a page at a time, and the sharded queue-size counters transitions and flags move.
 */
import type { ModerationQueuePort, Page, QueuePageQuery } from '../app/ports';
import type { CommentRecord, QueueName } from '../domain/comment';
import type { QueueCounts } from '../domain/lifecycle';
import { commentsOfPage } from './comments';
import { COMMENT_ITEMS, type Dynamo, type TransactItem } from './dynamo';
import { frontFirstPage } from './front-first-page';
import {
  QUEUE_COUNTER_SHARDS,
  SHARD_PREFIX,
  articleQueuePartition,
  firstIdAt,
  queueCounterKey,
  queuePartition,
} from './keys';

/** Adds a move to one random shard of the queue-size counters; null when no counter moves. */
export function queueCounterUpdate(db: Dynamo, counts: QueueCounts): TransactItem | null {
  const names = Object.keys(counts) as (keyof QueueCounts)[];
  if (names.length === 0) return null;
  return db.updateItem({
    Key: queueCounterKey(Math.floor(Math.random() * QUEUE_COUNTER_SHARDS)),
    UpdateExpression: `ADD ${names.map((n) => `#${n} :${n}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(names.map((n) => [`#${n}`, n])),
    ExpressionAttributeValues: Object.fromEntries(names.map((n) => [`:${n}`, counts[n]])),
  });
}

export class ModerationQueueStore implements ModerationQueuePort {
  constructor(private readonly db: Dynamo) {}

  async listQueue(queue: QueueName, opts: QueuePageQuery): Promise<Page<CommentRecord>> {
    const reported = queue === 'reported';
    const [index, partitionAttr, sortAttr] = reported
      ? opts.articleId
        ? ['GSI6', 'GSI6PK', 'GSI6SK']
        : ['GSI5', 'GSI5PK', 'GSI5SK']
      : opts.articleId
        ? ['GSI3', 'GSI3PK', 'GSI3SK']
        : ['GSI2', 'GSI2PK', 'GSI2SK'];
    const partition = opts.articleId ? articleQueuePartition(queue, opts.articleId) : queuePartition(queue);
    const forward = !opts.newestFirst;
    // Comments a trusted flagger flagged lead the reported queue (shared/storage/front-first-page.ts).
    const page = reported
      ? await frontFirstPage<CommentRecord>(
          this.db,
          index,
          partitionAttr,
          partition,
          { limit: opts.limit, forward, afterId: opts.afterId, sortAttr },
          COMMENT_ITEMS,
        )
      : await this.db.commentIndexPage(index, partitionAttr, partition, {
          limit: opts.limit,
          forward,
          afterId: opts.afterId,
          beforeId: opts.postedBefore && firstIdAt(opts.postedBefore),
          sortAttr,
        });
    // The index is read a moment before the comments: one decided meanwhile is no longer in this queue.
    return commentsOfPage(this.db, page, reported ? (c) => c.reported === true : (c) => c.status === queue);
  }

  async oldestIn(queue: QueueName): Promise<CommentRecord | null> {
    const page = await this.listQueue(queue, { limit: 1, newestFirst: false });
    return page.items[0] ?? null;
  }

  /** Queue sizes from the sharded counters, with `received` counted by a bounded Query. */
  async queueSizes(): Promise<Record<QueueName, number>> {
    const [shards, received] = await Promise.all([
      // The shards share one partition: a Query reads them all for the size of what exists.
      this.db.queryAll({
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :shard)',
        ExpressionAttributeValues: { ':pk': queueCounterKey(0).PK, ':shard': SHARD_PREFIX },
        ConsistentRead: true,
      }),
      // One page, as ever: `received` is drained within seconds, so a page is plenty.
      this.db.count(
        {
          IndexName: 'GSI2',
          KeyConditionExpression: 'GSI2PK = :pk',
          ExpressionAttributeValues: { ':pk': queuePartition('received') },
        },
        1,
      ),
    ]);
    const sizes: Record<QueueName, number> = {
      received,
      pending: 0,
      approved: 0,
      rejected: 0,
      reported: 0,
    };
    for (const item of shards) {
      for (const q of ['pending', 'approved', 'rejected', 'reported'] as const)
        sizes[q] += Number(item[q] ?? 0);
    }
    return sizes;
  }
}
