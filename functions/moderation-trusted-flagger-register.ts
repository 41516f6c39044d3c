import { registerTrustedFlagger } from '../shared/app/trusted-flaggers';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/**
 * POST /moderation/trusted-flaggers (admins) {name, organisation?, contact?} → 201 {flagger, flaggerToken}.
 * The flagger token is shown once: like every admin answer, it goes out `private, no-store` (lib/route.ts).
 */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-trusted-flagger-register', deps, (event, d) =>
    registerTrustedFlagger(d, event.moderator, event.parsed.body),
  );

export const handler = makeHandler();
