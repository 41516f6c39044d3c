/**
 * Bad input, property-based: every route of the route table, public and moderator, through the local
 * gateway, with hostile path segments, query strings, headers and bodies. Whatever comes in, the answer
 * is never a 5xx; an error is the contract's `{"error":{"code","message"}}` (or the gateway's own
 * `{"message"}` for its 400/401/404/413); and a refused request leaves the table exactly as it was. The
 * only write a refused request makes is by contract: a 409 `version_conflict` on a decision records the
 * refused attempt in the comment's history.
 *
 * "Exactly as it was": a refused request during which no table write succeeded in this process (the
 * handlers and the stream consumer run here; `watchWrites`) changed nothing; one during which a write did
 * is checked item by item against a consistent Scan. After each route, a Scan must still equal the last
 * one taken, so a change the count could miss would fail the route that made it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteDefinition } from '../../functions/routes';
import { startTestStack, type TestStack } from '../support/stack';
import {
  LIFTED_LIMITS,
  checkProperty,
  closeAgents,
  contractProblem,
  diffSnapshots,
  scanTable,
  send,
  sendJson,
  snapshot,
  snapshotOf,
  updatePolicy,
  watchWrites,
  type Snapshot,
  type WriteWatch,
} from './support';
import { BODIES, allowedByContract, requestArb, tokens, valid } from './bad-input-requests';

/**
 * Generated requests per route (each one checked against a Scan of the table). With a fixed seed the
 * default 30 runs are the first 30 of any larger count; PARLEY_FUZZ_RUNS widens the search.
 */
const RUNS_PER_ROUTE = Number(process.env.PARLEY_FUZZ_RUNS ?? 30);
const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? 20261126);

let stack: TestStack;
const figures: Record<string, { runs: number; statuses: Record<number, number> }> = {};
let current: Snapshot;
let writes: WriteWatch;

beforeAll(async () => {
  stack = await startTestStack();
  // One notice kept as manifestly unfounded opens a suspension proposal (Art. 23) to aim at.
  await updatePolicy(stack.doc, stack.tableName, { ...LIFTED_LIMITS, repeatAbuse: { unfoundedNotices: 1 } });
  tokens.admin = await stack.token('admin', { sub: 'fuzz-admin' });
  tokens.moderator = await stack.token('moderator', { sub: 'fuzz-mod' });
  tokens.none = await stack.token('none');
  tokens.junk = 'junk';
  tokens.expired = await stack.badToken('expired');
  tokens['alg-none'] = await stack.badToken('alg-none');

  // Something to aim at: published and held comments, a reply, a real cursor, real author ids.
  await stack.setArticle('fz-pre', { mode: 'pre' });
  const posted: string[] = [];
  for (const [articleId, body] of [
    ['fz-open', 'First published comment.'],
    ['fz-open', 'Second published comment.'],
    ['fz-pre', 'Held for a human.'],
    ['fz-open', 'Third published comment, its author token known to the fuzzer.'],
  ] as const) {
    const res = await sendJson(stack.url, 'POST', `/articles/${articleId}/comments`, {
      authorName: `Seed ${body.length}`,
      body,
    });
    expect(res.status).toBe(202);
    posted.push(res.json.comment.id);
    valid.authorToken.push(res.json.authorToken);
  }
  await stack.drain();
  const reply = await sendJson(stack.url, 'POST', '/articles/fz-open/comments', {
    authorName: 'Seed reply',
    body: 'A reply.',
    parentId: posted[0],
  });
  expect(reply.status).toBe(202);
  await stack.drain();
  valid.commentId.push(...posted, reply.json.comment.id, '01ARZ3NDEKTSV4RRFFQ69G5FAV');
  // An open notice on a published comment, for the notifier's and the moderators' notice routes.
  const notice = await sendJson(stack.url, 'POST', `/comments/${posted[1]}/notices`, {
    ...BODIES['notice-submit']!.base,
  });
  expect(notice.status).toBe(202);
  valid.noticeId.push(notice.json.notice.id);
  // An open suspension proposal (Art. 23): a notice with an address, kept as manifestly unfounded.
  const unfounded = await sendJson(stack.url, 'POST', `/comments/${posted[1]}/notices`, {
    ...BODIES['notice-submit']!.base,
    notifierEmail: 'fuzz@example.org',
  });
  const kept = await sendJson(
    stack.url,
    'POST',
    `/moderation/notices/${unfounded.json.notice.id}/decision`,
    { action: 'keep', ground: 'Lawful.', manifestlyUnfounded: true },
    { headers: { authorization: `Bearer ${tokens.moderator}` } },
  );
  expect(kept.status, kept.text).toBe(200);
  const proposals = await sendJson(stack.url, 'GET', '/moderation/queue?queue=suspensions', undefined, {
    headers: { authorization: `Bearer ${tokens.moderator}` },
  });
  valid.suspensionId.push(proposals.json.items[0].proposal.id);
  // An open appeal of a comment another moderator rejected, for the appeal routes (the fuzzer's own
  // moderators may decide it).
  const appealed = await sendJson(stack.url, 'POST', '/articles/fz-open/comments', {
    authorName: 'Seed appellant',
    body: 'Rejected, then appealed.',
  });
  await stack.drain();
  const rejecter = await stack.token('moderator', { sub: 'fuzz-rejecter' });
  const reject = await sendJson(
    stack.url,
    'POST',
    `/moderation/comments/${appealed.json.comment.id}/decision`,
    { action: 'reject', reason: 'spam' },
    { headers: { authorization: `Bearer ${rejecter}` } },
  );
  expect(reject.status).toBe(200);
  const appeal = await sendJson(
    stack.url,
    'POST',
    `/comments/${appealed.json.comment.id}/appeals`,
    BODIES['appeal-submit']!.base,
    { headers: { 'x-author-token': appealed.json.authorToken } },
  );
  expect(appeal.status).toBe(202);
  valid.authorToken.push(appealed.json.authorToken);
  valid.commentId.push(appealed.json.comment.id);
  valid.appealId.push(appeal.json.appeal.id);
  const page = await sendJson(stack.url, 'GET', '/articles/fz-open/comments?limit=1');
  valid.cursor.push(page.json.nextCursor);
  const items = await scanTable(stack.doc, stack.tableName);
  valid.authorId.push(...items.filter((i) => i.SK === 'AUTHOR').map((i) => i.authorId as string));
  current = snapshotOf(items);
  writes = watchWrites();
});

