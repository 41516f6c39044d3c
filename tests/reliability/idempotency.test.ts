/**
 * Idempotency-Key on POST /articles/{articleId}/comments: one comment and one answer however often and
 * however concurrently the same request is sent; the same key with another body is a 409; a request
 * that fails releases its key; and records expire by TTL (DynamoDB's TTL attribute is enabled on the
 * table; DynamoDB deletes lazily, so an expired record that is still there must not replay).
 */
import { createHash, randomUUID } from 'node:crypto';
import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_WAIT_MS, idempotencyRecordId, networkHashFor } from '../../shared/app/post-comment';
import { networkBucket } from '../../shared/domain/network';
import { tableDefinition } from '../../shared/storage/table';
import { earlyInMinute } from '../support/clock';
import { startTestStack, type TestStack } from '../support/stack';
import {
  closeAgents,
  diffSnapshots,
  scanTable,
  sendJson,
  snapshot,
  updatePolicy,
  type Reply,
} from './support';

let stack: TestStack;
let n = 0;
const article = () => `idem-${n++}`;

/**
 * Strong keys, as the contract asks (a UUID or 22+ random URL-safe characters): one per name, per run.
 * The names stay readable in the tests.
 */
const keys = new Map<string, string>();
const K = (name: string) => {
  if (!keys.has(name)) keys.set(name, randomUUID());
  return keys.get(name)!;
};

/** The stored record's key: the handler hashes article, the caller's network bucket and key together. */
const recordKey = (articleId: string, key: string, from = '127.0.0.1') => ({
  PK: `IDEMPOTENCY#${idempotencyRecordId(
    articleId,
    networkHashFor(process.env.PARLEY_SECRET!, networkBucket(from)),
    key,
  )}`,
  SK: 'IDEMPOTENCY',
});
const record = async (articleId: string, key: string) =>
  (
    await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: recordKey(articleId, key), ConsistentRead: true }),
    )
  ).Item;

/** Writes an idempotency record as a request in some state would have left it. */
const plantRecord = (articleId: string, key: string, fields: Record<string, unknown>) =>
  stack.doc.send(
    new PutCommand({
      TableName: stack.tableName,
      Item: { ...recordKey(articleId, key), entity: 'idempotency', ...fields },
    }),
  );

const post = (articleId: string, body: Record<string, unknown>, key?: string, localAddress?: string) =>
  sendJson(stack.url, 'POST', `/articles/${articleId}/comments`, body, {
    ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
    ...(localAddress ? { localAddress } : {}),
  });

async function commentsOn(articleId: string) {
  return (await scanTable(stack.doc, stack.tableName)).filter(
    (i) => i.SK === 'COMMENT' && i.articleId === articleId,
  );
}

const replayed = (r: Reply) => r.headers['idempotent-replayed'] === 'true';

beforeAll(async () => {
  stack = await startTestStack();
  // A tight per-author limit: replays must not count against it. Networks stay unlimited here.
  await updatePolicy(stack.doc, stack.tableName, {
    rateLimits: { authorPerMinute: 2, networkPerMinute: 10_000 },
    flood: { authorPer10m: 1000, networkPer10m: 10_000 },
    repeatWindowMinutes: 0,
  });
});
afterAll(async () => {
  closeAgents();
  await stack?.stop();
});

describe('the same key and body', () => {
  it('sent again and again: the first answer byte for byte, one comment, one record that expires in a day', async () => {
    const a = article();
    const body = { authorName: 'Sequential', body: 'Sent three times by a flaky network.' };
    const first = await post(a, body, K('seq-key-1'));
    expect(first.status).toBe(202);
    expect(replayed(first)).toBe(false);
    for (let i = 0; i < 3; i++) {
      const again = await post(a, body, K('seq-key-1'));
      expect(again.status).toBe(202);
      expect(again.text).toBe(first.text);
      expect(replayed(again)).toBe(true);
    }
    expect(await commentsOn(a)).toHaveLength(1);
    const rec = await record(a, K('seq-key-1'));
    expect(rec).toMatchObject({ state: 'completed', statusCode: 202 });
    const inADay = Math.floor(Date.now() / 1000) + 24 * 3600;
    expect(Math.abs(Number(rec!.expiresAt) - inADay)).toBeLessThan(120);
    const ttl = await stack.client.send(new DescribeTimeToLiveCommand({ TableName: stack.tableName }));
    expect(ttl.TimeToLiveDescription).toMatchObject({
      AttributeName: tableDefinition.timeToLiveAttribute,
      TimeToLiveStatus: 'ENABLED',
    });
    expect(tableDefinition.timeToLiveAttribute).toBe('expiresAt');
  });

  it('sent 10 times in parallel: one comment, ten identical answers, exactly one of them original', async () => {
    const a = article();
    const body = { authorName: 'Parallel', body: 'Ten tabs, one comment.' };
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(a, body, K('par-key-1'))));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(202));
    expect(new Set(answers.map((r) => r.text)).size).toBe(1);
    expect(answers.filter((r) => !replayed(r))).toHaveLength(1);
    expect(await commentsOn(a)).toHaveLength(1);
    await stack.drain();
    const list = await sendJson(stack.url, 'GET', `/articles/${a}/comments`);
    expect(list.json.comments).toHaveLength(1);
    expect(list.json.totalApproved).toBe(1);
  });

  it('replays do not count against the rate limit', async () => {
    earlyInMinute(15_000);
    const a = article();
    const body = { authorName: 'Limited', body: 'Retried many times.' };
    for (let i = 0; i < 6; i++) expect((await post(a, body, K('rl-key'))).status).toBe(202);
    expect((await post(a, { ...body, body: 'A second comment.' }, K('rl-key-2'))).status).toBe(202);
    const third = await post(
      a,
      { ...body, body: 'A third comment: over the limit of 2 a minute.' },
      K('rl-key-3'),
    );
    expect(third.status).toBe(429);
    expect(await commentsOn(a)).toHaveLength(2);
  });
});

