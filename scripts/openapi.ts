/**
 * Writes docs/openapi.json from the route table (functions/routes.ts): each entry's schemas, success status
 * and error codes, the codes' statuses from the one status table. The document cannot drift from the code
 * (a test fails when the committed file is stale). Run: `npm run openapi`.
 */
import { writeFileSync } from 'node:fs';
import * as z from '../shared/zod';
import { STATUS_BY_CODE } from '../functions/lib/errors';
import { routes, type HandlerName, type RouteContract } from '../functions/routes';
import { ROUTE_SUMMARIES } from '../functions/route-summaries';
import type { ErrorCode } from '../shared/errors';
import * as res from '../shared/domain/responses';

const jsonSchema = (schema: z.ZodMiniType, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    // What a schema's parsing means where JSON Schema cannot show it (`z.documentAs`, `z.documentAlso`).
    override: ({ zodSchema, jsonSchema: json }) => {
      Object.assign(json, z.documentedAlso.get(zodSchema));
      const doc = z.documented.get(zodSchema);
      if (!doc) return;
      for (const key of Object.keys(json)) delete json[key as keyof typeof json];
      Object.assign(json, doc);
    },
  }) as Record<string, unknown>;
  return rest;
};

/** Every error code a route can answer with: its use case's, and what the wrapper adds from the entry. */
export function errorCodesOf(route: RouteContract): ErrorCode[] {
  const codes = new Set<ErrorCode>(route.errors);
  if (route.input.query || route.input.body) codes.add('validation_failed');
  if (route.input.body) {
    codes.add('payload_too_large');
    codes.add('unsupported_media_type');
  }
  if (route.auth !== 'public') codes.add('forbidden');
  // Any write may lose every retry of the contention policy when many requests change one record at once.
  if (route.method !== 'GET') codes.add('busy');
  return [...codes];
}

/** The statuses a route can answer with besides success, in ascending order. */
export function errorStatusesOf(route: RouteContract): number[] {
  const statuses = new Set(errorCodesOf(route).map((code) => STATUS_BY_CODE[code]));
  // The JWT authorizer's own 401 on non-public routes.
  if (route.auth !== 'public') statuses.add(401);
  return [...statuses].sort((a, b) => a - b);
}

/** The success body's media types: JSON, JSON Lines of the schema, or JSON and CSV (`ok.media`). */
function successContent(route: RouteContract) {
  const schema = jsonSchema(res[route.ok.schema], 'output');
  if (route.ok.media === 'ndjson') return { 'application/x-ndjson': { schema } };
  return {
    'application/json': { schema },
    ...(route.ok.media === 'json-or-csv' ? { 'text/csv': { schema: { type: 'string' } } } : {}),
  };
}

function operation(route: RouteContract) {
  const input = route.input;
  const parameters: unknown[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (input.query) {
    const schema = jsonSchema(input.query, 'input') as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, s] of Object.entries(schema.properties ?? {})) {
      parameters.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: s });
    }
  }
  for (const [name, description] of Object.entries(route.headers ?? {})) {
    parameters.push({ name, in: 'header', required: false, description, schema: { type: 'string' } });
  }
  const errorBody = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  const errorResponse = (code: number) =>
    route.auth !== 'public' && code === 401
      ? { description: 'From the JWT authorizer: {"message":"Unauthorized"}' }
      : code === 413
        ? {
            // API Gateway refuses a body over its own 10 MB quota before any handler runs, in its own words.
            description:
              'Error (over 64 KiB); a body over API Gateway’s 10 MB quota is refused by the gateway itself: {"message":"Request Entity Too Large"}',
            content: errorBody,
          }
        : { description: 'Error', content: errorBody };
  return {
    operationId: route.handler,
    summary: ROUTE_SUMMARIES[route.handler as HandlerName],
    ...(route.auth === 'public' ? {} : { security: [{ moderatorJwt: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(input.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(input.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [route.ok.status]: {
        description: 'OK',
        content: successContent(route),
        ...(route.ok.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(route.ok.headers).map(([name, description]) => [
                  name,
                  { description, schema: { type: 'string' } },
                ]),
              ),
            }
          : {}),
      },
      ...Object.fromEntries(errorStatusesOf(route).map((code) => [code, errorResponse(code)])),
    },
  };
}

/** The whole OpenAPI 3.1 document. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley comment moderation API',
      version: '1.0.0',
      description:
        'Readers post and read comments; moderators (Bearer JWT, Cognito groups moderators/admins) work the queue. Generated from functions/routes.ts and the zod schemas by `npm run openapi`.',
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(res.errorBodySchema, 'output') },
      securitySchemes: { moderatorJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

export const OPENAPI_FILE = new URL('../docs/openapi.json', import.meta.url);
export const renderOpenApi = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OPENAPI_FILE, renderOpenApi());
  console.log(`wrote ${OPENAPI_FILE.pathname}`);
}
