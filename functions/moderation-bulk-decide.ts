import { decideBulk } from '../shared/app/moderation';
import { bulkDecisionInput } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** POST /moderation/decisions {action, reason?, note?, items: [{commentId, expectedVersion?}]} → per-item results */
export const handler = moderatorRoute('moderator', { body: bulkDecisionInput }, async (event) =>
  json(200, await decideBulk(deps(), event.moderator, event.parsed.body)),
);
