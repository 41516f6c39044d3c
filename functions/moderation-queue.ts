import { listQueue } from '../shared/app/moderation';
import { queueQuery } from '../shared/domain/moderation-schemas';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** GET /moderation/queue?queue=&articleId=&sort=&limit=&cursor= → {items, nextCursor} */
export const handler = moderatorRoute('moderator', { query: queueQuery }, async (event) =>
  json(200, await listQueue(deps(), event.parsed.query)),
);
