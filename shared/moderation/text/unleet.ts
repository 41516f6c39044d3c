/**
 * Disguises undone, keeping every offset, for the checks whose word lists are not obfuscation resistant
 * (the term matcher's are): the hate and threats checks read a comment a second time this way, and spans
 * into the result are spans into the comment.
 *
 * - Leetspeak inside Latin words: `R@tten` → `Ratten`, `J3ws` → `Jews`, `tod0s` → `todos`. A character is
 *   replaced only between two Latin letters, so numbers, codes and dates stay as they are (`G7`, `F-16`,
 *   `2024`; `H5N1` becomes `HSN1`, which names nothing). Inside Cyrillic words likewise, with the Cyrillic
 *   look-alikes (`т3бе` → `тебе`, `з@р€жу` → `зарежу`).
 * - Words written in leetspeak throughout, digits at their edges too (`t1 4mm4zz0`, `v41 m0rr3r`): a word
 *   of Latin letters and the digits 0 1 3 4 5 7, with two letters at least, that is not a number with a
 *   unit or an ordinal (`10am`, `3rd`, `24h`).
 * - Letters spaced out (`у б ь ю`, `k i l l`, `d.i.e`): three single letters or more, each apart from the
 *   next by one space or dot, joined by soft hyphens, which the tokenizer drops inside a word.
 */
import type { CheckResult } from '../types';
import { memoLast } from './memo';
import { inCyrillic } from './translit';

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const IN_WORD = /(?<=\p{Script=Latin})[013457@$!|](?=\p{Script=Latin})/gu;
/** The same inside Cyrillic words: `т3бе`, `з@р€жу`, `нар0ду`, `д36ил`, `пр!б'ю`. */
const CYRILLIC_LEET: Readonly<Record<string, string>> = {
  '0': 'о',
  '1': 'и',
  '3': 'е',
  '4': 'ч',
  '6': 'б',
  '@': 'а',
  $: 'с',
  '!': 'и',
  '€': 'е',
};
const IN_CYRILLIC_WORD = /(?<=\p{Script=Cyrillic})[01346@$!€]{1,3}(?=\p{Script=Cyrillic})/gu;
const IN_CYRILLIC_WORD_ANY = new RegExp(IN_CYRILLIC_WORD.source, 'u');

/** A word of Latin letters and leet digits (one of them at least: `leetWord`); one pass, no backtracking across words. */
const LEET_WORD = /(?<![\p{L}\p{N}])[\p{Script=Latin}013457]+(?![\p{L}\p{N}])/gu;
const LEET_DIGIT = /[013457]/;
const UNIT_OR_ORDINAL = /^\d+\p{L}{1,3}$/u;
const LATIN = /\p{Script=Latin}/gu;
/** Three single letters or more, each apart from the next by one space or dot. */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .]\p{L}){2,}(?![\p{L}\p{N}])/gu;
const SOFT_HYPHEN = '\u00AD';

const leetWord = (w: string): string =>
  !LEET_DIGIT.test(w) || (w.match(LATIN)?.length ?? 0) < 2 || UNIT_OR_ORDINAL.test(w)
    ? w
    : w.replace(/[013457]/g, (c) => LEET[c]!);

/** A leet digit against a letter: what a word in leetspeak throughout has, checked before that pass. */
const LEET_NEAR = /\p{L}[013457]|[013457]\p{L}/u;
const SPACED_ANY = new RegExp(SPACED.source, 'u');
const IN_WORD_ANY = new RegExp(IN_WORD.source, 'u');

/**
 * `source` with its disguises undone, offset for offset; `source` itself when it has none. Kept for the
 * last few comments (`memoLast`): the hate and threats checks read the same one, one after the other.
 */
export const unleet = memoLast((source: string): string => {
  let plain = source;
  if (IN_WORD_ANY.test(plain)) plain = plain.replace(IN_WORD, (c) => LEET[c]!);
  if (IN_CYRILLIC_WORD_ANY.test(plain))
    plain = plain.replace(IN_CYRILLIC_WORD, (run) => [...run].map((c) => CYRILLIC_LEET[c]!).join(''));
  if (LEET_NEAR.test(plain)) plain = leetThroughout(plain.replace(LEET_WORD, leetWord), source);
  if (SPACED_ANY.test(plain)) plain = plain.replace(SPACED, (run) => run.replace(/[ .]/g, SOFT_HYPHEN));
  return plain;
});

/** A word of one Latin letter and one or two leet digits (`t3`, `j3`, `4a`; round 83: `d13`), or a leet digit alone. */
const SHORT_LEET =
  /(?<![\p{L}\p{N}])(?:\p{Script=Latin}[013457]{1,2}|[013457]{1,2}\p{Script=Latin}|[0134])(?![\p{L}\p{N}])/gu;
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * In a comment written in leetspeak throughout (round 64: `t3 v4m0s 4 m4t4r`), where at least three words and at
 * least half of them were leet, the words too short for `leetWord` are leet as well: `t3` → `te`, a lone `4` → `a`.
 * `read` is the text after the word pass, `before` the comment (same length: one character for one).
 */
function leetThroughout(read: string, before: string): string {
  let words = 0;
  let leet = 0;
  for (const m of before.matchAll(WORDS)) {
    words++;
    if (read.slice(m.index, m.index + m[0].length) !== m[0]) leet++;
  }
  if (leet < 3 || leet * 2 < words) return read;
  return read.replace(SHORT_LEET, (w) => w.replace(/[013457]/g, (c) => LEET[c]!));
}

/**
 * Which of two readings of a comment a check answers with: a rejection from the second wins, else the
 * first's hold, else the second's.
 */
export const preferred = (first: CheckResult, second: CheckResult): CheckResult =>
  second.outcome === 'reject' || first.outcome === 'pass' ? second : first;

/** Every disguise undone: Russian typed in Latin letters read in Cyrillic (`text/translit.ts`), then `unleet`. */
export const undisguised = (body: string): string => unleet(inCyrillic(body));

/**
 * A check's reading of a comment, and of the comment with its disguises undone (`undo`: by default every
 * one — leetspeak, spaced letters, Russian typed in Latin letters read in Cyrillic) when it has some and the
 * first reading rejected nothing (`preferred`). The first reading shares the other checks' token scan; only
 * such comments pay the second.
 */
export function readUndisguised(
  body: string,
  read: (text: string) => CheckResult,
  undo: (body: string) => string = undisguised,
): CheckResult {
  const first = read(body);
  if (first.outcome === 'reject') return first;
  const plain = undo(body);
  if (plain === body) return first;
  return preferred(first, read(plain));
}
