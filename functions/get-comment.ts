import { getComment } from '../shared/app/read-comments';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** GET /comments/{commentId} → the approved comment, or the author's own in any state with X-Author-Token */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('get-comment', deps, async (event, d) => {
    const token = event.headers['x-author-token'];
    const comment = await getComment(d, event.parsed.path.commentId, token);
    // The author's view is personal: no shared cache may keep it.
    return token === undefined ? { comment } : new Reply({ comment }, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
