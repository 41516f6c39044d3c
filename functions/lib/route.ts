/**
 * Builds HTTP handlers: errors mapped outermost, then the function's secrets loaded and (in CloudFront
 * mode) direct calls refused, then (for moderators) the role check, then zod parsing.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { requireRole, type Role, type WithModerator } from './auth';
import { viaCloudFrontOnly } from './client-ip';
import { httpErrors } from './errors';
import { parseWith, type ApiEvent, type ApiResult, type ParsedEvent, type ParseSchemas } from './http';
import { runtimeSecrets } from './secrets';

type Handler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** A public route. */
export function httpRoute<S extends ParseSchemas>(
  schemas: S,
  fn: (event: ParsedEvent<S>, context: Context) => Promise<ApiResult>,
): Handler {
  return middy<ParsedEvent<S>, ApiResult>()
    .use(httpErrors<ParsedEvent<S>>())
    .use(runtimeSecrets<ParsedEvent<S>, ApiResult>())
    .use(viaCloudFrontOnly<ParsedEvent<S>, ApiResult>())
    .use(parseWith(schemas))
    .handler(fn) as unknown as Handler;
}

/** A moderator (or admin-only) route behind the JWT authorizer. */
export function moderatorRoute<S extends ParseSchemas>(
  role: Role,
  schemas: S,
  fn: (event: ParsedEvent<S> & WithModerator, context: Context) => Promise<ApiResult>,
): Handler {
  type E = ParsedEvent<S> & WithModerator;
  return middy<E, ApiResult>()
    .use(httpErrors<E>())
    .use(runtimeSecrets<E, ApiResult>())
    .use(viaCloudFrontOnly<E, ApiResult>())
    .use(requireRole<E>(role))
    .use(parseWith(schemas) as unknown as middy.MiddlewareObj<E, ApiResult>)
    .handler(fn) as unknown as Handler;
}
