import { moderationStats } from '../shared/app/moderation';
import { deps } from './lib/deps';
import { json } from './lib/http';
import { moderatorRoute } from './lib/route';

/** GET /moderation/stats → queue sizes, oldest pending age, human decisions and time to decision (24 h) */
export const handler = moderatorRoute('moderator', {}, async () => json(200, await moderationStats(deps())));
