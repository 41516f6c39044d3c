import { submitNoticeAppeal } from '../shared/app/appeals';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** POST /notices/{noticeId}/appeals {explanation} with X-Notice-Token → 202 {appeal} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('notice-appeal-submit', deps, async (event, d) => {
    const receipt = await submitNoticeAppeal(d, {
      id: event.parsed.path.noticeId,
      token: event.headers['x-notice-token'],
      input: event.parsed.body,
    });
    // The notifier's own business: no shared cache may keep it.
    return new Reply(receipt, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
