import { flagComment } from '../shared/app/flags';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /comments/{commentId}/flags {reason, note?} [X-Flagger-Token] → 202 */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('flag-comment', deps, (event, d) =>
    flagComment(d, {
      commentId: event.parsed.path.commentId,
      input: event.parsed.body,
      sourceIp: clientIp(event),
      flaggerToken: event.headers['x-flagger-token'],
    }),
  );

export const handler = makeHandler();
