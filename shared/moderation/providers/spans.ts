/**
 * Locates the passages a provider quoted in the comment body, as [start, end) UTF-16 offsets, so the
 * console can highlight them. A model often re-types what it quotes: curly quotes become straight, an
 * em dash a hyphen, line breaks spaces, a capital letter small. An exact match is tried first, then a
 * match on folded text (case, typographic punctuation, runs of white space) mapped back to the original
 * offsets. A quote found nowhere is reported as unlocated rather than pinned to a guess.
 */
import type { SemanticSpan } from './types';

const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
};

interface Folded {
  text: string;
  /** For each unit of `text`, the offset in the original where its character starts… */
  starts: number[];
  /** …and where it ends. */
  ends: number[];
}

function fold(original: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length;) {
    const ch = String.fromCodePoint(original.codePointAt(i)!);
    const next = i + ch.length;
    if (/\s/u.test(ch)) {
      if (pendingSpace < 0 && text.length > 0) pendingSpace = i;
      i = next;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      starts.push(pendingSpace);
      ends.push(pendingSpace + 1);
      pendingSpace = -1;
    }
    const folded = (FOLD[ch] ?? ch).toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      text += folded[k];
      starts.push(i);
      ends.push(next);
    }
    i = next;
  }
  return { text, starts, ends };
}

/** Quote marks and ellipses a model wraps around a quotation. */
const WRAPPERS =
  /^(?:["'\u2018\u2019\u201C\u201D\u00AB\u00BB]|\.\.\.|\u2026|\s)+|(?:["'\u2018\u2019\u201C\u201D\u00AB\u00BB]|\.\.\.|\u2026|\s)+$/gu;

export interface LocatedSpans {
  spans: SemanticSpan[];
  unlocated: string[];
}

/**
 * Finds each quote in `body`. A quote given twice maps to its next occurrence. At most `max` spans are
 * kept (the first ones found, in body order); empty quotes are ignored.
 */
export function locateSpans(body: string, quotes: readonly string[], max = 10): LocatedSpans {
  const spans: SemanticSpan[] = [];
  const unlocated: string[] = [];
  const nextFrom = new Map<string, number>();
  let folded: Folded | undefined;
  for (const raw of quotes) {
    const candidates = [...new Set([raw.trim(), raw.replace(WRAPPERS, '')])].filter((q) => q.length > 0);
    if (candidates.length === 0) continue;
    let found: [number, number] | null = null;
    for (const quote of candidates) {
      const from = nextFrom.get(quote) ?? 0;
      const at = body.indexOf(quote, from);
      if (at >= 0) {
        found = [at, at + quote.length];
        nextFrom.set(quote, at + 1);
        break;
      }
    }
    if (!found) {
      folded ??= fold(body);
      for (const quote of candidates) {
        const needle = fold(quote).text;
        if (needle.length === 0) continue;
        const key = `\u0000${needle}`;
        const from = nextFrom.get(key) ?? 0;
        const at = folded.text.indexOf(needle, from);
        if (at >= 0) {
          found = [folded.starts[at]!, folded.ends[at + needle.length - 1]!];
          nextFrom.set(key, at + 1);
          break;
        }
      }
    }
    if (found) spans.push({ text: body.slice(found[0], found[1]), start: found[0], end: found[1] });
    else unlocated.push(raw);
  }
  const unique = spans.filter((s, i) => spans.findIndex((t) => t.start === s.start && t.end === s.end) === i);
  unique.sort((a, b) => a.start - b.start || a.end - b.end);
  return { spans: unique.slice(0, max), unlocated };
}
