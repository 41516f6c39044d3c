/**
 * Words of a comment, for the phrase detectors: the folded text (`fold.ts`) cut into tokens that carry
 * their place in the source, their sentence, and whether they sit inside quotation marks.
 *
 * - A token is a run of letters and digits (any script); invisible characters and combining marks inside
 *   it are skipped, an apostrophe or a hyphen ends it (`you're` → `you`, `re`; `sub-human` → `sub`,
 *   `human`), so patterns are written the same way and folded by the same code.
 * - `@name` (not preceded by a letter, as in an e-mail address) is one token with the text `@`: a
 *   handle, i.e. someone addressed in the thread.
 * - A sentence ends at `.`, `!`, `?`, `;`, `…` or a line break (not at a dot followed by a lower-case
 *   letter or a digit: `no. 5`, `e.g. this`, `2.800`); phrase matches never cross one.
 * - Quotation: straight double quotes, “ ” „ « » ‹ › and single quotes that open before a word and close
 *   after one; a quote left open at the end of the text quotes nothing, and so does one nothing frames as
 *   someone else's words (`quotations.ts`).
 */
import { foldText, SKIP } from './fold';
import type { FoldedText } from './fold';
import { emojiWord } from './emoji-words';
import { memoLast } from './memo';
import { quotationsAreOwnWords } from './quotations';

export const WORD = 0;
export const NUMBER = 1;
export const HANDLE = 2;

export interface Token {
  /** Folded letters and digits (`@` for a handle). */
  readonly text: string;
  readonly kind: typeof WORD | typeof NUMBER | typeof HANDLE;
  /** [start, end) UTF-16 offsets into the source (and the folded text, which has the same length). */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly quoted: boolean;
  /**
   * Which word classes (`phrases.ts` `wordClass`) the token belongs to, as bits, computed on first use
   * (`flagsVersion` −1 until then). Internal to `wordClass`.
   */
  flags: number;
  flags2: number;
  flags3: number;
  /** The bits of the classes after the first 90 (30 a number), shared by every token of one word. */
  moreFlags: readonly number[] | null;
  flagsVersion: number;
  /** The token's entry in the phrase table, kept with the flags (internal to `phrases.ts`). */
  lexicon: unknown;
  /** `hashWord(text)`, computed while tokenizing: the phrase table is looked up without hashing strings. */
  readonly hash: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a folded word's UTF-16 units: what `Token.hash` holds for that word. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Where a word written in camel case (`KillAllJews`, `#ShootTheMayor`) is cut into its words: before each
 * capital that follows a lower-case letter (or that starts a word after capitals: `IWill`), for a hashtag,
 * or for a word of three parts or more; null when the word stays whole (`YouTube`, `McDonald`, `iPhone`
 * are names, not phrases).
 */
function camelCuts(source: string, from: number, to: number): number[] | null {
  const hashtag = source.charCodeAt(from - 1) === 35; /* # */
  // Three parts need five letters at least (`aBcDe`); most words are shorter and are passed at once.
  if (!hashtag && to - from < 5) return null;
  let cuts: number[] | null = null;
  for (let k = from + 1; k < to; k++) {
    if (!isUpper(source.charCodeAt(k))) continue;
    const before = source.charCodeAt(k - 1);
    // `…lK…`, or a capital that starts a word after capitals (`IWill`, `NATOSummit`).
    if (isLower(before) || (isUpper(before) && isLower(source.charCodeAt(k + 1)))) (cuts ??= []).push(k);
  }
  if (cuts === null) return null;
  return cuts.length >= 2 || hashtag ? cuts : null;
}

export interface Tokens {
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
}

// Character classes for the BMP, computed lazily: 1 letter, 2 digit, 3 other.
const CLASS = new Uint8Array(0x10000);
const LETTER_RE = /\p{L}/u;
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k !== 0) return k;
  if (c >= 48 && c <= 57) k = 2;
  else if (c >= 0xd800 && c <= 0xdfff) k = 3;
  else k = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 3;
  CLASS[c] = k;
  return k;
}

/**
 * Whether the apostrophe at `i` follows a word and the punctuation that ends the quoted sentence
 * (`'We know where you live.'`, `'Leave now!'`): it closes a quotation an apostrophe opened.
 */
