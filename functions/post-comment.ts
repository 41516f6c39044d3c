import { postComment } from '../shared/app/post-comment';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { idempotencyKeyOf } from './lib/idempotency-key';
import { logger } from './lib/logger';
import { httpRoute, rawReply, type DepsSource } from './lib/route';

/** POST /articles/{articleId}/comments → 202 {comment, authorToken} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('post-comment', deps, async (event, d) => {
    const result = await postComment(d, {
      articleId: event.parsed.path.articleId,
      input: event.parsed.body,
      sourceIp: clientIp(event),
      idempotencyKey: idempotencyKeyOf(event),
    });
    // Counted by the construct's metric filter on this line (HoneypotDropped); nothing was stored.
    if (result.dropped) logger.info('post dropped', { dropped: result.dropped });
    return rawReply(result.json, result.replayed ? { 'idempotent-replayed': 'true' } : {});
  });

export const handler = makeHandler();
