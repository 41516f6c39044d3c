/**
 * The reader routes through the local gateway (real API Gateway v2 events) on DynamoDB Local, with the
 * stream poller moderating what is posted.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import {
  commentResponseSchema,
  countsResponseSchema,
  errorBodySchema,
  postCommentResponseSchema,
  repliesPageSchema,
  threadsPageSchema,
} from '../../shared/domain/responses';

const [KEY_1, KEY_2, KEY_3] = [randomUUID(), randomUUID(), randomUUID()];

let stack: TestStack;
let n = 0;
const article = () => `art-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  stack = await startTestStack();
  // Every request here comes from 127.0.0.1: lift the per-network limit (rate limits have their own tests).
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000 },
    flood: { networkPer10m: 10_000 },
  });
});
afterAll(async () => {
  await stack?.stop();
});

const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  stack.request(method, path, { body, headers });

const post = (articleId: string, body: unknown, headers?: Record<string, string>) =>
  call('POST', `/articles/${articleId}/comments`, body, headers);

/** How many comments an article has in any moderation state (a refused post must leave none). */
async function storedOn(articleId: string): Promise<number> {
  await stack.drain();
  const token = await stack.token('moderator');
  let total = 0;
  for (const queue of ['received', 'pending', 'approved', 'rejected']) {
    const page = await stack.request('GET', `/moderation/queue?queue=${queue}&articleId=${articleId}`, {
      token,
    });
    total += (page.json.items as unknown[]).length;
  }
  return total;
}

/** Post, then wait until automatic moderation has decided it. */
async function postModerated(articleId: string, body: Record<string, unknown>) {
  const res = await post(articleId, { authorName: `Reader ${n++}`, ...body });
  expect(res.status).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string }; authorToken: string };
}

