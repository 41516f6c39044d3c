import { submitAuthorAppeal } from '../shared/app/appeals';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** POST /comments/{commentId}/appeals {explanation} with X-Author-Token → 202 {appeal} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('appeal-submit', deps, async (event, d) => {
    const receipt = await submitAuthorAppeal(d, {
      id: event.parsed.path.commentId,
      token: event.headers['x-author-token'],
      input: event.parsed.body,
    });
    // The author's own business: no shared cache may keep it.
    return new Reply(receipt, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
