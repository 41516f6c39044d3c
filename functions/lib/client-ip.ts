/**
 * The client's address, as rate limits, network bans and reporter identity see it.
 *
 * Default mode: API Gateway's `requestContext.http.sourceIp`, the address of the TCP peer, which API
 * Gateway sets and no client can forge.
 *
 * CloudFront mode (the construct's `cloudFront` prop sets PARLEY_CLIENT_ADDRESS=cloudfront): the peer is a
 * CloudFront server, so the viewer's address comes from the `CloudFront-Viewer-Address` header (`ip:port`),
 * which the distribution's origin request policy forwards. Anyone can also send that header straight to
 * the execute-api URL, so it is believed only on a request that carries the origin-verify header with the
 * secret value CloudFront adds to every origin request; a request without it is refused with 403, whatever
 * it claims. Nothing else (X-Forwarded-For, True-Client-IP, …) is ever read.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { MiddlewareObj } from '@middy/core';
import { ForbiddenError } from '../../shared/errors';
import { CLIENT_ADDRESS_ENV, ORIGIN_VERIFY_HEADER } from '../../shared/runtime-contract';
import type { ApiEvent } from './http';
import { logger } from './logger';
import { originVerifyValue } from './secret-values';

export { CLIENT_ADDRESS_ENV, ORIGIN_VERIFY_HEADER };
/** CloudFront's header with the viewer's address and source port. */
export const VIEWER_ADDRESS_HEADER = 'cloudfront-viewer-address';

export type ClientAddressMode = 'source-ip' | 'cloudfront';

/** The configured mode; an unknown value is a deployment error, not a reason to trust headers. */
export function clientAddressMode(env: NodeJS.ProcessEnv = process.env): ClientAddressMode {
  const mode = env[CLIENT_ADDRESS_ENV] ?? 'source-ip';
  if (mode !== 'source-ip' && mode !== 'cloudfront') throw new Error(`${CLIENT_ADDRESS_ENV}: unknown mode`);
  return mode;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Refuses (403) a request that does not carry CloudFront's origin-verify value. */
export function assertViaCloudFront(
  event: ApiEvent,
  expected: string | undefined = originVerifyValue(),
): void {
  if (expected === undefined) {
    // CloudFront mode without the secret loaded: a deployment error (500), never an open door.
    throw new Error('CloudFront mode, but the origin-verify secret is not configured or not loaded');
  }
  const presented = event.headers[ORIGIN_VERIFY_HEADER];
  if (presented === undefined || !timingSafeEqual(digest(presented), digest(expected))) {
    throw new ForbiddenError('Requests must come through the site’s CloudFront distribution.');
  }
}

/**
 * The address in a `CloudFront-Viewer-Address` value: `198.51.100.10:46532`, `2001:db8::1:46532` (IPv6
 * unbracketed, as CloudFront writes it) or `[2001:db8::1]:46532`. Null for anything else, including a
 * list (two values joined by a comma), a missing or non-numeric port, a zone id or a host name.
 */
export function parseViewerAddress(value: string): string | null {
  const text = value.trim();
  const bracketed = text.startsWith('[');
  const match = bracketed ? /^\[([^\]]+)\]:(\d{1,5})$/.exec(text) : /^(.+):(\d{1,5})$/.exec(text);
  if (!match) return null;
  const [, address = '', port = ''] = match;
  const family = address.includes('%') ? 0 : isIP(address); // no zone ids: never on the internet
  if (Number(port) > 65_535 || family === 0 || (bracketed && family !== 6)) return null;
  return address;
}

/**
 * The client's source address for this request. In CloudFront mode, throws ForbiddenError (403) unless the
 * request proves it came through CloudFront and carries a well-formed viewer address.
 */
export function clientIp(
  event: ApiEvent,
  env: NodeJS.ProcessEnv = process.env,
  expected: string | undefined = originVerifyValue(),
): string {
  if (clientAddressMode(env) === 'source-ip') return event.requestContext.http.sourceIp;
  assertViaCloudFront(event, expected);
  const viewer = event.headers[VIEWER_ADDRESS_HEADER];
  const address = viewer === undefined ? null : parseViewerAddress(viewer);
  if (address === null) {
    // CloudFront always sends it when the origin request policy forwards it: a policy changed by hand.
    logger.warn('CloudFront request without a usable CloudFront-Viewer-Address header', {
      present: viewer !== undefined,
    });
    throw new ForbiddenError('The request’s client address cannot be determined.');
  }
  return address;
}

/**
 * Middleware for every HTTP route: in CloudFront mode a direct call to the execute-api URL is refused with
 * 403 before anything else runs, so the WAF in front of CloudFront cannot be bypassed. Needs the secrets
 * loaded first (`runtimeSecrets`).
 */
export const viaCloudFrontOnly = <E extends ApiEvent, R>(): MiddlewareObj<E, R> => ({
  before: (request) => {
    if (clientAddressMode() === 'cloudfront') assertViaCloudFront(request.event);
  },
});
