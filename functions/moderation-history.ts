import { commentHistory } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/comments/{commentId}/history?limit=&cursor= → a page of the audit events, oldest first */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-history', deps, (event, d) =>
    commentHistory(d, event.parsed.path.commentId, event.parsed.query),
  );

export const handler = makeHandler();
