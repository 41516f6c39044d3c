import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batches, splitSegments } from '../../../shared/moderation/toxicity/segments';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('splitSegments', () => {
  it('keeps a short text in one segment', () => {
    expect(splitSegments('Short comment.')).toEqual([{ text: 'Short comment.', start: 0, end: 14 }]);
  });

  it('cuts after whitespace, under 1,000 bytes each', () => {
    const text = 'word '.repeat(500);
    const segments = splitSegments(text);
    expect(segments.length).toBe(3);
    for (const s of segments) {
      expect(bytes(s.text)).toBeLessThanOrEqual(1000);
      expect(s.text.endsWith(' ')).toBe(true);
    }
  });

  it('counts UTF-8 bytes, not characters', () => {
    const segments = splitSegments('ж'.repeat(1200));
    expect(segments.map((s) => bytes(s.text))).toEqual([1000, 1000, 400]);
  });

  it('covers the text exactly, never splits a code point and stays within the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.integer({ min: 4, max: 1000 }),
        (text, max) => {
          const segments = splitSegments(text, max);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          let at = 0;
          for (const s of segments) {
            expect(s.start).toBe(at);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(bytes(s.text)).toBeLessThanOrEqual(max);
            expect(s.text.isWellFormed()).toBe(true);
            at = s.end;
          }
        },
      ),
    );
  });

  it('groups segments ten to a request', () => {
    expect(batches([...Array(23).keys()]).map((b) => b.length)).toEqual([10, 10, 3]);
  });
});