function endsQuotedSentence(t: string, i: number): boolean {
  let k = i - 1;
  while (k > 0 && QUOTED_END.has(t.charCodeAt(k))) k--;
  return k < i - 1 && isWordCode(t.charCodeAt(k));
}
/** `.`, `!`, `?`, `,`, `…` */
const QUOTED_END = new Set([46, 33, 63, 44, 0x2026]);

const SENTENCE_END = new Set([46, 33, 63, 59, 10, 0x2026, 0x3002, 0xff01, 0xff1f, 0x061f]);
const OPEN_QUOTES = new Set([0x201c, 0x201e, 0xab, 0x2039, 0x300c, 0x201a]);
const CLOSE_QUOTES = new Set([0x201d, 0x201c, 0xbb, 0x203a, 0x300d]);
const AT = 64;
const UNDERSCORE = 95;
const QUOTE = 34;
const APOSTROPHE = 39;

const isWordCode = (c: number): boolean => c === SKIP || classOf(c) !== 3;

/**
 * A token, always with the same shape (property order and types), so reads stay monomorphic.
 *
 * Built by a constructor, not an object literal: V8 tracks where literals are allocated and, seeing the
 * tokens of a comment outlive a young collection (the memos keep them while the checks run), moved this
 * one to old-space allocation. A comment's tokens then went straight to the old generation, and while
 * they waited for a full collection, everything they pointed to (their phrase-table entries, whatever
 * the memos held) was kept and promoted with them. Measured after warm-up (`v8.getHeapSpaceStatistics`):
 * the old space grew by about 24 KB per comment, and by none with a constructor.
 */
class TokenRecord implements Token {
  readonly text: string;
  readonly kind: Token['kind'];
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly quoted: boolean;
  flags = 0;
  flags2 = 0;
  flags3 = 0;
  moreFlags: readonly number[] | null = null;
  flagsVersion = -1;
  lexicon: unknown = null;
  readonly hash: number;

  constructor(
    text: string,
    kind: Token['kind'],
    start: number,
    end: number,
    sentence: number,
    quoted: boolean,
    hash: number,
  ) {
    this.text = text;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.quoted = quoted;
    this.hash = hash;
  }
}

// Non-word characters the tokenizer acts on: 1 sentence end, 2 quotation mark, 3 `@`.
const ACTION = new Uint8Array(0x10000);
for (const c of SENTENCE_END) ACTION[c] = 1;
for (const c of [...OPEN_QUOTES, ...CLOSE_QUOTES, QUOTE, APOSTROPHE, 0xbb, 0xab]) ACTION[c] = 2;
ACTION[AT] = 3;

function continuesAfterDot(source: string, i: number): boolean {
  let j = i + 1;
  const spaced = source.charCodeAt(j) === 32;
  if (spaced) j++;
  const ch = source[j];
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  if (!(ch !== ch.toUpperCase() && ch === ch.toLowerCase())) return false;
  // Lower case after `. ` still ends a sentence after a word of four letters or more that abbreviates nothing
  // (round 62: `a ona detei spryatala. vot geroi …`); `e.g. this`, `no. 5`, `approx. two` go on.
  return !(spaced && endsSentenceInLowerCase(source, i));
}

const LETTER = /\p{L}/u;
/** Words of four letters or more that are written with a full stop and go on in lower case (shorter ones go on anyway). */
const ABBREVIATIONS = new Set(
  'approx incl excl resp dept govt corp vols evtl bspw inkl zzgl etwa sept prof gral avda pags'.split(' '),
);

