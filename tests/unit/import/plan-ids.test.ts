import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { decodeTime, encodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { isId, keyedHash } from '../../../shared/ids';
import { AUTHOR_ID_PATTERN } from '../../../shared/domain/moderation-schemas';
import { importedAuthorId, importedCommentId, importTimeMs } from '../../../shared/import/plan-ids';

const source = fc.constantFrom('disqus' as const, 'wordpress' as const);
const sourceId = fc.string({ minLength: 1, maxLength: 40 });
/** Milliseconds from 1970 to 9999, the years an export can hold. */
const millis = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31) });
const iso = (ms: number) => new Date(ms).toISOString();

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
/** 80 bits given as 20 hex digits, in 16 Crockford base32 digits (written here, not taken from the code under test). */
const crockford80 = (hex: string) =>
  Array.from(
    { length: 16 },
    (_, i) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Number((BigInt(`0x${hex}`) >> BigInt(75 - 5 * i)) & 31n)],
  ).join('');

describe('importedCommentId', () => {
  it('is a valid id whose time is the comment date, and the same for the same source comment', () => {
    fc.assert(
      fc.property(source, sourceId, millis, (src, id, ms) => {
        const made = importedCommentId(src, id, iso(ms));
        expect(isId(made)).toBe(true);
        expect(decodeTime(made)).toBe(ms);
        expect(importedCommentId(src, id, iso(ms))).toBe(made);
      }),
    );
  });

  it('sorts by date: an earlier comment has a smaller id', () => {
    fc.assert(
      fc.property(source, sourceId, sourceId, millis, millis, (src, idA, idB, a, b) => {
        fc.pre(a !== b);
        const [earlier, later] = a < b ? [idA, idB] : [idB, idA];
        expect(
          importedCommentId(src, earlier, iso(Math.min(a, b))) <
            importedCommentId(src, later, iso(Math.max(a, b))),
        ).toBe(true);
      }),
    );
  });

  it('takes its last 80 bits from sha256 of the source and source id', () => {
    const at = '2026-11-18T08:00:00.000Z';
    const id = importedCommentId('disqus', '2001', at);
    expect(id.slice(10)).not.toBe(importedCommentId('disqus', '2002', at).slice(10));
    expect(id.slice(10)).not.toBe(importedCommentId('wordpress', '2001', at).slice(10));
    expect(importedCommentId('disqus', '2001', '2026-11-18T08:00:00.001Z').slice(10)).toBe(id.slice(10));
    expect(id).toBe(
      encodeTime(Date.parse(at)) + crockford80(sha256Hex('parley-import:disqus:2001').slice(0, 20)),
    );
  });

  it('refuses a date a ULID cannot carry', () => {
    expect(importTimeMs('1969-12-31T23:59:59.999Z')).toBeNull();
    expect(importTimeMs('garbage')).toBeNull();
    expect(() => importedCommentId('disqus', '1', '1969-12-31T23:59:59.999Z')).toThrow(RangeError);
  });
});

describe('importedAuthorId', () => {
  const hash = (value: string) => keyedHash('secret', value);

  it('is a valid author id for the moderator API, distinct per source', () => {
    const disqus = importedAuthorId(hash, 'disqus', { email: 'a@example.org', name: 'A' });
    expect(disqus).toMatch(AUTHOR_ID_PATTERN);
    expect(disqus.startsWith('a_imported_')).toBe(true);
    expect(importedAuthorId(hash, 'wordpress', { email: 'a@example.org', name: 'A' })).not.toBe(disqus);
  });

  it('does not mistake a name for an e-mail address', () => {
    expect(importedAuthorId(hash, 'disqus', { email: null, name: 'a@example.org' })).not.toBe(
      importedAuthorId(hash, 'disqus', { email: 'a@example.org', name: null }),
    );
  });
});
