/**
 * The appeal store against DynamoDB Local: an appeal, its once-per-decision marker and its event written
 * together or not at all; open appeals in the queue indexes in order of receipt; a decision that closes
 * the appeal with the comment's move and its event, conditional on both as read; erasure of the author's
 * appeal texts; the trail's events of one moment.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedAppealExpiry, type AppealDecision, type AppealRecord } from '../../shared/domain/appeal';
import type { CommentRecord } from '../../shared/domain/comment';
import type { Actor, AuditEvent } from '../../shared/domain/lifecycle';
import { AppealAlreadyDecidedError, AppealExistsError, VersionConflictError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { appealKey, commentKey, noticeAppealKey, rejectionAppealKey } from '../../shared/storage/keys';
import type { Repository } from '../../shared/storage/repository';
import { startRepositoryStack, storedComment } from '../support/repository-stack';
import type { TestStack } from '../support/stack';

let stack: TestStack;
let repo: Repository;
let n = 0;

beforeAll(async () => ({ stack, repo } = await startRepositoryStack()));
afterAll(() => stack?.stop());

const MOD: Actor = { type: 'moderator', id: 'mod-1', name: 'Mia' };
const raw = async (key: { PK: string; SK: string }) =>
  (await stack.doc.send(new GetCommand({ TableName: stack.tableName, Key: key, ConsistentRead: true }))).Item;

/** A comment a moderator rejected through the transition (so with its statement and audit event). */
async function rejectedComment(articleId: string): Promise<CommentRecord> {
  const c = await storedComment(repo, {
    articleId,
    authorId: `a_appeal${n++}`,
    authorName: 'Appellant',
    body: 'A comment a moderator rejected.',
    status: 'pending',
  });
  return repo.transition({
    comment: c,
    to: 'rejected',
    now: new Date(),
    actor: MOD,
    action: 'reject',
    reason: 'abuse',
    publicReason: 'abuse',
  });
}

function authorAppeal(c: CommentRecord, over: Partial<AppealRecord> = {}): AppealRecord {
  return {
    entity: 'appeal',
    id: newId(),
    appellant: 'author',
    commentId: c.id,
    articleId: c.articleId,
    explanation: 'I quoted the article; I insulted nobody.',
    appealed: {
      statementId: c.statement!.id,
      reason: 'abuse',
      decidedAt: c.statement!.decidedAt,
      by: { id: 'mod-1' },
      automated: false,
    },
    status: 'received',
    receivedAt: new Date().toISOString(),
    ...over,
  };
}

const event = (a: AppealRecord, c: CommentRecord, action: string, over: Partial<AuditEvent> = {}) =>
  ({
    entity: 'audit',
    eventId: newId(),
    commentId: c.id,
    at: new Date().toISOString(),
    actor: { type: 'author', id: c.authorId },
    action,
    from: c.status,
    to: c.status,
    reason: 'abuse',
    version: c.version,
    appealId: a.id,
    ...over,
  }) satisfies AuditEvent;

const decision = (outcome: AppealDecision['outcome']): AppealDecision => ({
  outcome,
  note: 'A fair quotation.',
  decidedAt: new Date().toISOString(),
  by: { id: 'mod-2' },
});

describe('createAppeal', () => {
  it('writes the appeal in the open queue, the marker of its decision and its event together', async () => {
    const c = await rejectedComment('appeals-create');
    const a = authorAppeal(c);
    await repo.createAppeal(a, event(a, c, 'appeal_received', { appellant: 'author' }));
    expect(await raw(appealKey(a.id))).toMatchObject({
      GSI2PK: 'QUEUE#appeals',
      GSI2SK: a.id,
      GSI3PK: 'QUEUE#appeals#ARTICLE#appeals-create',
      status: 'received',
    });
    const marker = await raw(rejectionAppealKey(c.id, c.statement!.id));
    expect(marker).toMatchObject({ appealId: a.id, appellant: 'author', expiresAt: expect.any(Number) });
    expect((await repo.history(c.id)).items.at(-1)).toMatchObject({
      action: 'appeal_received',
      appealId: a.id,
    });
    expect(await repo.authorAppeals(c.id)).toEqual([a]);
  });

  it('refuses a second appeal of the same decision and writes none of it', async () => {
    const c = await rejectedComment('appeals-twice');
    const first = authorAppeal(c);
    await repo.createAppeal(first, event(first, c, 'appeal_received'));
    const second = authorAppeal(c);
    await expect(repo.createAppeal(second, event(second, c, 'appeal_received'))).rejects.toThrow(
      AppealExistsError,
    );
    expect(await repo.getAppeal(second.id, true)).toBeNull();
    expect((await repo.history(c.id)).items.filter((e) => e.action === 'appeal_received')).toHaveLength(1);
  });

  it('keys a notifier’s appeal on the notice, and finds it from there', async () => {
    const c = await rejectedComment('appeals-notice');
    const noticeId = newId();
    const a = authorAppeal(c, {
      appellant: 'notifier',
      appealed: {
        noticeId,
        category: 'defamation',
        reason: 'defamation',
        decidedAt: c.updatedAt,
        by: null,
        automated: false,
      },
    });
    await repo.createAppeal(a, event(a, c, 'appeal_received', { appellant: 'notifier' }));
    expect(await raw(noticeAppealKey(noticeId))).toMatchObject({ appealId: a.id, appellant: 'notifier' });
    expect(await repo.noticeAppeal(noticeId)).toEqual(a);
    expect(await repo.authorAppeals(c.id)).toEqual([]);
  });
});

