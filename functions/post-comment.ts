import * as z from 'zod';
import { postComment } from '../shared/app/post-comment';
import {
  IDEMPOTENCY_KEY_RULE,
  articleIdSchema,
  idempotencyKeySchema,
  postCommentInput,
} from '../shared/domain/schemas';
import { ValidationError } from '../shared/errors';
import { clientIp } from './lib/client-ip';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { logger } from './lib/logger';
import { httpRoute } from './lib/route';

/** POST /articles/{articleId}/comments → 202 {comment, authorToken} */
export const handler = httpRoute(
  { path: z.object({ articleId: articleIdSchema }), body: postCommentInput },
  async (event) => {
    const key = event.headers['idempotency-key'];
    if (key !== undefined && !idempotencyKeySchema.safeParse(key).success) {
      throw new ValidationError([{ path: 'Idempotency-Key', message: IDEMPOTENCY_KEY_RULE }]);
    }
    const result = await postComment(deps(), {
      articleId: event.parsed.path.articleId,
      input: event.parsed.body,
      sourceIp: clientIp(event),
      idempotencyKey: key,
    });
    // Counted by the construct's metric filter on this line (HoneypotDropped); nothing was stored.
    if (result.dropped) logger.info('post dropped', { dropped: result.dropped });
    return json(result.statusCode, result.json, result.replayed ? { 'idempotent-replayed': 'true' } : {});
  },
);
