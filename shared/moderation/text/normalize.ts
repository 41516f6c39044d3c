/**
 * Folds a comment into the form term matching runs on, keeping a map back to the original text so
 * evidence can point at what the author actually typed.
 *
 * What it undoes (in this order):
 * - invisible characters (zero-width space/joiners, soft hyphen, bidi controls, variation selectors,
 *   combining marks) are dropped, so `s\u200Bhit` and `shi\u0308t` read `shit`;
 * - Unicode confusables (Cyrillic/Greek look-alikes, full-width, mathematical letters) are mapped with
 *   obscenity's confusables table (but `ß` is `s`, as in `fold.ts`, not the table's `b`), then diacritics
 *   are stripped (NFKD) and ASCII is lower-cased;
 * - inside a word, leetspeak is resolved with obscenity's leet table (`1d10t` → `idiot`, `a$$` → `ass`,
 *   `b!tch` → `bitch`); a word made only of digits (`1488`, `2024`) is left alone, and a `!` or `|` at a
 *   word's edge stays punctuation (`idiot!` is not `idioti`);
 * - punctuation inside a word is dropped (`i.d.i.o.t`, `f-u-c-k`, `sub-human`, `you're` → `youre`), and
 *   an in-word `*` is kept as a wildcard mark (`f*ck`) that the matcher knows about, a run of them
 *   cut to MAX_STAR_RUN;
 * - three or more single letters separated by at most three spaces or punctuation marks are joined
 *   (`f u c k`, `k y s`, `s. h. i. t`), a wider gap in such a run staying a space (`y o u  a r e`); a run
 *   that starts with a one-letter word is also read without it (`a k i k e`: second-reading.ts);
 * - in a hashtag, a capital after a lower-case letter starts a word (`#NiggersOut` → `niggers out`);
 * - runs of whitespace collapse to one space (a line break wins, as it ends a sentence).
 * Repeated letters (`stuuupid`) are left in place: the compiled patterns accept any repetition.
 *
 * The output is pure ASCII; characters with no ASCII reading (CJK, Arabic, emoji) become a space, which
 * is a word boundary for the matcher. Everything is table-driven and allocation-light: this runs once
 * per comment body for every term check and the lexicon.
 */
import { resolveConfusablesTransformer, resolveLeetSpeakTransformer } from './obscenity-parts';
import { memoLast, once } from './memo';
import { isInvisible } from './invisible';
import { secondReadings, startsAlone } from './second-reading';

export interface NormalizedText {
  /** The original text, and `text` the folded one (ASCII, lower case). */
  readonly source: string;
  readonly text: string;
  /** `start[i]`: UTF-16 offset in `source` of the code point that produced `text[i]`. */
  readonly start: Readonly<Uint32Array>;
  /** True when an in-word `*` survived (`f*ck`); the matcher then also tries its wildcard patterns. */
  readonly hasWildcard: boolean;
}

// Character classes of the folded stream.
const LETTER = 1;
const DIGIT = 2;
const LEET = 3; // @ $ ! |
const STAR = 4;
const JOINER = 5; // . - _ ' ` ~
const SPACE = 6;
const BREAK = 7; // line break
const OTHER = 8;

/**
 * The longest run of `*` kept inside a word (`f*ck`, `a**hole`): each hidden inner letter may take one or
 * more stars, so a run of hundreds would let the matcher try every way of sharing them out among a term's
 * letters (`m` + 40 stars took 6 s). Capped, matching stays linear; censored words rarely hide more.
 */
export const MAX_STAR_RUN = 3;

const SP = 32;
const NL = 10;
const STAR_CODE = 42;

const CLASS = new Uint8Array(128).fill(OTHER);
for (let c = 97; c <= 122; c++) CLASS[c] = LETTER;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const ch of '@$!|') CLASS[ch.charCodeAt(0)] = LEET;
for (const ch of ".-_'`~") CLASS[ch.charCodeAt(0)] = JOINER;
CLASS[STAR_CODE] = STAR;
CLASS[SP] = SPACE;
CLASS[NL] = BREAK;

