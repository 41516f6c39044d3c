/**
 * The moderator API through the local gateway, continued from `moderation.test.ts`: flags, bans,
 * article settings, the policy and stats (with the open notices and appeals).
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { statsSchema } from '../../shared/domain/responses';
import {
  admin,
  article,
  call,
  heldComment,
  mod,
  next,
  postAndModerate,
  stack,
  useModerationStack,
} from './moderation-support';

useModerationStack();

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
    const name = `Troll ${next()}`;
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
    // The author record as the call left it: its own rejection counted, as a read after it shows.
    expect(ban.json).toMatchObject({ author: { id: authorId, banned: true, rejected: 1 }, rejected: 1 });
    const after = await call('GET', `/moderation/authors/${authorId}/export`, { token: mod });
    expect(after.json.author).toEqual(ban.json.author);
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
    // A well-formed id that names nobody: 404, and nothing is written (no ban, no transparency count).
    const nobody = `/moderation/authors/a_${'f'.repeat(authorId.length - 2)}/ban`;
    const unknown = await call('POST', nobody, { token: mod, body: { reason: 'x' } });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'author_not_found']);
    expect((await call('DELETE', nobody, { token: mod })).status).toBe(404);
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
    // An update naming no field would store the same policy as a new version.
    for (const body of [{}, { expectedVersion: version + 1 }]) {
      const empty = await call('PUT', '/moderation/policy', { token: admin, body });
      expect(empty.status).toBe(400);
      expect(empty.json.error.code).toBe('validation_failed');
    }
    expect((await call('GET', '/moderation/policy', { token: admin })).json.policy.version).toBe(version + 1);
    // Valid field by field, invalid once merged: the merged policy's own check answers, as a 400 naming it.
    const crossed = await call('PUT', '/moderation/policy', {
      token: admin,
      body: { minBodyLength: 4000, maxBodyLength: 100 },
    });
    expect(crossed.status).toBe(400);
    expect(crossed.json.error.details).toEqual([
      { path: 'minBodyLength', message: 'minBodyLength must not exceed maxBodyLength' },
    ]);
  });

  it('lands every one of several admins’ saves that name no version, sent at the same moment', async () => {
    const before = (await call('GET', '/moderation/policy', { token: admin })).json.policy;
    const bodies = [
      { editWindowMinutes: 11 },
      { editWindowMinutes: 12 },
      { flagThreshold: 3 },
      { editWindowMinutes: 10 },
    ];
    const puts = await Promise.all(
      bodies.map((body) => call('PUT', '/moderation/policy', { token: admin, body })),
    );
    expect(puts.map((p) => p.status)).toEqual([200, 200, 200, 200]);
    const after = (await call('GET', '/moderation/policy', { token: admin })).json.policy;
    expect(after.version).toBe(before.version + 4);
    expect(after.flagThreshold).toBe(3);
    expect([10, 11, 12]).toContain(after.editWindowMinutes);
    await call('PUT', '/moderation/policy', {
      token: admin,
      body: { editWindowMinutes: before.editWindowMinutes },
    });
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

  it('counts the open notices and appeals in the queue sizes, a decided one no more', async () => {
    const sizes = async () => {
      const res = await call('GET', '/moderation/stats', { token: mod });
      expect(res.status).toBe(200);
      return statsSchema.parse(res.json).queues;
    };
    const before = await sizes();
    const published = await postAndModerate(article(), 'A comment someone will report to us.');
    // Two notifiers from two networks (one notifier has one notice about a comment open at a time).
    const notify = async (localAddress?: string) => {
      const res = await call('POST', `/comments/${published.comment.id}/notices`, {
        localAddress,
        body: {
          category: 'defamation',
          explanation: 'It says false things about a named person.',
          goodFaith: true,
        },
      });
      expect(res.status, res.text).toBe(202);
      return res.json.notice.id as string;
    };
    const first = await notify();
    await notify('127.0.9.1');
    const held = await heldComment('A comment a moderator rejects and its author appeals.');
    await call('POST', `/moderation/comments/${held.id}/decision`, {
      token: mod,
      body: { action: 'reject', reason: 'abuse' },
    });
    const appealed = await call('POST', `/comments/${held.id}/appeals`, {
      headers: { 'x-author-token': held.authorToken },
      body: { explanation: 'I quoted the article; I insulted nobody.' },
    });
    expect(appealed.status, appealed.text).toBe(202);
    expect(await sizes()).toMatchObject({ notices: before.notices + 2, appeals: before.appeals + 1 });

    const decided = await call('POST', `/moderation/notices/${first}/decision`, {
      token: mod,
      body: { action: 'keep', ground: 'Lawful opinion on a public figure.' },
    });
    expect(decided.status, decided.text).toBe(200);
    expect(await sizes()).toMatchObject({ notices: before.notices + 1, appeals: before.appeals + 1 });
  });
});
