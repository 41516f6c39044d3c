/**
 * The Idempotency-Key protocol against the in-memory idempotency store, with a toy operation shaped like
 * a use case (one read that includes the key's record, a refusal, one write carrying the answer): replay
 * byte for byte, sealing at rest, a reused key, release on failure, waiting for a concurrent first request
 * on the injected clock (no real time passes), and a claim lost between read and claim.
 */
import { describe, expect, it } from 'vitest';
import {
  CLAIM_WAIT_MS,
  idempotently,
  idempotentRequest,
  type AnswerOf,
  type IdempotencyGuard,
  type IdempotentRequest,
} from '../../../shared/app/idempotency';
import { CommentsClosedError, DomainError } from '../../../shared/errors';
import type { IdempotencyRecord } from '../../../shared/storage/records';
import { memoryDeps, type MemoryDeps } from '../../support/memory/deps';
import { commentRecord } from '../../support/memory/fixtures';

interface Created {
  id: string;
  text: string;
}
const ANSWER: AnswerOf<Created> = { status: 202, text: (r) => JSON.stringify(r) };
const request = (body = 'Once.', key = 'key-1'): IdempotentRequest =>
  idempotentRequest('memory-secret', { scope: 'art', caller: 'net-1', key, request: { body } });

interface Toy {
  /** What the operation's read finds, instead of the stored record (a stand-in for a race). */
  read?: (found: IdempotencyRecord | null) => IdempotencyRecord | null;
  /** Runs between the refusals and the claim. */
  beforeClaim?: () => Promise<void>;
  /** Runs just before the write. */
  beforeWrite?: () => Promise<void>;
  refuse?: boolean;
}

/** A use case in miniature; `runs` counts how often it started. */
function toy(m: MemoryDeps, body = 'Once.', t: Toy = {}) {
  const op = {
    runs: 0,
    run: async (guard: IdempotencyGuard<Created> | undefined): Promise<Created> => {
      op.runs++;
      const now = m.deps.now();
      const stored = guard ? await m.repo.getIdempotencyRecord(guard.recordId, now) : null;
      await guard?.settle(t.read ? t.read(stored) : stored);
      if (t.refuse) throw new CommentsClosedError();
      await t.beforeClaim?.();
      await guard?.claim(now);
      await t.beforeWrite?.();
      const comment = commentRecord({ body });
      const result = { id: comment.id, text: body };
      await m.repo.createComment(comment, guard?.completion(result, now));
      return result;
    },
  };
  return op;
}

async function codeOf(attempt: Promise<unknown>): Promise<string> {
  const err = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return (err as DomainError).code;
}

/** A sleep that moves the test clock instead of waiting, and records each wait. */
function clockSleep(m: MemoryDeps, then?: (ms: number) => void | Promise<void>) {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
    m.clock.advance(ms);
    await then?.(ms);
  };
  return { waits, sleep };
}

