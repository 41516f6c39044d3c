import { acceptComment, postCommentResponse } from '../shared/app/post-comment';
import { deps as containerDeps } from './lib/deps';
import { idempotent } from './lib/idempotent';
import { reportHoneypotDropped } from './lib/metrics';
import { postKeyOf, postRequestOf } from './lib/post-comment-request';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /articles/{articleId}/comments → 202 {comment, authorToken}; the same Idempotency-Key replays it */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute(
    'post-comment',
    deps,
    idempotent('post-comment', { request: postKeyOf, body: postCommentResponse }, async (event, d, guard) => {
      const outcome = await acceptComment(d, postRequestOf(event), guard);
      // Nothing was stored: the metric (HoneypotDropped) and a WARN line are all that is left of it.
      if (outcome.kind === 'dropped') reportHoneypotDropped();
      return outcome;
    }),
  );

export const handler = makeHandler();
