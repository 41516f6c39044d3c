import { transparencyReport } from '../shared/app/transparency';
import { transparencyCsv } from '../shared/domain/transparency-csv';
import { deps as containerDeps } from './lib/deps';
import { CSV } from './lib/http';
import { httpRoute, textReply, type DepsSource } from './lib/route';

/** GET /moderation/transparency?from=&to=&format= → the transparency report of the period, JSON or CSV */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-transparency', deps, async (event, d) => {
    const q = event.parsed.query;
    const report = await transparencyReport(d, q);
    if (q.format === 'json') return report;
    return textReply(transparencyCsv(report), CSV, {
      'content-disposition': `attachment; filename="transparency-${q.from}-${q.to}.csv"`,
    });
  });

export const handler = makeHandler();
