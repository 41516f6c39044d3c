/**
 * A reply shows only in a thread readers see: under a published root, or under the tombstone a deleted root
 * leaves for its published replies. Rejecting a root hides its replies with it (the listing, the one-comment
 * view, replies to them, flags and notices about them, the counts); publishing it again brings them back, and
 * its author deleting it does not; a reply published after its root was deleted lists that root as a tombstone. `totalApproved` and `/counts` count what readers see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let mod: string;
let n = 0;
const article = () => `thread-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
  });
  mod = await stack.token('moderator');
});
afterAll(async () => {
  await stack?.stop();
});

async function post(articleId: string, body: string, parentId?: string) {
  const res = await stack.request('POST', `/articles/${articleId}/comments`, {
    body: { authorName: `Reader ${n++}`, body, ...(parentId ? { parentId } : {}) },
  });
  expect(res.status).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string }; authorToken: string };
}

const decide = async (commentId: string, action: 'approve' | 'reject') => {
  const res = await stack.request('POST', `/moderation/comments/${commentId}/decision`, {
    body: { action, ...(action === 'reject' ? { reason: 'off_topic' } : {}) },
    token: mod,
  });
  expect(res.status).toBe(200);
};

async function seen(articleId: string) {
  const list = await stack.request('GET', `/articles/${articleId}/comments`);
  const counts = await stack.request('GET', `/counts?articleIds=${articleId}`);
  expect(counts.json.counts[articleId]).toBe(list.json.totalApproved);
  return list.json as {
    totalApproved: number;
    comments: Array<{ id: string; deleted?: true; replyCount: number; replies: Array<{ id: string }> }>;
  };
}

describe('the replies of a thread', () => {
  it('are hidden with a rejected root, refused new replies, and shown again when it is published', async () => {
    const a = article();
    const root = await post(a, 'The ceasefire will not hold without monitors.');
    const reply = await post(a, 'Agreed, the last one broke in a week.', root.comment.id);
    expect((await seen(a)).totalApproved).toBe(2);

    await decide(root.comment.id, 'reject');
    const hidden = await seen(a);
    expect(hidden).toMatchObject({ totalApproved: 0, comments: [] });
    expect((await stack.request('GET', `/comments/${reply.comment.id}`)).status).toBe(404);
    const own = await stack.request('GET', `/comments/${reply.comment.id}`, {
      headers: { 'x-author-token': reply.authorToken },
    });
    expect(own.json.comment).toMatchObject({
      status: 'approved',
      statusMessage: expect.stringMatching(/^Approved, but not shown/),
    });
    const nested = await stack.request('POST', `/articles/${a}/comments`, {
      body: { authorName: 'Late', body: 'Replying to the reply.', parentId: reply.comment.id },
    });
    expect(nested.status).toBe(404);
    expect(nested.json.error.code).toBe('parent_not_found');
    // Nor does it take reports: a flag or a notice about it is a 404, as for any unpublished comment.
    const flag = await stack.request('POST', `/comments/${reply.comment.id}/flags`, {
      body: { reason: 'spam' },
    });
    const notice = await stack.request('POST', `/comments/${reply.comment.id}/notices`, {
      body: { category: 'defamation', explanation: 'It accuses a named person of a crime.', goodFaith: true },
    });
    expect([flag.status, notice.status]).toEqual([404, 404]);
    expect(notice.json).not.toHaveProperty('noticeToken');

    await decide(root.comment.id, 'approve');
    const back = await seen(a);
    expect(back.totalApproved).toBe(2);
    expect(back.comments[0]?.replies.map((r) => r.id)).toEqual([reply.comment.id]);
    expect((await stack.request('GET', `/comments/${reply.comment.id}`)).status).toBe(200);
  });

  it('stay hidden when the author deletes the rejected root: deleting it publishes nothing', async () => {
    const a = article();
    const root = await post(a, 'The envoy was never serious about the talks.');
    const reply = await post(a, 'His own ministry briefed against him.', root.comment.id);
    await decide(root.comment.id, 'reject');
    const del = await stack.request('DELETE', `/comments/${root.comment.id}`, {
      headers: { 'x-author-token': root.authorToken },
    });
    expect(del.status).toBe(200);
    expect(await seen(a)).toMatchObject({ totalApproved: 0, comments: [] });
    expect((await stack.request('GET', `/comments/${reply.comment.id}`)).status).toBe(404);
    expect((await stack.request('GET', `/comments/${root.comment.id}/replies`)).status).toBe(404);
    // A later move of the reply counts nothing either: its thread stays hidden.
    await decide(reply.comment.id, 'reject');
    await decide(reply.comment.id, 'approve');
    expect(await seen(a)).toMatchObject({ totalApproved: 0, comments: [] });
  });

  it('list a deleted root as a tombstone once a reply held meanwhile is published', async () => {
    const a = article();
    const root = await post(a, 'Sanctions have not changed the regime’s course.');
    await stack.setArticle(a, { mode: 'pre' });
    const reply = await post(a, 'They changed its suppliers, though.', root.comment.id);
    const del = await stack.request('DELETE', `/comments/${root.comment.id}`, {
      headers: { 'x-author-token': root.authorToken },
    });
    expect(del.status).toBe(200);
    expect(await seen(a)).toMatchObject({ totalApproved: 0, comments: [] });

    await decide(reply.comment.id, 'approve');
    const listed = await seen(a);
    expect(listed.totalApproved).toBe(1);
    expect(listed.comments).toHaveLength(1);
    expect(listed.comments[0]).toMatchObject({ id: root.comment.id, deleted: true, replyCount: 1 });
    expect(listed.comments[0]?.replies.map((r) => r.id)).toEqual([reply.comment.id]);
    expect((await stack.request('GET', `/comments/${reply.comment.id}`)).status).toBe(200);

    // The tombstone leaves the listing with its last published reply.
    await decide(reply.comment.id, 'reject');
    expect(await seen(a)).toMatchObject({ totalApproved: 0, comments: [] });
  });
});
