/**
 * Splits a text into the segments Amazon Comprehend DetectToxicContent accepts: each at most 1 KB of
 * UTF-8 (we keep a margin: 1,000 bytes), at most 10 per request. Cuts fall after whitespace where one
 * exists in the segment, never inside a code point; the segments cover the text exactly, so a label on
 * a segment maps back to its span.
 */
export const MAX_SEGMENT_BYTES = 1000;
export const MAX_SEGMENTS_PER_REQUEST = 10;

export interface TextSegment {
  text: string;
  /** [start, end) UTF-16 offsets in the original text. */
  start: number;
  end: number;
}

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

const isSpace = (cp: number): boolean =>
  cp === 32 || (cp >= 9 && cp <= 13) || cp === 0xa0 || cp === 0x2028 || cp === 0x2029 || cp === 0x3000;

function byteLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to;) {
    const cp = text.codePointAt(i)!;
    n += utf8Length(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return n;
}

/** Segments of at most `maxBytes` UTF-8 bytes each, in order, covering `text`. */
export function splitSegments(text: string, maxBytes = MAX_SEGMENT_BYTES): TextSegment[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must fit any code point (4 bytes)');
  const out: TextSegment[] = [];
  let start = 0;
  let bytes = 0;
  let lastBreak = -1;
  const cut = (at: number): void => {
    out.push({ text: text.slice(start, at), start, end: at });
    start = at;
    lastBreak = -1;
  };
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const size = utf8Length(cp);
    if (bytes + size > maxBytes) {
      if (lastBreak > start) {
        const at = lastBreak;
        cut(at);
        bytes = byteLength(text, at, i);
      }
      if (bytes + size > maxBytes) {
        cut(i);
        bytes = 0;
      }
    }
    bytes += size;
    i += width;
    if (isSpace(cp)) lastBreak = i;
  }
  if (start < text.length) cut(text.length);
  return out;
}

/** Groups segments into requests of at most `size`. */
export function batches<T>(items: readonly T[], size = MAX_SEGMENTS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
