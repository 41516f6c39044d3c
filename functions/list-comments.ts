import { listThreads } from '../shared/app/read-comments';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /articles/{articleId}/comments → a page of approved threads */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('list-comments', deps, (event, d) =>
    listThreads(d, event.parsed.path.articleId, event.parsed.query),
  );

export const handler = makeHandler();
