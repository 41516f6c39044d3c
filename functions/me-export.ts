import { exportMyData } from '../shared/app/personal-data';
import { clientIp } from './lib/client-ip';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** GET /me/export with X-Author-Token: t1, t2, … → {exportedAt, about, comments} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('me-export', deps, async (event, d) => {
    const result = await exportMyData(d, {
      tokens: event.headers['x-author-token'],
      sourceIp: clientIp(event),
    });
    return new Reply(result, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
