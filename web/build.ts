/**
 * Builds the browser assets: the reader widget (`embed.js`), the listing-page counter (`count.js`), the
 * moderator console (`console/`) and the demo article page (`/`). One list of assets, used by the local
 * gateway (built in memory at start) and by the CDK web hosting (written to a folder at synth).
 *
 * Scripts are bundled by esbuild into one file each (ES2022, no eval, no inline code), so every page works
 * under a strict Content-Security-Policy; static files (HTML, CSS, images) are copied as they are.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const WEB_DIR = dirname(fileURLToPath(import.meta.url));

/** One served file: its URL path, its bytes and content type. */
export interface WebAsset {
  readonly path: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** Bundled scripts: URL path → entry module (relative to web/). */
export const SCRIPT_ENTRIES: Readonly<Record<string, string>> = {
  '/embed.js': 'widget/embed.ts',
  '/count.js': 'count/count.ts',
  '/console/console.js': 'console/main.ts',
};

/** Files served as they are: URL path → file (relative to web/). */
export const STATIC_FILES: Readonly<Record<string, string>> = {
  '/index.html': 'demo/index.html',
  '/demo.css': 'demo/demo.css',
  '/console/index.html': 'console/index.html',
  '/console/console.css': 'console/console.css',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export const contentTypeOf = (path: string): string =>
  CONTENT_TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

export interface BuildWebOptions {
  /** Default true: minified, as deployed. */
  minify?: boolean;
}

/** Builds every asset in memory. */
export async function buildWebAssets(options: BuildWebOptions = {}): Promise<WebAsset[]> {
  const scripts = await Promise.all(
    Object.entries(SCRIPT_ENTRIES).map(async ([path, entry]) => {
      const result = await build({
        entryPoints: [join(WEB_DIR, entry)],
        bundle: true,
        write: false,
        format: 'iife',
        target: 'es2022',
        platform: 'browser',
        minify: options.minify ?? true,
        legalComments: 'none',
        logLevel: 'silent',
      });
      const [output] = result.outputFiles;
      if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
      return { path, contentType: contentTypeOf(path), body: Buffer.from(output.contents) };
    }),
  );
  const files = await Promise.all(
    Object.entries(STATIC_FILES).map(async ([path, file]) => ({
      path,
      contentType: contentTypeOf(path),
      body: await readFile(join(WEB_DIR, file)),
    })),
  );
  return [...scripts, ...files];
}
