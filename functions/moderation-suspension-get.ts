import { suspensionDetail } from '../shared/app/suspensions';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/suspensions/{suspensionId} → {proposal, account, events} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-suspension-get', deps, (event, d) =>
    suspensionDetail(d, event.parsed.path.suspensionId),
  );

export const handler = makeHandler();
