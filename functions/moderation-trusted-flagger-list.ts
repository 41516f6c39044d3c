import { listTrustedFlaggers } from '../shared/app/trusted-flaggers';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** GET /moderation/trusted-flaggers (admins) → {flaggers}, revoked ones too, never a token */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-trusted-flagger-list', deps, (_event, d) => listTrustedFlaggers(d));

export const handler = makeHandler();
