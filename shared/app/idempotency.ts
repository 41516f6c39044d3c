/**
 * The Idempotency-Key protocol over the idempotency store (`IdempotencyPort`), for an operation that
 * writes its result once. The first request with a key claims it just before its first write and
 * stores its answer, sealed, in that same write; a duplicate, sequential or concurrent, gets that answer
 * byte for byte without running the operation's checks or counting against rate limits; the same key
 * with another request is refused; a request that fails after claiming gives the key back, so a retry
 * is judged afresh. Nothing here knows HTTP: the caller says what its answer to a result is (a status
 * and the exact text sent), and what a replay is answered with.
 *
 * Why not Powertools for AWS Lambda's Idempotency utility, the well-kept library for this:
 * - it stores the response in clear; Parley's answer carries the author token (shown once) and the
 *   comment's text, so it is sealed with a key derived from the raw Idempotency-Key, which only the
 *   client holds (the table keeps a hash of it);
 * - its idempotency key is taken from the event; Parley's record id also binds the caller's network
 *   through a secret-keyed hash, so an answer is only replayed to the network that asked for it and
 *   nobody elsewhere can claim a victim's key first;
 * - a concurrent duplicate fails at once (in progress); Parley's waits up to CLAIM_WAIT_MS for the first
 *   request and replays its answer;
 * - it adds its own read and conditional write around the handler; Parley reads the record in the same
 *   BatchGetItem as the post's context (a refused post costs no write at all) and completes the claim in
 *   the transaction that stores the comment.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { IdempotencyInProgressError, IdempotencyKeyReusedError } from '../errors';
import { sha256 } from '../ids';
import type { IdempotencyRecord } from '../storage/records';
import type { DepsWith } from './deps';
import type { IdempotencyPort, IdempotentAnswer } from './ports';

/** What the protocol reaches: the idempotency store and the clock. */
export type IdempotencyDeps = Pick<DepsWith<IdempotencyPort>, 'repo' | 'now'>;

/** Answers live for a day, as long as a client could reasonably retry. */
const ANSWER_TTL_SECONDS = 24 * 3600;
/** An in-progress claim expires quickly, so a request that crashed cannot lock its key for long. */
const CLAIM_TTL_SECONDS = 30;
/**
 * How long a duplicate waits for the first request with its key to finish: well inside the function's
 * timeout (10 s), so the client gets a 409 `idempotency_in_progress` to retry on, never a 5xx.
 */
export const CLAIM_WAIT_MS = 3_000;
/** A request whose key an earlier request gave back runs again, at most this many times in all. */
const MAX_ROUNDS = 3;

/** A request's Idempotency-Key, bound to what the request asks and who asks it. */
export interface IdempotentRequest {
  /** Where the key's record lives (a hash: the raw key is never stored). */
  recordId: string;
  /**
   * The request itself, keyed with the secret: the same key with another request is refused, and a reader
   * of the table cannot test a guess (the request holds the author's e-mail address) without the secret.
   */
  requestHash: string;
  /**
   * The unkeyed hash records written before 2026-12-03 carry: still matched until they expire (their TTL
   * is 24 hours), so a client retrying across that deploy is replayed rather than refused. Remove after.
   */
  legacyRequestHash: string;
  /** Seals the stored answer; derived from the raw key, so only its client can unseal it. */
  sealKey: Buffer;
}

/**
 * Where a key's record lives: bound to what the request is about (`scope`, e.g. the article) and to the
 * caller (`caller`, e.g. the hash of its network), so a stored answer is only replayed to that caller.
 */
export const idempotencyRecordId = (scope: string, caller: string, key: string) =>
  sha256(`${scope}\n${caller}\n${key}`);

/** The key `key` sent by `caller` with `request` (any JSON value) about `scope`. */
export function idempotentRequest(
  secret: string,
  r: { scope: string; caller: string; key: string; request: unknown },
): IdempotentRequest {
  return {
    recordId: idempotencyRecordId(r.scope, r.caller, r.key),
    requestHash: createHmac('sha256', secret)
      .update(`idempotency-request\n${JSON.stringify(r.request)}`)
      .digest('base64url'),
    legacyRequestHash: sha256(JSON.stringify(r.request)),
    sealKey: createHmac('sha256', secret).update(`idempotency-seal\n${r.scope}\n${r.key}`).digest(),
  };
}

/** The stored answer is AES-256-GCM sealed: the table, its backups and exports reveal no token or text. */
const SEALED = 'sealed:v1:';

