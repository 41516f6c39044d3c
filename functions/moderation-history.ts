import * as z from 'zod';
import { commentHistory } from '../shared/app/moderation';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** GET /moderation/comments/{commentId}/history → the comment's audit events, oldest first */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ commentId: z.string() }) },
  async (event) => json(200, await commentHistory(deps(), event.parsed.path.commentId)),
);
