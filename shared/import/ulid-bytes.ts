/**
 * A ULID's 26 characters ⇄ its 16 bytes, for the planner's index (shared/import/plan-index.ts), which
 * keeps ids as bytes. A ULID is 128 bits in Crockford base32, most significant first: 26 characters of
 * 5 bits are 130 bits, so the first character is at most 7 (its two top bits are zero).
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The canonical form (upper case), the only one the planner makes (`importedCommentId`). */
const CANONICAL_ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
const VALUE_OF = new Map([...ALPHABET].map((char, value) => [char, value]));

export const ULID_BYTES = 16;

/** Throws a RangeError unless `ulid` is canonical, so that its bytes decode back to the same string. */
export function checkUlid(ulid: string): void {
  if (!CANONICAL_ULID.test(ulid)) throw new RangeError(`not a canonical ULID: ${ulid}`);
}

/** Writes a canonical ULID's 16 bytes into `out` at `offset` (a RangeError for anything else). */
export function writeUlidBytes(ulid: string, out: Uint8Array, offset: number): void {
  checkUlid(ulid);
  // Read the 130 bits from the last character back, 5 at a time, and let out bytes from the last one.
  let bits = 0;
  let pending = 0;
  let byte = ULID_BYTES - 1;
  for (let i = ulid.length - 1; i >= 0 && byte >= 0; i--) {
    bits |= VALUE_OF.get(ulid[i]!)! << pending;
    pending += 5;
    if (pending >= 8) {
      out[offset + byte--] = bits & 0xff;
      bits >>>= 8;
      pending -= 8;
    }
  }
}

/** The ULID whose 16 bytes are at `offset` in `bytes`. */
export function readUlid(bytes: Uint8Array, offset: number): string {
  const chars = new Array<string>(26);
  let bits = 0;
  let pending = 0;
  let char = 25;
  for (let byte = ULID_BYTES - 1; byte >= 0; byte--) {
    bits |= bytes[offset + byte]! << pending;
    pending += 8;
    while (pending >= 5) {
      chars[char--] = ALPHABET[bits & 31]!;
      bits >>>= 5;
      pending -= 5;
    }
  }
  chars[0] = ALPHABET[bits & 31]!; // the last 3 bits
  return chars.join('');
}
