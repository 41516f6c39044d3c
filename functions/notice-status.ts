import { noticeStatus } from '../shared/app/notices';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** GET /notices/{noticeId} with X-Notice-Token → {notice}: its status, and once decided the decision */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('notice-status', deps, async (event, d) => {
    const status = await noticeStatus(d, event.parsed.path.noticeId, event.headers['x-notice-token']);
    // The notifier's view is personal: no shared cache may keep it.
    return new Reply(status, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
