import { eraseMyData } from '../shared/app/personal-data';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** DELETE /me with X-Author-Token: t1, t2, … → {erased: [{id, status}], changed, retained} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('me-erase', deps, async (event, d) => {
    const result = await eraseMyData(d, {
      tokens: event.headers['x-author-token'],
      sourceIp: clientIp(event),
    });
    return new Reply(result, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
