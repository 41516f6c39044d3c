/**
 * Stack traces that point at the sources, paid for when an error is logged instead of at every cold start.
 *
 * The functions run without `--enable-source-maps`: with it, Node reads the bundle's source map and measures
 * every line of the bundle during the import, about a tenth of every function's init
 * (docs/performance.md, "Source maps"). Instead, the first stack this module maps reads `index.mjs.map`
 * beside the bundle (infra/constructs/function-bundles.ts puts it there) and rewrites each frame in the
 * bundle to its source file, line and column. That first read costs about 0.15 s, once per container and
 * only if something fails. When there is no map (the local stack runs the sources, not a bundle) or it cannot
 * be read, the stack is returned as it was: logging an error never fails because of this.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/** This module's own URL: inside a bundle, the bundle's. */
const THIS_FILE = import.meta.url;

/** One entry per bundle URL; `null` when its map could not be read. */
const maps = new Map<string, SourceMap | null>();

function mapOf(bundleUrl: string): SourceMap | null {
  let map = maps.get(bundleUrl);
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(bundleUrl)}.map`, 'utf8')) as never);
    } catch {
      map = null;
    }
    maps.set(bundleUrl, map);
  }
  return map;
}

/** A source as the map names it (relative to the build directory), without the leading `../` steps. */
const shownSource = (source: string): string => source.replace(/^(?:\.\.?\/)+/, '');

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `stack` with every `bundleUrl:line:column` location replaced by the source location its map gives
 * (`shared/app/moderate.ts:42:7`). Unchanged when no frame is in the bundle or the map is missing.
 */
export function sourceMappedStack(stack: string, bundleUrl: string = THIS_FILE): string {
  if (!stack.includes(`${bundleUrl}:`)) return stack;
  const map = mapOf(bundleUrl);
  if (!map) return stack;
  return stack.replace(
    new RegExp(`${escaped(bundleUrl)}:(\\d+):(\\d+)`, 'g'),
    (whole, line: string, column: string) => {
      const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
      if (!('originalSource' in entry)) return whole;
      return `${shownSource(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    },
  );
}
