/**
 * Appeals against moderation decisions (EU DSA Art. 20) through the local gateway: the author's appeal of
 * a rejection and the notifier's of a notice kept, the appeals queue, decisions that uphold or reverse
 * (by another moderator, or a self-reviewing admin), what the appellant then sees, and every refusal,
 * each answer checked against its route's schema.
 */
import { describe, expect, it, vi } from 'vitest';
import { addMonths } from '../../shared/domain/statement';
import {
  appealDecisionResponseSchema,
  appealReceiptSchema,
  commentResponseSchema,
  historySchema,
  noticeReceiptSchema,
  noticeStatusSchema,
  queuePageSchema,
} from '../../shared/domain/responses';
import { admin, article, call, mod, postAndModerate, stack, useModerationStack } from './moderation-support';

useModerationStack();

const UNKNOWN = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const WHY = { explanation: 'I quoted the article word for word; I insulted nobody.' };
let mod2: string;
const other = async () => (mod2 ??= await stack.token('moderator', { sub: 'mod-2', name: 'Max Moderator' }));

/** A published comment on a fresh article, and its author token. */
async function publishedComment() {
  const posted = await postAndModerate(article(), 'A calm remark about the article, nothing more.');
  return { id: posted.comment.id, authorToken: posted.authorToken };
}

/** A published comment a moderator (`by`, default mod-1) then rejected. */
async function rejectedComment(by = mod) {
  const c = await publishedComment();
  const res = await call('POST', `/moderation/comments/${c.id}/decision`, {
    token: by,
    body: { action: 'reject', reason: 'abuse' },
  });
  expect(res.status, res.text).toBe(200);
  return c;
}

const appeal = (commentId: string, token: string | undefined, body: unknown = WHY) =>
  call('POST', `/comments/${commentId}/appeals`, {
    body,
    ...(token === undefined ? {} : { headers: { 'x-author-token': token } }),
  });
const noticeAppeal = (noticeId: string, token: string | undefined, body: unknown = WHY) =>
  call('POST', `/notices/${noticeId}/appeals`, {
    body,
    ...(token === undefined ? {} : { headers: { 'x-notice-token': token } }),
  });
const decide = (appealId: string, body: unknown, token: string | undefined) =>
  call('POST', `/moderation/appeals/${appealId}/decision`, { token, body });
const own = async (c: { id: string; authorToken: string }) =>
  commentResponseSchema.parse(
    (await call('GET', `/comments/${c.id}`, { headers: { 'x-author-token': c.authorToken } })).json,
  ).comment;

function received(res: Awaited<ReturnType<typeof appeal>>) {
  expect(res.status, res.text).toBe(202);
  expect(res.headers['cache-control']).toBe('private, no-store');
  return appealReceiptSchema.parse(res.json).appeal;
}

function refused(res: Awaited<ReturnType<typeof appeal>>, status: number, code: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.json.error.code).toBe(code);
}

