import { moderationStats } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/stats → queue sizes, oldest pending age, human decisions and time to decision (24 h) */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-stats', deps, (_event, d) => moderationStats(d));

export const handler = makeHandler();
