import { getPolicy } from '../shared/app/moderation';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** GET /moderation/policy (admins) → {policy, updatedAt, updatedBy} */
export const handler = moderatorRoute('admin', {}, async () => json(200, await getPolicy(deps())));
