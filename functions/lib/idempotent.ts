/**
 * Idempotent replay as a handler middleware: wraps a route's handler function in the Idempotency-Key
 * protocol of shared/app/idempotency.ts (why not Powertools Idempotency is written there). The route
 * says which Idempotency-Key request this is (null when no key was sent) and what body a result is
 * answered with; the wrapped function passes the guard to its use case, which reads the key's record
 * in its own first read and stores the answer in its own write. A replay is the stored text byte for
 * byte, marked `Idempotent-Replayed: true`.
 *
 * It wraps the handler function rather than sitting in the middy chain: a request whose key an earlier
 * request gave back runs the use case again, which a before/after hook cannot do, and the use case (not
 * a hook) knows when its refusals are done and the key may be claimed.
 */
import type { Deps } from '../../shared/app/deps';
import {
  idempotently,
  type AnswerOf,
  type IdempotencyGuard,
  type IdempotentRequest,
} from '../../shared/app/idempotency';
import { contractOf, type HandlerName } from '../routes';
import { IDEMPOTENT_REPLAYED_HEADER } from '../../shared/runtime-contract';
import { PRIVATE_NO_STORE } from './http';
import { rawReply, type Reply, type RouteBody, type RouteEvent } from './route';

/**
 * An idempotent route's answer carries what only its requester may hold (the author token shown once, a
 * notice token): never kept by a browser or a cache, first answer or replay.
 */
const FIRST: Readonly<Record<string, string>> = PRIVATE_NO_STORE;
const REPLAYED: Readonly<Record<string, string>> = {
  ...PRIVATE_NO_STORE,
  [IDEMPOTENT_REPLAYED_HEADER]: 'true',
};

/** The handler function of route `handler`, with its use case run under the request's Idempotency-Key. */
export function idempotent<H extends HandlerName, T>(
  handler: H,
  spec: {
    /** The request's Idempotency-Key, bound to what it asks; null without one. */
    request: (event: RouteEvent<H>, deps: Deps) => IdempotentRequest | null;
    /** The success body a result is answered with (sent, sealed and stored for replay). */
    body: (result: T) => RouteBody<H>;
  },
  fn: (event: RouteEvent<H>, deps: Deps, guard: IdempotencyGuard<T> | undefined) => Promise<T>,
): (event: RouteEvent<H>, deps: Deps) => Promise<Reply<RouteBody<H>>> {
  const answer: AnswerOf<T> = {
    status: contractOf(handler).ok.status,
    text: (result) => JSON.stringify(spec.body(result)),
  };
  return async (event, deps) => {
    const request = spec.request(event, deps);
    const once = await idempotently(deps, { request, answer }, (guard) => fn(event, deps, guard));
    return rawReply(once.answer, once.replayed ? REPLAYED : FIRST);
  };
}
