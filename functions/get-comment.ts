import * as z from 'zod';
import { getComment } from '../shared/app/read-comments';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** GET /comments/{commentId} → the approved comment, or the author's own in any state with X-Author-Token */
export const handler = httpRoute({ path: z.object({ commentId: z.string() }) }, async (event) => {
  const token = event.headers['x-author-token'];
  const comment = await getComment(deps(), event.parsed.path.commentId, token);
  // The author's view is personal: no shared cache may keep it.
  return json(200, { comment }, token === undefined ? {} : { 'cache-control': 'private, no-store' });
});
