/**
 * Builds the browser assets: the reader widget (`embed.js`), the listing-page counter (`count.js`), the
 * moderator console (`console/`) and the demo article page (`/`). One list of assets, used by the local
 * gateway (built in memory at start) and by the CDK web hosting (written to a folder at synth).
 *
 * Scripts are bundled by esbuild into one file each (ES2022, no eval, no inline code), so every page works
 * under a strict Content-Security-Policy; static files (HTML, CSS, images) are copied as they are.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, buildSync, type BuildOptions } from 'esbuild';

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
  '/console/due-process.css': 'console/due-process.css',
  // uPlot's own layout rules for the stats chart, served beside the console's styles.
  '/console/uPlot.min.css': '../node_modules/uplot/dist/uPlot.min.css',
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

const scriptOptions = (entry: string, options: BuildWebOptions): BuildOptions & { write: false } => ({
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

function scriptAsset(path: string, entry: string, contents: Uint8Array | undefined): WebAsset {
  if (!contents) throw new Error(`esbuild produced nothing for ${entry}`);
  return { path, contentType: contentTypeOf(path), body: Buffer.from(contents) };
}

/** Builds every asset in memory. */
export async function buildWebAssets(options: BuildWebOptions = {}): Promise<WebAsset[]> {
  const scripts = await Promise.all(
    Object.entries(SCRIPT_ENTRIES).map(async ([path, entry]) => {
      const result = await build(scriptOptions(entry, options));
      return scriptAsset(path, entry, result.outputFiles[0]?.contents);
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

/** The same assets, built synchronously: CDK constructs run synchronously at synth. */
export function buildWebAssetsSync(options: BuildWebOptions = {}): WebAsset[] {
  const scripts = Object.entries(SCRIPT_ENTRIES).map(([path, entry]) =>
    scriptAsset(path, entry, buildSync(scriptOptions(entry, options)).outputFiles[0]?.contents),
  );
  const files = Object.entries(STATIC_FILES).map(([path, file]) => ({
    path,
    contentType: contentTypeOf(path),
    body: readFileSync(join(WEB_DIR, file)),
  }));
  return [...scripts, ...files];
}

/**
 * How a hosted file may be cached:
 * - `entry`: a URL newsrooms write into their pages (`/embed.js`, `/count.js`); it must keep its name, so it
 *   is cached briefly and a deploy reaches readers within minutes;
 * - `immutable`: named by its content hash, so it can be cached for a year;
 * - `document`: HTML that names the hashed files; always revalidated.
 */
export type CacheClass = 'entry' | 'immutable' | 'document';

export interface HostedFile extends WebAsset {
  readonly cache: CacheClass;
}

/** The embeddable entry scripts, which keep their names when hosted. */
export const ENTRY_SCRIPTS: readonly string[] = ['/embed.js', '/count.js'];

/** `/console/console.js` → `/console/console.3f9a1c2b7d.js` */
const hashedName = (path: string, body: Buffer): string => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = path.lastIndexOf('.');
  return `${path.slice(0, dot)}.${hash}${path.slice(dot)}`;
};

/**
 * The files as hosted on S3 + CloudFront, for the paths `include` accepts: entry scripts under their own
 * names, HTML as documents, everything else under a content-hashed name, with every HTML reference to it
 * (`"/console/console.js"`, absolute paths as the pages use) rewritten to that name.
 */
export function hostedLayout(assets: readonly WebAsset[], include: (path: string) => boolean): HostedFile[] {
  const chosen = assets.filter((a) => include(a.path));
  const renamed = new Map<string, string>();
  const out: HostedFile[] = [];
  for (const asset of chosen) {
    if (ENTRY_SCRIPTS.includes(asset.path)) out.push({ ...asset, cache: 'entry' });
    else if (!asset.contentType.startsWith('text/html')) {
      const path = hashedName(asset.path, asset.body);
      renamed.set(asset.path, path);
      out.push({ ...asset, path, cache: 'immutable' });
    }
  }
  for (const asset of chosen.filter((a) => a.contentType.startsWith('text/html'))) {
    let html = asset.body.toString('utf8');
    for (const [from, to] of renamed) html = html.replaceAll(`"${from}"`, `"${to}"`);
    out.push({ ...asset, body: Buffer.from(html), cache: 'document' });
  }
  return out;
}
