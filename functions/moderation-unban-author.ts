import * as z from 'zod';
import { unbanAuthor } from '../shared/app/moderation';
import { authorIdSchema } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** DELETE /moderation/authors/{authorId}/ban → {author} */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ authorId: authorIdSchema }) },
  async (event) => json(200, await unbanAuthor(deps(), event.moderator, event.parsed.path.authorId)),
);