/** Whether the word before the dot at `i` is a word of four letters or more, not an abbreviation. */
function endsSentenceInLowerCase(source: string, i: number): boolean {
  let k = i;
  while (k > 0 && LETTER.test(source[k - 1]!)) k--;
  const word = source.slice(k, i);
  if (word.length < 4 || (k > 0 && source[k - 1] === '.')) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokenizes `source` (folding it first). */
export function tokenize(source: string): Tokens {
  const folded = foldText(source);
  const t = folded.text;
  const len = t.length;
  const tokens: Token[] = [];
  let sentence = 0;
  let quote = 0; // the code point that opened the current quotation, 0 when none
  let quoteFrom = -1; // index of the first token inside it
  let quotations = 0; // closed ones
  let i = 0;
  while (i < len) {
    const c = t.charCodeAt(i);
    const k = c === SKIP ? 1 : classOf(c);
    if (k !== 3) {
      let j = i + 1;
      let digits = k === 2;
      let skipped = c === SKIP;
      let h = skipped ? FNV_OFFSET : Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      for (; j < len; j++) {
        const d = t.charCodeAt(j);
        if (d === SKIP) {
          skipped = true;
          continue;
        }
        const kd = classOf(d);
        if (kd === 3) break;
        if (kd === 1) digits = false;
        h = Math.imul(h ^ d, FNV_PRIME);
      }
      const text = skipped ? t.slice(i, j).replaceAll('\u00ad', '') : t.slice(i, j);
      const cuts = digits ? null : camelCuts(source, i, j);
      if (cuts) {
        for (let p = 0, from = i; p <= cuts.length; p++) {
          const to = cuts[p] ?? j;
          const piece = t.slice(from, to).replaceAll('\u00ad', '');
          if (piece.length > 0)
            tokens.push(new TokenRecord(piece, WORD, from, to, sentence, quote !== 0, hashWord(piece)));
          from = to;
        }
      } else if (text.length > 0)
        tokens.push(new TokenRecord(text, digits ? NUMBER : WORD, i, j, sentence, quote !== 0, h));
      i = j;
      continue;
    }
    // An emoji that stands for a word in abuse is read as that word (`emoji-words.ts`).
    if (c >= 0xd800 && c <= 0xdbff) {
      const word = emojiWord(t.codePointAt(i)!);
      if (word !== undefined) {
        tokens.push(new TokenRecord(word, WORD, i, i + 2, sentence, quote !== 0, hashWord(word)));
        i += 2;
        continue;
      }
    }
    const action = ACTION[c]!;
    if (action === 0) {
      i++;
      continue;
    }
    if (action === 3) {
      if ((i === 0 || !isWordCode(t.charCodeAt(i - 1))) && i + 1 < len) {
        let j = i + 1;
        while (j < len && (isWordCode(t.charCodeAt(j)) || t.charCodeAt(j) === UNDERSCORE)) j++;
        if (j > i + 1) {
          tokens.push(new TokenRecord('@', HANDLE, i, j, sentence, quote !== 0, 0));
          i = j;
          continue;
        }
      }
      i++;
      continue;
    }
    if (action === 1) {
      // A dot before a lower-case letter or a digit (`no. 5`, `e.g. the`, `2.800`, `x.com`) does not
      // end a sentence.
      if (c !== 46 || !continuesAfterDot(source, i)) sentence++;
      i++;
      continue;
    }
    // Quotation marks.
    const prevWord = i > 0 && isWordCode(t.charCodeAt(i - 1));
    const nextWord = i + 1 < len && isWordCode(t.charCodeAt(i + 1));
    if (quote === 0) {
      const opens =
        OPEN_QUOTES.has(c) ||
        c === 0xbb ||
        c === 0x201d ||
        c === QUOTE ||
        (c === APOSTROPHE && !prevWord && nextWord);
      if (opens) {
        quote = c;
        quoteFrom = tokens.length;
      }
    } else {
      const closes =
        quote === APOSTROPHE
          ? c === APOSTROPHE && (prevWord || endsQuotedSentence(t, i)) && !nextWord
          : quote === QUOTE
            ? c === QUOTE
            : CLOSE_QUOTES.has(c) || c === 0xab || c === QUOTE;
      if (closes) {
        quote = 0;
        quotations++;
      }
    }
    i++;
  }
  // A quotation never closed quotes nothing; nor do quotations that are the comment's own words.
  const unquote = (from: number, to: number) => {
    for (let q = from; q < to; q++) {
      const t = tokens[q]!;
      tokens[q] = new TokenRecord(t.text, t.kind, t.start, t.end, t.sentence, false, t.hash);
    }
  };
  if (quote !== 0 && quoteFrom >= 0) unquote(quoteFrom, tokens.length);
  if (quotations > 0 && quotationsAreOwnWords(tokens)) unquote(0, tokens.length);
  return { folded, tokens };
}

/** `tokenize` with a small memo, so the detectors of one comment tokenize it once. */
export const tokensOf = memoLast(tokenize);
