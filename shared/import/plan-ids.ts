/**
 * Identities of imported comments and authors, derived from the source so that an import run twice
 * produces the same ids (the writer's conditional puts then create nothing twice).
 */
import { createHash } from 'node:crypto';
import { TIME_MAX, uuidToULID } from 'ulid';
import type { ImportSource } from './records';

/** Stored as an imported comment's `networkHash`: the source kept no network Parley could bucket. */
export const IMPORTED_NETWORK_HASH = 'imported';
/** Imported author ids: `a_` keeps them valid for the moderator API (AUTHOR_ID_PATTERN), `imported_` tells them apart. */
export const IMPORTED_AUTHOR_PREFIX = 'a_imported_';

/** A source date (ISO 8601) as epoch milliseconds, or null when a ULID cannot carry it (before 1970). */
export function importTimeMs(createdAt: string): number | null {
  const ms = Date.parse(createdAt);
  return Number.isInteger(ms) && ms >= 0 && ms <= TIME_MAX ? ms : null;
}

/**
 * The comment id of an imported comment: a ULID whose 48-bit time is `createdAt` in milliseconds and
 * whose 80 "random" bits are the first 80 bits of sha256(`parley-import:<source>:<sourceId>`). It sorts
 * by time with native ids, and the same source comment always gets the same id. Throws a RangeError
 * for a date a ULID cannot carry (see `importTimeMs`).
 */
export function importedCommentId(source: ImportSource, sourceId: string, createdAt: string): string {
  const ms = importTimeMs(createdAt);
  if (ms === null) throw new RangeError(`cannot make an id for a comment dated ${createdAt}`);
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(ms, 0, 6);
  createHash('sha256').update(`parley-import:${source}:${sourceId}`).digest().copy(bytes, 6, 0, 10);
  // The ulid package encodes 16 given bytes only through its UUID converter; the layout is the ULID's.
  const hex = bytes.toString('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return uuidToULID(uuid);
}

/**
 * The author id of an imported comment: a keyed hash of the source and the author's e-mail (trimmed,
 * lower case), else their name (lower case, as posted names are), else one `anonymous` author per
 * source. Never the id a posted comment gets (that one is `a_` + a hash of name and network).
 */
export function importedAuthorId(
  hash: (value: string) => string,
  source: ImportSource,
  author: { email: string | null; name: string | null },
): string {
  const email = author.email?.trim().toLowerCase();
  const name = author.name?.trim().toLowerCase();
  const who = email ? `email:${email}` : name ? `name:${name}` : 'anonymous';
  return `${IMPORTED_AUTHOR_PREFIX}${hash(`import:${source}:${who}`)}`;
}

/** The keyed hash of an e-mail address, normalised as a posted comment's (shared/app/post-comment.ts). */
export const importedEmailHash = (hash: (value: string) => string, email: string): string =>
  hash(`email:${email.trim().toLowerCase()}`);
