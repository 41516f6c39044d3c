/**
 * Modules a function imports on first use (a dynamic `import()`), shipped beside its bundle rather than inside
 * it. A cold start compiles every byte of `index.mjs`, evaluated or not: tinyld's n-gram tables (80 KB, read
 * by the abuse check only for rare words and words innocent in another language) cost the moderation
 * consumer about 3–4% of its init while most of its comments never need them (docs/performance.md).
 *
 * `functionBuildOptions` (bundling.ts) maps each module's specifier to `./<file>` and leaves that import
 * outside the bundle; `writeLazyModules` builds each one a bundle references into the bundle's directory
 * (minified, pure ASCII like the bundle itself). Unbundled (the local runtime, the tests) the specifier
 * resolves from node_modules as usual.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { asciiOnlyBundle } from './ascii-bundle';

export interface LazyModule {
  /** What the sources import (`import('tinyld/light')`). */
  readonly specifier: string;
  /** The file beside `index.mjs` the bundle imports instead. */
  readonly file: string;
}

export const LAZY_MODULES: readonly LazyModule[] = [{ specifier: 'tinyld/light', file: 'tinyld-light.mjs' }];

/** How a bundle refers to a lazy module (esbuild keeps the external path as written). */
export const lazyImport = (m: LazyModule): string => `./${m.file}`;

/** The lazy modules whose import is in `code` (a built bundle). */
export const lazyModulesIn = (code: string): LazyModule[] =>
  LAZY_MODULES.filter((m) => code.includes(`"${lazyImport(m)}"`));

/**
 * Builds into `dir` every lazy module the bundle `dir/index.mjs` (or `bundle`) imports; returns the files
 * written, with their sizes in bytes.
 */
export function writeLazyModules(
  dir: string,
  bundle: string = join(dir, 'index.mjs'),
): Array<{ file: string; bytes: number }> {
  const written: Array<{ file: string; bytes: number }> = [];
  for (const m of lazyModulesIn(readFileSync(bundle, 'utf8'))) {
    const outfile = join(dir, m.file);
    buildSync({
      entryPoints: [fileURLToPath(import.meta.resolve(m.specifier))],
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'esm',
      minify: true,
      outfile,
      logLevel: 'warning',
    });
    asciiOnlyBundle(outfile);
    written.push({ file: m.file, bytes: readFileSync(outfile).byteLength });
  }
  return written;
}
