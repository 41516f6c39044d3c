/** The post route's event read as the use case's request, and as its Idempotency-Key request. */
import type { Deps } from '../../shared/app/deps';
import { postIdempotency } from '../../shared/app/post-comment';
import { clientIp } from './client-ip';
import { idempotencyKeyOf } from './idempotency-key';
import type { RouteEvent } from './route';

type PostEvent = RouteEvent<'post-comment'>;

export const postRequestOf = (event: PostEvent) => ({
  articleId: event.parsed.path.articleId,
  input: event.parsed.body,
  sourceIp: clientIp(event),
});

/** The post's Idempotency-Key request, or null without the header (a malformed key is a 400). */
export function postKeyOf(event: PostEvent, d: Deps) {
  const req = postRequestOf(event); // an unusable client address is a 403 before any key is looked at
  const key = idempotencyKeyOf(event);
  return key === undefined ? null : postIdempotency(d.secret, req, key);
}
