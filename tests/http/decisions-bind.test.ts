/**
 * A human decision binds, and the author's own actions cannot wear away what moderation relies on
 * (issue 11, item 2): an edit of a comment a moderator rejected never publishes it automatically, nor
 * does the same text under a new name; reader reports survive an edit; author history counts every
 * rejection; edits and deletions are rate limited, refused unwritten; a comment's moderation history is
 * paged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack';
import { diffSnapshots, snapshot } from '../reliability/support';
import { sendJson } from '../support/http';
import { earlyInMinute } from '../support/clock';

let stack: TestStack;

let mod: string;
let n = 0;
const article = () => `bind-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000, authorActionsPerMinute: 3 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
    repeatWindowMinutes: 0,
    flagThreshold: 2,
  });
  mod = await stack.token('moderator', { sub: 'bind-mod', name: 'Binding Moderator' });
});
afterAll(async () => {
  await stack?.stop();
});

/** Each test acts from networks of its own: edits and deletions are budgeted per network (3 a minute here). */
let net = 0;
let current = '127.0.100.1';
const nextNetwork = () => (current = `127.0.${100 + ++net}.1`);
const call = (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  localAddress = current,
) => sendJson(stack.url, method, path, body, { headers, localAddress });
const asMod = (method: string, path: string, body?: unknown) =>
  stack.request(method, path, { body, token: mod });

async function posted(articleId: string, body: string, authorName = `Author ${n++}`) {
  const res = await call('POST', `/articles/${articleId}/comments`, { authorName, body });
  expect(res.status).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string; authorId?: string }; authorToken: string };
}

const own = (id: string, token: string) =>
  call('GET', `/comments/${id}`, undefined, { 'x-author-token': token });
const edit = (id: string, token: string, body: string) =>
  call('PATCH', `/comments/${id}`, { body }, { 'x-author-token': token });

async function authorOf(commentId: string) {
  const history = await asMod('GET', `/moderation/comments/${commentId}/history`);
  expect(history.status).toBe(200);
  const queue = await asMod('GET', `/moderation/queue?queue=rejected&limit=100`);
  return queue.json.items.find((i: { comment: { id: string } }) => i.comment.id === commentId)?.author;
}

describe('a human rejection binds', () => {
  it('an edit of a comment a moderator rejected goes to a human (pending), never back to publication', async () => {
    nextNetwork();
    const a = article();
    const c = await posted(a, 'A civil comment that a moderator found off topic.');
    const rejected = await asMod('POST', `/moderation/comments/${c.comment.id}/decision`, {
      action: 'reject',
      reason: 'off_topic',
    });
    expect(rejected.status).toBe(200);
    // A one-character edit within the window.
    expect(
      (await edit(c.comment.id, c.authorToken, 'A civil comment that a moderator found off topic!')).status,
    ).toBe(200);
    await stack.drain();
    const view = await own(c.comment.id, c.authorToken);
    expect(view.json.comment.status).toBe('pending');
    const listed = await call('GET', `/articles/${a}/comments`);
    expect(listed.json.comments).toHaveLength(0);
    const queue = await asMod('GET', `/moderation/queue?queue=pending&articleId=${a}`);
    const item = queue.json.items.find((i: { comment: { id: string } }) => i.comment.id === c.comment.id);
    expect(item.decision).toMatchObject({
      outcome: 'pending',
      decidedBy: 'human-decision',
      reason: 'human_review',
    });
    expect(item.humanDecision).toMatchObject({ action: 'reject', reason: 'off_topic' });
  });

  it('the same text posted again under another name, on another article, goes to a human too', async () => {
    // The outside security review's repro: a rejected comment reposted by a new name was published.
    nextNetwork();
    const text = 'Everyone knows the minister takes orders from abroad, the evidence is everywhere.';
    const first = await posted(article(), text);
    const reject = { action: 'reject', reason: 'misinformation' };
    expect((await asMod('POST', `/moderation/comments/${first.comment.id}/decision`, reject)).status).toBe(
      200,
    );
    nextNetwork();
    const a = article();
    const again = await posted(a, `${text.toUpperCase().slice(0, 1)}${text.slice(1).replaceAll(',', ' —')}`);
    expect((await own(again.comment.id, again.authorToken)).json.comment.status).toBe('pending');
    expect((await call('GET', `/articles/${a}/comments`)).json.comments).toHaveLength(0);
    const queue = await asMod('GET', `/moderation/queue?queue=pending&articleId=${a}`);
    expect(queue.json.items[0]?.decision).toMatchObject({
      decidedBy: 'copied-text',
      reason: 'rejected_text',
    });
  });

  it('an edit of a comment the machine rejected is moderated afresh (it may be approved)', async () => {
    nextNetwork();
    const a = article();
    const c = await posted(a, 'You are an idiot and a moron.');
    expect((await own(c.comment.id, c.authorToken)).json.comment.status).not.toBe('approved');
    await edit(c.comment.id, c.authorToken, 'I disagree with you on the sanctions timeline.');
    await stack.drain();
    expect((await own(c.comment.id, c.authorToken)).json.comment.status).toBe('approved');
  });
});

