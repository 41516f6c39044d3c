import { countComments } from '../shared/app/read-comments';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /counts?articleIds=a,b,c → {counts: {a: 3, b: 0, c: 1}} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('count-comments', deps, (event, d) => countComments(d, event.parsed.query.articleIds));

export const handler = makeHandler();
