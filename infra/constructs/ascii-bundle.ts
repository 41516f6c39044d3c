/**
 * Makes a built bundle pure ASCII, its source map kept exact.
 *
 * esbuild writes non-ASCII characters in strings as escapes (its default `charset: 'ascii'`) but leaves
 * them in regular-expression literals, and one such character is enough for Node to decode the file as
 * UTF-8 and for V8 to hold and parse all of it as two-byte text. The moderation consumer (1 MB) had 63,
 * from tinyld's punctuation classes and a few expressions of Parley's own: escaping them made its cold
 * start about 4% shorter (3.6–8.5% in three runs of bench/cold-child.mjs, bundles started alternately).
 * Sources may keep writing such expressions as they read best; this pass escapes them all.
 *
 * Every non-ASCII UTF-16 unit becomes `\uXXXX`, which reads the same in a string, an untagged template, a
 * regular expression (with or without the `u` flag, where an escaped surrogate pair is still one code
 * point), an identifier and a comment. Each such unit adds five columns to its line, so the source map's
 * segments after it on that line move right by as many (source-map columns count UTF-16 units).
 *
 * A pass over the output rather than an esbuild plugin: the construct bundles with `buildSync`, which takes
 * no plugins.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decode, encode } from '@jridgewell/sourcemap-codec';

const NON_ASCII = /[\u0080-\uffff]/;
const ESCAPE_WIDTH = 6;

const escapeUnit = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * The code with every non-ASCII unit escaped, and for each line the columns (in the original) of the units
 * escaped on it, in order. Null when the code is ASCII already.
 */
export function escapeNonAscii(code: string): { code: string; shifts: Map<number, number[]> } | null {
  if (!NON_ASCII.test(code)) return null;
  const shifts = new Map<number, number[]>();
  const out: string[] = [];
  let line = 0;
  let lineStart = 0;
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c < 128) continue;
    out.push(code.slice(from, i), escapeUnit(c));
    from = i + 1;
    const columns = shifts.get(line);
    if (columns) columns.push(i - lineStart);
    else shifts.set(line, [i - lineStart]);
  }
  out.push(code.slice(from));
  return { code: out.join(''), shifts };
}

/** The `mappings` of a source map with each segment moved right past the units escaped before it. */
export function shiftMappings(mappings: string, shifts: ReadonlyMap<number, readonly number[]>): string {
  const lines = decode(mappings);
  for (const [line, columns] of shifts) {
    const segments = lines[line];
    if (!segments) continue;
    let k = 0;
    for (const segment of segments) {
      // Segments are in column order: count the escaped units strictly before this segment's column.
      while (k < columns.length && columns[k]! < segment[0]) k++;
      segment[0] += k * (ESCAPE_WIDTH - 1);
    }
  }
  return encode(lines);
}

/** Rewrites `file` (and `file.map` when there is one) so that the bundle is pure ASCII. */
export function asciiOnlyBundle(file: string): void {
  const escaped = escapeNonAscii(readFileSync(file, 'utf8'));
  if (!escaped) return;
  writeFileSync(file, escaped.code);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return;
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
  map.mappings = shiftMappings(map.mappings, escaped.shifts);
  writeFileSync(mapFile, JSON.stringify(map));
}
