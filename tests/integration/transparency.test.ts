/**
 * The transparency records against DynamoDB Local: counters added in the same transaction as the audited
 * write (a rejection, a notice received and decided, a ban), sharded so that concurrent rejections all
 * count, summed back over a period only; statement entries written with the rejection, paged in the order
 * of decision across days.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../shared/domain/comment';
import type { TransitionInput } from '../../shared/domain/lifecycle';
import type { NoticeRecord } from '../../shared/domain/notice';
import { dayOf, summarizeTransparency } from '../../shared/domain/transparency';
import { newId, sha256 } from '../../shared/ids';
import { Dynamo } from '../../shared/storage/dynamo';
import { transparencyPartition } from '../../shared/storage/keys';
import { TransparencyStore, transparencyUpdate } from '../../shared/storage/transparency';
import type { Repository } from '../../shared/storage/repository';
import { startRepositoryStack, storedComment } from '../support/repository-stack';
import type { TestStack } from '../support/stack';

let stack: TestStack;
let repo: Repository;
let n = 0;

beforeAll(async () => ({ stack, repo } = await startRepositoryStack()));
afterAll(() => stack?.stop());

const SYSTEM = { type: 'system' as const, id: 'auto-moderator' };
const MODERATOR = { type: 'moderator' as const, id: 'mod-1', name: 'Mia' };

function comment(status: CommentRecord['status'], createdAt = new Date()): Promise<CommentRecord> {
  const at = createdAt.toISOString();
  return storedComment(repo, {
    id: newId(createdAt.getTime()),
    articleId: `transparency-${n++}`,
    authorId: `a_transparency${n++}`,
    authorName: 'Tess Transparent',
    body: 'Buy cheap watches at tess@example.org',
    status,
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
}

const autoReject = (c: CommentRecord, now = new Date()): TransitionInput => ({
  comment: c,
  to: 'rejected',
  now,
  actor: SYSTEM,
  action: 'auto_decision',
  reason: 'spam',
});

const reportOf = async (from: string, to: string) =>
  summarizeTransparency(await repo.transparencyDays(from, to), from, to);
const today = () => dayOf(new Date());

describe('transparency counters', () => {
  it('count each rejection in its transaction, sharded, and concurrent rejections all count', async () => {
    const before = await reportOf(today(), today());
    const comments = await Promise.all(Array.from({ length: 24 }, () => comment('received')));
    await Promise.all(comments.map((c) => repo.transition(autoReject(c))));
    const after = await reportOf(today(), today());
    expect(after.actions.total - before.actions.total).toBe(24);
    expect(after.actions.byAutomation.automated - before.actions.byAutomation.automated).toBe(24);
    const items = await stack.doc.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': transparencyPartition('decided') },
      }),
    );
    expect(items.Items!.length).toBeGreaterThan(1);
    expect(items.Items!.length).toBeLessThanOrEqual(10);
  });

  it('count a notice received, and decided kept, with its time to decision', async () => {
    const before = await reportOf(today(), today());
    const c = await comment('approved');
    const notice: NoticeRecord = {
      entity: 'notice',
      id: newId(),
      commentId: c.id,
      articleId: c.articleId,
      category: 'scams_fraud',
      explanation: 'It sells counterfeit watches to readers.',
      anonymous: true,
      tokenHash: sha256(`token-${n++}`),
      status: 'received',
      receivedAt: new Date(Date.now() - 90_000).toISOString(),
    };
    await repo.createNotice(notice, `sender-${notice.id}`);
    const now = new Date();
    await repo.decideNotice({
      notice,
      decision: { action: 'keep', ground: 'Not illegal.', decidedAt: now.toISOString(), by: { id: 'mod-1' } },
      audit: {
        entity: 'audit',
        eventId: newId(),
        commentId: c.id,
        at: now.toISOString(),
        actor: MODERATOR,
        action: 'notice_keep',
        from: 'approved',
        to: 'approved',
        reason: 'scams_fraud',
        version: c.version,
        noticeId: notice.id,
      },
    });
    const after = await reportOf(today(), today());
    expect(
      after.notices.received.byCategory.scams_fraud - before.notices.received.byCategory.scams_fraud,
    ).toBe(1);
    expect(
      after.notices.decided.byCategory.scams_fraud.keep - before.notices.decided.byCategory.scams_fraud.keep,
    ).toBe(1);
    expect(after.notices.timeToDecision.samples - before.notices.timeToDecision.samples).toBe(1);
    expect(after.actions.total).toBe(before.actions.total);
  });

  it('count a ban once, however often it is repeated, and again after an unban', async () => {
    const before = await reportOf(today(), today());
    const ban = { banned: true, reason: 'Abuse', by: MODERATOR, at: new Date() };
    const first = await repo.setBan('a_banned-once', ban);
    expect(first).toMatchObject({ banned: true, banReason: 'Abuse' });
    const again = await repo.setBan('a_banned-once', { ...ban, reason: 'Abuse, again' });
    expect(again).toMatchObject({ banned: true, banReason: 'Abuse, again' });
    expect((await reportOf(today(), today())).bans.total - before.bans.total).toBe(1);
    await repo.setBan('a_banned-once', { banned: false, by: MODERATOR, at: new Date() });
    await repo.setBan('a_banned-once', ban);
    expect((await reportOf(today(), today())).bans.total - before.bans.total).toBe(2);
  });
});

describe('statement entries', () => {
  it('are written with the rejection and paged in the order of decision, across days, within the period', async () => {
    const days = ['2025-03-01', '2025-03-02', '2025-03-04', '2025-03-06'];
    const written: string[] = [];
    for (const [i, day] of days.entries()) {
      for (let k = 0; k < (i === 1 ? 3 : 1); k++) {
        const c = await comment('received', new Date(`${day}T08:00:00.000Z`));
        const next = await repo.transition(autoReject(c, new Date(`${day}T1${k}:00:00.000Z`)));
        written.push(`${next.id}-${next.version}`);
      }
    }
    // The last day is outside the period asked.
    const inPeriod = written.slice(0, -1);
    const seen: string[] = [];
    let afterKey: string | undefined;
    let pages = 0;
    do {
      const page = await repo.statementEntries('2025-03-01', '2025-03-05', { limit: 2, afterKey });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => `${e.commentId}-${e.version}`));
      afterKey = page.lastKey ?? undefined;
      pages++;
    } while (afterKey !== undefined);
    expect(seen).toEqual(inPeriod);
    expect(pages).toBe(3);
    const [one] = (await repo.statementEntries('2025-03-01', '2025-03-01', { limit: 10 })).items;
    expect(one).toMatchObject({ entity: 'statement-entry', version: 2, accountSuspended: false });
    expect(one!.statement.automated).toEqual({ detection: true, decision: true });
    for (const personal of ['Tess', 'tess@example.org', 'a_transparency', 'net'])
      expect(JSON.stringify(one)).not.toContain(personal);
    expect((await reportOf('2025-03-01', '2025-03-05')).actions.total).toBe(5);
  });
});

describe('counters of one transaction on one shard', () => {
  it('are merged into one update, so the transaction is accepted and both count', async () => {
    const db = new Dynamo({ client: stack.doc, tableName: stack.tableName });
    const day = '2025-04-01';
    // A decision's audit event and the appeal it closes, both counted, with the shard the same by chance.
    const random = Math.random;
    Math.random = () => 0.35;
    try {
      const items = [
        transparencyUpdate(db, 'decided', day, ['actions.total', 'actions.ground.hate'])!,
        transparencyUpdate(db, 'decided', day, ['actions.total', 'appeals.decided'])!,
      ];
      expect(items[0]!.Update!.Key).toEqual(items[1]!.Update!.Key);
      await db.transact(items);
    } finally {
      Math.random = random;
    }
    const [counters] = await new TransparencyStore(db).transparencyDays(day, day);
    expect(counters).toMatchObject({ 'actions.total': 2, 'actions.ground.hate': 1, 'appeals.decided': 1 });
  });
});
