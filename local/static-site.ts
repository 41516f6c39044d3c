/**
 * The web assets the local gateway serves beside the API (web/build.ts builds them in memory at start):
 * the demo article page at `/`, the widget at `/embed.js`, the counter at `/count.js` and the moderator
 * console under `/console/` (with its local `config.json`). Answers only GET and HEAD for paths it has;
 * anything else falls through to the API routes. Every response carries the same strict
 * Content-Security-Policy the CDK hosting sets, so local pages break the same way deployed ones would.
 */
import { contentSecurityPolicy } from '../web/csp';
import type { WebAsset } from '../web/build';
import type { ConsoleConfig } from '../web/console/config';
import type { HttpResponse } from './http-api';

/**
 * The console's runtime configuration on the local stack: the API on the same origin, and the "use a
 * local moderator token" sign-in. On AWS the web hosting writes the Cognito variant in its place.
 */
export const LOCAL_CONSOLE_CONFIG: ConsoleConfig = { apiUrl: '', auth: { kind: 'local' } };
const CONSOLE_CONFIG_PATH = '/console/config.json';

/** The pages' CSP (web/csp.ts); locally the API is on the same origin. */
export const LOCAL_CSP = contentSecurityPolicy();

export interface StaticSite {
  /** The asset for this request, or undefined when the path is not a web asset. */
  serve(method: string, rawPath: string): HttpResponse | undefined;
}

/** `/` → `/index.html`, `/console` and `/console/` → `/console/index.html`. */
function canonicalPath(rawPath: string): string {
  if (rawPath === '/' || rawPath === '') return '/index.html';
  if (rawPath === '/console' || rawPath === '/console/') return '/console/index.html';
  return rawPath;
}

export function createStaticSite(assets: readonly WebAsset[]): StaticSite {
  const byPath = new Map(assets.map((asset) => [asset.path, asset]));
  if (!byPath.has(CONSOLE_CONFIG_PATH)) {
    byPath.set(CONSOLE_CONFIG_PATH, {
      path: CONSOLE_CONFIG_PATH,
      contentType: 'application/json',
      body: Buffer.from(JSON.stringify(LOCAL_CONSOLE_CONFIG)),
    });
  }
  return {
    serve(method, rawPath) {
      if (method !== 'GET' && method !== 'HEAD') return undefined;
      const asset = byPath.get(canonicalPath(rawPath));
      if (!asset) return undefined;
      const html = asset.contentType.startsWith('text/html');
      return {
        statusCode: 200,
        headers: [
          ['content-type', asset.contentType],
          // Locally the assets change with every restart; never let a browser keep a stale widget.
          ['cache-control', 'no-cache'],
          ['x-content-type-options', 'nosniff'],
          ['referrer-policy', 'strict-origin-when-cross-origin'],
          ...(html
            ? ([
                ['content-security-policy', LOCAL_CSP],
                ['x-frame-options', 'DENY'],
              ] as [string, string][])
            : []),
          // Scripts are embedded by pages on other origins (the widget on a newsroom's article page).
          ...(!html ? ([['access-control-allow-origin', '*']] as [string, string][]) : []),
        ],
        body: method === 'HEAD' ? Buffer.alloc(0) : asset.body,
      };
    },
  };
}
