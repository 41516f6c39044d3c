import { putPolicy } from '../shared/app/moderation';
import { policyPutInput } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** PUT /moderation/policy (admins) {…any policy fields, expectedVersion?} → the new version */
export const handler = moderatorRoute('admin', { body: policyPutInput }, async (event) =>
  json(200, await putPolicy(deps(), event.moderator, event.parsed.body)),
);
