import * as z from 'zod';
import { decide } from '../shared/app/moderation';
import { decisionInput } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** POST /moderation/comments/{commentId}/decision {action, reason?, note?, expectedVersion?} → {comment} */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ commentId: z.string() }), body: decisionInput },
  async (event) =>
    json(200, await decide(deps(), event.moderator, event.parsed.path.commentId, event.parsed.body)),
);
