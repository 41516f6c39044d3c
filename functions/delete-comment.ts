import { deleteComment } from '../shared/app/author-actions';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** DELETE /comments/{commentId} with X-Author-Token → {comment} in `deleted`, its text erased */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('delete-comment', deps, async (event, d) => {
    const result = await deleteComment(d, {
      commentId: event.parsed.path.commentId,
      token: event.headers['x-author-token'],
      sourceIp: clientIp(event),
    });
    return new Reply(result, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
