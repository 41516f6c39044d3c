/**
 * The moderator API through the local gateway: JWT checks like the HTTP API authorizer, the group
 * check in the handlers, the queue, decisions and history. Flags, bans, settings, policy and stats:
 * `moderation-admin.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { BAD_TOKEN_KINDS } from '../../local/jwt';
import { routes } from '../../functions/routes';
import {
  bulkDecisionResponseSchema,
  decisionResponseSchema,
  historySchema,
  queuePageSchema,
} from '../../shared/domain/responses';
import {
  article,
  call,
  heldComment,
  mod,
  postAndModerate,
  stack,
  useModerationStack,
} from './moderation-support';

useModerationStack();

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
    // Authors, evidence and reports: never kept by a browser or a shared cache.
    expect(queue.headers['cache-control']).toBe('private, no-store');
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

  it('decides a comment read in `received` (version 1) that the checks have decided since: no conflict', async () => {
    const held = await heldComment('Read by a moderator before the checks ran.');
    const approve = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'approve', expectedVersion: 1 },
    });
    expect(approve.status).toBe(200);
    expect(approve.json.comment).toMatchObject({ status: 'approved', version: 3 });
    // Version 1 again: a moderator's decision came since, which is a conflict.
    const stale = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'reject', reason: 'spam', expectedVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const history = await call('GET', `/moderation/comments/${held.id}/history`, { token: mod });
    expect(history.json.events.map((e: any) => [e.action, e.from, e.to])).toEqual([
      ['auto_decision', 'received', 'pending'],
      ['approve', 'pending', 'approved'],
      ['reject_refused', 'approved', 'approved'],
    ]);
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
    // A reason belongs to a rejection: an approval naming one is refused, one by one or in bulk.
    const approveWithReason = await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'approve', reason: 'spam' },
    });
    expect(approveWithReason.status).toBe(400);
    expect(approveWithReason.json.error.code).toBe('validation_failed');
    const bulkWithReason = await call('POST', '/moderation/decisions', {
      token: mod,
      body: { action: 'approve', reason: 'spam', items: [{ commentId: held.id }] },
    });
    expect(bulkWithReason.status).toBe(400);
    const history = await call('GET', `/moderation/comments/${held.id}/history`, { token: mod });
    expect(history.json.events.some((e: { action: string }) => e.action === 'approve')).toBe(false);
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
    // Another moderator decides b after this one read it (at version 2): a stale version in the bulk.
    await call('POST', `/moderation/comments/${b.id}/decision`, { token: mod, body: { action: 'approve' } });
    const res = await call('POST', '/moderation/decisions', {
      token: mod,
      body: {
        action: 'reject',
        reason: 'spam',
        items: [
          { commentId: a.id },
          { commentId: b.id, expectedVersion: 2 },
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
