import { decideNotice } from '../shared/app/notices';
import { deps as containerDeps } from './lib/deps';
import { httpRoute, type DepsSource } from './lib/route';

/** POST /moderation/notices/{noticeId}/decision {action: remove|keep, ground, note?} → {notice, comment} */
export const makeHandler = (deps: DepsSource = containerDeps) =>
  httpRoute('moderation-notice-decide', deps, (event, d) =>
    decideNotice(d, event.moderator, event.parsed.path.noticeId, event.parsed.body),
  );

export const handler = makeHandler();
