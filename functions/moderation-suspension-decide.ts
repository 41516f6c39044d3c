import { decideSuspension } from '../shared/app/suspensions';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/suspensions/{suspensionId}/decision {action: warn|suspend|dismiss, days?, note?} → {proposal, account} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-suspension-decide', deps, (event, d) =>
    decideSuspension(d, event.moderator, event.parsed.path.suspensionId, event.parsed.body),
  );

export const handler = makeHandler();
