import { exportAuthor } from '../shared/app/personal-data';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/authors/{authorId}/export?cursor= → {exportedAt, about, comments, author, nextCursor} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-author-export', deps, async (event, d) => {
    const result = await exportAuthor(d, event.moderator, event.parsed.path.authorId, event.parsed.query);
    return new Reply(result, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