describe('listOpenAppeals and decideAppeal', () => {
  it('pages open appeals by receipt, site-wide and by article, and drops decided ones', async () => {
    const articleId = `appeals-queue-${n++}`;
    const appeals: AppealRecord[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await rejectedComment(articleId);
      const a = authorAppeal(c);
      await repo.createAppeal(a, event(a, c, 'appeal_received'));
      appeals.push(a);
    }
    const first = await repo.listOpenAppeals({ articleId, limit: 2, newestFirst: false });
    expect(first.items.map((a) => a.id)).toEqual([appeals[0]!.id, appeals[1]!.id]);
    const rest = await repo.listOpenAppeals({
      articleId,
      limit: 2,
      newestFirst: false,
      afterId: first.lastId!,
    });
    expect(rest.items.map((a) => a.id)).toEqual([appeals[2]!.id]);
    const c0 = (await repo.getComment(appeals[0]!.commentId, true))!;
    await repo.decideAppeal({
      appeal: appeals[0]!,
      decision: decision('uphold'),
      audit: event(appeals[0]!, c0, 'appeal_decided', { outcome: 'uphold' }),
    });
    const after = await repo.listOpenAppeals({ articleId, limit: 10, newestFirst: true });
    expect(after.items.map((a) => a.id)).toEqual([appeals[2]!.id, appeals[1]!.id]);
    const closed = await raw(appealKey(appeals[0]!.id));
    expect(closed).toMatchObject({
      status: 'decided',
      decision: { outcome: 'uphold' },
      expiresAt: expect.any(Number),
    });
    expect(closed).not.toHaveProperty('GSI2PK');
    expect(closed).not.toHaveProperty('GSI3PK');
  });

  it('reverses in one transaction: the appeal closed, the comment approved, both events written', async () => {
    const c = await rejectedComment('appeals-reverse');
    const a = authorAppeal(c);
    await repo.createAppeal(a, event(a, c, 'appeal_received'));
    const audit = event(a, c, 'appeal_decided', { outcome: 'reverse', actor: MOD });
    const transition = {
      comment: c,
      to: 'approved' as const,
      now: new Date(),
      actor: MOD,
      action: 'approve',
      reason: null,
      appeal: { id: a.id },
    };
    // A comment that moved since it was read: nothing is written, the appeal stays open.
    await expect(
      repo.decideAppeal({
        appeal: a,
        decision: decision('reverse'),
        audit,
        transition: { ...transition, comment: { ...c, version: c.version - 1 } },
      }),
    ).rejects.toThrow(VersionConflictError);
    expect(await repo.getAppeal(a.id, true)).toMatchObject({ status: 'received' });
    const out = await repo.decideAppeal({ appeal: a, decision: decision('reverse'), audit, transition });
    expect(out.comment).toMatchObject({ status: 'approved', version: c.version + 1 });
    expect(await raw(commentKey(c.id))).toMatchObject({ status: 'approved' });
    const actions = (await repo.history(c.id)).items.map((e) => [e.action, e.appealId]);
    expect(actions.slice(-3)).toEqual([
      ['appeal_received', a.id],
      ['appeal_decided', a.id],
      ['approve', a.id],
    ]);
    await expect(repo.decideAppeal({ appeal: a, decision: decision('uphold'), audit })).rejects.toThrow(
      AppealAlreadyDecidedError,
    );
  });
});

describe('eraseAuthorAppeals and eventsAt', () => {
  it('erases the explanation and the reviewer’s note of the author’s appeals, once', async () => {
    const c = await rejectedComment('appeals-erase');
    const a = authorAppeal(c);
    await repo.createAppeal(a, event(a, c, 'appeal_received'));
    await repo.decideAppeal({
      appeal: a,
      decision: decision('uphold'),
      audit: event(a, c, 'appeal_decided'),
    });
    expect(await repo.eraseAuthorAppeals(c.id, new Date())).toBe(1);
    expect(await repo.getAppeal(a.id, true)).toMatchObject({ explanation: '', decision: { note: '' } });
    expect(await repo.eraseAuthorAppeals(c.id, new Date())).toBe(0);
  });

  it('withdraws an open appeal: out of the queue, undecided, its text erased (outside QA, L2)', async () => {
    const c = await rejectedComment('appeals-withdraw');
    const a = authorAppeal(c);
    await repo.createAppeal(a, event(a, c, 'appeal_received'));
    const open = async () =>
      (await repo.listOpenAppeals({ limit: 100, newestFirst: false, articleId: c.articleId })).items;
    expect((await open()).map((x) => x.id)).toContain(a.id);
    const now = new Date('2031-02-03T04:05:06.000Z');
    expect(await repo.eraseAuthorAppeals(c.id, now)).toBe(1);
    expect(await repo.getAppeal(a.id, true)).toMatchObject({
      status: 'withdrawn',
      explanation: '',
      withdrawnAt: now.toISOString(),
      expiresAt: decidedAppealExpiry(now),
    });
    expect((await open()).map((x) => x.id)).not.toContain(a.id);
    // Nothing left to decide.
    await expect(
      repo.decideAppeal({ appeal: a, decision: decision('reverse'), audit: event(a, c, 'appeal_decided') }),
    ).rejects.toThrow(AppealAlreadyDecidedError);
    expect(await repo.eraseAuthorAppeals(c.id, now)).toBe(0);
  });

  it('finds the move into rejected by the statement’s time, and the marker meets no Query of notes', async () => {
    const c = await rejectedComment('appeals-events');
    const events = await repo.eventsAt(c.id, c.statement!.decidedAt);
    expect(events).toMatchObject([{ action: 'reject', to: 'rejected', actor: { id: 'mod-1' } }]);
    const a = authorAppeal(c);
    await repo.createAppeal(a, event(a, c, 'appeal_received'));
    expect(await repo.eraseNotes(c.id)).toBe(0);
  });
});
