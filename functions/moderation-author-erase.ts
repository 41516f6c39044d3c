import { eraseAuthor } from '../shared/app/personal-data';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/authors/{authorId}/erase {note?, cursor?} → {erased, changed, retained, nextCursor} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-author-erase', deps, (event, d) =>
    eraseAuthor(d, event.moderator, event.parsed.path.authorId, event.parsed.body),
  );

export const handler = makeHandler();
