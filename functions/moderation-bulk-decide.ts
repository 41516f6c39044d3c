import { decideBulk } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/decisions {action, reason?, note?, items: [{commentId, expectedVersion?}]} → per-item results */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-bulk-decide', deps, (event, d) => decideBulk(d, event.moderator, event.parsed.body));

export const handler = makeHandler();