function seal(text: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The stored answer in clear; records written before sealing are returned as they are. */
function unseal(stored: string, key: Buffer): string {
  if (!stored.startsWith(SEALED)) return stored;
  const raw = Buffer.from(stored.slice(SEALED.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** How the caller answers a result: its status and the exact text it sends (stored, then replayed). */
export interface AnswerOf<T> {
  status: number;
  text: (result: T) => string;
}

/**
 * What a guarded operation does with its key, at three points of its own flow. `settle` and `claim` may
 * end the operation early (by throwing) when an earlier request with the key answers for it.
 */
export interface IdempotencyGuard<T> {
  /** The key's record id: read it with the operation's own first read, in one round trip. */
  readonly recordId: string;
  /** With the record that read found, before deciding anything: returns when the operation goes on. */
  settle(found: IdempotencyRecord | null): Promise<void>;
  /** After the refusals, just before the first write: claims the key. */
  claim(now: Date): Promise<void>;
  /** The answer to store in the same write as `result`, completing the claim. */
  completion(result: T, now: Date): IdempotentAnswer;
}

/** Ends a guarded operation: an earlier request's answer, or null when it gave its key back. */
class AnsweredEarlier extends Error {
  constructor(readonly answer: string | null) {
    super('An earlier request with this Idempotency-Key answers for this one.');
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class KeyGuard<T> implements IdempotencyGuard<T> {
  claimed = false;
  /** The answer stored with the result, so the one sent is the very same text. */
  stored: { result: T; text: string } | undefined;

  constructor(
    private readonly deps: IdempotencyDeps,
    private readonly req: IdempotentRequest,
    private readonly answer: AnswerOf<T>,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  get recordId() {
    return this.req.recordId;
  }

  async settle(found: IdempotencyRecord | null) {
    if (found) await this.follow(found);
  }

  async claim(now: Date) {
    const claim = await this.deps.repo.claimIdempotencyKey(
      this.req.recordId,
      {
        entity: 'idempotency',
        state: 'in_progress',
        requestHash: this.req.requestHash,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + CLAIM_TTL_SECONDS,
      },
      now,
    );
    if (claim.claimed) this.claimed = true;
    // Another request with this key got there between our read and our claim.
    else await this.follow(claim.existing);
  }

  completion(result: T, now: Date): IdempotentAnswer {
    const text = this.answer.text(result);
    this.stored = { result, text };
    return {
      hashedKey: this.req.recordId,
      requestHash: this.req.requestHash,
      statusCode: this.answer.status,
      responseBody: seal(text, this.req.sealKey),
      expiresAt: Math.floor(now.getTime() / 1000) + ANSWER_TTL_SECONDS,
    };
  }

  /**
   * The key already has a record: the first answer when it is complete, a 409 when the key came with
   * another request, else (the first request is still running) a short wait for it, re-reading the
   * record. Always ends the operation.
   */
  private async follow(first: IdempotencyRecord | null): Promise<never> {
    const deadline = this.deps.now().getTime() + CLAIM_WAIT_MS;
    let record = first;
    for (let attempt = 0; record; attempt++) {
      if (record.requestHash !== this.req.requestHash && record.requestHash !== this.req.legacyRequestHash)
        throw new IdempotencyKeyReusedError();
      if (record.state === 'completed' && record.responseBody !== undefined) {
        throw new AnsweredEarlier(unseal(record.responseBody, this.req.sealKey));
      }
      if (this.deps.now().getTime() >= deadline) throw new IdempotencyInProgressError();
      await this.sleep(Math.min(25 * 2 ** attempt, 250));
      record = await this.deps.repo.getIdempotencyRecord(this.req.recordId, this.deps.now());
    }
    // The first request failed and gave its key back: this one is judged afresh.
    throw new AnsweredEarlier(null);
  }
}

/** A guarded operation's outcome: its own result and answer, or an earlier request's answer again. */
export type Idempotent<T> =
  { replayed: false; result: T; answer: string } | { replayed: true; answer: string };

/**
 * Runs `run` under the request's Idempotency-Key (without one, just runs it). `run` hands the guard to
 * the operation, which calls it at the points `IdempotencyGuard` names. `sleep` is how a duplicate
 * waits between reads (tests move their clock in it; the deadline is always on `deps.now`).
 */
export async function idempotently<T>(
  deps: IdempotencyDeps,
  opts: {
    request: IdempotentRequest | null;
    answer: AnswerOf<T>;
    sleep?: (ms: number) => Promise<void>;
  },
  run: (guard: IdempotencyGuard<T> | undefined) => Promise<T>,
): Promise<Idempotent<T>> {
  const { request, answer } = opts;
  if (!request) {
    const result = await run(undefined);
    return { replayed: false, result, answer: answer.text(result) };
  }
  for (let round = 1; ; round++) {
    const guard = new KeyGuard(deps, request, answer, opts.sleep ?? wait);
    try {
      const result = await run(guard);
      const sent = guard.stored?.result === result ? guard.stored.text : answer.text(result);
      return { replayed: false, result, answer: sent };
    } catch (err) {
      if (!(err instanceof AnsweredEarlier)) {
        if (guard.claimed) await deps.repo.releaseIdempotencyKey(request.recordId, request.requestHash);
        throw err;
      }
      if (err.answer !== null) return { replayed: true, answer: err.answer };
    }
    if (round >= MAX_ROUNDS) throw new IdempotencyInProgressError();
  }
}
