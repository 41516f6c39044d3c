import * as z from 'zod';
import { deleteComment } from '../shared/app/author-actions';
import { clientIp } from './lib/client-ip';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** DELETE /comments/{commentId} with X-Author-Token → {comment} in `deleted`, its text erased */
export const handler = httpRoute({ path: z.object({ commentId: z.string() }) }, async (event) =>
  json(
    200,
    await deleteComment(deps(), {
      commentId: event.parsed.path.commentId,
      token: event.headers['x-author-token'],
      sourceIp: clientIp(event),
    }),
    { 'cache-control': 'private, no-store' },
  ),
);
