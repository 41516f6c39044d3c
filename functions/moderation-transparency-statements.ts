import { statementsExport } from '../shared/app/transparency';
import { deps as containerDeps } from './lib/deps';
import { NDJSON, jsonLines } from './lib/http';
import { httpRoute, textReply, type DepsSource } from './lib/route';

/**
 * GET /moderation/transparency/statements?from=&to=&limit=&cursor= → a page of the period's statements of
 * reasons in the DSA Transparency Database's fields, one per line; `x-next-cursor` continues it
 */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-transparency-statements', deps, async (event, d) => {
    const page = await statementsExport(d, event.parsed.query);
    const next: Record<string, string> = page.nextCursor ? { 'x-next-cursor': page.nextCursor } : {};
    return textReply(jsonLines(page.statements), NDJSON, next);
  });

export const handler = makeHandler();
