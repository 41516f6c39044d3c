import { decide } from '../shared/app/moderation';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/comments/{commentId}/decision {action, reason?, note?, expectedVersion?} → {comment} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-decide', deps, (event, d) =>
    decide(d, event.moderator, event.parsed.path.commentId, event.parsed.body),
  );

export const handler = makeHandler();
