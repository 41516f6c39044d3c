import { lookupAuthorsByEmail } from '../shared/app/personal-data';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/authors/lookup {email, cursor?} → {authors: [{authorId, comments}], cursor} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-author-lookup', deps, async (event, d) => {
    const result = await lookupAuthorsByEmail(d, event.moderator, event.parsed.body);
    return new Reply(result, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
