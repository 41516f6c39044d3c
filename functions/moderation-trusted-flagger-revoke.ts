import { revokeTrustedFlagger } from '../shared/app/trusted-flaggers';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** DELETE /moderation/trusted-flaggers/{flaggerId} (admins) → {flagger} with revokedAt (again: the same) */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-trusted-flagger-revoke', deps, (event, d) =>
    revokeTrustedFlagger(d, event.parsed.path.flaggerId),
  );

export const handler = makeHandler();
