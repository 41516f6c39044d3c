/**
 * Shouting and floods: the shape of a comment rather than its words.
 *
 * Shouting — a comment mostly in capitals, over a minimum number of letters, in any cased script (Latin,
 * Cyrillic, Greek). Acronyms in ordinary text (NATO, ISIS, IAEA) do not count: a short all-capital word
 * next to a lower-case word is left out of both counts, so `NATO and the EU` stays lower case while
 * `THE EU MUST ACT NOW` does not.
 *
 * Floods — one character repeated (`nooooooooo`, `!!!!!!!!!!`), a run of punctuation (`?!?!?!?!?!`,
 * `. . . . .`), a run of emoji, a syllable repeated (`jajajajajajajaja`), one word repeated
 * (`lies lies lies lies lies`) or a phrase of two or three words (`wake up wake up wake up …`). Separator lines (`-----`, `=====`) are not floods.
 *
 * Everything is one pass over the text with lookup tables; no regular expression touches it.
 */
import type { Evidence } from '../types';
import { once } from '../text/memo';
import { tokensOf } from '../text/tokens';
import { isDigit } from './contact-cues';

export interface ShoutingOptions {
  /** Fewest letters (acronyms left out) before capitals count as shouting. */
  minLetters: number;
  /** Share of those letters in capitals, 0..1. */
  capsShare: number;
}

export interface FloodOptions {
  /** The same character this many times in a row (letters, punctuation, emoji alike). */
  maxRepeatedChars: number;
  /** This many punctuation marks in a run with no letter or digit. */
  maxPunctuation: number;
  /** This many emoji in a run (spaces between them allowed). */
  maxEmoji: number;
  /** The same word this many times in a row (a phrase of two or three words, once more). */
  maxRepeatedWords: number;
}

// Case of BMP code points in the cased scripts: 1 lower, 2 upper, 0 uncased. Built on the first comment
// rather than at every cold start (1,536 case conversions).
const caseTable = once(() => {
  const table = new Uint8Array(0x600);
  for (let c = 0; c < 0x600; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    table[c] = ch === upper ? 2 : 1;
  }
  return table;
});
const caseOf = (cases: Uint8Array, c: number): number => (c < 0x600 ? cases[c]! : 0);

/** Acronyms are short: an all-capital word of at most this many letters next to lower case is one. */
const ACRONYM_MAX = 5;

/** Capitals over a minimum length; evidence with the share, or null. */
export function detectShouting(text: string, opts: ShoutingOptions): Evidence | null {
  const cases = caseTable();
  // Leaving acronyms out only lowers the share of capitals: most comments are settled by one count.
  let cased = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const k = caseOf(cases, text.charCodeAt(i));
    if (k === 0) continue;
    cased++;
    if (k === 2) capitals++;
  }
  if (cased < opts.minLetters || capitals < cased * opts.capsShare) return null;
  // Words as runs of cased letters: [start, end, lower, upper].
  const words: Array<[number, number, number, number]> = [];
  let w: [number, number, number, number] | null = null;
  for (let i = 0; i < text.length; i++) {
    const k = caseOf(cases, text.charCodeAt(i));
    if (k === 0) {
      if (w) words.push(w);
      w = null;
      continue;
    }
    w ??= [i, i, 0, 0];
    w[1] = i + 1;
    if (k === 1) w[2]++;
    else w[3]++;
  }
  if (w) words.push(w);
  let letters = 0;
  let upper = 0;
  let first = -1;
  let last = -1;
  const allCaps = (x: [number, number, number, number] | undefined) => x !== undefined && x[2] === 0;
  for (let q = 0; q < words.length; q++) {
    const [start, end, lo, up] = words[q]!;
    const isCaps = lo === 0 && up >= 2;
    if (isCaps && up <= ACRONYM_MAX) {
      const prev = words[q - 1];
      const next = words[q + 1];
      const lowerNeighbour = (prev !== undefined && !allCaps(prev)) || (next !== undefined && !allCaps(next));
      if (lowerNeighbour) continue;
    }
    letters += lo + up;
    if (isCaps || (lo === 0 && up === 1)) {
      upper += up;
      if (first < 0) first = start;
      last = end;
    }
  }
  if (letters < opts.minLetters || letters === 0) return null;
  const share = upper / letters;
  if (share < opts.capsShare) return null;
  return {
    kind: 'shape',
    value: 'capitals',
    span: [first, last],
    score: Math.round(share * 100) / 100,
    detail: `${upper} of ${letters} letters in capitals (limit ${Math.round(opts.capsShare * 100)}% of ${opts.minLetters}+)`,
  };
}