describe('the same key with something else', () => {
  it('another body: 409 idempotency_key_reused and nothing changes', async () => {
    const a = article();
    await post(a, { authorName: 'Reuser', body: 'The original.' }, K('reuse-key'));
    await stack.drain(); // moderation of earlier posts must not count as a change
    const before = await snapshot(stack.doc, stack.tableName);
    for (const other of [
      { authorName: 'Reuser', body: 'A different text.' },
      { authorName: 'Someone else', body: 'The original.' },
      { authorName: 'Reuser', body: 'The original.', authorEmail: 'r@example.org' },
    ]) {
      const res = await post(a, other, K('reuse-key'));
      expect(res.status).toBe(409);
      expect(res.json.error.code).toBe('idempotency_key_reused');
    }
    expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
  });

  it('10 in parallel, half with another body: one comment; its body gets 202s, the other 409s', async () => {
    const a = article();
    const bodies = [
      { authorName: 'Racer', body: 'Version A.' },
      { authorName: 'Racer', body: 'Version B.' },
    ];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => post(a, bodies[i % 2]!, K('race-key'))),
    );
    const stored = await commentsOn(a);
    expect(stored).toHaveLength(1);
    const winner = bodies.findIndex((b) => b.body === stored[0]!.body);
    answers.forEach((res, i) => {
      if (i % 2 === winner) expect(res.status).toBe(202);
      else {
        expect(res.status).toBe(409);
        expect(res.json.error.code).toBe('idempotency_key_reused');
      }
    });
  });

  it('another article: a different request, stored separately', async () => {
    const [a, b] = [article(), article()];
    const body = { authorName: 'Two places', body: 'Same words under two articles.' };
    const first = await post(a, body, K('shared-key'));
    const second = await post(b, body, K('shared-key'));
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.json.comment.id).not.toBe(first.json.comment.id);
  });

  it('an invalid or guessable key: 400 and nothing stored', async () => {
    const a = article();
    await stack.drain();
    const before = await snapshot(stack.doc, stack.tableName);
    const weak = ['k', 'key-1', '12345', 'a'.repeat(30), 'abababababababababababab', 'Zq3_xK9-pL2mN8vB4cR7t'];
    for (const key of ['k'.repeat(256), 'with space', 'caf\u00e9', '', ...weak]) {
      const res = await post(a, { authorName: 'Bad key', body: 'x' }, key);
      expect(res.status, JSON.stringify(key)).toBe(400);
    }
    expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
  });
});

describe('a first request that never finishes', () => {
  it('a duplicate gets 409 idempotency_in_progress well before the function times out, never a 5xx', async () => {
    const a = article();
    const body = { authorName: 'Stuck', body: 'The first attempt hangs.' };
    // The unkeyed request hash of records written before the hash was keyed with the secret: still
    // matched until such records expire (shared/app/idempotency.ts, `legacyRequestHash`).
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ articleId: a, input: body }))
      .digest('base64url');
    await plantRecord(a, K('stuck-key'), {
      state: 'in_progress',
      requestHash,
      createdAt: new Date().toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) + 30,
    });
    const res = await post(a, body, K('stuck-key'));
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('idempotency_in_progress');
    // The functions' timeout is 10 s (infra/constructs/handler-function.ts): the wait must end inside
    // it with an answer the client can retry on. A bound on correctness, not a performance target.
    expect(CLAIM_WAIT_MS).toBeLessThanOrEqual(5_000);
    expect(res.ms).toBeLessThan(10_000);
  });
});

