import { moderationQueue } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/queue?queue=&articleId=&sort=&limit=&cursor= → {items, nextCursor} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-queue', deps, (event, d) => moderationQueue(d, event.parsed.query));

export const handler = makeHandler();
