import type { Deps } from '../shared/app/deps';
import { acceptComment, postCommentResponse, postIdempotency } from '../shared/app/post-comment';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { idempotent } from './lib/idempotent';
import { idempotencyKeyOf } from './lib/idempotency-key';
import { logger } from './lib/logger';
import { httpRoute, type DepsSource, type RouteEvent } from './lib/route';

type PostEvent = RouteEvent<'post-comment'>;
const requestOf = (event: PostEvent) => ({
  articleId: event.parsed.path.articleId,
  input: event.parsed.body,
  sourceIp: clientIp(event),
});
/** The post's Idempotency-Key request, or null without the header (a malformed key is a 400). */
function keyed(event: PostEvent, d: Deps) {
  const req = requestOf(event); // an unusable client address is a 403 before any key is looked at
  const key = idempotencyKeyOf(event);
  return key === undefined ? null : postIdempotency(d.secret, req, key);
}

/** POST /articles/{articleId}/comments → 202 {comment, authorToken}; the same Idempotency-Key replays it */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute(
    'post-comment',
    deps,
    idempotent('post-comment', { request: keyed, body: postCommentResponse }, async (event, d, guard) => {
      const outcome = await acceptComment(d, requestOf(event), guard);
      // Counted by the construct's metric filter on this line (HoneypotDropped); nothing was stored.
      if (outcome.kind === 'dropped') logger.info('post dropped', { dropped: outcome.reason });
      return outcome;
    }),
  );

export const handler = makeHandler();
