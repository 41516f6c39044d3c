/**
 * `asciiOnlyBundle` (infra/constructs/ascii-bundle.ts): a bundle with non-ASCII characters left in its
 * regular expressions comes out pure ASCII, runs the same, and its source map still points every
 * generated position at the same source position.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiOnlyBundle, escapeNonAscii, shiftMappings } from '../../infra/constructs/ascii-bundle';

const dir = mkdtempSync(join(tmpdir(), 'parley-ascii-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Regular expressions esbuild leaves as written: punctuation, Cyrillic, an astral emoji with and without `u`.
const SOURCE = `
export const quotes = /[“”«»’]/g;
export const demonym = /(?:цы|ане)$/;
export const emoji = /😀+/u;
export const pair = /😀/;
export function check(text) {
  return [quotes.test(text), demonym.test(text), emoji.test(text), pair.test(text), 'é'.length];
}
export function where() {
  return new Error('here').stack;
}
`;

async function bundle(name: string, minify: boolean): Promise<string> {
  const entry = join(dir, `${name}.js`);
  writeFileSync(entry, SOURCE);
  const outfile = join(dir, name, 'index.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    minify,
    sourcemap: true,
    logLevel: 'silent',
  });
  return outfile;
}

describe('asciiOnlyBundle', () => {
  for (const minify of [false, true]) {
    it(`escapes what esbuild leaves and keeps every mapping (${minify ? 'minified' : 'not minified'})`, async () => {
      const file = await bundle(minify ? 'min' : 'plain', minify);
      const before = readFileSync(file, 'utf8');
      const mapBefore = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
      expect(before).toMatch(/[\u0080-\uffff]/);

      asciiOnlyBundle(file);
      const after = readFileSync(file, 'utf8');
      const mapAfter = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
      expect(after).not.toMatch(/[\u0080-\uffff]/);

      // The same behaviour, non-ASCII input included.
      const run = async (f: string) =>
        ((await import(`${pathToFileURL(f).href}?${Math.random()}`)) as { check(t: string): unknown }).check(
          '“ 😀 цы',
        );
      writeFileSync(join(dir, 'before.mjs'), before.replace(/\/\/# sourceMappingURL=.*$/m, ''));
      expect(await run(file)).toEqual(await run(join(dir, 'before.mjs')));
      expect(await run(file)).toEqual([true, true, true, true, 1]);

      // Every segment still points at the same generated text: the same character, or its escape.
      const linesBefore = before.split('\n');
      const linesAfter = after.split('\n');
      const segBefore = decode(mapBefore.mappings);
      const segAfter = decode(mapAfter.mappings);
      expect(segAfter.map((l) => l.map((s) => s.slice(1)))).toEqual(
        segBefore.map((l) => l.map((s) => s.slice(1))),
      );
      let checked = 0;
      segBefore.forEach((segments, line) => {
        segments.forEach((segment, k) => {
          const old = linesBefore[line]!.charCodeAt(segment[0]);
          const moved = linesAfter[line]!.slice(segAfter[line]![k]![0]);
          if (old < 128) expect(moved.charCodeAt(0)).toBe(old);
          else expect(moved.slice(0, 6)).toBe(`\\u${old.toString(16).padStart(4, '0')}`);
          checked++;
        });
      });
      expect(checked).toBeGreaterThan(10);
    });
  }

  it('leaves an ASCII bundle, and its map, as they are', () => {
    expect(escapeNonAscii('const a = /[a-z]/;\nexport { a };\n')).toBeNull();
  });

  it('moves only the segments after an escaped unit, by five columns per unit before them', () => {
    // Line 0: `x=/é“/;y` with segments at columns 0 (x), 2 (the expression) and 7 (y).
    const escaped = escapeNonAscii('x=/é“/;y\nz')!;
    expect(escaped.code).toBe('x=/\\u00e9\\u201c/;y\nz');
    expect([...escaped.shifts]).toEqual([[0, [3, 4]]]);
    const mappings = 'AAAA,EAAE,KAAK;AACA';
    const shifted = decode(shiftMappings(mappings, escaped.shifts));
    expect(shifted[0]!.map((s) => s[0])).toEqual([0, 2, 17]);
    expect(shifted[1]!.map((s) => s[0])).toEqual([0]);
  });
});