/** Word characters: what a token is made of. */
const isWordish = (k: number): boolean => k === LETTER || k === DIGIT || k === LEET || k === STAR;

/** Leet readings, from obscenity's table, restricted to the characters we treat as leet. */
const LEET_TO_LETTER = new Uint8Array(128);
{
  const leet = resolveLeetSpeakTransformer();
  if (!('transform' in leet)) throw new Error('obscenity leet transformer shape changed');
  for (const ch of '0123456789@$!|') {
    const code = ch.charCodeAt(0);
    const mapped = leet.transform(code);
    if (mapped !== undefined && mapped >= 97 && mapped <= 122) LEET_TO_LETTER[code] = mapped;
  }
}

/** obscenity's confusables table (a map of thousands of entries), built on the first non-ASCII letter. */
const resolveConfusable = once(() => {
  const confusables = resolveConfusablesTransformer();
  if (!('transform' in confusables)) throw new Error('obscenity confusables transformer shape changed');
  return confusables.transform;
});

/** ASCII folding: lower-case letters, whitespace to space/line break, control characters dropped. */
const ASCII_FOLD = new Int16Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) ASCII_FOLD[c] = c + 32;
  else if (c === 10 || c === 11 || c === 12 || c === 13) ASCII_FOLD[c] = NL;
  else if (c === 9) ASCII_FOLD[c] = SP;
  else if (c < 32 || c === 127) ASCII_FOLD[c] = -1;
  else ASCII_FOLD[c] = c;
}

const MARKS = /\p{M}/gu;

/** Folded ASCII codes for a non-ASCII code point ('' = drop it); computed once per code point. */
const foldCache = new Map<number, string>();
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x02b9, 0xff07, 0x00b4]);
const DOTS = new Set([0x00b7, 0x2022, 0x2027, 0x2219, 0x22c5, 0x30fb, 0x2024]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]);

function foldNonAscii(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (isInvisible(cp)) out = '';
  else if (APOSTROPHES.has(cp)) out = "'";
  else if (DOTS.has(cp)) out = '.';
  else if (DASHES.has(cp)) out = '-';
  else if (/\s/u.test(String.fromCodePoint(cp))) out = cp === 0x2028 || cp === 0x2029 ? '\n' : ' ';
  else if (cp === 0xdf || cp === 0x1e9e) out = 's';
  else {
    const conf = resolveConfusable()(cp) ?? cp;
    if (conf < 128) out = String.fromCharCode(conf).toLowerCase();
    else {
      const decomposed = String.fromCodePoint(conf).normalize('NFKD').replace(MARKS, '').toLowerCase();
      // Keep only short, purely ASCII readings (é → e, ﬁ → fi); anything else is a separator.
      out = /^[a-z0-9]{1,3}$/.test(decomposed) ? decomposed : ' ';
    }
  }
  foldCache.set(cp, out);
  return out;
}

const decoder = new TextDecoder('latin1');

// Scratch buffers reused across calls: typed-array allocation costs more than the folding itself.
let codes = new Uint8Array(4096);
let s1 = new Uint32Array(4096);
let out = new Uint8Array(4096);
let os = new Uint32Array(4096);

function ensureCapacity(cap: number): void {
  if (codes.length >= cap) return;
  const size = Math.max(cap, codes.length * 2);
  codes = new Uint8Array(size);
  s1 = new Uint32Array(size);
  out = new Uint8Array(size);
  os = new Uint32Array(size);
}

