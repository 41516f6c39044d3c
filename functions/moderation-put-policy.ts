import { putPolicy } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** PUT /moderation/policy (admins) {…any policy fields, expectedVersion?} → the new version */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-put-policy', deps, (event, d) => putPolicy(d, event.moderator, event.parsed.body));

export const handler = makeHandler();