describe('POST /articles/{articleId}/comments', () => {
  it('accepts a comment with 202, status received and a one-time author token', async () => {
    const res = await post(article(), { authorName: 'Amina', body: 'A fair point about the ceasefire.' });
    expect(res.status).toBe(202);
    expect(res.json.comment).toMatchObject({
      status: 'received',
      parentId: null,
      authorName: 'Amina',
      editedAt: null,
    });
    expect(res.json.comment.bodyHtml).toBe('<p>A fair point about the ceasefire.</p>');
    expect(res.json.authorToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    postCommentResponseSchema.parse(res.json);
    expect(res.json.comment).not.toHaveProperty('authorEmail');
  });

  it.each([
    ['missing body', { authorName: 'A' }, 'body'],
    ['empty name', { authorName: ' ', body: 'x' }, 'authorName'],
    ['unknown field', { authorName: 'A', body: 'x', isAdmin: true }, 'isAdmin'],
  ])('rejects %s with 400 validation_failed and field details', async (_, body, field) => {
    const res = await post(article(), body);
    expect(res.status).toBe(400);
    errorBodySchema.parse(res.json);
    expect(res.json.error.code).toBe('validation_failed');
    expect(Array.isArray(res.json.error.details)).toBe(true);
    if (field) expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it('rejects malformed JSON with 400, a non-JSON media type with 415 and a huge body with 413', async () => {
    expect((await post(article(), '{"authorName":')).json.error.code).toBe('validation_failed');
    const text = await call('POST', `/articles/${article()}/comments`, 'hi', {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    expect(text.json.error.code).toBe('unsupported_media_type');
    const huge = await post(article(), { authorName: 'A', body: 'x'.repeat(70_000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('payload_too_large');
  });

  it('refuses a body under a content coding with 415 and stores nothing; identity is no coding', async () => {
    const a = article();
    const json = JSON.stringify({ authorName: 'Zipped', body: 'Sent compressed.' });
    for (const [coding, bytes] of [
      ['gzip', gzipSync(json)],
      ['GZIP', gzipSync(json)],
      ['br', Buffer.from(json)], // whatever the bytes are: the coding is what is refused
      ['identity, gzip', gzipSync(json)],
    ] as const) {
      const res = await post(a, bytes, { 'content-encoding': coding });
      expect(res.status, coding).toBe(415);
      errorBodySchema.parse(res.json);
      expect(res.json.error.code).toBe('unsupported_media_type');
    }
    expect(await storedOn(a)).toBe(0);
    const plain = await post(a, json, { 'content-encoding': 'identity' });
    expect(plain.status).toBe(202);
    expect(plain.json.comment.body).toBe('Sent compressed.');
    expect(await storedOn(a)).toBe(1);
  });

  it('refuses a body that is not UTF-8 with 400 validation_failed instead of storing U+FFFD', async () => {
    const a = article();
    const bytes = Buffer.concat([
      Buffer.from('{"authorName":"Ren","body":"caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('"}'),
    ]);
    // As text (the gateway decodes it), and as a `+json` body the handler decodes from base64.
    for (const type of ['application/json', 'application/vnd.api+json']) {
      const res = await post(a, bytes, { 'content-type': type });
      expect(res.status, type).toBe(400);
      expect(res.json.error).toEqual({
        code: 'validation_failed',
        message: 'The body is not valid UTF-8.',
        details: [{ path: '', message: 'The body is not valid UTF-8.' }],
      });
    }
    expect(await storedOn(a)).toBe(0);
  });

  it('rejects an invalid article id with 400', async () => {
    const res = await post('-bad', { authorName: 'A', body: 'x' });
    expect(res.status).toBe(400);
  });

  it('refuses a reply to a missing, unapproved or foreign parent with 404 parent_not_found', async () => {
    const a = article();
    expect(
      (await post(a, { authorName: 'A', body: 'x', parentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).json.error.code,
    ).toBe('parent_not_found');
    expect((await post(a, { authorName: 'A', body: 'x', parentId: 'not-an-id' })).status).toBe(404);
    const other = await postModerated(article(), { body: 'On another article.' });
    const res = await post(a, { authorName: 'A', body: 'x', parentId: other.comment.id });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('parent_not_found');
  });

  it('answers a repeated Idempotency-Key with the first response and stores one comment', async () => {
    const a = article();
    const body = { authorName: 'Idem', body: 'Posted once, whatever the network does.' };
    const first = await post(a, body, { 'Idempotency-Key': KEY_1 });
    // From a widget on the newsroom's own site: the replay marker is one it may read across origins.
    const again = await post(a, body, { 'Idempotency-Key': KEY_1, Origin: 'https://news.example' });
    expect(again.status).toBe(202);
    expect(again.json).toEqual(first.json);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(String(again.headers['access-control-expose-headers']).split(',')).toContain(
      'idempotent-replayed',
    );
    // The author token is shown once: neither answer may be kept by a browser or a shared cache.
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(again.headers['cache-control']).toBe('private, no-store');
    expect((await call('GET', `/articles/${a}/comments`)).headers['cache-control']).toBeUndefined();
    const parallel = await Promise.all(
      Array.from({ length: 10 }, () =>
        post(a, { ...body, body: 'Ten at once.' }, { 'Idempotency-Key': KEY_2 }),
      ),
    );
    expect(new Set(parallel.map((r) => r.status))).toEqual(new Set([202]));
    expect(new Set(parallel.map((r) => r.json.comment.id)).size).toBe(1);
    await stack.drain();
    const list = await call('GET', `/articles/${a}/comments`);
    expect(list.json.comments).toHaveLength(2);
  });

  it('answers 409 idempotency_key_reused for the same key with another body', async () => {
    const a = article();
    await post(a, { authorName: 'A', body: 'one' }, { 'Idempotency-Key': KEY_3 });
    const res = await post(a, { authorName: 'A', body: 'two' }, { 'Idempotency-Key': KEY_3 });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('idempotency_key_reused');
  });
});

describe('GET /articles/{articleId}/comments', () => {
  it('lists approved threads with their first replies, reply counts and the approved total', async () => {
    const a = article();
    const root = await postModerated(a, { body: 'Root comment.' });
    for (let i = 0; i < 5; i++) await postModerated(a, { body: `Reply ${i}`, parentId: root.comment.id });
    const res = await call('GET', `/articles/${a}/comments`);
    expect(res.status).toBe(200);
    threadsPageSchema.parse(res.json);
    expect(res.json).toMatchObject({ articleId: a, totalApproved: 6, nextCursor: null });
    const [thread] = res.json.comments;
    expect(thread).toMatchObject({ id: root.comment.id, replyCount: 5, parentId: null });
    expect(thread.replies.map((r: { body: string }) => r.body)).toEqual(['Reply 0', 'Reply 1', 'Reply 2']);
    expect(thread.replies[0].parentId).toBe(root.comment.id);

    const rest = await call(
      'GET',
      `/comments/${root.comment.id}/replies?cursor=${encodeURIComponent(thread.repliesCursor)}`,
    );
    repliesPageSchema.parse(rest.json);
    expect(rest.json.comments.map((r: { body: string }) => r.body)).toEqual(['Reply 3', 'Reply 4']);
    const all = await call('GET', `/comments/${root.comment.id}/replies?limit=2`);
    expect(all.json.comments).toHaveLength(2);
    expect(all.json.nextCursor).toEqual(expect.any(String));
  });

  it('pages with an opaque cursor in both orders, without repeats or gaps', async () => {
    const a = article();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await postModerated(a, { body: `Comment ${i}` })).comment.id);
    const collect = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const q: string = `sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await call('GET', `/articles/${a}/comments?${q}`);
        expect(page.status).toBe(200);
        seen.push(...page.json.comments.map((c: { id: string }) => c.id));
        cursor = page.json.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await collect('oldest')).toEqual(ids);
    expect(await collect('newest')).toEqual([...ids].reverse());
  });

  it('answers 400 for a forged, truncated or foreign cursor', async () => {
    const a = article();
    for (let i = 0; i < 3; i++) await postModerated(a, { body: `c${i}` });
    const page = await call('GET', `/articles/${a}/comments?limit=1`);
    const cursor: string = page.json.nextCursor;
    for (const bad of [cursor.slice(0, -3), `${cursor}x`, 'abc', 'e30.AAAA', cursor.replace(/^./, 'Z')]) {
      const res = await call('GET', `/articles/${a}/comments?limit=1&cursor=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
    const foreign = await call('GET', `/articles/${article()}/comments?cursor=${encodeURIComponent(cursor)}`);
    expect(foreign.status).toBe(400);
    const otherOrder = await call(
      'GET',
      `/articles/${a}/comments?sort=newest&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(otherOrder.status).toBe(400);
  });

  it('answers 400 for a bad limit or sort and 200 with nothing for an unknown article', async () => {
    expect((await call('GET', `/articles/${article()}/comments?limit=0`)).status).toBe(400);
    expect((await call('GET', `/articles/${article()}/comments?limit=101`)).status).toBe(400);
    // Digits only: `1e2` is not read as 100, nor `0x10` as 16.
    for (const limit of ['1e2', '0x10'])
      expect((await call('GET', `/articles/${article()}/comments?limit=${limit}`)).json).toMatchObject({
        error: { code: 'validation_failed' },
      });
    expect((await call('GET', `/articles/${article()}/comments?sort=best`)).status).toBe(400);
    const empty = await call('GET', `/articles/${article()}/comments`);
    expect(empty.json).toMatchObject({ comments: [], nextCursor: null, totalApproved: 0 });
  });

  it('says whether the article is closed: not before a moderator closes it, then closed, then open again', async () => {
    const a = article();
    await postModerated(a, { body: 'Before the thread was closed.' });
    const token = await stack.token('moderator');
    const settings = (closed: boolean) =>
      stack.request('PUT', `/moderation/articles/${a}/settings`, { body: { closed }, token });
    const listing = async () => {
      const res = await call('GET', `/articles/${a}/comments`);
      expect(res.status).toBe(200);
      return threadsPageSchema.parse(res.json);
    };
    expect(await listing()).toMatchObject({ closed: false, totalApproved: 1 });
    expect((await settings(true)).status).toBe(200);
    expect(await listing()).toMatchObject({ closed: true, totalApproved: 1 });
    expect((await post(a, { authorName: 'Late', body: 'Too late.' })).json.error.code).toBe(
      'comments_closed',
    );
    expect((await settings(false)).status).toBe(200);
    expect(await listing()).toMatchObject({ closed: false, totalApproved: 1 });
    expect((await call('GET', `/articles/${article()}/comments`)).json.closed).toBe(false);
  });

  it('never lists a held comment', async () => {
    const a = article();
    await stack.setArticle(a, { mode: 'pre' });
    const held = await postModerated(a, { body: 'Waiting for a human.' });
    const list = await call('GET', `/articles/${a}/comments`);
    expect(list.json.comments).toEqual([]);
    expect((await call('GET', `/comments/${held.comment.id}`)).status).toBe(404);
    const own = await call('GET', `/comments/${held.comment.id}`, undefined, {
      'X-Author-Token': held.authorToken,
    });
    expect(own.status).toBe(200);
    expect(own.json.comment).toMatchObject({
      status: 'pending',
      statusMessage: expect.stringMatching(/moderator/),
    });
  });
});

describe('GET /comments/{commentId}', () => {
  it('shows an approved comment to anyone and renders links safely', async () => {
    const c = await postModerated(article(), { body: '<b>bold</b> see https://example.org/x' });
    const res = await call('GET', `/comments/${c.comment.id}`);
    expect(res.status).toBe(200);
    expect(res.json.comment.bodyHtml).toBe(
      '<p>&lt;b&gt;bold&lt;/b&gt; see <a href="https://example.org/x" rel="nofollow ugc noopener">https://example.org/x</a></p>',
    );
    expect(res.json.comment).not.toHaveProperty('status');
    commentResponseSchema.parse(res.json);
  });

  it('answers 403 for a wrong author token and 404 for unknown ids', async () => {
    const c = await postModerated(article(), { body: 'Mine.' });
    const res = await call('GET', `/comments/${c.comment.id}`, undefined, { 'X-Author-Token': 'nope' });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('invalid_author_token');
    expect((await call('GET', '/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    expect((await call('GET', '/comments/whatever')).json.error.code).toBe('comment_not_found');
  });
});

describe('POST on a closed article', () => {
  it('answers 403 comments_closed and stores nothing', async () => {
    const a = article();
    await stack.setArticle(a, { closed: true });
    const res = await post(a, { authorName: 'A', body: 'Too late.' });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('comments_closed');
  });
});

describe('GET /counts', () => {
  it('counts approved comments per article, zero for unknown ones', async () => {
    const a = article();
    await postModerated(a, { body: 'one' });
    await postModerated(a, { body: 'two' });
    const res = await call('GET', `/counts?articleIds=${a},nobody-here`);
    expect(res.status).toBe(200);
    countsResponseSchema.parse(res.json);
    expect(res.json).toEqual({ counts: { [a]: 2, 'nobody-here': 0 } });
  });

  it('answers 400 without ids, with a bad id or with more than 100', async () => {
    expect((await call('GET', '/counts')).status).toBe(400);
    expect((await call('GET', '/counts?articleIds=%3Cx%3E')).status).toBe(400);
    const many = Array.from({ length: 101 }, (_, i) => `a${i}`).join(',');
    expect((await call('GET', `/counts?articleIds=${many}`)).status).toBe(400);
  });
});

describe('unknown routes', () => {
  it('answers 404 like API Gateway', async () => {
    const res = await call('GET', '/nope');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ message: 'Not Found' });
  });
});
