import { randomBytes, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { monotonicFactory } from 'ulid';

let nextUlid = monotonicFactory();

/** A new time-sortable comment id (ULID: 48-bit time + 80 random bits). */
export const newId = (now: number = Date.now()): string => nextUlid(now);

/**
 * Forgets the time of the last id made. Ids never go back in time within a process, so after an id made
 * with a clock moved ahead, every later id is dated ahead too. Tests whose files share a process call it
 * before each file (tests/support/per-file.ts), so that one file's clock does not date the next one's ids.
 */
export const resetIdClock = (): void => {
  nextUlid = monotonicFactory();
};

/** ULIDs are 26 Crockford base32 characters; anything else cannot be one of our ids. */
export const isId = (value: string): boolean => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(value);

/** A random secret shown to an author once; only its hash is stored. */
export const newAuthorToken = (): string => randomBytes(32).toString('base64url');

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('base64url');

/** Constant-time comparison of a presented author token with the stored hash. */
export function authorTokenMatches(presented: string | undefined, storedHash: string | undefined): boolean {
  if (!presented || !storedHash) return false;
  const a = Buffer.from(sha256(presented));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Keyed hash for personal data we must correlate but never store raw (IP buckets, e-mails). */
export const keyedHash = (salt: string, value: string): string =>
  createHmac('sha256', salt).update(value).digest('base64url').slice(0, 22);
