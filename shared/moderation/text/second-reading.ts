/**
 * A run of spaced single letters that starts with a one-letter word (`He is a k i k e.`, `I saw a g o o k`)
 * joins into a word that matches nothing (`akike`), while the run may as well spell a word of its own
 * (`a s s h o l e`). `normalizeText` keeps the joined run and appends, after a space, the run read without
 * its first letter (`akike kike`), each letter mapped to where it was typed, so that a match in either
 * reading points at the comment's own letters. Only runs of four letters or more, evenly spaced.
 */
import type { NormalizedText } from './normalize';

/** Folded one-letter words of the readership's languages: `a`, `I`, Spanish `y`, `o`, `e`, `u`. */
const ONE_LETTER_WORDS = new Set([...'aioyeu'].map((c) => c.charCodeAt(0)));
export const startsAlone = (code: number): boolean => ONE_LETTER_WORDS.has(code);

const SP = 32;
const decoder = new TextDecoder('latin1');

interface Folded {
  source: string;
  /** The folded characters `[0, m)` and their source offsets, after pass 3 joined the runs. */
  out: Uint8Array;
  os: Uint32Array;
  m: number;
  hasWildcard: boolean;
}

/**
 * The folded text with a second reading after each run of `runs` (pairs of indexes into `singles`, the
 * single letters' positions before pass 3 dropped the gaps marked 0 in `keep`).
 */
export function secondReadings(
  f: Folded,
  singles: readonly number[],
  keep: Uint8Array,
  runs: readonly number[],
): NormalizedText {
  // Where each kept character of before the join now is.
  const moved = new Int32Array(keep.length).fill(-1);
  for (let q = 0, w = 0; q < keep.length; q++) if (keep[q]) moved[q] = w++;
  let extra = 0;
  for (let k = 0; k < runs.length; k += 2) extra += 1 + runs[k + 1]! - runs[k]!;
  const text = new Uint8Array(f.m + extra);
  const start = new Uint32Array(f.m + extra);
  let w = 0;
  let k = 0;
  for (let q = 0; q < f.m; q++) {
    text[w] = f.out[q]!;
    start[w++] = f.os[q]!;
    if (k < runs.length && q === moved[singles[runs[k + 1]!]!]) {
      text[w] = SP;
      start[w++] = f.os[q]!;
      for (let x = runs[k]! + 1; x <= runs[k + 1]!; x++) {
        const p = moved[singles[x]!]!;
        text[w] = f.out[p]!;
        start[w++] = f.os[p]!;
      }
      k += 2;
    }
  }
  return { source: f.source, text: decoder.decode(text.subarray(0, w)), start, hasWildcard: f.hasWildcard };
}
