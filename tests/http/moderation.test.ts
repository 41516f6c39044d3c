/**
 * The moderator API through the local gateway: JWT checks like the HTTP API authorizer, the group
 * check in the handlers, the queue, decisions, history, flags, bans, settings, policy and stats.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_TOKEN_KINDS } from '../../local/jwt';
import { routes } from '../../functions/routes';
import { startTestStack, type RequestOptions, type TestStack } from '../support/stack';
import {
  bulkDecisionResponseSchema,
  decisionResponseSchema,
  historySchema,
  queuePageSchema,
  statsSchema,
} from '../../shared/domain/responses';

let stack: TestStack;
let mod: string;
let admin: string;
let n = 0;
const article = () => `mod-${Date.now().toString(36)}-${n++}`;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.setPolicy({
    rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1000 },
    flood: { networkPer10m: 10_000, authorPer10m: 1000 },
    repeatWindowMinutes: 0,
  });
  mod = await stack.token('moderator', { sub: 'mod-1', name: 'Mia Moderator' });
  admin = await stack.token('admin', { sub: 'admin-1', name: 'Ada Admin' });
});
afterAll(async () => {
  await stack?.stop();
});

const call = (method: string, path: string, opts?: RequestOptions) => stack.request(method, path, opts);

/** Posts a comment and waits for the automatic decision. */
async function postAndModerate(articleId: string, body: string, extra: Record<string, unknown> = {}) {
  const res = await call('POST', `/articles/${articleId}/comments`, {
    body: { authorName: `Writer ${n++}`, body, ...extra },
  });
  expect(res.status).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string }; authorToken: string };
}

/** A comment held for a human (the article is pre-moderated). */
async function heldComment(body = 'Please check this one.') {
  const a = article();
  await stack.setArticle(a, { mode: 'pre' });
  const posted = await postAndModerate(a, body);
  return { articleId: a, id: posted.comment.id, authorToken: posted.authorToken };
}

const concrete = (path: string) =>
  path
    .replace('{commentId}', '01ARZ3NDEKTSV4RRFFQ69G5FAV')
    .replace('{articleId}', 'auth-art')
    .replace('{authorId}', 'a_abcdefghij');

describe('authorization', () => {
  const moderatorRoutes = routes.filter((r) => r.auth !== 'public');

  it('answers 401 {"message":"Unauthorized"} on every moderator route without a valid token', async () => {
    for (const r of moderatorRoutes) {
      const none = await call(r.method, concrete(r.path));
      expect(none.status, `${r.method} ${r.path}`).toBe(401);
      expect(none.json).toEqual({ message: 'Unauthorized' });
      for (const kind of BAD_TOKEN_KINDS) {
        const bad = await call(r.method, concrete(r.path), { token: await stack.badToken(kind) });
        expect(bad.status, `${kind} on ${r.method} ${r.path}`).toBe(401);
      }
    }
  });

  it('answers 403 forbidden with a valid token but no group, and to moderators on admin routes', async () => {
    const nobody = await stack.token('none');
    for (const r of moderatorRoutes) {
      const res = await call(r.method, concrete(r.path), { token: nobody });
      expect(res.status, `${r.method} ${r.path}`).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
    }
    for (const r of moderatorRoutes.filter((x) => x.auth === 'admin')) {
      expect((await call(r.method, concrete(r.path), { token: mod })).status).toBe(403);
    }
  });
});

