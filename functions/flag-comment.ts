import * as z from 'zod';
import { flagComment } from '../shared/app/flags';
import { flagInput } from '../shared/domain/moderation-schemas';
import { clientIp } from './lib/client-ip';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** POST /comments/{commentId}/flags {reason, note?} → 202 */
export const handler = httpRoute(
  { path: z.object({ commentId: z.string() }), body: flagInput },
  async (event) =>
    json(
      202,
      await flagComment(deps(), {
        commentId: event.parsed.path.commentId,
        input: event.parsed.body,
        sourceIp: clientIp(event),
      }),
    ),
);