describe('reader reports survive an edit', () => {
  it('a reported comment edited by its author stays in the reported queue, with the new text', async () => {
    nextNetwork();
    const a = article();
    const c = await posted(a, 'A claim some readers object to.');
    for (const ip of ['127.0.201.1', '127.0.202.1']) {
      const flag = await call(
        'POST',
        `/comments/${c.comment.id}/flags`,
        { reason: 'misinformation' },
        {},
        ip,
      );
      expect(flag.status).toBe(202);
    }
    const reportedBefore = await asMod('GET', `/moderation/queue?queue=reported&articleId=${a}`);
    expect(reportedBefore.json.items.map((i: { comment: { id: string } }) => i.comment.id)).toEqual([
      c.comment.id,
    ]);
    await edit(c.comment.id, c.authorToken, 'A claim some readers object to, now with a source.');
    await stack.drain();
    const reported = await asMod('GET', `/moderation/queue?queue=reported&articleId=${a}`);
    expect(reported.json.items).toHaveLength(1);
    expect(reported.json.items[0].comment.body).toBe('A claim some readers object to, now with a source.');
    expect(reported.json.items[0].flags).toMatchObject({ open: 2, reported: true });
    // The same readers have still flagged it once each: consistent with the reports that remain.
    const again = await call(
      'POST',
      `/comments/${c.comment.id}/flags`,
      { reason: 'spam' },
      {},
      '127.0.201.1',
    );
    expect(again.json, JSON.stringify(again.json)).toHaveProperty('error.code', 'already_flagged');
  });
});

describe('author history counts every rejection', () => {
  it("editing or deleting a rejected comment does not lower the author's rejected count", async () => {
    nextNetwork();
    const a = article();
    const name = `Counted ${n++}`;
    const first = await posted(a, 'First comment, which a moderator will reject.', name);
    await asMod('POST', `/moderation/comments/${first.comment.id}/decision`, {
      action: 'reject',
      reason: 'abuse',
    });
    expect((await authorOf(first.comment.id))?.rejected).toBe(1);
    await edit(first.comment.id, first.authorToken, 'First comment, edited after the rejection.');
    await stack.drain();
    // Held for a human after the edit; the rejection still counts.
    const second = await posted(a, 'Second comment, also rejected.', name);
    await asMod('POST', `/moderation/comments/${second.comment.id}/decision`, {
      action: 'reject',
      reason: 'abuse',
    });
    expect((await authorOf(second.comment.id))?.rejected).toBe(2);
    const del = await call('DELETE', `/comments/${second.comment.id}`, undefined, {
      'x-author-token': second.authorToken,
    });
    expect(del.status).toBe(200);
    const third = await posted(a, 'Third comment, to read the history.', name);
    await asMod('POST', `/moderation/comments/${third.comment.id}/decision`, {
      action: 'reject',
      reason: 'abuse',
    });
    expect((await authorOf(third.comment.id))?.rejected).toBe(3);
  });
});

describe('edits and deletions are rate limited', () => {
  it('past the per-network budget: 429 with Retry-After, and the refused request writes nothing', async () => {
    earlyInMinute();
    const ip = nextNetwork();
    const a = article();
    const res = await call('POST', `/articles/${a}/comments`, { authorName: 'Editor', body: 'v0' });
    const { comment, authorToken } = res.json;
    await stack.drain();
    const token = { 'x-author-token': authorToken };
    for (const body of ['v1', 'v2', 'v3'])
      expect((await call('PATCH', `/comments/${comment.id}`, { body }, token)).status).toBe(200);
    await stack.drain();
    const before = await snapshot(stack.doc, stack.tableName);
    const fourth = await call('PATCH', `/comments/${comment.id}`, { body: 'v4' }, token);
    expect(fourth.status).toBe(429);
    expect(fourth.json.error.code).toBe('rate_limited');
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await call('DELETE', `/comments/${comment.id}`, undefined, token)).status).toBe(429);
    expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
    // Another network is unaffected.
    expect(ip).not.toBe('127.0.250.1');
    expect((await call('DELETE', `/comments/${comment.id}`, undefined, token, '127.0.250.1')).status).toBe(
      200,
    );
  });
});

describe("a comment's history is paged", () => {
  it('limit and cursor walk the audit events, oldest first, without gaps or repeats', async () => {
    nextNetwork();
    const a = article();
    const c = await posted(a, 'A comment with a long history.');
    for (const action of ['reject', 'approve', 'reject', 'approve'] as const)
      expect((await asMod('POST', `/moderation/comments/${c.comment.id}/decision`, { action })).status).toBe(
        200,
      );
    const all = await asMod('GET', `/moderation/comments/${c.comment.id}/history?limit=100`);
    expect(all.json.events.length).toBeGreaterThanOrEqual(5);
    expect(all.json.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/moderation/comments/${c.comment.id}/history?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await asMod('GET', path);
      expect(page.status).toBe(200);
      expect(page.json.events.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.events.map((e: { eventId: string }) => e.eventId));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.json.events.map((e: { eventId: string }) => e.eventId));
    // A cursor from another comment's history, or a forged one, is a 400.
    const other = await posted(a, 'Another comment.');
    const firstPage = await asMod('GET', `/moderation/comments/${c.comment.id}/history?limit=1`);
    const foreign = await asMod(
      'GET',
      `/moderation/comments/${other.comment.id}/history?cursor=${encodeURIComponent(firstPage.json.nextCursor)}`,
    );
    expect(foreign.status).toBe(400);
  });
});
