import { acceptComment, postCommentResponse } from '../shared/app/post-comment';
import { deps as containerDeps } from './lib/deps';
import { idempotent } from './lib/idempotent';
import { logger } from './lib/logger';
import { postKeyOf, postRequestOf } from './lib/post-comment-request';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /articles/{articleId}/comments → 202 {comment, authorToken}; the same Idempotency-Key replays it */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute(
    'post-comment',
    deps,
    idempotent('post-comment', { request: postKeyOf, body: postCommentResponse }, async (event, d, guard) => {
      const outcome = await acceptComment(d, postRequestOf(event), guard);
      // Counted by the construct's metric filter on this line (HoneypotDropped); nothing was stored.
      if (outcome.kind === 'dropped') logger.info('post dropped', { dropped: outcome.reason });
      return outcome;
    }),
  );

export const handler = makeHandler();
