import * as z from 'zod';
import { postComment } from '../shared/app/post-comment';
import { articleIdSchema, idempotencyKeySchema, postCommentInput } from '../shared/domain/schemas';
import { ValidationError } from '../shared/errors';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** POST /articles/{articleId}/comments → 202 {comment, authorToken} */
export const handler = httpRoute(
  { path: z.object({ articleId: articleIdSchema }), body: postCommentInput },
  async (event) => {
    const key = event.headers['idempotency-key'];
    if (key !== undefined && !idempotencyKeySchema.safeParse(key).success) {
      throw new ValidationError([
        { path: 'Idempotency-Key', message: 'Must be 1–255 printable ASCII characters.' },
      ]);
    }
    const result = await postComment(deps(), {
      articleId: event.parsed.path.articleId,
      input: event.parsed.body,
      sourceIp: event.requestContext.http.sourceIp,
      idempotencyKey: key,
    });
    return json(result.statusCode, result.json, result.replayed ? { 'idempotent-replayed': 'true' } : {});
  },
);
