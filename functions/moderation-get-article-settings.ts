import { getArticleSettings } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/articles/{articleId}/settings → {articleId, mode, closed, totalApproved} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-get-article-settings', deps, (event, d) =>
    getArticleSettings(d, event.parsed.path.articleId),
  );

export const handler = makeHandler();