describe('a key is bound to the caller', () => {
  it('another network sending the same key and body never gets the stored answer or its author token', async () => {
    const a = article();
    const body = { authorName: 'Victim', body: 'My comment, my token.' };
    const key = K('stolen-key');
    const victim = await post(a, body, key, '127.0.80.1');
    expect(victim.status).toBe(202);
    // The attacker learned the key (a shared proxy log, a browser extension) and replays it elsewhere.
    const attacker = await post(a, body, key, '127.0.81.1');
    expect(attacker.status).toBe(202);
    expect(replayed(attacker)).toBe(false);
    expect(attacker.json.authorToken).not.toBe(victim.json.authorToken);
    expect(attacker.json.comment.id).not.toBe(victim.json.comment.id);
    // The victim's own retry still replays the victim's answer.
    const retry = await post(a, body, key, '127.0.80.1');
    expect(replayed(retry)).toBe(true);
    expect(retry.text).toBe(victim.text);
  });

  it('claiming a predictable key first cannot block a victim on another network', async () => {
    const a = article();
    const key = K('claimed-first');
    const squatter = await post(a, { authorName: 'Squatter', body: 'Got here first.' }, key, '127.0.82.1');
    expect(squatter.status).toBe(202);
    const victim = await post(a, { authorName: 'Victim', body: 'My real comment.' }, key, '127.0.83.1');
    expect(victim.status).toBe(202);
    expect(replayed(victim)).toBe(false);
  });
});

describe('failures and expiry', () => {
  it('a refused first request releases its key: the retry is judged afresh, and nothing is left behind', async () => {
    const a = article();
    await stack.drain();
    const before = await snapshot(stack.doc, stack.tableName);
    const orphan = {
      authorName: 'Replier',
      body: 'Replying to nothing.',
      parentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    };
    expect((await post(a, orphan, K('fail-key'))).status).toBe(404);
    expect((await post(a, orphan, K('fail-key'))).status).toBe(404);
    expect(diffSnapshots(before, await snapshot(stack.doc, stack.tableName))).toEqual([]);
    const fixed = await post(
      a,
      { authorName: 'Replier', body: 'A top-level comment instead.' },
      K('fail-key'),
    );
    expect(fixed.status).toBe(202);
  });

  it('an expired record (TTL passed, not yet deleted) does not replay: the request is new', async () => {
    const a = article();
    const body = { authorName: 'Late retry', body: 'Retried two days later.' };
    const first = await post(a, body, K('old-key'));
    expect(first.status).toBe(202);
    const rec = await record(a, K('old-key'));
    const yesterday = Math.floor(Date.now() / 1000) - 3600;
    await stack.doc.send(
      new PutCommand({ TableName: stack.tableName, Item: { ...rec, expiresAt: yesterday } }),
    );
    const again = await post(a, body, K('old-key'));
    expect(again.status).toBe(202);
    expect(replayed(again)).toBe(false);
    expect(again.json.comment.id).not.toBe(first.json.comment.id);
    expect(await commentsOn(a)).toHaveLength(2);
    // The key now belongs to the new request, for a fresh day.
    expect(Number((await record(a, K('old-key')))!.expiresAt)).toBeGreaterThan(Date.now() / 1000 + 23 * 3600);
    const replay = await post(a, body, K('old-key'));
    expect(replay.text).toBe(again.text);
  });

  it('a claim left by a crashed request is taken over once it expires, without waiting', async () => {
    const a = article();
    const body = { authorName: 'After a crash', body: 'The first attempt died mid-request.' };
    await plantRecord(a, K('crash-key'), {
      state: 'in_progress',
      requestHash: 'whatever-the-dead-request-had',
      createdAt: new Date(Date.now() - 60_000).toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) - 30,
    });
    const res = await post(a, body, K('crash-key'));
    expect(res.status).toBe(202);
    expect(res.ms).toBeLessThan(3000);
    expect(await record(a, K('crash-key'))).toMatchObject({ state: 'completed' });
  });

  it('a duplicate arriving while the first is still running waits for it and replays its answer', async () => {
    const a = article();
    const body = { authorName: 'Patient', body: 'Waits for the first attempt.' };
    // Stand-in for a first request that is still running: a live claim with this request's hash.
    const first = await post(article(), body, K('probe-key')); // learn the answer's shape and the hash
    expect(first.status).toBe(202);
    const probe = await record(first.json.comment.articleId, K('probe-key'));
    const requestHash = createHash('sha256')
      .update(JSON.stringify({ articleId: a, input: body }))
      .digest('base64url');
    expect(probe!.requestHash).not.toBe(requestHash); // different article, different hash
    await plantRecord(a, K('wait-key'), {
      state: 'in_progress',
      requestHash,
      createdAt: new Date().toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) + 30,
    });
    const waiting = post(a, body, K('wait-key'));
    await new Promise((r) => setTimeout(r, 400));
    const stored = '{"comment":{"id":"stand-in"},"authorToken":"stand-in"}';
    await plantRecord(a, K('wait-key'), {
      state: 'completed',
      requestHash,
      statusCode: 202,
      responseBody: stored,
      createdAt: new Date().toISOString(),
      expiresAt: Math.floor(Date.now() / 1000) + 24 * 3600,
    });
    const res = await waiting;
    expect(res.status).toBe(202);
    expect(res.text).toBe(stored);
    expect(replayed(res)).toBe(true);
    expect(res.ms).toBeGreaterThan(350);
  });
});
