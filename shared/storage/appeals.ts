/**
 * Appeals against decisions (DSA Art. 20): one item each in a partition of its own, in the queue indexes
 * (`QUEUE#appeals`) while open, and a marker per appealed decision so that a decision is appealed once: a
 * rejection's marker sits in the comment's partition under its statement's id, a kept notice's in the
 * notice's partition. The appeal, its marker, its `appeal_received` event and the day's transparency
 * count are written in one transaction; a decision closes the appeal with the comment's move and its event in another.
 */
import type { AppealDecisionWrite, AppealsPort, OpenItemsQuery, Page } from '../app/ports';
import { appealMarkerExpiry, decidedAppealExpiry, type AppealRecord } from '../domain/appeal';
import type { CommentRecord } from '../domain/comment';
import type { AuditEvent } from '../domain/lifecycle';
import { AppealAlreadyDecidedError, AppealExistsError } from '../errors';
import { auditPut } from './audit';
import type { FirstReplies } from './comment-transition';
import { conditionally, retryOnContention, type Dynamo, type ItemsById } from './dynamo';
import { closeItem, closeWithMove, closingUpdate, countOpenItems, openItemsPage } from './item-queue';
import { auditTransparencyItems } from './transparency';
import {
  APPEAL_MARKER_PREFIX,
  appealIdOf,
  appealKey,
  commentKey,
  itemQueueKeys,
  noticeAppealKey,
  rejectionAppealKey,
  type ItemKey,
} from './keys';

const APPEAL_ITEMS: ItemsById = { keyOf: appealKey, idOf: appealIdOf };
const NEW_ITEM = 'attribute_not_exists(PK)';

/** The marker of the decision an appeal contests. */
const markerKey = (a: AppealRecord): ItemKey =>
  a.appellant === 'author'
    ? rejectionAppealKey(a.commentId, a.appealed.statementId ?? '')
    : noticeAppealKey(a.appealed.noticeId ?? '');

export class AppealStore implements AppealsPort {
  constructor(
    private readonly db: Dynamo,
    private readonly comments: { firstReplies: FirstReplies },
  ) {}

  async createAppeal(appeal: AppealRecord, received: AuditEvent): Promise<void> {
    const marker = {
      ...markerKey(appeal),
      appealId: appeal.id,
      appellant: appeal.appellant,
      expiresAt: appealMarkerExpiry(new Date(appeal.appealed.decidedAt)),
    };
    const items = [
      this.db.putItem(marker, NEW_ITEM),
      this.db.putItem({ ...appealKey(appeal.id), ...itemQueueKeys('appeals', appeal), ...appeal }, NEW_ITEM),
      auditPut(this.db, received),
      // Counted where the public's writes are (the notices received): a public route writes this.
      ...auditTransparencyItems(this.db, received, {}, 'received'),
    ];
    // The marker's condition is the "once per decision"; the day's counter may meet another writer.
    await retryOnContention(async () => {
      if ((await this.db.transactGuarded(items)) === 'guard-failed') throw new AppealExistsError();
    });
  }

  getAppeal(id: string, consistent = false): Promise<AppealRecord | null> {
    return this.db.get<AppealRecord>(appealKey(id), { consistent });
  }

  /**
   * The comment's markers (statement ids are ULIDs: in the order of the rejections), then their appeals in
   * one BatchGetItem.
   */
  async authorAppeals(commentId: string): Promise<AppealRecord[]> {
    const markers = await this.db.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :marker)',
      ExpressionAttributeValues: { ':pk': commentKey(commentId).PK, ':marker': APPEAL_MARKER_PREFIX },
      ConsistentRead: true,
    });
    if (markers.length === 0) return [];
    const found = await this.db.getMany(markers.map((m) => appealKey(String(m.appealId))));
    return found.flatMap((a) => (a ? [a as unknown as AppealRecord] : []));
  }

  async noticeAppeal(noticeId: string): Promise<AppealRecord | null> {
    const marker = await this.db.get<{ appealId: string }>(noticeAppealKey(noticeId), { consistent: true });
    return marker ? this.getAppeal(marker.appealId, true) : null;
  }

  listOpenAppeals(opts: OpenItemsQuery): Promise<Page<AppealRecord>> {
    return openItemsPage<AppealRecord>(this.db, 'appeals', APPEAL_ITEMS, opts);
  }

  countOpenAppeals(): Promise<number> {
    return countOpenItems(this.db, 'appeals');
  }

  async decideAppeal(
    write: AppealDecisionWrite,
  ): Promise<{ appeal: AppealRecord; comment: CommentRecord | null }> {
    const { appeal, decision } = write;
    const next: AppealRecord = {
      ...appeal,
      status: 'decided',
      decision,
      expiresAt: decidedAppealExpiry(new Date(decision.decidedAt)),
    };
    const close = closeItem(this.db, appealKey(appeal.id), { decision, expiresAt: next.expiresAt });
    const comment = await closeWithMove(
      this.db,
      close,
      { transition: write.transition, audits: [write.audit], abuse: write.abuse },
      this.comments.firstReplies,
      () => new AppealAlreadyDecidedError(),
    );
    return { appeal: next, comment };
  }

  /**
   * Every author's appeal of the comment, each text erased with one write; an open one is withdrawn too
   * (out of the queue indexes, no decision), unless it was decided meanwhile.
   */
  async eraseAuthorAppeals(commentId: string, now: Date): Promise<number> {
    let erased = 0;
    for (const appeal of await this.authorAppeals(commentId)) {
      if (appeal.status === 'received' && (await this.withdraw(appeal, now))) {
        erased++;
        continue;
      }
      if (appeal.explanation === '' && (appeal.decision?.note ?? '') === '') continue;
      await this.db.update({
        Key: appealKey(appeal.id),
        // The reviewer's note answers the author and may quote the comment: it goes too.
        UpdateExpression: appeal.decision
          ? 'SET explanation = :empty, decision.note = :empty'
          : 'SET explanation = :empty',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':empty': '' },
      });
      erased++;
    }
    return erased;
  }

  /** Withdraws an open appeal; false when it was decided meanwhile. */
  private async withdraw(appeal: AppealRecord, now: Date): Promise<boolean> {
    const withdrawal = {
      explanation: '',
      withdrawnAt: now.toISOString(),
      expiresAt: decidedAppealExpiry(now),
    };
    const done = await conditionally(
      this.db.update(closingUpdate(appealKey(appeal.id), withdrawal, 'withdrawn')),
    );
    return done !== null;
  }
}
