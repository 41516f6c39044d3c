import { unbanAuthor } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** DELETE /moderation/authors/{authorId}/ban → {author} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-unban-author', deps, (event, d) =>
    unbanAuthor(d, event.moderator, event.parsed.path.authorId),
  );

export const handler = makeHandler();
