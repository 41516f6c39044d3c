/**
 * Notices of illegal content: one item each in a partition of its own, in the queue indexes (GSI2
 * site-wide, GSI3 by article, under the `notices` queue partitions no comment status can take) while
 * open. Deciding one closes it and moves the comment (or appends its audit event) in one transaction,
 * conditional on the notice still open and on the comment's status and version as read. Receiving and
 * deciding one count in the day's transparency counters, in the same transactions.
 */
import type { NoticeDecisionWrite, NoticesPort, Page } from '../app/ports';
import type { CommentRecord } from '../domain/comment';
import { decidedNoticeExpiry, type NoticeRecord } from '../domain/notice';
import { dayOf, noticeReceivedCounters } from '../domain/transparency';
import { NoticeAlreadyDecidedError, VersionConflictError } from '../errors';
import { auditPut } from './audit';
import { transitionItems, type FirstReplies } from './comment-transition';
import { retryOnContention, type Dynamo, type ItemsById, type TransactItem } from './dynamo';
import { auditTransparencyItems, transparencyUpdate } from './transparency';
import {
  NOTICE_QUEUE_ATTRIBUTES,
  noticeIdOf,
  noticeKey,
  noticeQueueKeys,
  noticeQueuePartition,
} from './keys';

const NOTICE_ITEMS: ItemsById = { keyOf: noticeKey, idOf: noticeIdOf };

export class NoticeStore implements NoticesPort {
  constructor(
    private readonly db: Dynamo,
    private readonly comments: { firstReplies: FirstReplies },
  ) {}

  /** Stores a new notice and counts it in its day's transparency counters, in one transaction. */
  async createNotice(notice: NoticeRecord): Promise<void> {
    const put = this.db.putItem(
      { ...noticeKey(notice.id), ...noticeQueueKeys(notice), ...notice },
      'attribute_not_exists(PK)',
    );
    const counted = transparencyUpdate(
      this.db,
      'received',
      dayOf(notice.receivedAt),
      noticeReceivedCounters(notice.category),
    );
    await retryOnContention(async () => {
      if ((await this.db.transactGuarded(counted ? [put, counted] : [put])) === 'guard-failed')
        throw new Error(`The conditional request failed: notice ${notice.id} exists already.`);
    });
  }

  getNotice(id: string, consistent = false): Promise<NoticeRecord | null> {
    return this.db.get<NoticeRecord>(noticeKey(id), { consistent });
  }

  /** One Query of the keys-only queue index, then the notices in one BatchGetItem, in index order. */
  async listOpenNotices(opts: {
    articleId?: string | undefined;
    limit: number;
    newestFirst: boolean;
    afterId?: string | undefined;
  }): Promise<Page<NoticeRecord>> {
    const [index, partitionAttr, sortAttr] = opts.articleId
      ? ['GSI3', 'GSI3PK', 'GSI3SK']
      : ['GSI2', 'GSI2PK', 'GSI2SK'];
    const page = await this.db.indexPage(
      index,
      partitionAttr,
      noticeQueuePartition(opts.articleId),
      { limit: opts.limit, forward: !opts.newestFirst, afterId: opts.afterId, sortAttr },
      NOTICE_ITEMS,
    );
    const found = page.ids.length === 0 ? [] : await this.db.getMany(page.ids.map(noticeKey));
    // The index is read a moment before the notices: one decided meanwhile is no longer open.
    const items = found
      .map((n) => n as unknown as NoticeRecord | null)
      .filter((n): n is NoticeRecord => n?.status === 'received');
    return { items, lastId: page.lastId };
  }

  decideNotice(write: NoticeDecisionWrite): Promise<{ notice: NoticeRecord; comment: CommentRecord | null }> {
    const { notice, decision } = write;
    const next: NoticeRecord = {
      ...notice,
      status: 'decided',
      decision,
      expiresAt: decidedNoticeExpiry(new Date(decision.decidedAt)),
    };
    const close = this.db.updateItem({
      Key: noticeKey(notice.id),
      UpdateExpression: `SET #status = :decided, decision = :decision, expiresAt = :expires REMOVE ${NOTICE_QUEUE_ATTRIBUTES.join(', ')}`,
      ConditionExpression: '#status = :received',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':decided': 'decided',
        ':received': 'received',
        ':decision': decision,
        ':expires': next.expiresAt,
      },
    });
    return retryOnContention(async () => {
      const items: TransactItem[] = [close];
      let comment: CommentRecord | null = null;
      if (write.transition) {
        const move = await transitionItems(this.db, write.transition, this.comments.firstReplies);
        items.push(...move.items);
        comment = move.next;
      } else if (write.audit) {
        const decided = { category: notice.category, receivedAt: notice.receivedAt };
        items.push(
          auditPut(this.db, write.audit),
          ...auditTransparencyItems(this.db, write.audit, { notice: decided }),
        );
      }
      // Guards: the notice still open, then (with a move) the comment at the version read.
      const failed = await this.db.transactGuardedBy(items, write.transition ? 2 : 1);
      if (failed === 0) throw new NoticeAlreadyDecidedError();
      if (failed === 1) throw new VersionConflictError();
      return { notice: next, comment };
    });
  }
}
