import * as z from 'zod';
import { commentHistory } from '../shared/app/moderation';
import { historyQuery } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** GET /moderation/comments/{commentId}/history?limit=&cursor= → a page of the audit events, oldest first */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ commentId: z.string() }), query: historyQuery },
  async (event) => json(200, await commentHistory(deps(), event.parsed.path.commentId, event.parsed.query)),
);
