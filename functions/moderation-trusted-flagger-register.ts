import { registerTrustedFlagger } from '../shared/app/trusted-flaggers';
import { deps as containerDeps } from './lib/deps';
import { PRIVATE_NO_STORE } from './lib/http';
import { Reply, httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/trusted-flaggers (admins) {name, organisation?, contact?} → 201 {flagger, flaggerToken} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-trusted-flagger-register', deps, async (event, d) => {
    const registered = await registerTrustedFlagger(d, event.moderator, event.parsed.body);
    // The flagger token is shown once: no shared cache may keep it.
    return new Reply(registered, PRIVATE_NO_STORE);
  });

export const handler = makeHandler();
