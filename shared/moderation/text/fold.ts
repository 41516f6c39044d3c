/**
 * A one-to-one folding of a comment for the phrase detectors: every UTF-16 unit of the source maps to
 * exactly one unit of the folded text, so an offset in one is an offset in the other and evidence spans
 * need no map. Unlike `normalizeText` (ASCII only, built for obfuscated single words), it keeps every
 * script, so Cyrillic, Greek and accented Latin text can be matched as words:
 *
 * - case is folded (Latin, Cyrillic, Greek, …), `ё` reads `е`;
 * - Latin diacritics are stripped (`é` → `e`, `ü` → `u`, `ß` → `s`, `œ` → `o`), Cyrillic letters keep
 *   theirs except `ё` and `й` (`й` stays: it is a different letter);
 * - a word that mixes Latin and Cyrillic letters (`пoлный` with a Latin `o`, `klоun` with a Cyrillic `о`)
 *   is written in its majority script (Latin on a tie), through a table of look-alike letters;
 * - typographic apostrophes read `'`, dashes `-`; invisible characters (zero-width, soft hyphen, bidi
 *   marks) and combining marks become U+00AD, which the tokenizer skips inside a word.
 *
 * Everything is table-driven; nothing here allocates per character.
 */

import { INVISIBLE_RANGES, MARK_RANGES } from './invisible';

/** The placeholder for a unit with no reading of its own (invisible, combining mark). */
export const SKIP = 0xad;

/**
 * The folded reading of each UTF-16 unit; 0 means the unit reads as itself (so the table needs no
 * identity fill: building it touches only the ranges below, about 0.5 ms instead of 6 ms at cold start).
 */
const TABLE = new Uint16Array(0x10000);
for (let c = 65; c <= 90; c++) TABLE[c] = c + 32;
// Latin with diacritics (Latin-1 Supplement, Extended-A/B, Extended Additional): the base letter.
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let c = from!; c <= to!; c++) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    const lower = String.fromCharCode(base).toLowerCase().charCodeAt(0);
    if (lower >= 97 && lower <= 122) TABLE[c] = lower;
  }
}
for (const [ch, to] of [
  ['ß', 's'],
  ['ẞ', 's'],
  ['æ', 'a'],
  ['Æ', 'a'],
  ['œ', 'o'],
  ['Œ', 'o'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ı', 'i'],
] as const)
  TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
// Cyrillic and Greek: lower case; ё → е.
for (let c = 0x370; c <= 0x52f; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length === 1) TABLE[c] = lower.charCodeAt(0);
}
TABLE[0x451] = 0x435; // ё
TABLE[0x401] = 0x435; // Ё
// Greek tonos and similar: the base letter.
for (let c = 0x386; c <= 0x3ce; c++) {
  const base = String.fromCharCode(c).normalize('NFD').toLowerCase().charCodeAt(0);
  if (base >= 0x3b1 && base <= 0x3c9) TABLE[c] = base;
}
// Full-width ASCII.
for (let c = 0xff01; c <= 0xff5e; c++)
  TABLE[c] = String.fromCharCode(c - 0xfee0)
    .toLowerCase()
    .charCodeAt(0);
// Letters in styled forms, as `normalizeText` reads them: superscript and modifier letters (`ᵏⁱˡˡ`),
// letter-like symbols (`ℯ`, `ℴ`, `ℍ`), circled and parenthesised letters (`ⓚⓘⓛⓛ`, `⒦⒤⒧⒧`): the letter
// their compatibility form names. The astral ones (mathematical bold, script, fraktur…, squared letters,
// negative circled and squared letters) are two units each: `foldText` reads them as a letter and a SKIP.
for (const [from, to] of [
  [0x2b0, 0x2b8],
  [0x2e0, 0x2e4],
  [0x1d2c, 0x1d6a],
  [0x1d9b, 0x1dbf],
  [0x2070, 0x209c],
  [0x2100, 0x214f],
  [0x249c, 0x24e9],
]) {
  for (let c = from!; c <= to!; c++) {
    const letter = /^\(?([a-z])\)?$/i.exec(String.fromCharCode(c).normalize('NFKC'))?.[1];
    if (letter) TABLE[c] = letter.toLowerCase().charCodeAt(0);
  }
}
// Small capitals (no compatibility form): `ꜱᴍᴀʟʟ ᴄᴀᴘꜱ`.
for (const [ch, to] of Object.entries({
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
}))
  TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
