/**
 * Builds an HTTP handler from its route's entry in functions/routes.ts: errors mapped outermost, then the
 * function's secrets loaded and (in CloudFront mode) direct calls refused, then the role check the entry's
 * `auth` names, then zod parsing of the entry's `input`; the handler's result is answered with the entry's
 * success status.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { Deps } from '../../shared/app/deps';
import { contractOf, type ContractOf, type HandlerName, type RouteAuth, type SuccessBody } from '../routes';
import { requireRole, type Role, type WithModerator } from './auth';
import { viaCloudFrontOnly } from './client-ip';
import { httpErrors } from './errors';
import {
  PRIVATE_NO_STORE,
  json,
  parseWith,
  type ApiEvent,
  type ApiResult,
  type ParsedEvent,
  type ParseSchemas,
} from './http';
import { runtimeSecrets } from './secrets';

/** Where a handler gets its dependencies on each call: the container's by default, any in tests. */
export type DepsSource = () => Deps;

type Handler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** The parsed event of route `H`; non-public routes also carry the moderator. */
export type RouteEvent<H extends HandlerName> = ParsedEvent<ContractOf<H>['input']> &
  (ContractOf<H>['auth'] extends 'public' ? unknown : WithModerator);

/** The success body of route `H`. */
export type RouteBody<H extends HandlerName> = SuccessBody<H>;

/** A success answer with headers of its own. */
export class Reply<B> {
  constructor(
    readonly body: B | string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** A success answer whose body is JSON text already (a stored answer replayed byte for byte). */
export const rawReply = (jsonText: string, headers: Readonly<Record<string, string>> = {}): Reply<never> =>
  new Reply<never>(jsonText, headers);

/**
 * A success answer that is not JSON (CSV, JSON Lines; the route's `ok.media`): the text as it is, under
 * its media type.
 */
export const textReply = (
  text: string,
  contentType: string,
  headers: Readonly<Record<string, string>> = {},
): Reply<never> => new Reply<never>(text, { ...headers, 'content-type': contentType });

/** The parsed event of a route with `auth` and `schemas`; non-public routes also carry the moderator. */
type EventFor<A extends RouteAuth, S extends ParseSchemas> = ParsedEvent<S> &
  (A extends 'public' ? unknown : WithModerator);

/** The middleware chain for any auth level and schemas (the route table's handlers, tests, the bench). */
export function buildRoute<A extends RouteAuth, S extends ParseSchemas>(
  auth: A,
  schemas: S,
  fn: (event: EventFor<A, S>, context: Context) => Promise<ApiResult>,
): Handler {
  type E = EventFor<A, S> & WithModerator;
  const chain = middy<E, ApiResult>()
    .use(httpErrors<E>())
    .use(runtimeSecrets<E, ApiResult>())
    .use(viaCloudFrontOnly<E, ApiResult>());
  if (auth !== 'public') chain.use(requireRole<E>(auth));
  return chain
    .use(parseWith(schemas) as unknown as middy.MiddlewareObj<E, ApiResult>)
    .handler(fn) as unknown as Handler;
}

/** A moderator (or admin-only) route with ad-hoc schemas; kept for the benchmark's own queue handler. */
export const moderatorRoute = <S extends ParseSchemas>(
  role: Role,
  schemas: S,
  fn: (event: ParsedEvent<S> & WithModerator, context: Context) => Promise<ApiResult>,
): Handler => buildRoute(role, schemas, fn);

/** The handler of route `handler` (its entry in functions/routes.ts), with `deps` taken on each call. */
export function httpRoute<H extends HandlerName>(
  handler: H,
  deps: DepsSource,
  fn: (event: RouteEvent<H>, deps: Deps, context: Context) => Promise<RouteBody<H> | Reply<RouteBody<H>>>,
): Handler {
  const contract = contractOf(handler);
  // What moderators and admins read (authors, evidence, reports) is never kept by a browser or a cache.
  const base = contract.auth === 'public' ? {} : PRIVATE_NO_STORE;
  return buildRoute(contract.auth, contract.input, async (event, context) => {
    const result = await fn(event as RouteEvent<H>, deps(), context);
    return result instanceof Reply
      ? json(contract.ok.status, result.body, { ...base, ...result.headers })
      : json(contract.ok.status, result, base);
  });
}
