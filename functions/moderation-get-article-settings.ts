import * as z from 'zod';
import { getArticleSettings } from '../shared/app/moderation';
import { articleIdSchema } from '../shared/domain/schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** GET /moderation/articles/{articleId}/settings → {articleId, mode, closed, totalApproved} */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ articleId: articleIdSchema }) },
  async (event) => json(200, await getArticleSettings(deps(), event.parsed.path.articleId)),
);