/** Folds `source` as described in the module comment. */
export function normalizeText(source: string): NormalizedText {
  const len = source.length;
  // Pass 1: per code point folding. A code point yields at most 3 ASCII characters.
  ensureCapacity(len * 3 + 1);
  let n = 0;
  let hashtag = false;
  for (let i = 0; i < len;) {
    const cu = source.charCodeAt(i);
    if (cu < 128) {
      const f = ASCII_FOLD[cu]!;
      if (f >= 0) {
        // In a hashtag, a capital after a lower-case letter starts a word (`#NiggersOut`). Not elsewhere:
        // random capitals are a disguise of one word (`iDiOt`), read whole.
        if (cu === 35) hashtag = true;
        else if (hashtag) {
          if (!((cu >= 65 && cu <= 90) || (cu >= 97 && cu <= 122) || (cu >= 48 && cu <= 57))) hashtag = false;
          else if (cu <= 90 && cu >= 65) {
            const before = source.charCodeAt(i - 1);
            if (before >= 97 && before <= 122) {
              codes[n] = SP;
              s1[n] = i;
              n++;
            }
          }
        }
        codes[n] = f;
        s1[n] = i;
        n++;
      }
      i++;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const folded = foldNonAscii(cp);
    for (let k = 0; k < folded.length; k++) {
      codes[n] = folded.charCodeAt(k);
      s1[n] = i;
      n++;
    }
    i += cp > 0xffff ? 2 : 1;
  }

  // Pass 2: tokens (runs of word characters, with short in-word punctuation runs), leet inside
  // tokens, whitespace collapsed. Single-letter tokens are recorded for pass 3.
  let m = 0;
  let hasWildcard = false;
  const singles: number[] = [];
  let i = 0;
  while (i < n) {
    const k = CLASS[codes[i]!]!;
    if (!isWordish(k)) {
      if (k === SPACE || k === BREAK) {
        // Collapse whitespace; a line break wins over spaces.
        const prev = m > 0 ? out[m - 1]! : -1;
        if (prev === SP || prev === NL) {
          if (k === BREAK && prev === SP) out[m - 1] = NL;
        } else {
          out[m] = k === BREAK ? NL : SP;
          os[m] = s1[i]!;
          m++;
        }
      } else {
        out[m] = codes[i]!;
        os[m] = s1[i]!;
        m++;
      }
      i++;
      continue;
    }
    // Extend the token: word characters, or a run of up to two joiners followed by a word character.
    let j = i + 1;
    let hasLetter = k === LETTER;
    for (;;) {
      if (j >= n) break;
      const kj = CLASS[codes[j]!]!;
      if (isWordish(kj)) {
        if (kj === LETTER) hasLetter = true;
        j++;
        continue;
      }
      if (kj === JOINER) {
        let r = j + 1;
        while (r < n && r - j < 3 && CLASS[codes[r]!] === JOINER) r++;
        if (r < n && r - j <= 2 && isWordish(CLASS[codes[r]!]!)) {
          j = r;
          continue;
        }
      }
      break;
    }
    // Edge `!`/`|` are punctuation, not letters.
    let a = i;
    let b = j;
    while (a < b && (codes[a] === 33 || codes[a] === 124)) a++;
    while (b > a && (codes[b - 1] === 33 || codes[b - 1] === 124)) b--;
    for (let q = i; q < a; q++) {
      out[m] = codes[q]!;
      os[m] = s1[q]!;
      m++;
    }
    const tokenStart = m;
    let stars = 0;
    for (let q = a; q < b; q++) {
      const c = codes[q]!;
      const kc = CLASS[c]!;
      let emit = c;
      if (hasLetter) {
        if (kc === JOINER) continue;
        if (kc === DIGIT || kc === LEET) emit = LEET_TO_LETTER[c] || c;
        else if (kc === STAR && q !== a && q !== b - 1) hasWildcard = true;
      }
      // A longer run of stars reads as MAX_STAR_RUN of them (see the constant).
      if (kc === STAR) {
        if (++stars > MAX_STAR_RUN) continue;
      } else stars = 0;
      out[m] = emit;
      os[m] = s1[q]!;
      m++;
    }
    if (m - tokenStart === 1 && CLASS[out[tokenStart]!] === LETTER) singles.push(tokenStart);
    for (let q = b; q < j; q++) {
      out[m] = codes[q]!;
      os[m] = s1[q]!;
      m++;
    }
    i = j;
  }

  // Pass 3: join runs of 3+ single letters separated by short gaps without a line break. Within a
  // run, a gap wider (in the source) than the narrowest one separates words: `y o u  a r e` → `you are`.
  let keep: Uint8Array | null = null;
  let alone: number[] | null = null;
  for (let r = 0; r < singles.length;) {
    let t = r;
    while (t + 1 < singles.length && gapJoins(out, singles[t]! + 1, singles[t + 1]!)) t++;
    if (t - r >= 2) {
      keep ??= new Uint8Array(m).fill(1);
      let narrowest = Infinity;
      let widest = 0;
      for (let q = r; q < t; q++) {
        const gap = os[singles[q + 1]!]! - os[singles[q]!]!;
        narrowest = Math.min(narrowest, gap);
        widest = Math.max(widest, gap);
      }
      if (t - r >= 3 && narrowest === widest && startsAlone(out[singles[r]!]!)) (alone ??= []).push(r, t);
      for (let q = r; q < t; q++) {
        const from = singles[q]! + 1;
        const wide = os[singles[q + 1]!]! - os[singles[q]!]! > narrowest;
        keep.fill(0, wide ? from + 1 : from, singles[q + 1]);
        if (wide) out[from] = SP;
      }
    }
    r = t + 1;
  }
  if (keep) {
    let w = 0;
    for (let q = 0; q < m; q++) {
      if (!keep[q]) continue;
      out[w] = out[q]!;
      os[w] = os[q]!;
      w++;
    }
    m = w;
  }
  if (alone) return secondReadings({ source, out, os, m, hasWildcard }, singles, keep!, alone);

  // One copy of the scratch offsets (pushing them one by one into an array cost a tenth of the fold).
  return { source, text: decoder.decode(out.subarray(0, m)), start: os.slice(0, m), hasWildcard };
}

/** A gap between two single letters that reads as obfuscation: 1–3 spaces or punctuation, no line break. */
function gapJoins(out: Uint8Array, from: number, to: number): boolean {
  const len = to - from;
  if (len < 1 || len > 3) return false;
  for (let q = from; q < to; q++) {
    const k = CLASS[out[q]!]!;
    if (k === BREAK || k === LETTER || k === DIGIT) return false;
  }
  return true;
}

/** The source span `[start, end)` of the folded range `[from, to)`. */
export function sourceSpan(norm: NormalizedText, from: number, to: number): [number, number] {
  const first = norm.start[from] ?? 0;
  const last = norm.start[to - 1] ?? first;
  const code = norm.source.charCodeAt(last);
  return [first, last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)];
}

