import * as z from 'zod';
import { listReplies } from '../shared/app/read-comments';
import { listRepliesQuery } from '../shared/domain/schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** GET /comments/{commentId}/replies → a page of a thread's approved replies */
export const handler = httpRoute(
  { path: z.object({ commentId: z.string() }), query: listRepliesQuery },
  async (event) => json(200, await listReplies(deps(), event.parsed.path.commentId, event.parsed.query)),
);