describe('idempotently', () => {
  it('without a key runs the operation once, touching no idempotency record', async () => {
    const m = memoryDeps();
    const op = toy(m);
    const out = await idempotently(m.deps, { request: null, answer: ANSWER }, op.run);
    expect(out).toMatchObject({ replayed: false, result: { text: 'Once.' } });
    expect(out.answer).toBe(JSON.stringify(out.replayed ? null : out.result));
    expect(m.repo.writes).toEqual(['createComment']);
    expect(m.repo.idempotency.size).toBe(0);
  });

  it('stores the answer sealed in the operation’s write, and replays it byte for byte without writing', async () => {
    const m = memoryDeps();
    const op = toy(m);
    const first = await idempotently(m.deps, { request: request(), answer: ANSWER }, op.run);
    expect(first.replayed).toBe(false);
    expect(m.repo.writes).toEqual(['claimIdempotencyKey', 'createComment']);
    const [record] = [...m.repo.idempotency.values()];
    expect(record).toMatchObject({ state: 'completed', statusCode: 202 });
    expect(record!.responseBody).toMatch(/^sealed:v1:/);
    expect(record!.responseBody).not.toContain('Once.');
    // A day to retry in.
    expect(record!.expiresAt).toBe(Math.floor(m.deps.now().getTime() / 1000) + 24 * 3600);

    m.repo.writes.length = 0;
    const again = await idempotently(m.deps, { request: request(), answer: ANSWER }, op.run);
    expect(again).toEqual({ replayed: true, answer: first.answer });
    expect(m.repo.writes).toEqual([]);
    expect(m.repo.comments.size).toBe(1);
    // Another key, or the same key from another caller, is another request.
    const other = idempotentRequest('memory-secret', {
      scope: 'art',
      caller: 'net-2',
      key: 'key-1',
      request: { body: 'Once.' },
    });
    expect((await idempotently(m.deps, { request: other, answer: ANSWER }, op.run)).replayed).toBe(false);
  });

  it('stores a request hash keyed with the secret, and still replays records of the unkeyed kind', async () => {
    const m = memoryDeps();
    await idempotently(m.deps, { request: request(), answer: ANSWER }, toy(m).run);
    const [record] = [...m.repo.idempotency.values()];
    // Without the secret, a reader of the table cannot test a guess of what was posted (an e-mail address).
    expect(record!.requestHash).toBe(request().requestHash);
    expect(record!.requestHash).not.toBe(request().legacyRequestHash);
    const otherSecret = idempotentRequest('another-secret', {
      scope: 'art',
      caller: 'net-1',
      key: 'key-1',
      request: { body: 'Once.' },
    });
    expect(otherSecret.requestHash).not.toBe(record!.requestHash);
    // A record written before the hash was keyed (24-hour TTL) is the same request, not a reused key.
    record!.requestHash = request().legacyRequestHash;
    m.repo.writes.length = 0;
    const again = await idempotently(m.deps, { request: request(), answer: ANSWER }, toy(m).run);
    expect(again.replayed).toBe(true);
    expect(m.repo.writes).toEqual([]);
  });

  it('refuses the same key with another request, writing nothing', async () => {
    const m = memoryDeps();
    await idempotently(m.deps, { request: request('Once.'), answer: ANSWER }, toy(m).run);
    m.repo.writes.length = 0;
    const code = await codeOf(
      idempotently(m.deps, { request: request('Twice?'), answer: ANSWER }, toy(m, 'Twice?').run),
    );
    expect(code).toBe('idempotency_key_reused');
    expect(m.repo.writes).toEqual([]);
  });

  it('a refusal before the claim writes nothing and leaves the key free', async () => {
    const m = memoryDeps();
    const code = await codeOf(
      idempotently(m.deps, { request: request(), answer: ANSWER }, toy(m, 'Once.', { refuse: true }).run),
    );
    expect(code).toBe('comments_closed');
    expect(m.repo.writes).toEqual([]);
    expect((await idempotently(m.deps, { request: request(), answer: ANSWER }, toy(m).run)).replayed).toBe(
      false,
    );
  });

  it('gives the key back when the operation fails after claiming, so a retry runs afresh', async () => {
    const m = memoryDeps();
    const failing = toy(m, 'Once.', { beforeWrite: () => Promise.reject(new Error('table unavailable')) });
    await expect(idempotently(m.deps, { request: request(), answer: ANSWER }, failing.run)).rejects.toThrow(
      'table unavailable',
    );
    expect(m.repo.writes).toEqual(['claimIdempotencyKey', 'releaseIdempotencyKey']);
    expect(m.repo.idempotency.size).toBe(0);
    const retried = await idempotently(m.deps, { request: request(), answer: ANSWER }, toy(m).run);
    expect(retried.replayed).toBe(false);
    expect(m.repo.comments.size).toBe(1);
  });

  it('a duplicate of a running request waits for it on the injected clock and replays its answer', async () => {
    const m = memoryDeps();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const firstOp = toy(m, 'Once.', { beforeWrite: () => gate });
    const first = idempotently(m.deps, { request: request(), answer: ANSWER }, firstOp.run);
    await expect.poll(() => m.repo.idempotency.get(request().recordId)?.state).toBe('in_progress');
    // The duplicate's first wait lets the first request finish.
    const { waits, sleep } = clockSleep(m, async () => {
      open();
      await first;
    });
    const duplicate = await idempotently(m.deps, { request: request(), answer: ANSWER, sleep }, toy(m).run);
    expect(duplicate).toEqual({ replayed: true, answer: (await first).answer });
    expect(waits).toEqual([25]);
    expect(m.repo.comments.size).toBe(1);
  });

  it('gives up with idempotency_in_progress once CLAIM_WAIT_MS has passed on the injected clock', async () => {
    const m = memoryDeps();
    const start = m.deps.now().getTime();
    await m.repo.claimIdempotencyKey(request().recordId, inProgress(m, request()), m.deps.now());
    const { waits, sleep } = clockSleep(m);
    const op = toy(m);
    const code = await codeOf(idempotently(m.deps, { request: request(), answer: ANSWER, sleep }, op.run));
    expect(code).toBe('idempotency_in_progress');
    const waited = m.deps.now().getTime() - start;
    expect(waited).toBeGreaterThanOrEqual(CLAIM_WAIT_MS);
    expect(waited).toBeLessThan(CLAIM_WAIT_MS + 250);
    expect(waits.slice(0, 5)).toEqual([25, 50, 100, 200, 250]); // backing off, then every 250 ms
    expect(op.runs).toBe(1);
    expect(m.repo.comments.size).toBe(0);
  });

  it('runs afresh when the running first request gives its key back while a duplicate waits', async () => {
    const m = memoryDeps();
    const req = request();
    await m.repo.claimIdempotencyKey(req.recordId, inProgress(m, req), m.deps.now());
    const { sleep } = clockSleep(m, () => m.repo.releaseIdempotencyKey(req.recordId, req.requestHash));
    const op = toy(m);
    const out = await idempotently(m.deps, { request: req, answer: ANSWER, sleep }, op.run);
    expect(out.replayed).toBe(false);
    expect(op.runs).toBe(2);
    expect(m.repo.comments.size).toBe(1);
  });

  it('gives up after three rounds of keys given back', async () => {
    const m = memoryDeps();
    const req = request();
    // Every round's read sees a running request, which is gone by the next look.
    const op = toy(m, 'Once.', { read: () => inProgress(m, req) });
    const { sleep } = clockSleep(m);
    const code = await codeOf(idempotently(m.deps, { request: req, answer: ANSWER, sleep }, op.run));
    expect(code).toBe('idempotency_in_progress');
    expect(op.runs).toBe(3);
  });

  it('a claim lost between the read and the claim follows the request that won it', async () => {
    const m = memoryDeps();
    let winner: Promise<{ answer: string }> | undefined;
    const loser = toy(m, 'Once.', {
      beforeClaim: async () => {
        winner = idempotently(m.deps, { request: request(), answer: ANSWER }, toy(m).run);
        await winner;
      },
    });
    const out = await idempotently(m.deps, { request: request(), answer: ANSWER }, loser.run);
    expect(out).toEqual({ replayed: true, answer: (await winner!).answer });
    expect(m.repo.comments.size).toBe(1);
  });
});

function inProgress(m: MemoryDeps, req: IdempotentRequest): IdempotencyRecord {
  const now = m.deps.now();
  return {
    entity: 'idempotency',
    state: 'in_progress',
    requestHash: req.requestHash,
    createdAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + 30,
  };
}
