import { editComment } from '../shared/app/author-actions';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** PATCH /comments/{commentId} {body} with X-Author-Token → {comment} back in `received` */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('edit-comment', deps, async (event, d) => {
    const result = await editComment(d, {
      commentId: event.parsed.path.commentId,
      token: event.headers['x-author-token'],
      sourceIp: clientIp(event),
      body: event.parsed.body.body,
    });
    return new Reply(result, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