const isEmoji = (cp: number): boolean =>
  (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff);

// Character classes of the BMP for the flood scan, as bits.
const PUNCT = 1;
const SEPARATOR = 2; // `-_=—–─━*~#+`: separator lines are not floods
const ALNUM = 4; // letters and digits (syllable floods)
const DIGIT = 8;
const GLUE = 16; // between emoji of one run: space, joiner, variation selectors
const BREAK = 32; // whitespace that does not end a punctuation run
const FLOOD_CLASS = new Uint8Array(0x10000);
// Ranges, not a loop over the BMP with a test per code point: this table is built at every cold start.
for (const [from, to] of [
  [33, 47],
  [58, 64],
  [91, 96],
  [123, 126],
  [0xa1, 0xa1],
  [0xbf, 0xbf],
  [0x2010, 0x203a],
  [0x3000, 0x303f],
] as const)
  FLOOD_CLASS.fill(PUNCT, from, to + 1);
for (const [from, to] of [
  [48, 57],
  [65, 90],
  [97, 122],
  [0xc0, 0x1fff],
] as const)
  FLOOD_CLASS.fill(ALNUM, from, to + 1);
for (let c = 0xff01; c <= 0xff0f; c++) FLOOD_CLASS[c]! |= PUNCT;
for (let c = 48; c <= 57; c++) FLOOD_CLASS[c]! |= DIGIT;
for (const ch of '-_=—–─━*~#+') FLOOD_CLASS[ch.charCodeAt(0)]! |= SEPARATOR;
for (const c of [32, 0x200d, 0xfe0f, 0xfe0e]) FLOOD_CLASS[c]! |= GLUE;
FLOOD_CLASS[32]! |= BREAK;
FLOOD_CLASS[10]! |= BREAK;

/** Adds one piece of evidence per kind (`bit`); returns the new set of kinds found. */
function addOnce(
  out: Evidence[],
  found: number,
  bit: number,
  value: string,
  span: [number, number],
  detail: string,
): number {
  if (found & bit) return found;
  out.push({ kind: 'shape', value, span, detail });
  return found | bit;
}

