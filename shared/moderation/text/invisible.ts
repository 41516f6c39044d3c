/**
 * Code points that render as nothing (or only modify their neighbour) and are dropped before matching, so
 * that `s\u200Bhit` and `shi\u0308t` read `shit`: zero-width characters, bidi controls, variation selectors,
 * tags, Hangul fillers, combining marks.
 */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad || // soft hyphen
    cp === 0x34f || // combining grapheme joiner
    cp === 0x61c || // Arabic letter mark
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, ZWNJ, ZWJ, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators
    cp === 0x3164 ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0000 && cp <= 0xe007f) || // tags
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x300 && cp <= 0x36f) || // combining diacritics
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}
