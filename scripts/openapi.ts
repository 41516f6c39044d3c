/**
 * Writes docs/openapi.json from the route table and the zod schemas the handlers use, so the document
 * cannot drift from the code (a test fails when the committed file is stale). Run: `npm run openapi`.
 */
import { writeFileSync } from 'node:fs';
import * as z from 'zod';
import { routes, type RouteDefinition } from '../functions/routes';
import {
  articleSettingsInput,
  banInput,
  bulkDecisionInput,
  decisionInput,
  flagInput,
  policyPutInput,
  queueQuery,
  historyQuery,
} from '../shared/domain/moderation-schemas';
import {
  countsQuery,
  editCommentInput,
  listCommentsQuery,
  listRepliesQuery,
  postCommentInput,
} from '../shared/domain/schemas';
import * as res from '../shared/domain/responses';

interface Operation {
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  ok: [number, z.ZodType];
  errors: number[];
  headers?: Record<string, string>;
}

const policyDocument = z.object({
  policy: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
  updatedBy: z.unknown(),
});

/** What each handler takes and answers; every route in functions/routes.ts must have an entry. */
export const operations: Record<string, Operation> = {
  'post-comment': {
    summary: 'Post a comment or a reply; it is moderated automatically.',
    body: postCommentInput,
    ok: [202, res.postCommentResponseSchema],
    errors: [400, 403, 404, 409, 413, 415, 429],
    headers: { 'Idempotency-Key': 'Replays the first answer for the same body; 409 for another body.' },
  },
  'list-comments': {
    summary: 'A page of approved threads with their first replies.',
    query: listCommentsQuery,
    ok: [200, res.threadsPageSchema],
    errors: [400],
  },
  'get-comment': {
    summary: 'An approved comment; with X-Author-Token, the author’s own in any state.',
    ok: [200, res.commentResponseSchema],
    errors: [403, 404],
    headers: { 'X-Author-Token': 'The token returned once by POST.' },
  },
  'edit-comment': {
    summary: 'Edit within the edit window; the comment is moderated again.',
    body: editCommentInput,
    ok: [200, res.authorCommentResponseSchema],
    errors: [400, 401, 403, 404, 409],
    headers: { 'X-Author-Token': 'Required.' },
  },
  'delete-comment': {
    summary: 'Delete; text and name are erased, a root with replies stays as a tombstone.',
    ok: [200, res.authorCommentResponseSchema],
    errors: [401, 403, 404],
    headers: { 'X-Author-Token': 'Required.' },
  },
  'list-replies': {
    summary: 'A page of a thread’s approved replies, oldest first.',
    query: listRepliesQuery,
    ok: [200, res.repliesPageSchema],
    errors: [400, 404],
  },
  'count-comments': {
    summary: 'Approved-comment counts for up to 100 articles.',
    query: countsQuery,
    ok: [200, res.countsResponseSchema],
    errors: [400],
  },
  'flag-comment': {
    summary: 'Report a published comment (one flag per reporter).',
    body: flagInput,
    ok: [202, res.flagResponseSchema],
    errors: [400, 404, 409],
  },
  'moderation-queue': {
    summary: 'A page of a moderation queue with decision records, flags and author history.',
    query: queueQuery,
    ok: [200, res.queuePageSchema],
    errors: [400, 401, 403],
  },
  'moderation-decide': {
    summary: 'Approve or reject one comment.',
    body: decisionInput,
    ok: [200, res.decisionResponseSchema],
    errors: [400, 401, 403, 404, 409],
  },
  'moderation-bulk-decide': {
    summary: 'Up to 50 decisions with per-item results.',
    body: bulkDecisionInput,
    ok: [200, res.bulkDecisionResponseSchema],
    errors: [400, 401, 403],
  },
  'moderation-history': {
    summary: 'A page of the comment’s audit events, oldest first.',
    query: historyQuery,
    ok: [200, res.historySchema],
    errors: [400, 401, 403, 404],
  },
  'moderation-get-article-settings': {
    summary: 'An article’s moderation mode and whether it is closed.',
    ok: [200, res.articleSettingsSchema],
    errors: [400, 401, 403],
  },
  'moderation-put-article-settings': {
    summary: 'Set an article’s mode (null inherits the site policy) and/or close it.',
    body: articleSettingsInput,
    ok: [200, res.articleSettingsSchema],
    errors: [400, 401, 403],
  },
  'moderation-ban-author': {
    summary: 'Ban an author; optionally reject their pending and approved comments.',
    body: banInput,
    ok: [200, res.banResponseSchema],
    errors: [400, 401, 403],
  },
  'moderation-unban-author': {
    summary: 'Lift a ban.',
    ok: [200, res.unbanResponseSchema],
    errors: [400, 401, 403],
  },
  'moderation-get-policy': {
    summary: 'The site moderation policy (admins).',
    ok: [200, policyDocument],
    errors: [401, 403],
  },
  'moderation-put-policy': {
    summary: 'Update the site moderation policy (admins): any subset, validated as a whole.',
    body: policyPutInput,
    ok: [200, policyDocument],
    errors: [400, 401, 403, 409],
  },
  'moderation-stats': {
    summary: 'Queue sizes, oldest pending age, human decisions over 24 h.',
    ok: [200, res.statsSchema],
    errors: [401, 403],
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

function operation(route: RouteDefinition) {
  const op = operations[route.handler];
  if (!op) throw new Error(`No OpenAPI entry for ${route.handler}`);
  const parameters: unknown[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (op.query) {
    const schema = jsonSchema(op.query, 'input') as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, s] of Object.entries(schema.properties ?? {})) {
      parameters.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: s });
    }
  }
  for (const [name, description] of Object.entries(op.headers ?? {})) {
    parameters.push({ name, in: 'header', required: false, description, schema: { type: 'string' } });
  }
  const errorResponse = (code: number) =>
    route.auth !== 'public' && code === 401
      ? { description: 'From the JWT authorizer: {"message":"Unauthorized"}' }
      : {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
  return {
    operationId: route.handler,
    summary: op.summary,
    ...(route.auth === 'public' ? {} : { security: [{ moderatorJwt: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [op.ok[0]]: {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(op.ok[1], 'output') } },
      },
      ...Object.fromEntries(op.errors.map((code) => [code, errorResponse(code)])),
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