describe('queue and decisions', () => {
  it('shows a held comment in the pending queue with its decision record, approves it, and it appears on its article', async () => {
    const held = await heldComment('Held for a human by pre-moderation.');
    const queue = await call('GET', `/moderation/queue?queue=pending&articleId=${held.articleId}`, {
      token: mod,
    });
    expect(queue.status).toBe(200);
    queuePageSchema.parse(queue.json);
    const item = queue.json.items.find((i: any) => i.comment.id === held.id);
    expect(item).toMatchObject({ status: 'pending', version: 2, articleId: held.articleId });
    expect(item.decision).toMatchObject({
      outcome: 'pending',
      decidedBy: 'pre-moderation',
      reason: 'pre_moderation',
    });
    expect(item.decision.checks.length).toBeGreaterThan(3);
    expect(item.author).toMatchObject({ approved: 0, rejected: 0, banned: false });

    const approve = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'approve', expectedVersion: 2, note: 'Fine.' },
    });
    expect(approve.status).toBe(200);
    decisionResponseSchema.parse(approve.json);
    expect(approve.json.comment).toMatchObject({ id: held.id, status: 'approved', version: 3 });

    const list = await call('GET', `/articles/${held.articleId}/comments`);
    expect(list.json.comments.map((c: any) => c.id)).toEqual([held.id]);
    expect(list.json.totalApproved).toBe(1);

    const stale = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'reject', reason: 'spam', expectedVersion: 2 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('version_conflict');

    const history = await call('GET', `/moderation/comments/${held.id}/history`, { token: mod });
    expect(history.status).toBe(200);
    historySchema.parse(history.json);
    expect(history.json.events.map((e: any) => [e.action, e.from, e.to])).toEqual([
      ['auto_decision', 'received', 'pending'],
      ['approve', 'pending', 'approved'],
      ['reject_refused', 'approved', 'approved'],
    ]);
    expect(history.json.events[1]).toMatchObject({
      actor: { type: 'moderator', id: 'mod-1', name: 'Mia Moderator' },
      note: 'Fine.',
    });
  });

  it('overturns approved ↔ rejected and keeps the counters exact', async () => {
    const a = article();
    const c = await postAndModerate(a, 'Published, then overturned.');
    const reject = await call('POST', `/moderation/comments/${c.comment.id}/decision`, {
      token: mod,
      body: { action: 'reject', reason: 'misinformation' },
    });
    expect(reject.json.comment).toMatchObject({ status: 'rejected', publicReason: 'misinformation' });
    expect((await call('GET', `/counts?articleIds=${a}`)).json.counts[a]).toBe(0);
    const own = await call('GET', `/comments/${c.comment.id}`, {
      headers: { 'x-author-token': c.authorToken },
    });
    expect(own.json.comment).toMatchObject({ status: 'rejected', reason: 'misinformation' });
    await call('POST', `/moderation/comments/${c.comment.id}/decision`, {
      token: mod,
      body: { action: 'approve' },
    });
    expect((await call('GET', `/counts?articleIds=${a}`)).json.counts[a]).toBe(1);
  });

  it('answers 400 for a bad decision body, 404 for an unknown comment', async () => {
    const held = await heldComment();
    const bad = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'maybe' },
    });
    expect(bad.status).toBe(400);
    const badReason = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'reject', reason: 'dislike' },
    });
    expect(badReason.status).toBe(400);
    const missing = await call('POST', '/moderation/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/decision', {
      token: mod,
      body: { action: 'approve' },
    });
    expect(missing.status).toBe(404);
    expect((await call('GET', '/moderation/queue?queue=nope', { token: mod })).status).toBe(400);
  });

  it('decides in bulk with per-item results', async () => {
    const a = await heldComment();
    const b = await heldComment();
    const res = await call('POST', '/moderation/decisions', {
      token: mod,
      body: {
        action: 'reject',
        reason: 'spam',
        items: [
          { commentId: a.id },
          { commentId: b.id, expectedVersion: 1 },
          { commentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        ],
      },
    });
    expect(res.status).toBe(200);
    bulkDecisionResponseSchema.parse(res.json);
    expect(res.json.results.map((r: any) => r.status)).toEqual([200, 409, 404]);
    expect(res.json).toMatchObject({ succeeded: 1, failed: 2 });
    const tooMany = await call('POST', '/moderation/decisions', {
      token: mod,
      body: { action: 'approve', items: Array.from({ length: 51 }, () => ({ commentId: a.id })) },
    });
    expect(tooMany.status).toBe(400);
  });

  it('lets exactly one of two moderators deciding the same comments in parallel win each', async () => {
    const comments = await Promise.all(Array.from({ length: 6 }, () => heldComment()));
    const other = await stack.token('moderator', { sub: 'mod-2' });
    const attempts = comments.flatMap((c) => [
      call('POST', `/moderation/comments/${c.id}/decision`, {
        token: mod,
        body: { action: 'approve', expectedVersion: 2 },
      }),
      call('POST', `/moderation/comments/${c.id}/decision`, {
        token: other,
        body: { action: 'reject', expectedVersion: 2 },
      }),
    ]);
    const results = await Promise.all(attempts);
    let approved = 0;
    for (let i = 0; i < comments.length; i++) {
      const pair = [results[2 * i]!.status, results[2 * i + 1]!.status].sort();
      expect(pair).toEqual([200, 409]);
      if (results[2 * i]!.status === 200) approved++;
    }
    const counts = await call('GET', `/counts?articleIds=${comments.map((c) => c.articleId).join(',')}`);
    expect(Object.values(counts.json.counts).reduce((x: number, y) => x + (y as number), 0)).toBe(approved);
  });
});

