/**
 * Appeals against decisions (EU DSA Art. 20) on in-memory storage: the author's appeal of a rejection and
 * the notifier's of a notice kept, once per decision and within six months; the appeals queue; decisions
 * by another moderator (or a self-reviewing admin) that uphold or reverse; the appellant's views; erasure.
 */
import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import {
  authorAppealView,
  decideAppeal,
  submitAuthorAppeal,
  submitNoticeAppeal,
  UNDONE_APPEAL_NOTE,
} from '../../../shared/app/appeals';
import { deleteComment } from '../../../shared/app/author-actions';
import { exportMyData } from '../../../shared/app/personal-data';
import { commentHistory, decide, listQueue, type Moderator } from '../../../shared/app/moderation';
import { decideNotice, noticeStatus, submitNotice } from '../../../shared/app/notices';
import { getComment } from '../../../shared/app/read-comments';
import { purgeRejected } from '../../../shared/app/retention';
import type { QueueQuery } from '../../../shared/domain/moderation-schemas';
import {
  AppealAlreadyDecidedError,
  AppealExistsError,
  AppealNotFoundError,
  AppealWindowClosedError,
  CommentNotFoundError,
  InvalidAuthorTokenError,
  InvalidNoticeTokenError,
  NotAppealableError,
  NoticeNotFoundError,
  SameDeciderError,
  VersionConflictError,
} from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { memoryDeps, type MemoryDeps } from '../../support/memory/deps';
import { ADMIN, MODERATOR, notify, post, published } from '../../support/memory/fixtures';

const OTHER: Moderator = { id: 'mod-2', name: 'Omar', groups: ['moderators'] };
const WHY = 'I quoted the article; I insulted nobody.';
const DAY = 86_400_000;
const queue = (over: Partial<QueueQuery> = {}): QueueQuery => ({
  queue: 'appeals',
  sort: 'oldest',
  limit: 20,
  ...over,
});

/** A comment `by` rejected, in memory, with its author token. */
async function rejectedBy(by: Moderator = MODERATOR, m: MemoryDeps = memoryDeps()) {
  const posted = await post(m.deps, 'art');
  await decide(m.deps, by, posted.comment.id, { action: 'reject', reason: 'abuse' });
  return { ...m, id: posted.comment.id, token: posted.authorToken };
}

const appeal = (m: MemoryDeps, id: string, token: string | undefined, explanation = WHY) =>
  submitAuthorAppeal(m.deps, { id, token, input: { explanation } });