/** Floods of characters, punctuation, emoji, syllables or words; evidence for each kind found. */
export function detectFlood(text: string, opts: FloodOptions): Evidence[] {
  const out: Evidence[] = [];
  let found = 0;
  const maxRepeated = opts.maxRepeatedChars;
  const maxPunctuation = opts.maxPunctuation;
  const maxEmoji = opts.maxEmoji;
  const minSyllableRun = maxRepeated * 2;
  let prev = -1;
  let repeatStart = 0;
  let repeat = 0;
  let punctStart = -1;
  let punct = 0;
  let emojiStart = -1;
  let emoji = 0;
  let run2 = 0;
  let run3 = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const unit = text.charCodeAt(i);
    let c = unit;
    let size = 1;
    let k = FLOOD_CLASS[unit]!;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < len) {
      c = text.codePointAt(i)!;
      size = 2;
      k = 0;
    }
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    // The same character again.
    if (folded === prev && c > 32 && (k & (DIGIT | SEPARATOR)) === 0) {
      repeat++;
      if (repeat >= maxRepeated && (found & 1) === 0)
        found = addOnce(
          out,
          found,
          1,
          'repeated_character',
          [repeatStart, i + size],
          `${repeat}+ times "${String.fromCodePoint(c)}"`,
        );
    } else {
      prev = folded;
      repeatStart = i;
      repeat = 1;
    }
    // Punctuation with nothing but spaces between.
    if ((k & PUNCT) !== 0 && (k & SEPARATOR) === 0) {
      if (punctStart < 0) punctStart = i;
      punct++;
      if (punct >= maxPunctuation && (found & 2) === 0)
        found = addOnce(
          out,
          found,
          2,
          'punctuation',
          [punctStart, i + 1],
          `${punct}+ punctuation marks in a row`,
        );
    } else if ((k & BREAK) === 0) {
      punctStart = -1;
      punct = 0;
    }
    // Emoji, spaces and joiners between them allowed.
    if (c >= 0x2600 && isEmoji(c)) {
      if (emojiStart < 0) emojiStart = i;
      emoji++;
      if (emoji >= maxEmoji && (found & 4) === 0)
        found = addOnce(out, found, 4, 'emoji', [emojiStart, i + size], `${emoji}+ emoji in a row`);
    } else if ((k & GLUE) === 0 && !(c >= 0x1f3fb && c <= 0x1f3ff)) {
      emojiStart = -1;
      emoji = 0;
    }
    // Syllables: two or three letters repeated (`jajaja…`), twice as long as a repeated character.
    if ((k & ALNUM) !== 0) {
      run2 = i >= 2 && (unit | 32) === (text.charCodeAt(i - 2) | 32) ? run2 + 1 : 0;
      run3 = i >= 3 && (unit | 32) === (text.charCodeAt(i - 3) | 32) ? run3 + 1 : 0;
      if ((found & 8) === 0 && (run2 + 2 >= minSyllableRun || run3 + 3 >= minSyllableRun)) {
        const u = run2 + 2 >= minSyllableRun ? 2 : 3;
        const r = u === 2 ? run2 : run3;
        found = addOnce(
          out,
          found,
          8,
          'repeated_syllable',
          [i + 1 - r - u, i + 1],
          `"${text.slice(i + 1 - u, i + 1)}" repeated`,
        );
      }
    } else {
      run2 = 0;
      run3 = 0;
    }
    if (size === 2) i++;
  }

  // Words: the same word again and again. A word the tokenizer splits at an apostrophe or a hyphen
  // (`don't`, `l'état`, `vran'yo`) counts as one: read word by word as the tokens go, with no copy made.
  const { tokens } = tokensOf(text);
  let same = 1;
  let runStart = 0;
  let previous = '';
  let previousStart = 0;
  let word = '';
  // A phrase of two or three words again and again (`wake up wake up wake up …`, round 32): words equal to
  // the word two (three) back, in a row; a phrase said n times makes (n − 1) × 2 (× 3) of them. A phrase
  // needs one more time than a word (`it's fine, it's fine, …` five times is still a reply, not a flood).
  let back2 = '';
  let back3 = '';
  let start2 = 0;
  let start3 = 0;
  let phraseRun2 = 0;
  let phraseRun3 = 0;
  let from2 = 0;
  let from3 = 0;
  let start = 0;
  let end = -2;
  // One step past the last token, to end the last word.
  for (let q = 0; q <= tokens.length; q++) {
    const t = tokens[q];
    // A decimal number is one word too (round 114, `dev119`: `49.3 49.3 49.3 …`, the article of the constitution).
    const decimal =
      (text[end] === '.' || text[end] === ',') &&
      isDigit(text.charCodeAt(end - 1)) &&
      isDigit(text.charCodeAt(end + 1));
    if (t && t.start === end + 1 && (JOINERS.has(text[end]!) || decimal)) {
      word += text[end]! + t.text;
      end = t.end;
      continue;
    }
    if (end >= 0) {
      if (word === previous && word.length > 1) {
        same++;
        if (same >= opts.maxRepeatedWords && (found & 16) === 0)
          found = addOnce(
            out,
            found,
            16,
            'repeated_word',
            [runStart, end],
            `"${word}" ${same}+ times in a row`,
          );
      } else {
        same = 1;
        runStart = start;
      }
      const repeats = word !== previous && word.length > 1;
      if (repeats && word === back2) {
        if (phraseRun2++ === 0) from2 = start2;
      } else phraseRun2 = 0;
      if (repeats && word === back3) {
        if (phraseRun3++ === 0) from3 = start3;
      } else phraseRun3 = 0;
      const phrase =
        phraseRun2 >= opts.maxRepeatedWords * 2 ? 2 : phraseRun3 >= opts.maxRepeatedWords * 3 ? 3 : 0;
      if (phrase > 0 && (found & 32) === 0)
        found = addOnce(
          out,
          found,
          32,
          'repeated_word',
          [phrase === 2 ? from2 : from3, end],
          `a phrase of ${phrase} words ${opts.maxRepeatedWords + 1}+ times in a row`,
        );
      back3 = back2;
      start3 = start2;
      back2 = previous;
      start2 = previousStart;
      previous = word;
      previousStart = start;
    }
    if (!t) break;
    word = t.text;
    start = t.start;
    end = t.end;
  }
  return out;
}

/** What joins two tokens into one word (`don't`, `well-known`). */
const JOINERS = new Set(["'", '’', '-']);