describe('an author’s appeal', () => {
  it('reverse: queued with the decision under appeal, restored by another moderator, published again', async () => {
    const c = await rejectedComment();
    const a = received(await appeal(c.id, c.authorToken));
    expect(a.status).toBe('received');
    expect(await own(c)).toMatchObject({ status: 'rejected', appeal: { id: a.id, status: 'received' } });

    const queue = queuePageSchema.parse(
      (await call('GET', '/moderation/queue?queue=appeals&limit=100', { token: mod })).json,
    );
    const item = queue.items.find((i) => i.appeal?.id === a.id);
    expect(item).toMatchObject({
      comment: { id: c.id, status: 'rejected' },
      humanDecision: { action: 'reject', by: { id: 'mod-1' } },
      statement: { ground: { reason: 'abuse' } },
      appeal: {
        appellant: 'author',
        explanation: WHY.explanation,
        appealed: { by: { id: 'mod-1' }, automated: false, reason: 'abuse' },
      },
    });

    refused(await decide(a.id, { action: 'reverse', note: 'My own call.' }, mod), 409, 'same_decider');
    const res = await decide(
      a.id,
      { action: 'reverse', note: 'A fair quotation of the article.' },
      await other(),
    );
    expect(res.status, res.text).toBe(200);
    const out = appealDecisionResponseSchema.parse(res.json);
    expect(out.comment).toMatchObject({ status: 'approved' });
    expect(out.appeal).toMatchObject({
      status: 'decided',
      decision: { outcome: 'reverse', by: { id: 'mod-2' } },
    });

    expect((await call('GET', `/comments/${c.id}`)).status).toBe(200);
    expect(await own(c)).toMatchObject({
      status: 'approved',
      appeal: { id: a.id, status: 'decided', outcome: 'reverse', note: 'A fair quotation of the article.' },
    });
    refused(await decide(a.id, { action: 'uphold', note: 'Again.' }, admin), 409, 'appeal_already_decided');
    const history = historySchema.parse(
      (await call('GET', `/moderation/comments/${c.id}/history`, { token: mod })).json,
    );
    expect(history.events.slice(-3)).toMatchObject([
      { action: 'appeal_received', appealId: a.id, appellant: 'author' },
      { action: 'appeal_decided', appealId: a.id, outcome: 'reverse' },
      { action: 'approve', appealId: a.id, to: 'approved' },
    ]);
    const queued = await call('GET', '/moderation/queue?queue=appeals&limit=100', { token: mod });
    expect(JSON.stringify(queued.json)).not.toContain(a.id);
  });

  it('uphold: the comment stays rejected, the author reads the outcome and the note', async () => {
    const c = await rejectedComment();
    const a = received(await appeal(c.id, c.authorToken));
    const res = await decide(
      a.id,
      { action: 'uphold', note: 'The insult is not in the article.' },
      await other(),
    );
    expect(res.status, res.text).toBe(200);
    expect((await call('GET', `/comments/${c.id}`)).status).toBe(404);
    const mine = await own(c);
    expect(mine).toMatchObject({
      status: 'rejected',
      appeal: { status: 'decided', outcome: 'uphold', note: 'The insult is not in the article.' },
    });
    expect(JSON.stringify(mine)).not.toContain('mod-2');
  });

  it('a moderator who restores the comment closes its open appeal: out of the queue, the author told why', async () => {
    const c = await rejectedComment();
    const a = received(await appeal(c.id, c.authorToken));
    const res = await call('POST', `/moderation/comments/${c.id}/decision`, {
      token: await other(),
      body: { action: 'approve' },
    });
    expect(res.status, res.text).toBe(200);
    const open = queuePageSchema.parse(
      (await call('GET', '/moderation/queue?queue=appeals&limit=100', { token: mod })).json,
    );
    expect(open.items.map((i) => i.appeal?.id)).not.toContain(a.id);
    expect(await own(c)).toMatchObject({
      status: 'approved',
      appeal: {
        status: 'decided',
        outcome: 'reverse',
        note: expect.stringContaining('restored your comment'),
      },
    });
    expect((await decide(a.id, { action: 'uphold', note: 'It stands.' }, admin)).status).toBe(409);
  });

  it('an admin may review their own decision in a team of one: the decision says so', async () => {
    const c = await rejectedComment(admin);
    const a = received(await appeal(c.id, c.authorToken));
    const res = await decide(a.id, { action: 'uphold', note: 'Reviewed again, alone.' }, admin);
    expect(res.status, res.text).toBe(200);
    expect(appealDecisionResponseSchema.parse(res.json).appeal.decision).toMatchObject({ selfReview: true });
  });

  it('refuses bad input, a second appeal, a comment not rejected, wrong tokens and unknown comments', async () => {
    const c = await rejectedComment();
    refused(await appeal(c.id, c.authorToken, {}), 400, 'validation_failed');
    refused(await appeal(c.id, c.authorToken, { explanation: 'Too short' }), 400, 'validation_failed');
    refused(await appeal(c.id, 'wrong-token'), 403, 'invalid_author_token');
    refused(await appeal(c.id, undefined), 403, 'invalid_author_token');
    refused(await appeal(UNKNOWN, c.authorToken), 404, 'comment_not_found');
    received(await appeal(c.id, c.authorToken));
    refused(await appeal(c.id, c.authorToken), 409, 'appeal_exists');
    const approved = await publishedComment();
    refused(await appeal(approved.id, approved.authorToken), 409, 'not_appealable');
  });

  it('closes six months after the decision', async () => {
    const c = await rejectedComment();
    // The handlers run in this process: its clock moves past the statement's appeal date.
    vi.useFakeTimers({ toFake: ['Date'], now: addMonths(new Date(), 6).getTime() + 86_400_000 });
    try {
      refused(await appeal(c.id, c.authorToken), 409, 'appeal_window_closed');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a notifier’s appeal of a notice kept', () => {
  async function keptNotice() {
    const c = await publishedComment();
    const sent = await call('POST', `/comments/${c.id}/notices`, {
      body: {
        category: 'defamation',
        explanation: 'It says false things about me, a named person.',
        goodFaith: true,
      },
    });
    const receipt = noticeReceiptSchema.parse(sent.json);
    return { c, noticeId: receipt.notice.id, token: receipt.noticeToken };
  }
  const decideNotice = (noticeId: string, action: 'keep' | 'remove') =>
    call('POST', `/moderation/notices/${noticeId}/decision`, {
      token: mod,
      body: { action, ground: 'Checked against the law.' },
    });

  it('reverse: removes the comment as a notice removal does; the notifier sees the outcome', async () => {
    const n = await keptNotice();
    refused(await noticeAppeal(n.noticeId, n.token), 409, 'not_appealable');
    expect((await decideNotice(n.noticeId, 'keep')).status).toBe(200);
    const a = received(await noticeAppeal(n.noticeId, n.token));
    refused(await noticeAppeal(n.noticeId, n.token), 409, 'appeal_exists');
    const queue = queuePageSchema.parse(
      (await call('GET', '/moderation/queue?queue=appeals&limit=100', { token: mod })).json,
    );
    expect(queue.items.find((i) => i.appeal?.id === a.id)).toMatchObject({
      comment: { id: n.c.id, status: 'approved' },
      appeal: { appellant: 'notifier', appealed: { noticeId: n.noticeId, by: { id: 'mod-1' } } },
    });
    refused(await decide(a.id, { action: 'reverse', note: 'x'.repeat(20) }, mod), 409, 'same_decider');
    const res = await decide(a.id, { action: 'reverse', note: 'False statements of fact.' }, await other());
    expect(res.status, res.text).toBe(200);
    expect(appealDecisionResponseSchema.parse(res.json).comment).toMatchObject({ status: 'rejected' });

    expect((await call('GET', `/comments/${n.c.id}`)).status).toBe(404);
    expect(await own(n.c)).toMatchObject({
      status: 'rejected',
      reason: 'illegal',
      statement: {
        notice: { id: n.noticeId, category: 'defamation', ground: 'False statements of fact.' },
        appeal: { id: a.id },
      },
    });
    const status = noticeStatusSchema.parse(
      (await call('GET', `/notices/${n.noticeId}`, { headers: { 'x-notice-token': n.token } })).json,
    );
    expect(status.notice.appeal).toMatchObject({ id: a.id, status: 'decided', outcome: 'reverse' });
  });

  it('refuses a notice decided remove, wrong tokens and unknown notices', async () => {
    const n = await keptNotice();
    expect((await decideNotice(n.noticeId, 'remove')).status).toBe(200);
    refused(await noticeAppeal(n.noticeId, n.token), 409, 'not_appealable');
    refused(await noticeAppeal(n.noticeId, 'wrong-token'), 403, 'invalid_notice_token');
    refused(await noticeAppeal(n.noticeId, undefined), 403, 'invalid_notice_token');
    refused(await noticeAppeal(UNKNOWN, n.token), 404, 'notice_not_found');
    refused(await noticeAppeal(n.noticeId, n.token, { explanation: 7 }), 400, 'validation_failed');
  });
});

describe('deciding appeals', () => {
  it('is for moderators only, needs a note, and an unknown appeal is not found', async () => {
    const path = `/moderation/appeals/${UNKNOWN}/decision`;
    expect((await call('POST', path, { body: { action: 'uphold', note: 'x' } })).status).toBe(401);
    const nobody = await stack.token('none');
    expect((await decide(UNKNOWN, { action: 'uphold', note: 'x' }, nobody)).status).toBe(403);
    expect((await call('GET', '/moderation/queue?queue=appeals', { token: nobody })).status).toBe(403);
    refused(await decide(UNKNOWN, { action: 'uphold' }, mod), 400, 'validation_failed');
    refused(await decide(UNKNOWN, { action: 'approve', note: 'x' }, mod), 400, 'validation_failed');
    refused(await decide(UNKNOWN, { action: 'uphold', note: 'x' }, mod), 404, 'appeal_not_found');
  });
});
