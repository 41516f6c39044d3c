/**
 * Reader flags: one item per reporter per comment beside the comment, and the comment's flag counts, in
 * one transaction conditional on the count read (shared/domain/flagging.ts `applyFlag` decides what a
 * flag does, including entering the `reported` queue at the threshold).
 */
import type { FlagsPort } from '../app/ports';
import type { CommentRecord } from '../domain/comment';
import { applyFlag, type FlagInputRecord } from '../domain/flagging';
import { CommentNotFoundError } from '../errors';
import type { CommentStore } from './comments';
import { retryOnContention, type Dynamo, type TransactItem } from './dynamo';
import { commentKey, flagKey, reportedIndexKeys } from './keys';
import { queueCounterUpdate } from './moderation-queue';

export class FlagStore implements FlagsPort {
  constructor(
    private readonly db: Dynamo,
    private readonly comments: Pick<CommentStore, 'getComment'>,
  ) {}

  /**
   * Null when this reporter already flagged the comment; contention on the comment is retried. The
   * reporter's flag is read beside the comment, so a repeated flag is answered without a write (a
   * cancelled transaction is billed); the transaction's guard still decides a race between two.
   */
  addFlag(commentId: string, flag: FlagInputRecord, threshold: number): Promise<CommentRecord | null> {
    return retryOnContention(async () => {
      const [c, already] = await Promise.all([
        this.comments.getComment(commentId, true),
        this.db.get(flagKey(commentId, flag.reporter), { attributes: 'PK' }),
      ]);
      // Only a published comment takes flags, as the public view shows it: one a moderator rejected, or
      // its author deleted, since the use case read it (a retry reads it again) is a 404, and no note of
      // the reader's lands on a comment whose erasure has run.
      if (!c || c.status !== 'approved') throw new CommentNotFoundError();
      if (already) return null;
      const { next, summary, reported, front, queues } = applyFlag(c, flag, threshold);
      const sets = ['openFlags = :open', 'flagReasons = :reasons', 'recentFlags = :recent'];
      const values: Record<string, unknown> = {
        ':open': next.openFlags,
        ':reasons': next.flagReasons,
        ':recent': next.recentFlags,
        ':seen': c.openFlags ?? 0,
        ':v': c.version,
      };
      if (reported) {
        sets.push('reported = :true', 'reportedAt = :at');
        values[':true'] = true;
        values[':at'] = summary.at;
      }
      if (front) {
        sets.push('trustedFlagger = :trusted');
        values[':trusted'] = next.trustedFlagger;
      }
      // Entering the queue, or moving to its front: the index keys say where it sorts.
      if (reported || front) {
        for (const [k, v] of Object.entries(reportedIndexKeys(c, front))) {
          sets.push(`${k} = :${k}`);
          values[`:${k}`] = v;
        }
      }
      const items: TransactItem[] = [
        // First: the reporter's one flag, the item this transaction guards.
        this.db.putItem(
          { ...flagKey(commentId, flag.reporter), entity: 'flag', commentId, ...summary },
          'attribute_not_exists(PK)',
        ),
        this.db.updateItem({
          Key: commentKey(commentId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: '(openFlags = :seen OR attribute_not_exists(openFlags)) AND #version = :v',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: values,
        }),
      ];
      const counters = queueCounterUpdate(this.db, queues);
      if (counters) items.push(counters);
      return (await this.db.transactGuarded(items)) === 'guard-failed' ? null : next;
    });
  }
}
