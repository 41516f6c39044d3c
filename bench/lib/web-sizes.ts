/**
 * The embeddable browser scripts' sizes (section 1 of the bench, and tests/unit/web/widget-size.test.ts):
 * built as the local gateway and the CDK hosting serve them, gzipped at level 9, against their budgets.
 */
import { gzipSync } from 'node:zlib';
import { buildWebAssets } from '../../web/build';

/** A browser script as served (minified, web/build.ts) and its gzipped size against its budget. */
export interface WebScriptFigures {
  path: string;
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
}

/** Gzipped budgets of the scripts newsrooms embed in article and listing pages (issue 14). */
export const WEB_BUDGETS: Readonly<Record<string, number>> = {
  '/embed.js': 20 * 1024,
  '/count.js': 3 * 1024,
};

/** The embeddable scripts' sizes, built exactly as the local gateway and the CDK hosting serve them. */
export async function webScriptFigures(): Promise<WebScriptFigures[]> {
  const assets = await buildWebAssets();
  return Object.entries(WEB_BUDGETS).map(([path, budgetGzipBytes]) => {
    const body = assets.find((a) => a.path === path)?.body ?? Buffer.alloc(0);
    return { path, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, budgetGzipBytes };
  });
}
