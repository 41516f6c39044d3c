/**
 * Notices of illegal content (EU DSA Art. 16) through the local gateway: a reader's notice and its
 * token, the notifier's status page, the moderators' notices queue and decisions (a removal rejects the
 * comment with a statement naming the notice; a notice is decided once), each answer checked against
 * its route's schema.
 */
import { describe, expect, it } from 'vitest';
import {
  authorCommentResponseSchema,
  historySchema,
  noticeDecisionResponseSchema,
  noticeReceiptSchema,
  noticeStatusSchema,
  queuePageSchema,
} from '../../shared/domain/responses';
import { addMonths } from '../../shared/domain/statement';
import { article, call, mod, postAndModerate, stack, useModerationStack } from './moderation-support';

useModerationStack();

const NOTICE = {
  category: 'threats_violence',
  explanation: 'The comment threatens to hurt the journalist who wrote the article.',
  lawOrGround: 'Threats, criminal code',
  notifierName: 'Nina Notifier',
  notifierEmail: 'nina@example.org',
  goodFaith: true,
};

/** A published comment on a fresh article, and its author token. */
async function publishedComment() {
  const posted = await postAndModerate(article(), 'A calm remark about the article, nothing more.');
  return { id: posted.comment.id, authorToken: posted.authorToken };
}

async function sendNotice(commentId: string, body: Record<string, unknown> = NOTICE) {
  const res = await call('POST', `/comments/${commentId}/notices`, { body });
  expect(res.status, res.text).toBe(202);
  expect(res.headers['cache-control']).toBe('private, no-store');
  return noticeReceiptSchema.parse(res.json);
}

const status = (noticeId: string, token?: string) =>
  call('GET', `/notices/${noticeId}`, token === undefined ? {} : { headers: { 'x-notice-token': token } });
const decide = (noticeId: string, body: Record<string, unknown>, token: string | undefined = mod) =>
  call('POST', `/moderation/notices/${noticeId}/decision`, { token, body });

describe('POST /comments/{commentId}/notices', () => {
  it('answers 202 with a receipt and a token, stores no e-mail address in clear', async () => {
    const c = await publishedComment();
    const receipt = await sendNotice(c.id);
    expect(receipt.notice).toMatchObject({ status: 'received' });
    expect(receipt.noticeToken.length).toBeGreaterThanOrEqual(40);
    const queue = await call('GET', `/moderation/queue?queue=notices`, { token: mod });
    expect(JSON.stringify(queue.json)).not.toContain('nina@example.org');
  });

  it('refuses a notice without goodFaith: true, with a clear message, and a bad category', async () => {
    const c = await publishedComment();
    for (const goodFaith of [undefined, false, 'yes']) {
      const res = await call('POST', `/comments/${c.id}/notices`, { body: { ...NOTICE, goodFaith } });
      expect(res.status, res.text).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
      expect(JSON.stringify(res.json.error.details)).toMatch(/goodFaith must be true/);
    }
    const bad = await call('POST', `/comments/${c.id}/notices`, { body: { ...NOTICE, category: 'rude' } });
    expect(bad.status, bad.text).toBe(400);
    expect(bad.json.error.details[0].path).toBe('category');
    const short = await call('POST', `/comments/${c.id}/notices`, {
      body: { ...NOTICE, explanation: 'Bad.' },
    });
    expect(short.status, short.text).toBe(400);
    expect(JSON.stringify(short.json.error.details)).toMatch(/at least 20 characters/);
  });

  it('answers 404 for an unknown comment and for a deleted one', async () => {
    const unknown = await call('POST', '/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/notices', { body: NOTICE });
    expect(unknown.status, unknown.text).toBe(404);
    expect(unknown.json.error.code).toBe('comment_not_found');
    const c = await publishedComment();
    const del = await call('DELETE', `/comments/${c.id}`, { headers: { 'x-author-token': c.authorToken } });
    expect(del.status, del.text).toBe(200);
    expect((await call('POST', `/comments/${c.id}/notices`, { body: NOTICE })).status).toBe(404);
  });
});

describe('GET /notices/{noticeId}', () => {
  it('answers the notifier with the token; a wrong or missing token is 403, an unknown notice 404', async () => {
    const c = await publishedComment();
    const receipt = await sendNotice(c.id);
    const ok = await status(receipt.notice.id, receipt.noticeToken);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers['cache-control']).toBe('private, no-store');
    expect(noticeStatusSchema.parse(ok.json).notice).toEqual({
      id: receipt.notice.id,
      commentId: c.id,
      category: 'threats_violence',
      status: 'received',
      receivedAt: receipt.notice.receivedAt,
      decision: null,
      appeal: null,
    });
    for (const token of ['wrong-token', undefined]) {
      const refused = await status(receipt.notice.id, token);
      expect(refused.status, refused.text).toBe(403);
      expect(refused.json.error.code).toBe('invalid_notice_token');
    }
    const unknown = await status('01ARZ3NDEKTSV4RRFFQ69G5FAV', receipt.noticeToken);
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('notice_not_found');
  });
});