// Punctuation variants.
for (const c of [0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x02b9, 0x00b4, 0x0060]) TABLE[c] = 39; // '
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63]) TABLE[c] = 45; // -
for (const c of [0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009])
  TABLE[c] = 32;
TABLE[0x200a] = 32;
TABLE[0x202f] = 32;
TABLE[0x3000] = 32;
// Invisible characters and combining marks (`invisible.ts`; the astral ones are no unit of this table).
for (const [from, to] of [...MARK_RANGES, ...INVISIBLE_RANGES])
  if (from < 0x10000) TABLE.fill(SKIP, from, to + 1);

/** Look-alike letters between the two scripts, for words that mix them. */
const CYR_TO_LAT = new Map<number, number>();
const LAT_TO_CYR = new Map<number, number>();
for (const [cyr, lat] of [
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
  ['ј', 'j'],
  ['ѕ', 's'],
  ['ԁ', 'd'],
  ['ԛ', 'q'],
  ['ԝ', 'w'],
] as const) {
  CYR_TO_LAT.set(cyr.charCodeAt(0), lat.charCodeAt(0));
  LAT_TO_CYR.set(lat.charCodeAt(0), cyr.charCodeAt(0));
}
// `у` written for `u` (`fуck`) reads as `u` in a Latin word: the shape readers see.
CYR_TO_LAT.set('у'.charCodeAt(0), 'u'.charCodeAt(0));
LAT_TO_CYR.set('u'.charCodeAt(0), 'и'.charCodeAt(0));
CYR_TO_LAT.set(0x4bb, 'h'.charCodeAt(0)); // һ
/**
 * For each Cyrillic letter (folded, U+0400–U+052F): 0 without a Latin look-alike, 1 with one, 2 with one
 * and used by no Russian text (`һ`, `ԁ`, `ԛ`, `ԝ`: other languages' letters, or a disguise).
 */
const LOOKALIKE = new Uint8Array(0x130);
for (const c of CYR_TO_LAT.keys()) LOOKALIKE[c - 0x400] = 1;
for (const c of [0x4bb, 0x501, 0x51b, 0x51d]) LOOKALIKE[c - 0x400] = 2;

export const isLatinLetter = (c: number): boolean => c >= 97 && c <= 122;
export const isCyrillicLetter = (c: number): boolean => c >= 0x430 && c <= 0x45f;

/**
 * The folded text: same length as the source. `scripts` says which letter scripts occur (bit 1 Latin,
 * bit 2 Cyrillic, bit 4 other), so a detector can skip a language's patterns cheaply.
 */
export interface FoldedText {
  readonly source: string;
  readonly text: string;
  readonly scripts: number;
}

export const LATIN = 1;
export const CYRILLIC = 2;
export const OTHER_SCRIPT = 4;

let buffer = new Uint16Array(4096);
const decoder = new TextDecoder('utf-16le');

const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_LETTER = /[A-Za-z]/;

/** Folds `source` as described in the module comment. */
export function foldText(source: string): FoldedText {
  // Plain ASCII (most comments on an English site) folds by lower case alone.
  if (!NON_ASCII.test(source))
    return { source, text: source.toLowerCase(), scripts: ASCII_LETTER.test(source) ? LATIN : 0 };
  const len = source.length;
  if (buffer.length < len) buffer = new Uint16Array(Math.max(len, buffer.length * 2));
  let scripts = 0;
  let latin = 0;
  let cyrillic = 0;
  // Whether every Cyrillic letter has a Latin look-alike, and whether one only a disguise uses occurs.
  let allLookalike = true;
  let disguiseOnly = false;
  let otherScript = false;
  for (let i = 0; i < len; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const letter = astralLetter(source.codePointAt(i)!);
      if (letter !== 0) {
        buffer[i] = letter;
        if (i + 1 < len) buffer[++i] = SKIP;
        scripts |= LATIN;
        latin++;
        continue;
      }
    }
    const f = TABLE[c] || c;
    buffer[i] = f;
    if (f >= 0x400 && f <= 0x52f && f !== SKIP) {
      const lookalike = LOOKALIKE[f - 0x400];
      if (lookalike === 0) allLookalike = false;
      else if (lookalike === 2) disguiseOnly = true;
    }
    if (f < 128) {
      if (isLatinLetter(f)) {
        scripts |= LATIN;
        latin++;
      }
    } else if (isCyrillicLetter(f)) {
      scripts |= CYRILLIC;
      cyrillic++;
    } else if (f >= 0x370 && f !== SKIP && !(f >= 0x2000 && f <= 0x2bff) && !(f >= 0xd800 && f <= 0xdfff)) {
      scripts |= OTHER_SCRIPT;
      if (f < 0x400 || f > 0x52f) otherScript = true;
    }
  }
  // Latin text written in Cyrillic look-alikes from end to end (`һоре уоur ԝһоlе fаmіlу`): every Cyrillic
  // letter has a Latin twin, and Latin letters or a letter only a disguise uses stand beside them. A Russian
  // or Ukrainian sentence always has letters with no twin (`б`, `и`, `л`, `я`…).
  if (allLookalike && (scripts & (CYRILLIC | OTHER_SCRIPT)) !== 0 && (latin > 0 || disguiseOnly)) {
    let changed = false;
    for (let i = 0; i < len; i++) {
      const d = buffer[i]!;
      // `у` looks like `y` (`уоur`, `fаmіlу`), but stands for `u` between two consonants (`fуck`).
      const mapped =
        d === 0x443
          ? betweenConsonants(i, len)
            ? 117
            : 121
          : d >= 0x400 && d <= 0x52f
            ? CYR_TO_LAT.get(d)
            : undefined;
      if (mapped !== undefined) {
        buffer[i] = mapped;
        changed = true;
      }
    }
    if (changed) scripts = LATIN | (otherScript ? OTHER_SCRIPT : 0);
  } else if ((scripts & (LATIN | CYRILLIC)) === (LATIN | CYRILLIC)) repairMixedWords(len, cyrillic > latin);
  return { source, text: decoder.decode(buffer.subarray(0, len)), scripts };
}

