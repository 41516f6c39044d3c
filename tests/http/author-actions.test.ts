/** The author's own actions with the token shown once at POST: edit within the window, delete. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