describe('the notices queue and decisions', () => {
  it('lists open notices oldest first with the comment, and removes on a decision', async () => {
    const c = await publishedComment();
    const receipt = await sendNotice(c.id);
    const anonymous = await sendNotice(c.id, {
      ...NOTICE,
      notifierName: undefined,
      notifierEmail: undefined,
    });

    const page = await call('GET', '/moderation/queue?queue=notices&limit=100', { token: mod });
    expect(page.status, page.text).toBe(200);
    const items = queuePageSchema.parse(page.json).items.filter((i) => i.comment.id === c.id);
    expect(items.map((i) => i.notice?.id)).toEqual([receipt.notice.id, anonymous.notice.id]);
    expect(items[0]).toMatchObject({
      status: 'approved',
      comment: { id: c.id, status: 'approved' },
      notice: {
        category: 'threats_violence',
        explanation: NOTICE.explanation,
        lawOrGround: NOTICE.lawOrGround,
        notifierName: 'Nina Notifier',
        anonymous: false,
      },
    });
    expect(items[1]?.notice).toMatchObject({ anonymous: true, notifierName: null });
    const all = queuePageSchema.parse(page.json).items.map((i) => i.notice!.receivedAt);
    expect(all).toEqual([...all].sort());

    const removed = await decide(receipt.notice.id, {
      action: 'remove',
      ground: 'A threat of violence against a named person.',
      note: 'Moderator-only remark',
    });
    expect(removed.status, removed.text).toBe(200);
    expect(noticeDecisionResponseSchema.parse(removed.json)).toMatchObject({
      notice: { status: 'decided', decision: { action: 'remove' } },
      comment: { id: c.id, status: 'rejected', publicReason: 'illegal' },
    });

    // The author sees a statement of reasons that names the notice, not who sent it nor the note.
    const own = await call('GET', `/comments/${c.id}`, { headers: { 'x-author-token': c.authorToken } });
    const statement = authorCommentResponseSchema.parse(own.json).comment.statement!;
    expect(statement).toMatchObject({
      restriction: 'removed',
      ground: { kind: 'terms', reason: 'illegal' },
      notice: {
        id: receipt.notice.id,
        category: 'threats_violence',
        ground: 'A threat of violence against a named person.',
      },
    });
    expect(statement.facts).toMatch(/on a notice that it is threats or incitement to violence/);
    expect(JSON.stringify(statement)).not.toMatch(/Nina|nina@|Moderator-only remark/);

    // The notifier sees the decision, its ground and the redress; the comment's trail names the notice.
    const decided = noticeStatusSchema.parse((await status(receipt.notice.id, receipt.noticeToken)).json);
    const decidedAt = new Date(decided.notice.decision!.decidedAt);
    expect(decided.notice).toMatchObject({
      status: 'decided',
      decision: {
        action: 'remove',
        ground: 'A threat of violence against a named person.',
        redress: { appealUntil: addMonths(decidedAt, 6).toISOString() },
      },
    });
    expect(JSON.stringify(decided)).not.toContain('Moderator-only remark');
    const history = historySchema.parse(
      (await call('GET', `/moderation/comments/${c.id}/history`, { token: mod })).json,
    );
    expect(history.events.at(-1)).toMatchObject({
      action: 'reject',
      to: 'rejected',
      noticeId: receipt.notice.id,
    });

    // The decided notice left the queue; the anonymous one is still open.
    const after = queuePageSchema.parse(
      (await call('GET', '/moderation/queue?queue=notices&limit=100', { token: mod })).json,
    );
    expect(after.items.filter((i) => i.comment.id === c.id).map((i) => i.notice?.id)).toEqual([
      anonymous.notice.id,
    ]);
  });

  it('keep leaves the comment published; a notice is decided once', async () => {
    const c = await publishedComment();
    const receipt = await sendNotice(c.id);
    const kept = await decide(receipt.notice.id, { action: 'keep', ground: 'Harsh, but lawful criticism.' });
    expect(kept.status, kept.text).toBe(200);
    expect(kept.json).toMatchObject({
      comment: { status: 'approved' },
      notice: { decision: { action: 'keep' } },
    });
    expect((await call('GET', `/comments/${c.id}`)).status).toBe(200);
    const history = historySchema.parse(
      (await call('GET', `/moderation/comments/${c.id}/history`, { token: mod })).json,
    );
    expect(history.events.at(-1)).toMatchObject({ action: 'notice_keep', noticeId: receipt.notice.id });

    const again = await decide(receipt.notice.id, { action: 'remove', ground: 'Changed my mind.' });
    expect(again.status, again.text).toBe(409);
    expect(again.json.error.code).toBe('notice_already_decided');
    const unknown = await decide('01ARZ3NDEKTSV4RRFFQ69G5FAV', { action: 'keep', ground: 'Lawful.' });
    expect(unknown.status).toBe(404);
    const bad = await decide(receipt.notice.id, { action: 'delete', ground: 'x' });
    expect(bad.status).toBe(400);
  });

  it('is for moderators only: 401 without a token, 403 without the group', async () => {
    const c = await publishedComment();
    const receipt = await sendNotice(c.id);
    const path = `/moderation/notices/${receipt.notice.id}/decision`;
    expect((await call('POST', path, { body: { action: 'keep', ground: 'x' } })).status).toBe(401);
    const nobody = await stack.token('none');
    const refused = await decide(receipt.notice.id, { action: 'keep', ground: 'x' }, nobody);
    expect(refused.status, refused.text).toBe(403);
    expect((await call('GET', '/moderation/queue?queue=notices', { token: nobody })).status).toBe(403);
    expect((await call('GET', '/moderation/queue?queue=notices')).status).toBe(401);
  });
});
