/**
 * Notices of illegal content: one item each in a partition of its own, in the queue indexes (GSI2
 * site-wide, GSI3 by article, under the `notices` queue partitions no comment status can take) while
 * open. Deciding one closes it and moves the comment (or appends its audit event) in one transaction,
 * conditional on the notice still open and on the comment's status and version as read. Receiving and
 * deciding one count in the day's transparency counters, in the same transactions; so does a strike a
 * decision counts against the comment's author or the notifier (EU DSA Art. 23).
 */
import type { NoticeDecisionWrite, NoticesPort, OpenItemsQuery, Page } from '../app/ports';
import type { CommentRecord } from '../domain/comment';
import { decidedNoticeExpiry, noticeSenderExpiry, type NoticeRecord } from '../domain/notice';
import { notifierOf } from '../domain/repeat-abuse';
import { dayOf, noticeReceivedCounters } from '../domain/transparency';
import { NoticeAlreadyDecidedError, NoticeExistsError } from '../errors';
import { noticeSentUpdate } from './abuse-records';
import type { FirstReplies } from './comment-transition';
import { retryOnContention, type Dynamo, type ItemsById } from './dynamo';
import { closeItem, closeWithMove, countOpenItems, openItemsPage } from './item-queue';
import { itemQueueKeys, noticeIdOf, noticeKey, noticeSenderKey } from './keys';
import { transparencyUpdate } from './transparency';

const NOTICE_ITEMS: ItemsById = { keyOf: noticeKey, idOf: noticeIdOf };

export class NoticeStore implements NoticesPort {
  constructor(
    private readonly db: Dynamo,
    private readonly comments: { firstReplies: FirstReplies },
  ) {}

  /**
   * Stores a new notice and counts it in its day's transparency counters and in its notifier's count of
   * notices sent (when the notice names one Parley can count again), in one transaction.
   */
  async createNotice(notice: NoticeRecord, sender: string, replaces?: string): Promise<void> {
    // First: the sender's mark on the comment, the item this transaction guards.
    const mark = this.db.putItem(
      {
        ...noticeSenderKey(notice.commentId, sender),
        entity: 'notice-sender',
        noticeId: notice.id,
        expiresAt: noticeSenderExpiry(new Date(notice.receivedAt)),
      },
      replaces === undefined
        ? 'attribute_not_exists(PK)'
        : 'attribute_not_exists(PK) OR noticeId = :replaces',
      replaces === undefined ? undefined : { ':replaces': replaces },
    );
    const put = this.db.putItem(
      {
        ...noticeKey(notice.id),
        ...itemQueueKeys('notices', notice, notice.trustedFlagger !== undefined),
        ...notice,
      },
      'attribute_not_exists(PK)',
    );
    const counted = transparencyUpdate(
      this.db,
      'received',
      dayOf(notice.receivedAt),
      noticeReceivedCounters(notice),
    );
    const notifier = notifierOf(notice);
    const items = [
      mark,
      put,
      ...(counted ? [counted] : []),
      ...(notifier ? [noticeSentUpdate(this.db, notifier)] : []),
    ];
    await retryOnContention(async () => {
      if ((await this.db.transactGuarded(items)) === 'guard-failed') throw new NoticeExistsError();
    });
  }

  async noticeSentBy(commentId: string, sender: string): Promise<string | null> {
    const mark = await this.db.get<{ noticeId: string }>(noticeSenderKey(commentId, sender), {
      consistent: true,
    });
    return mark?.noticeId ?? null;
  }

  getNotice(id: string, consistent = false): Promise<NoticeRecord | null> {
    return this.db.get<NoticeRecord>(noticeKey(id), { consistent });
  }

  /** One Query of the keys-only queue index, then the notices in one BatchGetItem, in index order. */
  listOpenNotices(opts: OpenItemsQuery): Promise<Page<NoticeRecord>> {
    return openItemsPage<NoticeRecord>(this.db, 'notices', NOTICE_ITEMS, opts);
  }

  countOpenNotices(): Promise<number> {
    return countOpenItems(this.db, 'notices');
  }

  async decideNotice(
    write: NoticeDecisionWrite,
  ): Promise<{ notice: NoticeRecord; comment: CommentRecord | null }> {
    const { notice, decision } = write;
    const next: NoticeRecord = {
      ...notice,
      status: 'decided',
      decision,
      expiresAt: decidedNoticeExpiry(new Date(decision.decidedAt)),
    };
    const close = closeItem(this.db, noticeKey(notice.id), { decision, expiresAt: next.expiresAt });
    const comment = await closeWithMove(
      this.db,
      close,
      {
        transition: write.transition,
        audits: write.audit ? [write.audit] : [],
        counting: { notice: { category: notice.category, receivedAt: notice.receivedAt } },
        abuse: write.abuse,
      },
      this.comments.firstReplies,
      () => new NoticeAlreadyDecidedError(),
    );
    return { notice: next, comment };
  }
}