afterAll(async () => {
  console.log(`[reliability] bad-input: ${writes?.count} table writes counted`);
  writes?.stop();
  closeAgents();
  await stack?.stop();
  const total = Object.values(figures).reduce((s, f) => s + f.runs, 0);
  console.log(`[reliability] bad-input: ${total} requests over ${Object.keys(figures).length} routes`);
  for (const [route, f] of Object.entries(figures))
    console.log(`[reliability]   ${route}: ${f.runs} ${JSON.stringify(f.statuses)}`);
});

describe('every route, hostile input (fast-check)', () => {
  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: never a 5xx, errors in the contract shape, a refused request changes nothing',
    async (name, route) => {
      const f: (typeof figures)[string] = { runs: 0, statuses: {} };
      figures[name] = f;
      await checkProperty(
        fc.asyncProperty(requestArb(route), async (req) => {
          const written = writes.count;
          const res = await send(stack.url, { method: route.method, ...req });
          f.runs++;
          f.statuses[res.status] = (f.statuses[res.status] ?? 0) + 1;
          const problem = contractProblem(res);
          expect(problem, `${route.method} ${req.path.slice(0, 200)}`).toBeNull();
          if (res.status >= 400) {
            if (writes.count === written) return;
            const after = await snapshot(stack.doc, stack.tableName);
            const changes = diffSnapshots(current, after);
            if (!allowedByContract(res, changes, after))
              expect(changes, `${res.status} ${res.text.slice(0, 200)} changed the table`).toEqual([]);
            current = after;
          } else if (route.method !== 'GET') {
            // An accepted write: let moderation settle, then take the new state as the baseline.
            await stack.drain();
            current = await snapshot(stack.doc, stack.tableName);
          } else if (route.writes === true) {
            // An answered read that records itself (an export's rate window or audit fact).
            current = await snapshot(stack.doc, stack.tableName);
          }
        }),
        { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
      );
      const changes = diffSnapshots(current, await snapshot(stack.doc, stack.tableName));
      expect(changes, 'the table changed though no write was counted').toEqual([]);
    },
    120_000,
  );
});

