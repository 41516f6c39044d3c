import { decideAppeal } from '../shared/app/appeals';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/appeals/{appealId}/decision {action: uphold|reverse, note} → {appeal, comment} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-appeal-decide', deps, (event, d) =>
    decideAppeal(d, event.moderator, event.parsed.path.appealId, event.parsed.body),
  );

export const handler = makeHandler();