/**
 * A cursor over the letters and digits of a text, folded (case, diacritics, confusables), skipping
 * everything else. Used to compare texts without building their folded forms.
 */
class FoldedCursor {
  private i = 0;
  private pending = '';
  private p = 0;
  constructor(private readonly s: string) {}

  /** The next folded letter or digit code, or -1 at the end. */
  next(): number {
    for (;;) {
      if (this.p < this.pending.length) return this.pending.charCodeAt(this.p++);
      if (this.i >= this.s.length) return -1;
      const cu = this.s.charCodeAt(this.i);
      if (cu < 128) {
        this.i++;
        const f = ASCII_FOLD[cu]!;
        const k = f >= 0 ? CLASS[f]! : OTHER;
        if (k === LETTER || k === DIGIT) return f;
        continue;
      }
      const cp = this.s.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      this.pending = foldNonAscii(cp).replace(/[^a-z0-9]/g, '');
      this.p = 0;
    }
  }
}

/**
 * True when two texts have the same letters and digits once case, diacritics and confusables are
 * folded, whatever the spacing and punctuation. Stops at the first difference, so comparing a comment
 * with many unrelated ones is cheap.
 */
export function sameFoldedText(a: string, b: string): boolean {
  const x = new FoldedCursor(a);
  const y = new FoldedCursor(b);
  let any = false;
  for (;;) {
    const c = x.next();
    if (c !== y.next()) return false;
    if (c === -1) return any;
    any = true;
  }
}

/** The letters and digits of a text, folded as `sameFoldedText` compares them (the copied-text fingerprint). */
export function foldedLetters(text: string): string {
  const cursor = new FoldedCursor(text);
  let out = '';
  for (let c = cursor.next(); c !== -1; c = cursor.next()) out += String.fromCharCode(c);
  return out;
}

/** `normalizeText` with a tiny memo, so the term checks and the lexicon fold a body once. */
export const normalizedOf = memoLast(normalizeText);
