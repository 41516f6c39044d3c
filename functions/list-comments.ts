import * as z from 'zod';
import { listThreads } from '../shared/app/read-comments';
import { articleIdSchema, listCommentsQuery } from '../shared/domain/schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { httpRoute } from './lib/route';

/** GET /articles/{articleId}/comments → a page of approved threads */
export const handler = httpRoute(
  { path: z.object({ articleId: articleIdSchema }), query: listCommentsQuery },
  async (event) => json(200, await listThreads(deps(), event.parsed.path.articleId, event.parsed.query)),
);