describe('limits and media types, one by one', () => {
  const bodyRoutes = routes.filter((r) => BODIES[r.handler]);
  const concrete = (r: RouteDefinition) =>
    r.path
      .replace('{articleId}', 'fz-open')
      .replace('{commentId}', valid.commentId[0]!)
      .replace('{authorId}', valid.authorId[0]!);
  const auth = (r: RouteDefinition) =>
    r.auth === 'public' ? {} : { authorization: `Bearer ${tokens.admin}` };

  it('answers 413 payload_too_large past 64 KiB, and the gateway 413 past 10 MiB, on every body route', async () => {
    for (const r of bodyRoutes) {
      const before = await snapshot(stack.doc, stack.tableName);
      const big = await sendJson(
        stack.url,
        r.method,
        concrete(r),
        JSON.stringify({ note: 'x'.repeat(64 * 1024) }),
        {
          headers: auth(r),
        },
      );
      expect(big.status, r.path).toBe(413);
      expect(big.json.error.code).toBe('payload_too_large');
      const huge = await send(stack.url, {
        method: r.method,
        path: concrete(r),
        headers: { 'content-type': 'application/json', ...auth(r) },
        body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
      });
      expect(huge.status, r.path).toBe(413);
      expect(huge.json).toEqual({ message: 'Request Entity Too Large' });
      expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
    }
  });

  it('answers 415 for a body that is not JSON, and 400 for JSON that is not an object, on every body route', async () => {
    for (const r of bodyRoutes) {
      const form = await send(stack.url, {
        method: r.method,
        path: concrete(r),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...auth(r) },
        body: 'reason=spam',
      });
      expect(form.status, r.path).toBe(415);
      expect(form.json.error.code).toBe('unsupported_media_type');
      for (const text of ['[]', 'null', '"x"', '{"a":']) {
        const res = await sendJson(stack.url, r.method, concrete(r), text, { headers: auth(r) });
        expect(res.status, `${r.path} ${text}`).toBe(400);
        expect(res.json.error.code).toBe('validation_failed');
      }
    }
  });

  it.each([
    ['a NUL byte', 'bad\u0000text'],
    ['a C1 control', 'bad\u0085text'],
    ['a lone surrogate', 'bad\ud800text'],
    ['a right-to-left override', 'evil\u202etxt.exe'],
    ['a combining-mark flood', `z${'\u0301'.repeat(40)}`],
    ['only zero-width and spaces', '\u200b \u200b\ufeff\u2060\u00ad'],
    ['only Hangul fillers', '\u3164\u3164\u3164'],
    ['only blank Braille patterns', '\u2800\u2800\u2800'],
    ['only combining marks', '\u0301\u0301\u0301\u0301'],
  ])('refuses a comment body with %s: 400 with the field named, nothing stored', async (_, text) => {
    const before = await snapshot(stack.doc, stack.tableName);
    const res = await sendJson(stack.url, 'POST', '/articles/fz-open/comments', {
      authorName: 'Tester',
      body: text,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain('body');
    expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
  });

  it('answers a request line HTTP cannot carry (raw non-ASCII, over 16 KiB) with a 4xx, changing nothing', async () => {
    const before = await snapshot(stack.doc, stack.tableName);
    for (const path of [
      '/articles/caf\u00e9/comments',
      `/comments/${'%41'.repeat(8000)}`,
      `/counts?articleIds=${'a,'.repeat(12_000)}`,
    ]) {
      const res = await send(stack.url, { method: 'GET', path, headers: { connection: 'close' } });
      expect(res.status, path.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status, path.slice(0, 40)).toBeLessThan(500);
    }
    const longHeader = await send(stack.url, {
      method: 'POST',
      path: '/articles/fz-open/comments',
      headers: { 'content-type': 'application/json', 'x-padding': 'p'.repeat(20_000), connection: 'close' },
      body: JSON.stringify({ authorName: 'Padding', body: 'Too much header.' }),
    });
    expect(longHeader.status).toBeGreaterThanOrEqual(400);
    expect(longHeader.status).toBeLessThan(500);
    expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
  });

  it('accepts 4-byte emoji, RTL scripts and a moderate run of combining marks, and counts code points', async () => {
    const body = `${'👍🏽'.repeat(10)} مرحبا שלום 𝕏 e\u0301\u0301 ${'😀'.repeat(4990 - 30)}`;
    const res = await sendJson(stack.url, 'POST', '/articles/fz-open/comments', {
      authorName: '𝕏 Reader 👍',
      body,
    });
    expect(res.status).toBe(202);
    expect(res.json.comment.body).toBe(body.normalize('NFC'));
    const tooLong = await sendJson(stack.url, 'POST', '/articles/fz-open/comments', {
      authorName: 'Reader',
      body: '😀'.repeat(5001),
    });
    expect(tooLong.status).toBe(400);
    await stack.drain();
  });
});
