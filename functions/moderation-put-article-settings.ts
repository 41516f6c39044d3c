import { putArticleSettings } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** PUT /moderation/articles/{articleId}/settings {mode?: pre|post|null, closed?} → the settings */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-put-article-settings', deps, (event, d) =>
    putArticleSettings(d, event.parsed.path.articleId, event.parsed.body),
  );

export const handler = makeHandler();
