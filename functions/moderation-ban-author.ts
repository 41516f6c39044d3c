import * as z from 'zod';
import { banAuthor } from '../shared/app/moderation';
import { authorIdSchema, banInput } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** POST /moderation/authors/{authorId}/ban {reason, rejectPending?} → {author, rejected, remaining} */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ authorId: authorIdSchema }), body: banInput },
  async (event) =>
    json(200, await banAuthor(deps(), event.moderator, event.parsed.path.authorId, event.parsed.body)),
);
