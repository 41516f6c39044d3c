/**
 * Imported comments (issue 16): one planned comment (shared/import/plan.ts) stored with everything that
 * would have moved had it been posted and then decided into its status, in one TransactWriteItems — the
 * comment's conditional Put, the article's approved count, the author's history, the thread root's reply
 * count and inline replies, the queue-size counters and an `import` audit event. The counter items are the
 * ones transitions write (comment-transition.ts and the aggregates' modules); the effects are the
 * lifecycle's (`applyArrival`). A comment that already exists cancels the whole transaction, so running an
 * import again creates nothing twice and counts nothing twice.
 */
import type { CommentRecord } from '../domain/comment';
import { applyArrival } from '../domain/lifecycle';
import { articleCounter } from './articles';
import { auditPut } from './audit';
import { authorCounter } from './authors';
import { readThreadRoot, rootRepliesUpdate } from './comment-transition';
import { CommentStore } from './comments';
import { conditionally, retryOnContention, type Dynamo, type TransactItem } from './dynamo';
import { commentIndexKeys, commentKey } from './keys';
import { queueCounterUpdate } from './moderation-queue';

/** `written`: stored with its effects; `exists`: a comment with its id was already there, nothing written. */
export type ImportOutcome = 'written' | 'exists';

export class ImportStore {
  private readonly comments: CommentStore;

  constructor(private readonly db: Dynamo) {
    this.comments = new CommentStore(db);
  }

  /**
   * Stores one imported comment. Its thread root must already be stored (a reply's transaction moves the
   * root's reply count); contention on the counters or the root is retried by the one retry policy.
   */
  async importComment(comment: CommentRecord, now: Date): Promise<ImportOutcome> {
    // `--moderate`: stored as a post is, so that the stream consumer moderates it (posting counts nothing).
    if (comment.status === 'received') {
      const created = await conditionally(this.comments.createComment(comment).then(() => ({})));
      return created ? 'written' : 'exists';
    }
    return retryOnContention(async () => {
      const { db } = this;
      // An approved reply moves its thread root's reply count, and the article's count where the thread shows.
      const approvedReply = comment.parentId !== null && comment.status === 'approved';
      const root = approvedReply ? await readThreadRoot(db, comment.rootId) : null;
      if (approvedReply && !root)
        throw new Error(`The thread root ${comment.rootId} of ${comment.id} is not stored.`);
      const { effects, audit } = applyArrival(comment, now, root ? { root } : undefined);
      // The item as createComment writes it.
      const item = { ...commentKey(comment.id), ...commentIndexKeys(comment), ...comment, repliesVersion: 0 };
      const items: TransactItem[] = [db.putItem(item, 'attribute_not_exists(PK)'), auditPut(db, audit)];
      if (effects.articleApproved !== 0)
        items.push(articleCounter(db, comment.articleId, effects.articleApproved));
      if (effects.authorApproved !== 0 || effects.authorRejected !== 0)
        items.push(authorCounter(db, comment.authorId, effects.authorApproved, effects.authorRejected));
      if (root && effects.rootReplies !== 0)
        items.push(
          await rootRepliesUpdate(db, root, comment, effects.rootReplies, (rootId, limit) =>
            this.comments.listReplies(rootId, { limit }),
          ),
        );
      const counters = queueCounterUpdate(db, effects.queues);
      if (counters) items.push(counters);
      return (await db.transactGuarded(items)) === 'guard-failed' ? 'exists' : 'written';
    });
  }
}
