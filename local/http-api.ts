/**
 * Translation between raw HTTP and the HTTP API Lambda payload format 2.0, both ways, written to match
 * what API Gateway actually sends and accepts (see the notes on each function).
 */
import { randomBytes } from 'node:crypto';
import type { APIGatewayEventRequestContextJWTAuthorizer } from 'aws-lambda';
import { isIdentityEncoding, strictUtf8 } from '../functions/lib/http';
import type { HttpApiEvent } from './handler-loader';

/** What the gateway knows about one request before it becomes an event. */
export interface RawRequest {
  method: string;
  /** The request target as sent: path plus optional `?query`. */
  url: string;
  /** e.g. `1.1` */
  httpVersion: string;
  /** Node's `req.rawHeaders`: [name, value, name, value, …] with original case and repeats. */
  rawHeaders: readonly string[];
  body: Buffer;
  sourceIp: string;
  localPort: number;
}

export interface EventContext {
  routeKey: string;
  pathParameters: Record<string, string> | undefined;
  requestId: string;
  authorizer?: APIGatewayEventRequestContextJWTAuthorizer;
  apiId: string;
  accountId: string;
  now: Date;
}

/** An API Gateway-style request id (API Gateway uses short base64 ids, e.g. `JKJaXmPLvHcESHA=`). */
export const newRequestId = (): string => randomBytes(11).toString('base64');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** `requestContext.time` format: `12/Mar/2020:19:03:58 +0000`. */
export const formatRequestTime = (d: Date): string =>
  `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;

/** Splits `/path?query` into raw path and raw query string (neither decoded). */
export function splitUrl(url: string): { rawPath: string; rawQueryString: string } {
  const q = url.indexOf('?');
  return q === -1
    ? { rawPath: url, rawQueryString: '' }
    : { rawPath: url.slice(0, q), rawQueryString: url.slice(q + 1) };
}

/**
 * Header names lower-cased, repeated headers joined with `,` (API Gateway's rule). `cookie` headers are
 * removed here: payload 2.0 moves them into `event.cookies`.
 */
function collectHeaders(rawHeaders: readonly string[]): {
  headers: Record<string, string>;
  cookies: string[];
} {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    const value = rawHeaders[i + 1]!;
    if (name === 'cookie') {
      cookies.push(
        ...value
          .split(';')
          .map((c) => c.trim())
          .filter(Boolean),
      );
      continue;
    }
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return { headers, cookies };
}

/** Decoded query parameters, repeated keys joined with `,`; undefined when there are none. */
function parseQuery(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const params: Record<string, string> = {};
  // URLSearchParams never throws: a malformed %-sequence is kept as it is.
  for (const [key, value] of new URLSearchParams(rawQueryString)) {
    params[key] = key in params ? `${params[key]},${value}` : value;
  }
  return Object.keys(params).length > 0 ? params : undefined;
}

/**
 * Whether API Gateway passes a body of this content type as UTF-8 text. Checked against real HTTP APIs:
 * only text/*, application/json, application/xml and application/javascript arrive as text; everything
 * else — a missing content type and application/x-www-form-urlencoded included — arrives base64-encoded.
 */
export function isTextContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!mediaType) return false;
  return (
    mediaType.startsWith('text/') ||
    mediaType === 'application/json' ||
    mediaType === 'application/xml' ||
    mediaType === 'application/javascript'
  );
}

/**
 * Builds the payload 2.0 event for a matched route. A text body is decoded strictly (`strictUtf8`): bytes
 * that are not UTF-8 throw the handlers' own 400, which the gateway answers. On AWS, API Gateway decodes a
 * text body before Lambda sees it, and the handler cannot tell what it did with such bytes.
 */
export function buildHttpApiEvent(request: RawRequest, ctx: EventContext): HttpApiEvent {
  const { rawPath, rawQueryString } = splitUrl(request.url);
  const { headers, cookies } = collectHeaders(request.rawHeaders);
  // API Gateway appends the caller to X-Forwarded-For and adds its own forwarding and trace headers.
  headers['x-forwarded-for'] = headers['x-forwarded-for']
    ? `${headers['x-forwarded-for']}, ${request.sourceIp}`
    : request.sourceIp;
  headers['x-forwarded-port'] = String(request.localPort);
  headers['x-forwarded-proto'] = 'http';
  headers['x-amzn-trace-id'] ??=
    `Root=1-${Math.floor(ctx.now.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;

  const queryStringParameters = parseQuery(rawQueryString);
  const hasBody = request.body.length > 0;
  // A coded body (Content-Encoding gzip, br, …) is bytes, whatever its media type: it is passed on as
  // base64, never decoded as text here, and the handler refuses the coding (415).
  const textBody =
    isTextContentType(headers['content-type']) && isIdentityEncoding(headers['content-encoding']);

  const event: HttpApiEvent = {
    version: '2.0',
    routeKey: ctx.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      accountId: ctx.accountId,
      apiId: ctx.apiId,
      ...(ctx.authorizer ? { authorizer: ctx.authorizer } : {}),
      domainName: headers.host ?? `127.0.0.1:${request.localPort}`,
      domainPrefix: ctx.apiId,
      http: {
        method: request.method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: ctx.requestId,
      routeKey: ctx.routeKey,
      stage: '$default',
      time: formatRequestTime(ctx.now),
      timeEpoch: ctx.now.getTime(),
    },
    ...(hasBody ? { body: textBody ? strictUtf8(request.body, true) : request.body.toString('base64') } : {}),
    ...(ctx.pathParameters ? { pathParameters: ctx.pathParameters } : {}),
    isBase64Encoded: hasBody && !textBody,
  };
  return event;
}

/** An HTTP response ready to write: headers as [name, value] pairs so repeats (set-cookie) survive. */
export interface HttpResponse {
  statusCode: number;
  headers: [string, string][];
  body: Buffer;
  /** Close the connection after this response (its request body was left unread). */
  closeConnection?: boolean;
}

/** Thrown for a Lambda result API Gateway could not turn into a response (it answers 500). */
export class MalformedResultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedResultError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Node computes framing itself; a handler's own values would corrupt the response.
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection']);

/**
 * Turns a handler's result into the HTTP response API Gateway would send. Without a `statusCode` the
 * result is taken as the JSON body of a 200 (payload 2.0's format inference); with one, `headers`,
 * `multiValueHeaders`, `cookies` and a possibly base64 `body` are honoured.
 */
export function resultToResponse(result: unknown): HttpResponse {
  if (!isRecord(result) || !('statusCode' in result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    return {
      statusCode: 200,
      headers: [['content-type', 'application/json']],
      body: Buffer.from(body, 'utf8'),
    };
  }
  const { statusCode, headers, multiValueHeaders, cookies, body, isBase64Encoded } = result;
  if (
    typeof statusCode !== 'number' ||
    !Number.isInteger(statusCode) ||
    statusCode < 100 ||
    statusCode > 599
  ) {
    throw new MalformedResultError(
      `statusCode must be an integer 100-599, got ${JSON.stringify(statusCode)}`,
    );
  }
  if (body !== undefined && body !== null && typeof body !== 'string') {
    throw new MalformedResultError('body must be a string');
  }
  const out: [string, string][] = [];
  const scalar = (v: unknown): v is string | number | boolean =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (isRecord(headers)) {
    for (const [name, value] of Object.entries(headers)) {
      if (scalar(value) && !FRAMING_HEADERS.has(name.toLowerCase()))
        out.push([name.toLowerCase(), String(value)]);
    }
  }
  if (isRecord(multiValueHeaders)) {
    for (const [name, values] of Object.entries(multiValueHeaders)) {
      if (!Array.isArray(values) || FRAMING_HEADERS.has(name.toLowerCase())) continue;
      for (const value of values) if (scalar(value)) out.push([name.toLowerCase(), String(value)]);
    }
  }
  if (Array.isArray(cookies)) {
    for (const cookie of cookies) if (typeof cookie === 'string') out.push(['set-cookie', cookie]);
  }
  const text = typeof body === 'string' ? body : '';
  return {
    statusCode,
    headers: out,
    body: isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'),
  };
}

/** API Gateway's own JSON error responses (`{"message":"…"}`). */
export const gatewayError = (statusCode: number, message: string): HttpResponse => ({
  statusCode,
  headers: [['content-type', 'application/json']],
  body: Buffer.from(JSON.stringify({ message }), 'utf8'),
});
