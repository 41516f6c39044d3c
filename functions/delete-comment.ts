import * as z from 'zod';
import { deleteComment } from '../shared/app/author-actions';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** DELETE /comments/{commentId} with X-Author-Token → {comment} in `deleted`, its text erased */
export const handler = httpRoute({ path: z.object({ commentId: z.string() }) }, async (event) =>
  json(200, await deleteComment(deps(), event.parsed.path.commentId, event.headers['x-author-token']), {
    'cache-control': 'private, no-store',
  }),
);
