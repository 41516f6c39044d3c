import { banAuthor } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/authors/{authorId}/ban {reason, rejectPending?} → {author, rejected, remaining} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-ban-author', deps, (event, d) =>
    banAuthor(d, event.moderator, event.parsed.path.authorId, event.parsed.body),
  );

export const handler = makeHandler();
