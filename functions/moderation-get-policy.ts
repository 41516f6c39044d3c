import { getPolicy } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/policy (admins) → {policy, updatedAt, updatedBy} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-get-policy', deps, (_event, d) => getPolicy(d));

export const handler = makeHandler();
