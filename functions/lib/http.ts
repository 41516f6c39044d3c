/** HTTP plumbing shared by the handlers: event types, JSON responses, parsing with zod. */
import { MIMEType } from 'node:util';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type { MiddlewareObj } from '@middy/core';
import type * as z from '../../shared/zod';
import {
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
  type ErrorDetail,
} from '../../shared/errors';

export type ApiEvent = APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
};

/** A JSON response; `body` may be pre-serialised JSON text. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: { ...BASE_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The media types of the answers that are not JSON (a route's `ok.media` in functions/routes.ts). */
export const CSV = 'text/csv; charset=utf-8';
export const NDJSON = 'application/x-ndjson; charset=utf-8';

/** JSON Lines: one JSON text a line, every line ended, so pages concatenate (an empty page is empty). */
export const jsonLines = (values: readonly unknown[]): string =>
  values.map((v) => `${JSON.stringify(v)}\n`).join('');

/** For answers about one author's own comment: no shared cache may keep them. */
export const PRIVATE_NO_STORE: Readonly<Record<string, string>> = { 'cache-control': 'private, no-store' };

/** Largest request body a handler reads; API Gateway itself allows 10 MB. */
export const MAX_BODY_BYTES = 64 * 1024;

type Schema = z.ZodMiniType;
export interface ParseSchemas {
  body?: Schema;
  query?: Schema;
  path?: Schema;
}
type Out<S> = S extends Schema ? z.output<S> : undefined;
export type Parsed<S extends ParseSchemas> = {
  body: Out<S['body']>;
  query: Out<S['query']>;
  path: Out<S['path']>;
};
export type ParsedEvent<S extends ParseSchemas> = ApiEvent & { parsed: Parsed<S> };

/**
 * The path of a problem with the request body as a whole (not UTF-8, not JSON, not an object): the empty
 * path, JSON Pointer's name for the whole document. Not `body`, which is the comment's text field.
 */
export const WHOLE_BODY = '';

const detailPath = (prefix: string | undefined, path: readonly PropertyKey[]): string =>
  [prefix, ...path.map(String)].filter(Boolean).join('.') || (prefix ?? WHOLE_BODY);

/**
 * One detail per problem, named by its field. A field the schema does not know is named itself (`isAdmin`:
 * "Unknown field."), not the object that holds it: at the top of a body that would read `body`, which a
 * client would take for the comment's text field.
 */
const zodDetails = (error: z.$ZodError, prefix?: string): ErrorDetail[] =>
  error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: detailPath(prefix, [...i.path, key]), message: 'Unknown field.' }))
      : [{ path: detailPath(prefix, i.path), message: i.message }],
  );

function parsePart(schema: Schema | undefined, value: unknown, prefix?: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(zodDetails(result.error, prefix));
  return result.data;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const STRICT_UTF8_KEEPING_BOM = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const NOT_UTF8 = 'The body is not valid UTF-8.';

/**
 * A request body's bytes as text, strictly: a lenient decoder would put U+FFFD in place of bytes that are
 * not UTF-8, and a text the client never sent would be stored. Bytes that are not UTF-8 are a 400
 * (`validation_failed`, `body`), from the handler and from the local gateway alike (local/http-api.ts, which
 * keeps a leading byte-order mark in the text, as API Gateway passes it on: `keepBom`).
 */
export function strictUtf8(bytes: Uint8Array, keepBom = false): string {
  try {
    return (keepBom ? STRICT_UTF8_KEEPING_BOM : STRICT_UTF8).decode(bytes);
  } catch {
    throw new ValidationError([{ path: WHOLE_BODY, message: NOT_UTF8 }], NOT_UTF8);
  }
}

/**
 * Whether a Content-Encoding header names no coding but `identity` (or is absent or empty). Nothing
 * here decodes gzip, deflate or br: a coded body would be read as if it were its decoded JSON.
 */
export function isIdentityEncoding(header: string | undefined): boolean {
  return (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .every((coding) => coding === '' || coding === 'identity');
}

/**
 * The `charset` parameter of a Content-Type header, lower case and unquoted (Node's own `MIMEType`
 * parser); null without one, or when the header does not parse (its media type was judged already).
 */
function charsetOf(header: string): string | null {
  try {
    return new MIMEType(header).params.get('charset')?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

function readJsonBody(event: ApiEvent): unknown {
  const header = event.headers['content-type'] ?? '';
  const contentType = header.split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType !== 'application/json' && !contentType.endsWith('+json'))
    throw new UnsupportedMediaTypeError();
  // JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset is refused for what it says it is,
  // rather than read as UTF-8 and refused as bytes that are not.
  const charset = charsetOf(header);
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8')
    throw new UnsupportedMediaTypeError(
      `Send the request body as JSON in UTF-8 (charset=utf-8), not ${charset.slice(0, 40)}.`,
    );
  const raw = event.body ?? '';
  // RFC 9110 §15.5.16: a content coding the server does not support is a 415. Without a body there is
  // nothing coded, so the header alone refuses nothing.
  if (raw !== '' && !isIdentityEncoding(event.headers['content-encoding']))
    throw new UnsupportedMediaTypeError(
      'Send the request body without a Content-Encoding: compressed bodies are not accepted.',
    );
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > MAX_BODY_BYTES) throw new PayloadTooLargeError(MAX_BODY_BYTES);
  // Only a base64 body (a `+json` media type) can fail here; a text one was decoded before the handler.
  const text = strictUtf8(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError(
      [{ path: WHOLE_BODY, message: 'The body is not valid JSON.' }],
      'The body is not valid JSON.',
    );
  }
}

/**
 * Validates path parameters, query string and JSON body with zod before the handler runs and puts the
 * typed results on `event.parsed`. Bad input becomes a 400 with field-level details (413 / 415 for
 * size, and for a media type or content coding other than JSON as it is), so handlers only ever see
 * valid input.
 */
export function parseWith<S extends ParseSchemas>(schemas: S): MiddlewareObj<ParsedEvent<S>, ApiResult> {
  return {
    before: (request) => {
      const event = request.event;
      const path = parsePart(schemas.path, event.pathParameters ?? {});
      const query = parsePart(schemas.query, event.queryStringParameters ?? {});
      const body = schemas.body ? parsePart(schemas.body, readJsonBody(event)) : undefined;
      event.parsed = { body, query, path } as Parsed<S>;
    },
  };
}