describe('submitAuthorAppeal', () => {
  it('records the appeal of a rejection with its decision and decider, and an appeal_received event', async () => {
    const m = await rejectedBy();
    const receipt = await appeal(m, m.id, m.token);
    expect(receipt).toEqual({
      appeal: { id: expect.any(String), status: 'received', receivedAt: m.clock.now().toISOString() },
    });
    const stored = m.repo.appealStore.appeals.get(receipt.appeal.id)!;
    expect(stored).toMatchObject({
      appellant: 'author',
      commentId: m.id,
      articleId: 'art',
      explanation: WHY,
      status: 'received',
      appealed: {
        statementId: m.repo.comments.get(m.id)!.statement!.id,
        reason: 'abuse',
        by: { id: 'mod-1', name: 'Maria' },
        automated: false,
      },
    });
    expect((await commentHistory(m.deps, m.id)).events.at(-1)).toMatchObject({
      action: 'appeal_received',
      actor: { type: 'author' },
      appealId: receipt.appeal.id,
      appellant: 'author',
      from: 'rejected',
      to: 'rejected',
    });
  });

  it('takes one appeal per decision: a second is appeal_exists, a new rejection may be appealed again', async () => {
    const m = await rejectedBy();
    await appeal(m, m.id, m.token);
    await expect(appeal(m, m.id, m.token)).rejects.toThrow(AppealExistsError);
    expect(m.repo.appealStore.appeals.size).toBe(1);
    const [first] = [...m.repo.appealStore.appeals.values()];
    await decideAppeal(m.deps, OTHER, first!.id, { action: 'reverse', note: 'A fair quotation.' });
    await decide(m.deps, OTHER, m.id, { action: 'reject', reason: 'spam' });
    await expect(appeal(m, m.id, m.token)).resolves.toMatchObject({ appeal: { status: 'received' } });
  });

  it('refuses an unknown comment, a wrong or missing token, a comment not rejected, and writes nothing', async () => {
    const m = memoryDeps();
    const approved = await published(m.deps, 'art');
    const writes = m.repo.writes.length;
    await expect(appeal(m, '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'x')).rejects.toThrow(CommentNotFoundError);
    await expect(appeal(m, 'not-an-id', 'x')).rejects.toThrow(CommentNotFoundError);
    await expect(appeal(m, approved.comment.id, 'wrong')).rejects.toThrow(InvalidAuthorTokenError);
    await expect(appeal(m, approved.comment.id, undefined)).rejects.toThrow(InvalidAuthorTokenError);
    await expect(appeal(m, approved.comment.id, approved.authorToken)).rejects.toThrow(NotAppealableError);
    expect(m.repo.writes.length).toBe(writes);
  });

  it('closes six calendar months after the decision', async () => {
    const m = await rejectedBy();
    m.clock.advance(185 * DAY);
    await expect(appeal(m, m.id, m.token)).rejects.toThrow(AppealWindowClosedError);
    expect(m.repo.appealStore.appeals.size).toBe(0);
  });
});

describe('the appeals queue', () => {
  it('lists open appeals oldest first with the comment, the decision under appeal and the reasons', async () => {
    const m = await rejectedBy();
    const second = await rejectedBy(OTHER, m);
    const a1 = await appeal(m, m.id, m.token);
    const a2 = await appeal(m, second.id, second.token, 'Second appeal, with reasons.');
    const page = await listQueue(m.deps, queue({ limit: 1 }));
    expect(page.items[0]).toMatchObject({
      comment: { id: m.id, status: 'rejected' },
      status: 'rejected',
      humanDecision: { action: 'reject', by: { id: 'mod-1' } },
      statement: { ground: { reason: 'abuse' } },
      appeal: {
        id: a1.appeal.id,
        appellant: 'author',
        explanation: WHY,
        status: 'received',
        appealed: { reason: 'abuse', by: { id: 'mod-1' }, automated: false, noticeId: null },
        decision: null,
      },
    });
    const next = await listQueue(m.deps, queue({ cursor: page.nextCursor! }));
    expect(next.items.map((i) => i.appeal?.id)).toEqual([a2.appeal.id]);
    await decideAppeal(m.deps, OTHER, a1.appeal.id, { action: 'uphold', note: 'The insult stands.' });
    expect((await listQueue(m.deps, queue())).items.map((i) => i.appeal?.id)).toEqual([a2.appeal.id]);
  });
});

describe('decideAppeal', () => {
  it('reverse: another moderator restores the comment through the transition, as a binding human decision', async () => {
    const m = await rejectedBy();
    const { appeal: a } = await appeal(m, m.id, m.token);
    expect(m.repo.authors.get('a_author')).toBeUndefined();
    const out = await decideAppeal(m.deps, OTHER, a.id, { action: 'reverse', note: 'A fair quotation.' });
    expect(out.comment).toMatchObject({ id: m.id, status: 'approved', publicReason: null });
    expect(out.appeal).toMatchObject({
      status: 'decided',
      decision: { outcome: 'reverse', note: 'A fair quotation.', by: { id: 'mod-2' } },
    });
    const stored = m.repo.comments.get(m.id)!;
    expect(stored.humanDecision).toMatchObject({ action: 'approve', by: { id: 'mod-2' } });
    expect(stored.statement).toBeUndefined();
    expect(m.repo.queueCounters).toMatchObject({ rejected: 0, approved: 1 });
    await expect(getComment(m.deps, m.id)).resolves.toMatchObject({ id: m.id });
    const events = (await commentHistory(m.deps, m.id)).events.slice(-2);
    expect(events).toMatchObject([
      { action: 'appeal_decided', appealId: a.id, outcome: 'reverse', from: 'rejected', to: 'rejected' },
      { action: 'approve', appealId: a.id, from: 'rejected', to: 'approved', actor: { id: 'mod-2' } },
    ]);
    await expect(
      decideAppeal(m.deps, ADMIN, a.id, { action: 'uphold', note: 'Second thoughts.' }),
    ).rejects.toThrow(AppealAlreadyDecidedError);
  });

  it('a moderator who restores the comment closes the open appeal as reversed, and the author is told so', async () => {
    // An outside audit of races: the appeal stayed open on the published comment, waiting for a review of
    // nothing, and `uphold` told the author their rejection stood.
    const m = await rejectedBy();
    const receipt = await appeal(m, m.id, m.token);
    await decide(m.deps, OTHER, m.id, { action: 'approve' });
    expect(m.repo.comments.get(m.id)).toMatchObject({ status: 'approved' });
    expect(await listQueue(m.deps, queue())).toMatchObject({ items: [] });
    expect(await authorAppealView(m.deps, m.id)).toMatchObject({
      id: receipt.appeal.id,
      status: 'decided',
      outcome: 'reverse',
      note: UNDONE_APPEAL_NOTE,
    });
    const trail = (await commentHistory(m.deps, m.id)).events;
    expect(trail.filter((e) => e.action === 'appeal_decided')).toMatchObject([
      { outcome: 'reverse', actor: { id: OTHER.id }, appealId: receipt.appeal.id },
    ]);
    await expect(
      decideAppeal(m.deps, ADMIN, receipt.appeal.id, { action: 'uphold', note: 'The rejection stands.' }),
    ).rejects.toThrow(AppealAlreadyDecidedError);
  });

  it('still refuses to uphold a rejection overturned while the appeal was being filed', async () => {
    // The appeal written after the moderator's decision read the appeals: the guard in `decideAppeal`.
    const m = await rejectedBy();
    const receipt = await appeal(m, m.id, m.token);
    const c = m.repo.comments.get(m.id)!;
    m.repo.comments.set(m.id, { ...c, status: 'approved', version: c.version + 1 });
    await expect(
      decideAppeal(m.deps, OTHER, receipt.appeal.id, { action: 'uphold', note: 'The rejection stands.' }),
    ).rejects.toThrow(VersionConflictError);
    const out = await decideAppeal(m.deps, OTHER, receipt.appeal.id, {
      action: 'reverse',
      note: 'Restored already.',
    });
    expect(out.appeal).toMatchObject({ status: 'decided' });
  });

  it('uphold: leaves the comment as it is; the author sees the outcome and the note', async () => {
    const m = await rejectedBy();
    const { appeal: a } = await appeal(m, m.id, m.token);
    const before = m.repo.comments.get(m.id)!;
    await decideAppeal(m.deps, OTHER, a.id, { action: 'uphold', note: 'The insult stands.' });
    expect(m.repo.comments.get(m.id)).toEqual(before);
    expect((await commentHistory(m.deps, m.id)).events.at(-1)).toMatchObject({
      action: 'appeal_decided',
      outcome: 'uphold',
      appealId: a.id,
    });
    const own = await getComment(m.deps, m.id, m.token);
    expect(own).toMatchObject({
      status: 'rejected',
      appeal: { id: a.id, status: 'decided', outcome: 'uphold', note: 'The insult stands.' },
    });
    expect(JSON.stringify(own)).not.toContain('mod-2');
  });

  it('refuses the moderator who took the decision, writing nothing; an admin who did is a marked self-review', async () => {
    const m = await rejectedBy();
    const { appeal: a } = await appeal(m, m.id, m.token);
    const writes = m.repo.writes.length;
    await expect(
      decideAppeal(m.deps, MODERATOR, a.id, { action: 'reverse', note: 'My own mistake.' }),
    ).rejects.toThrow(SameDeciderError);
    expect(m.repo.writes.length).toBe(writes);

    const byAdmin = await rejectedBy(ADMIN);
    const { appeal: b } = await appeal(byAdmin, byAdmin.id, byAdmin.token);
    const out = await decideAppeal(byAdmin.deps, ADMIN, b.id, { action: 'reverse', note: 'My own mistake.' });
    expect(out.appeal.decision).toMatchObject({ selfReview: true });
    const events = (await commentHistory(byAdmin.deps, byAdmin.id)).events;
    expect(events.find((e) => e.action === 'appeal_decided')).toMatchObject({ selfReview: true });
  });

  it('lets any moderator review the automatic checks’ own rejection', async () => {
    const m = memoryDeps();
    const posted = await post(m.deps, 'art');
    const c = m.repo.comments.get(posted.comment.id)!;
    await m.repo.transition({
      comment: c,
      to: 'rejected',
      now: m.clock.now(),
      actor: { type: 'system', id: 'auto-moderator' },
      action: 'auto_reject',
      reason: 'spam',
    });
    const { appeal: a } = await appeal(m, c.id, posted.authorToken);
    expect(m.repo.appealStore.appeals.get(a.id)!.appealed).toMatchObject({ by: null, automated: true });
    await expect(
      decideAppeal(m.deps, MODERATOR, a.id, { action: 'uphold', note: 'It is spam.' }),
    ).resolves.toMatchObject({ appeal: { status: 'decided' } });
  });

  it('withdraws the appeal when its author deletes the comment: out of the queue, nothing to decide; an unknown appeal is not found', async () => {
    const m = await rejectedBy();
    const { appeal: a } = await appeal(m, m.id, m.token);
    await deleteComment(m.deps, { commentId: m.id, token: m.token, sourceIp: '192.0.2.1' });
    expect(await m.repo.getAppeal(a.id)).toMatchObject({ status: 'withdrawn', explanation: '' });
    expect(await m.repo.countOpenAppeals()).toBe(0);
    await expect(
      decideAppeal(m.deps, OTHER, a.id, { action: 'reverse', note: 'Too late to restore.' }),
    ).rejects.toThrow('This appeal was withdrawn: its author deleted the comment.');
    await expect(
      decideAppeal(m.deps, OTHER, '01ARZ3NDEKTSV4RRFFQ69G5FAV', { action: 'uphold', note: 'x' }),
    ).rejects.toThrow(AppealNotFoundError);
  });
});

describe('a notifier’s appeal of a notice kept', () => {
  async function kept() {
    const m = memoryDeps();
    const { comment } = await published(m.deps, 'art');
    const receipt = await notify(m.deps, comment.id);
    await decideNotice(m.deps, MODERATOR, receipt.notice.id, { action: 'keep', ground: 'Lawful opinion.' });
    const send = (token: string | undefined, id = receipt.notice.id) =>
      submitNoticeAppeal(m.deps, { id, token, input: { explanation: 'It names me and it is false.' } });
    return { ...m, commentId: comment.id, notice: receipt, send };
  }

  it('reverse: removes the comment as a notice removal does, its statement naming the notice and the appeal', async () => {
    const k = await kept();
    const { appeal: a } = await k.send(k.notice.noticeToken);
    expect((await commentHistory(k.deps, k.commentId)).events.at(-1)).toMatchObject({
      action: 'appeal_received',
      appellant: 'notifier',
      noticeId: k.notice.notice.id,
      from: 'approved',
    });
    await expect(k.send(k.notice.noticeToken)).rejects.toThrow(AppealExistsError);
    await expect(
      decideAppeal(k.deps, MODERATOR, a.id, { action: 'reverse', note: 'x'.repeat(10) }),
    ).rejects.toThrow(SameDeciderError);
    await decideAppeal(k.deps, OTHER, a.id, { action: 'reverse', note: 'False statements of fact.' });
    const c = k.repo.comments.get(k.commentId)!;
    expect(c).toMatchObject({ status: 'rejected', publicReason: 'illegal' });
    expect(c.statement).toMatchObject({
      restriction: 'removed',
      notice: { id: k.notice.notice.id, category: 'defamation', ground: 'False statements of fact.' },
      appeal: { id: a.id },
    });
    expect(c.statement!.facts).toContain('on the notifier’s appeal');
    const status = await noticeStatus(k.deps, k.notice.notice.id, k.notice.noticeToken);
    expect(status.notice.appeal).toMatchObject({ id: a.id, status: 'decided', outcome: 'reverse' });
  });

  it('refuses a wrong token, an unknown notice, a notice removed or not yet decided', async () => {
    const k = await kept();
    await expect(k.send('wrong')).rejects.toThrow(InvalidNoticeTokenError);
    await expect(k.send(undefined)).rejects.toThrow(InvalidNoticeTokenError);
    await expect(k.send(k.notice.noticeToken, '01ARZ3NDEKTSV4RRFFQ69G5FAV')).rejects.toThrow(
      NoticeNotFoundError,
    );
    const open = await submitNotice(k.deps, {
      commentId: k.commentId,
      input: { category: 'scams_fraud', explanation: 'It advertises a fraudulent shop.', goodFaith: true },
      sourceIp: '192.0.2.1',
    });
    const send = () =>
      submitNoticeAppeal(k.deps, {
        id: open.notice.id,
        token: open.noticeToken,
        input: { explanation: WHY },
      });
    await expect(send()).rejects.toThrow(NotAppealableError);
    await decideNotice(k.deps, OTHER, open.notice.id, { action: 'remove', ground: 'A scam.' });
    await expect(send()).rejects.toThrow(NotAppealableError);
  });
});

describe('the author’s data', () => {
  it('is in the author’s export: their words and the outcome, never who reviewed', async () => {
    const m = await rejectedBy();
    const { appeal: a } = await appeal(m, m.id, m.token);
    await decideAppeal(m.deps, OTHER, a.id, { action: 'uphold', note: 'The insult stands.' });
    const data = await exportMyData(m.deps, { tokens: m.token, sourceIp: '192.0.2.1' });
    expect(data.comments[0]!.appeals).toEqual([
      {
        id: a.id,
        status: 'decided',
        receivedAt: a.receivedAt,
        explanation: WHY,
        outcome: 'uphold',
        decidedAt: m.clock.now().toISOString(),
        note: 'The insult stands.',
      },
    ]);
    expect(JSON.stringify(data)).not.toContain('mod-2');
  });

  it('erases the author’s appeal texts with the comment (explanation and the reviewer’s note)', async () => {
    const m = await rejectedBy();
    const { appeal: a } = await appeal(m, m.id, m.token);
    await decideAppeal(m.deps, OTHER, a.id, { action: 'uphold', note: 'Quoting: "you idiot".' });
    await deleteComment(m.deps, { commentId: m.id, token: m.token, sourceIp: '192.0.2.1' });
    const stored = m.repo.appealStore.appeals.get(a.id)!;
    expect(stored.explanation).toBe('');
    expect(stored.decision!.note).toBe('');
    expect(JSON.stringify([...m.repo.events])).not.toContain('you idiot');
  });

  it('retention keeps a rejection under an open appeal, and purges it with its appeal texts once decided', async () => {
    // Retention reads ids posted before its cut-off, and ids never go back in time (one monotonic source
    // for the unit files of a worker): the clock starts after the newest id made so far.
    const fresh = memoryDeps();
    fresh.clock.advance(Math.max(0, decodeTime(newId()) - fresh.clock.now().getTime()) + DAY);
    const m = await rejectedBy(MODERATOR, fresh);
    const { appeal: a } = await appeal(m, m.id, m.token);
    m.clock.advance(400 * DAY);
    expect(await purgeRejected(m.deps)).toEqual({ purged: 0, stale: 0, underAppeal: 1, failed: 0 });
    expect(m.repo.comments.get(m.id)?.status).toBe('rejected');
    await decideAppeal(m.deps, OTHER, a.id, { action: 'uphold', note: 'The insult stands.' });
    expect(await purgeRejected(m.deps)).toEqual({ purged: 1, stale: 0, underAppeal: 0, failed: 0 });
    expect(m.repo.comments.has(m.id)).toBe(false);
    expect(m.repo.appealStore.appeals.get(a.id)).toMatchObject({ explanation: '', decision: { note: '' } });
  });
});
