/** The author's own actions with the token shown once at POST: edit within the window, delete. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/http';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let n = 0;
const article = () => `auth-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
  });
});
afterAll(async () => {
  await stack?.stop();
});

const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  stack.request(method, path, { body, headers });

async function posted(articleId: string, body: string, extra: Record<string, unknown> = {}) {
  const res = await call('POST', `/articles/${articleId}/comments`, {
    authorName: `Author ${n++}`,
    body,
    ...extra,
  });
  expect(res.status).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string }; authorToken: string };
}

/** A request from another loopback address: the gateway takes the socket's peer as the source IP. */
const callFrom = (
  localAddress: string,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => sendJson(stack.url, method, path, body, { headers: headers ?? {}, localAddress });

/** A moderator's Authorization header. */
const asModerator = async () => ({ authorization: `Bearer ${await stack.token('moderator')}` });

/** A published comment posted from `localAddress`, with its author id (from the moderation queue). */
async function publishedFrom(localAddress: string, articleId: string, authorName: string, body: string) {
  const res = await callFrom(localAddress, 'POST', `/articles/${articleId}/comments`, { authorName, body });
  expect(res.status).toBe(202);
  await stack.drain();
  const c = res.json as { comment: { id: string }; authorToken: string };
  const queue = await call(
    'GET',
    `/moderation/queue?queue=approved&articleId=${articleId}`,
    undefined,
    await asModerator(),
  );
  const item = queue.json.items.find((i: any) => i.comment.id === c.comment.id);
  expect(item, 'published').toBeDefined();
  return { ...c, authorId: item.comment.authorId as string };
}

describe('PATCH /comments/{commentId}', () => {
  it('edits within the window: the comment re-enters moderation and shows the new text once approved', async () => {
    const a = article();
    const c = await posted(a, 'First version.');
    const token = { 'x-author-token': c.authorToken };
    const edit = await call(
      'PATCH',
      `/comments/${c.comment.id}`,
      { body: 'Second version, corrected.' },
      token,
    );
    expect(edit.status).toBe(200);
    expect(edit.json.comment).toMatchObject({ status: 'received', body: 'Second version, corrected.' });
    expect(edit.json.comment.editedAt).toEqual(expect.any(String));
    await stack.drain();
    const list = await call('GET', `/articles/${a}/comments`);
    expect(list.json.comments[0]).toMatchObject({ id: c.comment.id, body: 'Second version, corrected.' });
    expect(list.json.totalApproved).toBe(1);
  });

  it('refuses an edit while the article is closed (403 comments_closed): the comment stays published', async () => {
    const a = article();
    const c = await posted(a, 'Published before the close.');
    await stack.setArticle(a, { closed: true });
    const edit = await call(
      'PATCH',
      `/comments/${c.comment.id}`,
      { body: 'A typo fixed too late.' },
      { 'x-author-token': c.authorToken },
    );
    expect(edit.status).toBe(403);
    expect(edit.json.error.code).toBe('comments_closed');
    await stack.drain();
    const list = await call('GET', `/articles/${a}/comments`);
    expect(list.json.comments[0]).toMatchObject({ id: c.comment.id, body: 'Published before the close.' });
    expect(list.json.totalApproved).toBe(1);
    // Deleting stays the author's right on a closed article.
    const del = await call('DELETE', `/comments/${c.comment.id}`, undefined, {
      'x-author-token': c.authorToken,
    });
    expect(del.status).toBe(200);
  });

  it('refuses an edit by a banned author with 403 author_banned, as their post, and changes nothing', async () => {
    // A network of its own: the ban covers its bucket for a day, and the other tests post from 127.0.0.1.
    const from = '127.0.61.1';
    const a = article();
    const c = await publishedFrom(from, a, 'Banned Later', 'Published before the ban.');
    const token = { 'x-author-token': c.authorToken };
    const moderator = await asModerator();
    const ban = await call('POST', `/moderation/authors/${c.authorId}/ban`, { reason: 'Abuse' }, moderator);
    expect(ban.status).toBe(200);
    const history = async () =>
      (await call('GET', `/moderation/comments/${c.comment.id}/history`, undefined, moderator)).json.events;
    const eventsBefore = await history();

    const edit = await callFrom(from, 'PATCH', `/comments/${c.comment.id}`, { body: 'Edited after.' }, token);
    expect(edit.status).toBe(403);
    // The same body as a refused post of theirs.
    const post = await callFrom(from, 'POST', `/articles/${a}/comments`, {
      authorName: 'Banned Later',
      body: 'Posted after.',
    });
    expect(post.status).toBe(403);
    expect(edit.json).toEqual(post.json);
    expect(edit.json.error.code).toBe('author_banned');
    // The author's own ban, not only their network's: refused from any network.
    const elsewhere = await callFrom(
      '127.0.64.1',
      'PATCH',
      `/comments/${c.comment.id}`,
      { body: 'x' },
      token,
    );
    expect(elsewhere.json).toEqual(post.json);

    await stack.drain();
    const own = await callFrom(from, 'GET', `/comments/${c.comment.id}`, undefined, token);
    expect(own.json.comment).toMatchObject({ status: 'approved', body: 'Published before the ban.' });
    expect(own.json.comment.editedAt).toBeNull();
    expect(await history()).toEqual(eventsBefore);
    // Nothing went back to the queue, so no rejection was counted against them.
    expect((await stack.deps.repo.getAuthor(c.authorId, true)).rejected).toBe(0);
    expect((await call('GET', `/articles/${a}/comments`)).json.totalApproved).toBe(1);

    // Deleting one's own comment stays possible under a ban (erasure is the author's right).
    const del = await callFrom(from, 'DELETE', `/comments/${c.comment.id}`, undefined, token);
    expect(del.status).toBe(200);
    expect(del.json.comment.status).toBe('deleted');
  });

  it('refuses an edit from a network a ban covers (403 author_banned) and takes it from elsewhere', async () => {
    const a = article();
    const mine = await publishedFrom('127.0.62.1', a, 'Bystander', 'Mine, before the ban.');
    const other = await publishedFrom('127.0.62.2', a, 'Neighbour', 'Theirs, on the same network.');
    const ban = await call(
      'POST',
      `/moderation/authors/${other.authorId}/ban`,
      { reason: 'Abuse', networkHours: 24 },
      await asModerator(),
    );
    expect(ban.json.author.networkBannedUntil).toEqual(expect.any(String));
    const token = { 'x-author-token': mine.authorToken };
    const path = `/comments/${mine.comment.id}`;
    const refused = await callFrom('127.0.62.9', 'PATCH', path, { body: 'Edited on it.' }, token);
    expect([refused.status, refused.json.error.code]).toEqual([403, 'author_banned']);
    const own = await callFrom('127.0.63.1', 'GET', path, undefined, token);
    expect(own.json.comment).toMatchObject({ status: 'approved', body: 'Mine, before the ban.' });
    // The author is not banned: from a network no ban covers, the edit is taken.
    const taken = await callFrom('127.0.63.1', 'PATCH', path, { body: 'Edited elsewhere.' }, token);
    expect(taken.status).toBe(200);
    expect(taken.json.comment).toMatchObject({ status: 'received', body: 'Edited elsewhere.' });
  });

  it('refuses a missing token (401), a wrong token (403) and bad bodies (400)', async () => {
    const c = await posted(article(), 'Mine.');
    expect((await call('PATCH', `/comments/${c.comment.id}`, { body: 'x' })).json.error.code).toBe(
      'author_token_required',
    );
    const wrong = await call(
      'PATCH',
      `/comments/${c.comment.id}`,
      { body: 'x' },
      { 'x-author-token': 'nope' },
    );
    expect(wrong.status).toBe(403);
    const token = { 'x-author-token': c.authorToken };
    expect((await call('PATCH', `/comments/${c.comment.id}`, { body: '   ' }, token)).status).toBe(400);
    expect(
      (await call('PATCH', `/comments/${c.comment.id}`, { body: 'x', authorName: 'y' }, token)).status,
    ).toBe(400);
  });

  it('refuses an edit after the window with 403 edit_window_closed', async () => {
    const c = await posted(article(), 'Old news.');
    await stack.doc.send(
      new (await import('@aws-sdk/lib-dynamodb')).UpdateCommand({
        TableName: stack.tableName,
        Key: { PK: `COMMENT#${c.comment.id}`, SK: 'COMMENT' },
        UpdateExpression: 'SET createdAt = :old',
        ExpressionAttributeValues: { ':old': new Date(Date.now() - 11 * 60_000).toISOString() },
      }),
    );
    const res = await call(
      'PATCH',
      `/comments/${c.comment.id}`,
      { body: 'Too late.' },
      { 'x-author-token': c.authorToken },
    );
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('edit_window_closed');
  });
});

describe('DELETE /comments/{commentId}', () => {
  it('deletes a comment: gone from the listing and the counts, text and name erased', async () => {
    const a = article();
    const c = await posted(a, 'Regret this.', { authorEmail: 'me@example.org' });
    const del = await call('DELETE', `/comments/${c.comment.id}`, undefined, {
      'x-author-token': c.authorToken,
    });
    expect(del.status).toBe(200);
    expect(del.json.comment).toMatchObject({ status: 'deleted', body: '', authorName: '' });
    expect((await call('GET', `/articles/${a}/comments`)).json).toMatchObject({
      comments: [],
      totalApproved: 0,
    });
    expect((await call('GET', `/comments/${c.comment.id}`)).status).toBe(404);
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const item = await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: { PK: `COMMENT#${c.comment.id}`, SK: 'COMMENT' } }),
    );
    expect(item.Item).not.toHaveProperty('authorEmail');
    expect(item.Item?.body).toBe('');
  });

  it('keeps a root with replies as a tombstone so its replies stay listed', async () => {
    const a = article();
    const root = await posted(a, 'Root.');
    await posted(a, 'A reply.', { parentId: root.comment.id });
    const del = await call('DELETE', `/comments/${root.comment.id}`, undefined, {
      'x-author-token': root.authorToken,
    });
    expect(del.status).toBe(200);
    const list = await call('GET', `/articles/${a}/comments`);
    expect(list.json.comments).toHaveLength(1);
    expect(list.json.comments[0]).toMatchObject({
      id: root.comment.id,
      deleted: true,
      body: '',
      bodyHtml: '',
      replyCount: 1,
    });
    expect(list.json.comments[0].replies.map((r: any) => r.body)).toEqual(['A reply.']);
    expect(list.json.totalApproved).toBe(1);
  });

  it('keeps the replies past the inline ones of a tombstone reachable through its replies cursor', async () => {
    const a = article();
    const root = await posted(a, 'Root.');
    const bodies = ['First.', 'Second.', 'Third.', 'Fourth.', 'Fifth.'];
    for (const body of bodies) await posted(a, body, { parentId: root.comment.id });
    await call('DELETE', `/comments/${root.comment.id}`, undefined, { 'x-author-token': root.authorToken });
    const [thread] = (await call('GET', `/articles/${a}/comments`)).json.comments;
    expect(thread).toMatchObject({ deleted: true, replyCount: 5 });
    expect(thread.repliesCursor).toEqual(expect.any(String));
    const rest = await call('GET', `/comments/${root.comment.id}/replies?cursor=${thread.repliesCursor}`);
    expect(rest.status).toBe(200);
    expect(rest.json.comments.map((r: any) => r.body)).toEqual(['Fourth.', 'Fifth.']);
    const all = await call('GET', `/comments/${root.comment.id}/replies`);
    expect(all.json.comments.map((r: any) => r.body)).toEqual(bodies);
  });

  it('deletes a reply: the thread loses it from its inline replies and count', async () => {
    const a = article();
    const root = await posted(a, 'Root.');
    const reply = await posted(a, 'Reply to go.', { parentId: root.comment.id });
    await posted(a, 'Reply to stay.', { parentId: root.comment.id });
    await call('DELETE', `/comments/${reply.comment.id}`, undefined, { 'x-author-token': reply.authorToken });
    const list = await call('GET', `/articles/${a}/comments`);
    expect(list.json.comments[0].replyCount).toBe(1);
    expect(list.json.comments[0].replies.map((r: any) => r.body)).toEqual(['Reply to stay.']);
  });

  it('refuses without the right token', async () => {
    const c = await posted(article(), 'Keep.');
    expect((await call('DELETE', `/comments/${c.comment.id}`)).status).toBe(401);
    expect(
      (await call('DELETE', `/comments/${c.comment.id}`, undefined, { 'x-author-token': 'x' })).status,
    ).toBe(403);
    expect(
      (await call('DELETE', '/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV', undefined, { 'x-author-token': 'x' }))
        .status,
    ).toBe(404);
  });
});
