/**
 * Code points that render as nothing (or only modify their neighbour) and are dropped before matching, so
 * that `s\u200Bhit` and `shi\u0308t` read `shit`: zero-width characters, bidi controls, variation selectors,
 * tags, Hangul fillers, combining marks. One list for both foldings: `normalizeText` drops them,
 * `foldText` reads them as a skipped unit.
 */
type Ranges = ReadonlyArray<readonly [number, number]>;

/** Combining marks: they only change the letter before them. */
export const MARK_RANGES: Ranges = [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];

/** Characters that render as nothing, or as a blank between letters. */
export const INVISIBLE_RANGES: Ranges = [
  [0xad, 0xad], // soft hyphen
  [0x34f, 0x34f], // combining grapheme joiner
  [0x61c, 0x61c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings
  [0x2060, 0x206f], // word joiner, invisible operators
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xe0000, 0xe007f], // tags
  [0xe0100, 0xe01ef], // variation selectors supplement
];

const inRanges = (ranges: Ranges, cp: number): boolean => ranges.some(([from, to]) => cp >= from && cp <= to);

/** Whether `cp` is invisible or a combining mark (callers cache the answer per code point). */
export const isInvisible = (cp: number): boolean =>
  inRanges(INVISIBLE_RANGES, cp) || inRanges(MARK_RANGES, cp);