/** A request from another loopback address: the gateway takes the socket's peer as the source IP. */
function callFrom(localAddress: string, method: string, path: string, body: unknown) {
  return new Promise<{ status: number; json: any }>((resolve, reject) => {
    const url = new URL(`${stack.url}${path}`);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        localAddress,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || 'null') }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('flags', () => {
  it('accepts one flag per network per comment and answers bad flags with 4xx', async () => {
    const c = await postAndModerate(article(), 'Controversial but civil.');
    const first = await call('POST', `/comments/${c.comment.id}/flags`, { body: { reason: 'spam' } });
    expect(first.status).toBe(202);
    const again = await call('POST', `/comments/${c.comment.id}/flags`, { body: { reason: 'abuse' } });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('already_flagged');
    expect(
      (await call('POST', `/comments/${c.comment.id}/flags`, { body: { reason: 'nonsense' } })).status,
    ).toBe(400);
    expect(
      (await call('POST', '/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/flags', { body: { reason: 'spam' } })).status,
    ).toBe(404);
  });

  it('puts a comment in the reported queue at the threshold, keeps it visible, and approving dismisses the reports', async () => {
    const a = article();
    const c = await postAndModerate(a, 'Says something readers dispute.');
    const id = c.comment.id;
    // The default threshold; the policy test in this file may have changed it.
    await call('PUT', '/moderation/policy', { token: admin, body: { flagThreshold: 3 } });
    for (const ip of ['127.0.1.1', '127.0.2.1']) {
      expect(
        (
          await callFrom(ip, 'POST', `/comments/${id}/flags`, {
            reason: 'misinformation',
            note: 'Numbers are off.',
          })
        ).status,
      ).toBe(202);
    }
    expect(
      (await call('GET', `/moderation/queue?queue=reported&articleId=${a}`, { token: mod })).json.items,
    ).toEqual([]);
    // Same /24 as an earlier reporter: not a new reporter.
    expect((await callFrom('127.0.1.99', 'POST', `/comments/${id}/flags`, { reason: 'spam' })).status).toBe(
      409,
    );
    expect((await callFrom('127.0.3.1', 'POST', `/comments/${id}/flags`, { reason: 'hate' })).status).toBe(
      202,
    );
    const reported = await call('GET', `/moderation/queue?queue=reported&articleId=${a}`, { token: mod });
    expect(reported.json.items).toHaveLength(1);
    expect(reported.json.items[0].flags).toMatchObject({
      open: 3,
      reported: true,
      byReason: { misinformation: 2, hate: 1 },
    });
    expect(reported.json.items[0].flags.recent[0]).toMatchObject({
      reason: 'misinformation',
      note: 'Numbers are off.',
    });
    expect((await call('GET', `/articles/${a}/comments`)).json.comments.map((x: any) => x.id)).toEqual([id]);

    const approve = await call('POST', `/moderation/comments/${id}/decision`, {
      token: mod,
      body: { action: 'approve' },
    });
    expect(approve.status).toBe(200);
    expect(
      (await call('GET', `/moderation/queue?queue=reported&articleId=${a}`, { token: mod })).json.items,
    ).toEqual([]);
    const history = await call('GET', `/moderation/comments/${id}/history`, { token: mod });
    expect(history.json.events.at(-1)).toMatchObject({
      action: 'dismiss_flags',
      from: 'approved',
      to: 'approved',
    });
  });
});

describe('authors, articles, policy and stats', () => {
  it('bans an author (new posts refused, pending rejected) and unbans them', async () => {
    const a = article();
    await stack.setArticle(a, { mode: 'pre' });
    const name = `Troll ${n++}`;
    const first = await call('POST', `/articles/${a}/comments`, {
      body: { authorName: name, body: 'First.' },
    });
    await stack.drain();
    const queue = await call('GET', `/moderation/queue?articleId=${a}`, { token: mod });
    const authorId = queue.json.items[0].author.id;
    const ban = await call('POST', `/moderation/authors/${authorId}/ban`, {
      token: mod,
      body: { reason: 'Repeated abuse', rejectPending: true },
    });
    expect(ban.status).toBe(200);
    expect(ban.json).toMatchObject({ author: { id: authorId, banned: true }, rejected: 1 });
    const refused = await call('POST', `/articles/${a}/comments`, {
      body: { authorName: name, body: 'Again.' },
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('author_banned');
    const own = await call('GET', `/comments/${first.json.comment.id}`, {
      headers: { 'x-author-token': first.json.authorToken },
    });
    expect(own.json.comment.status).toBe('rejected');
    const unban = await call('DELETE', `/moderation/authors/${authorId}/ban`, { token: mod });
    expect(unban.json.author.banned).toBe(false);
    expect(
      (await call('POST', `/articles/${a}/comments`, { body: { authorName: name, body: 'Back.' } })).status,
    ).toBe(202);
    expect(
      (await call('POST', '/moderation/authors/not-an-author/ban', { token: mod, body: { reason: 'x' } }))
        .status,
    ).toBe(400);
  });

  it('reads and writes article settings; a closed article refuses comments', async () => {
    const a = article();
    expect((await call('GET', `/moderation/articles/${a}/settings`, { token: mod })).json).toEqual({
      articleId: a,
      mode: null,
      closed: false,
      totalApproved: 0,
    });
    const put = await call('PUT', `/moderation/articles/${a}/settings`, {
      token: mod,
      body: { closed: true, mode: 'pre' },
    });
    expect(put.json).toMatchObject({ mode: 'pre', closed: true });
    expect(
      (await call('POST', `/articles/${a}/comments`, { body: { authorName: 'A', body: 'x' } })).status,
    ).toBe(403);
    expect(
      (await call('PUT', `/moderation/articles/${a}/settings`, { token: mod, body: { mode: 'sometimes' } }))
        .status,
    ).toBe(400);
    expect((await call('PUT', `/moderation/articles/${a}/settings`, { token: mod, body: {} })).status).toBe(
      400,
    );
  });

  it('lets admins read and update the versioned policy, validated', async () => {
    const got = await call('GET', '/moderation/policy', { token: admin });
    expect(got.status).toBe(200);
    const version = got.json.policy.version;
    const put = await call('PUT', '/moderation/policy', {
      token: admin,
      body: { flagThreshold: 2, expectedVersion: version },
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      policy: { flagThreshold: 2, version: version + 1 },
      updatedBy: { id: 'admin-1' },
    });
    expect(
      (
        await call('PUT', '/moderation/policy', {
          token: admin,
          body: { flagThreshold: 3, expectedVersion: version },
        })
      ).status,
    ).toBe(409);
    expect(
      (await call('PUT', '/moderation/policy', { token: admin, body: { flagThreshold: -1 } })).status,
    ).toBe(400);
    expect((await call('PUT', '/moderation/policy', { token: admin, body: { nonsense: true } })).status).toBe(
      400,
    );
  });

  it('reports queue sizes, the oldest pending age and human decisions over 24 h', async () => {
    const held = await heldComment();
    const stats = await call('GET', '/moderation/stats', { token: mod });
    expect(stats.status).toBe(200);
    statsSchema.parse(stats.json);
    expect(stats.json.queues.pending).toBeGreaterThanOrEqual(1);
    expect(stats.json.oldestPendingAgeSeconds).toEqual(expect.any(Number));
    const before = stats.json.last24h.decisions;
    await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'approve' },
    });
    const after = await call('GET', '/moderation/stats', { token: mod });
    expect(after.json.last24h.decisions).toBe(before + 1);
    expect(after.json.last24h.timeToDecision.samples).toBeGreaterThanOrEqual(1);
    expect(after.json.last24h.timeToDecision.p50Seconds).toEqual(expect.any(Number));
  });
});
