import * as z from 'zod';
import { putArticleSettings } from '../shared/app/moderation';
import { articleSettingsInput } from '../shared/domain/moderation-schemas';
import { articleIdSchema } from '../shared/domain/schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** PUT /moderation/articles/{articleId}/settings {mode?: pre|post|null, closed?} → the settings */
export const handler = moderatorRoute(
  'moderator',
  { path: z.object({ articleId: articleIdSchema }), body: articleSettingsInput },
  async (event) =>
    json(200, await putArticleSettings(deps(), event.parsed.path.articleId, event.parsed.body)),
);
