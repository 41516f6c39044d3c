import { submitNotice } from '../shared/app/notices';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** POST /comments/{commentId}/notices {category, explanation, lawOrGround?, notifierName?, notifierEmail?, goodFaith} [X-Flagger-Token] → 202 */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('notice-submit', deps, async (event, d) => {
    const receipt = await submitNotice(d, {
      commentId: event.parsed.path.commentId,
      input: event.parsed.body,
      sourceIp: clientIp(event),
      flaggerToken: event.headers['x-flagger-token'],
    });
    // The notice token is shown once: no shared cache may keep it.
    return new Reply(receipt, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
