import { listReplies } from '../shared/app/read-comments';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /comments/{commentId}/replies → a page of a thread's approved replies */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('list-replies', deps, (event, d) =>
    listReplies(d, event.parsed.path.commentId, event.parsed.query),
  );

export const handler = makeHandler();
