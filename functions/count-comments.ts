import { countComments } from '../shared/app/read-comments';
import { countsQuery } from '../shared/domain/schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** GET /counts?articleIds=a,b,c → {counts: {a: 3, b: 0, c: 1}} */
export const handler = httpRoute({ query: countsQuery }, async (event) =>
  json(200, await countComments(deps(), event.parsed.query.articleIds)),
);