/** A Latin consonant, or a Cyrillic letter whose Latin twin is one. */
const isConsonantAt = (i: number): boolean => {
  const c = buffer[i];
  if (c === undefined) return false;
  const l = c >= 0x400 && c <= 0x52f ? (CYR_TO_LAT.get(c) ?? 0) : c;
  return isLatinLetter(l) && !'aeiouy'.includes(String.fromCharCode(l));
};
const betweenConsonants = (i: number, len: number): boolean =>
  i > 0 && i + 1 < len && isConsonantAt(i - 1) && isConsonantAt(i + 1);

const astralLetters = new Map<number, number>();
/**
 * The folded letter (or digit) an astral code point is styled from, 0 when none: mathematical
 * alphanumerics (`𝐬𝐡𝐨𝐨𝐭`, `𝓀𝒾𝓁𝓁`), parenthesised, squared and negative circled or squared capitals (not
 * regional indicators: a pair of them is a flag, `🇺🇸`, not the word `us`).
 */
function astralLetter(cp: number): number {
  if (cp < 0x1d400 || cp > 0x1f189 || (cp > 0x1d7ff && cp < 0x1f110)) return 0;
  let letter = astralLetters.get(cp);
  if (letter === undefined) {
    const nfkc = String.fromCodePoint(cp).normalize('NFKC');
    if (/^[a-z0-9]$/i.test(nfkc)) letter = nfkc.toLowerCase().charCodeAt(0);
    // Negative circled and negative squared capitals have no compatibility form.
    else if (cp >= 0x1f150 && cp <= 0x1f169) letter = 97 + cp - 0x1f150;
    else if (cp >= 0x1f170) letter = 97 + cp - 0x1f170;
    else letter = 0;
    astralLetters.set(cp, letter);
  }
  return letter;
}

/**
 * Rewrites words that mix Latin and Cyrillic letters in their majority script; a tie goes to the
 * comment's majority script (`нe люди`, `Мочи xoxлов` in a Russian comment read as Russian), else Latin.
 */
function repairMixedWords(len: number, cyrillicComment: boolean): void {
  let i = 0;
  while (i < len) {
    const c = buffer[i]!;
    if (!(isLatinLetter(c) || isCyrillicLetter(c))) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let cyr = 0;
    for (; j < len; j++) {
      const d = buffer[j]!;
      if (isLatinLetter(d)) lat++;
      else if (isCyrillicLetter(d)) cyr++;
      else if (d !== SKIP) break;
    }
    if (lat > 0 && cyr > 0) {
      const toLatin = lat > cyr || (lat === cyr && !cyrillicComment);
      for (let k = i; k < j; k++) {
        const d = buffer[k]!;
        const mapped = toLatin ? CYR_TO_LAT.get(d) : LAT_TO_CYR.get(d);
        if (mapped !== undefined) buffer[k] = mapped;
      }
    }
    i = j;
  }
}

/** Folds a pattern word the same way (used when compiling phrase lists). */
export function foldWord(word: string): string {
  return foldText(word).text.replaceAll('\u00ad', '');
}
