/**
 * Request and response plumbing of the local gateway (`gateway.ts`): bounded body reading, CORS for
 * local pages, JSON answers, and writing a response as API Gateway would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { splitUrl, type HttpResponse } from './http-api';
import { isLocalSurface } from './local-guard';
import { CORS_EXPOSED_HEADERS } from '../shared/runtime-contract';

/** API Gateway's payload limit for HTTP APIs. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Beyond this much unread body we stop draining and drop the connection instead. */
const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;

export type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'too_large'; drained: boolean };

/** Reads the body up to `limit` bytes; past it keeps draining (bounded) so the 413 reaches the client. */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > MAX_DRAIN_BYTES) return { kind: 'too_large', drained: false };
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_DRAIN_BYTES) return { kind: 'too_large', drained: false };
    if (total <= limit) chunks.push(chunk);
  }
  return total > limit ? { kind: 'too_large', drained: true } : { kind: 'ok', body: Buffer.concat(chunks) };
}

const CORS_ALLOW_HEADERS =
  'authorization,content-type,idempotency-key,x-author-token,x-notice-token,x-flagger-token';
const CORS_EXPOSE_HEADERS = ['apigw-requestid', 'location', ...CORS_EXPOSED_HEADERS].join(',');

/**
 * Permissive CORS for local pages on other origins (on AWS the HTTP API's CORS config does this); never
 * on the local admin surface.
 */
export function addCorsHeaders(req: IncomingMessage, response: HttpResponse): void {
  const origin = req.headers.origin;
  if (isLocalSurface(splitUrl(req.url ?? '/').rawPath)) return;
  if (origin === undefined || response.headers.some(([name]) => name === 'access-control-allow-origin'))
    return;
  response.headers.push(
    ['access-control-allow-origin', origin],
    ['access-control-expose-headers', CORS_EXPOSE_HEADERS],
    ['vary', 'origin'],
  );
}

export function preflight(req: IncomingMessage): HttpResponse {
  const requested = req.headers['access-control-request-headers'];
  return {
    statusCode: 204,
    headers: [
      ['access-control-allow-origin', req.headers.origin ?? '*'],
      ['access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS'],
      [
        'access-control-allow-headers',
        typeof requested === 'string' && requested ? requested : CORS_ALLOW_HEADERS,
      ],
      ['access-control-max-age', '600'],
      ['vary', 'origin'],
    ],
    body: Buffer.alloc(0),
  };
}

export const json = (statusCode: number, value: unknown): HttpResponse => ({
  statusCode,
  headers: [['content-type', 'application/json']],
  body: Buffer.from(JSON.stringify(value), 'utf8'),
});

/** A refusal of the local runtime's own, in the API's error shape. */
export const refusal = (statusCode: number, code: string, message: string): HttpResponse =>
  json(statusCode, { error: { code, message } });

export function write(res: ServerResponse, response: HttpResponse, requestId: string): void {
  if (res.headersSent) return;
  res.statusCode = response.statusCode;
  for (const [name, value] of response.headers) res.appendHeader(name, value);
  res.setHeader('apigw-requestid', requestId);
  res.setHeader('content-length', response.body.length);
  if (response.closeConnection) res.setHeader('connection', 'close');
  res.end(response.body);
}
