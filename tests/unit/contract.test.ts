/**
 * One contract per route: the entry in functions/routes.ts decides the handler's auth, parsing, success
 * status and documented errors, and handlers built with `makeHandler(deps)` run against in-memory storage
 * (no DynamoDB, no process.env).
 */
import { existsSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../functions/lib/http';
import { STATUS_BY_CODE, errorResponse } from '../../functions/lib/errors';
import type { DepsSource } from '../../functions/lib/route';
import { routes, type RouteContract } from '../../functions/routes';
import { BusyError, ERROR_CODES } from '../../shared/errors';
import * as res from '../../shared/domain/responses';
import { errorCodesOf, errorStatusesOf } from '../../scripts/openapi';
import { memoryDeps } from '../support/memory/deps';

type Built = (event: ApiEvent, context: Context) => Promise<{ statusCode: number; body: string }>;
const load = async (handler: string) =>
  (await import(`../../functions/${handler}.ts`)) as { makeHandler: (deps: DepsSource) => Built };

function event(
  route: RouteContract,
  over: {
    path?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
    query?: Record<string, string>;
    groups?: string[] | null;
  } = {},
): ApiEvent {
  const claims = over.groups === null ? undefined : { sub: 'mod-1', 'cognito:groups': over.groups ?? [] };
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: route.path,
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...over.headers },
    ...(over.path ? { pathParameters: over.path } : {}),
    ...(over.query ? { queryStringParameters: over.query } : {}),
    ...(over.body === undefined ? {} : { body: JSON.stringify(over.body) }),
    isBase64Encoded: false,
    requestContext: {
      http: { method: route.method, path: route.path, sourceIp: '198.51.100.7' },
      ...(claims ? { authorizer: { jwt: { claims } } } : {}),
    },
  } as unknown as ApiEvent;
}

const routeOf = (handler: string) => routes.find((r) => r.handler === handler)!;
/** The answer as sent: status, headers and the body's text. */
async function send(handler: string, deps: DepsSource, over: Parameters<typeof event>[1] = {}) {
  const built = (await load(handler)).makeHandler(deps) as (
    e: ApiEvent,
    c: Context,
  ) => Promise<{ statusCode: number; body: string; headers: Record<string, string> }>;
  const out = await built(event(routeOf(handler), over), {} as Context);
  return { status: out.statusCode, headers: out.headers, text: out.body };
}
async function call(handler: string, deps: DepsSource, over: Parameters<typeof event>[1] = {}) {
  const out = await send(handler, deps, over);
  return { status: out.status, body: JSON.parse(out.text) as Record<string, unknown> };
}

describe('the route table', () => {
  it('names a handler file for every route, each exporting makeHandler and handler', async () => {
    for (const r of routes) {
      expect(existsSync(new URL(`../../functions/${r.handler}.ts`, import.meta.url)), r.handler).toBe(true);
      const mod = (await import(`../../functions/${r.handler}.ts`)) as Record<string, unknown>;
      expect(typeof mod.makeHandler, r.handler).toBe('function');
      expect(typeof mod.handler, r.handler).toBe('function');
    }
  });

  it('has a status for every error code: 4xx ones, and 503 for `busy` (send again)', () => {
    for (const code of ERROR_CODES) {
      const status = STATUS_BY_CODE[code];
      if (code === 'busy') expect(status).toBe(503);
      else expect(status, code).toBeGreaterThanOrEqual(400);
      if (code !== 'busy') expect(status, code).toBeLessThan(500);
    }
  });

  it('answers `busy` with 503 and Retry-After, the request having written nothing', () => {
    const res = errorResponse(new BusyError());
    expect(res.statusCode).toBe(503);
    expect(res.headers?.['retry-after']).toBe('1');
    expect(JSON.parse(res.body!).error.code).toBe('busy');
  });

  it('lists `busy` for every write and no read', () => {
    for (const r of routes) expect(errorCodesOf(r).includes('busy'), r.handler).toBe(r.method !== 'GET');
  });

  it('adds what the wrapper answers to the use case’s errors: parsing, body limits, the role check', () => {
    const post = routeOf('post-comment');
    expect(errorCodesOf(post)).toEqual(
      expect.arrayContaining(['validation_failed', 'payload_too_large', 'unsupported_media_type']),
    );
    expect(errorCodesOf(post)).not.toContain('forbidden');
    expect(errorCodesOf(routeOf('moderation-stats'))).toEqual(['forbidden']);
    expect(errorStatusesOf(routeOf('moderation-stats'))).toEqual([401, 403]);
    expect(errorCodesOf(routeOf('get-comment'))).not.toContain('validation_failed');
  });
});

describe('handlers built with makeHandler(deps), on in-memory storage', () => {
  it('post-comment answers the entry’s 202 with a body of its success schema', async () => {
    const m = memoryDeps();
    const out = await call('post-comment', () => m.deps, {
      path: { articleId: 'a-1' },
      body: { authorName: 'Ana', body: 'A first comment.' },
    });
    expect(out.status).toBe(routeOf('post-comment').ok.status);
    expect(res.postCommentResponseSchema.safeParse(out.body).success).toBe(true);
  });

  it('a use case’s domain error is answered with its status from the one table', async () => {
    const m = memoryDeps();
    const out = await call('get-comment', () => m.deps, { path: { commentId: 'c_nope' } });
    expect(out).toEqual({
      status: 404,
      body: { error: { code: 'comment_not_found', message: 'No such comment.' } },
    });
    expect(errorStatusesOf(routeOf('get-comment'))).toContain(404);
  });

  it('a body route refuses another media type with 415, as its documented errors say', async () => {
    const m = memoryDeps();
    const out = await call('flag-comment', () => m.deps, {
      path: { commentId: 'c_x' },
      body: { reason: 'spam' },
      headers: { 'content-type': 'text/plain' },
    });
    expect(out.status).toBe(415);
    expect(errorStatusesOf(routeOf('flag-comment'))).toContain(415);
  });

  it('a body route refuses a content coding with 415, as another media type; identity or no body is no coding', async () => {
    const m = memoryDeps();
    const flag = (headers: Record<string, string>, body: unknown = { reason: 'spam' }) =>
      call('flag-comment', () => m.deps, { path: { commentId: 'c_x' }, body, headers });
    for (const coding of ['gzip', 'br', 'deflate', 'identity, gzip', 'x-custom']) {
      const out = await flag({ 'content-encoding': coding });
      expect(out, coding).toEqual({
        status: 415,
        body: {
          error: {
            code: 'unsupported_media_type',
            message: 'Send the request body without a Content-Encoding: compressed bodies are not accepted.',
          },
        },
      });
    }
    // Past the parser: the comment does not exist (404), whatever the header says when nothing is coded.
    expect((await flag({ 'content-encoding': 'identity' })).status).toBe(404);
    expect((await flag({ 'content-encoding': ' Identity ' })).status).toBe(404);
    const noBody = await call('flag-comment', () => m.deps, {
      path: { commentId: 'c_x' },
      headers: { 'content-encoding': 'gzip' },
    });
    expect(noBody.body).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('a body declared in a charset other than UTF-8 is a 415, saying so; utf-8 in any spelling passes', async () => {
    const m = memoryDeps();
    const flag = (contentType: string) =>
      call('flag-comment', () => m.deps, {
        path: { commentId: 'c_x' },
        body: { reason: 'spam' },
        headers: { 'content-type': contentType },
      });
    for (const type of ['application/json; charset=iso-8859-1', 'application/json;charset="UTF-16"']) {
      const out = await flag(type);
      expect(out.status, type).toBe(415);
      expect(out.body).toMatchObject({
        error: {
          code: 'unsupported_media_type',
          message: expect.stringMatching(/^Send the request body as JSON in UTF-8/),
        },
      });
    }
    // Past the parser: the comment does not exist.
    for (const type of [
      'application/json; charset=utf-8',
      'application/json; Charset="UTF-8"',
      'application/json; charset=utf8',
    ])
      expect((await flag(type)).status, type).toBe(404);
  });

  it('names a problem with the body as a whole by the empty path, never `body` (a field of comments)', async () => {
    const m = memoryDeps();
    for (const body of [[], null, 'text', 7]) {
      const out = await call('post-comment', () => m.deps, { path: { articleId: 'art' }, body });
      expect(out.status).toBe(400);
      expect(
        (out.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path),
      ).toEqual(['']);
    }
  });

  it('refuses a body whose bytes are not UTF-8 with 400 instead of storing U+FFFD', async () => {
    const m = memoryDeps();
    const route = routeOf('flag-comment');
    const built = (await load('flag-comment')).makeHandler(() => m.deps);
    // A `+json` body arrives base64-encoded: its bytes reach the handler as they were sent.
    const bytes = Buffer.concat([
      Buffer.from('{"reason":"spam","note":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const out = await built(
      {
        ...event(route, {
          path: { commentId: 'c_x' },
          headers: { 'content-type': 'application/vnd.api+json' },
        }),
        body: bytes.toString('base64'),
        isBase64Encoded: true,
      },
      {} as Context,
    );
    expect([out.statusCode, JSON.parse(out.body)]).toEqual([
      400,
      {
        error: {
          code: 'validation_failed',
          message: 'The body is not valid UTF-8.',
          details: [{ path: '', message: 'The body is not valid UTF-8.' }],
        },
      },
    ]);
  });

  it('takes the role from the entry: moderators are refused admin routes, admins get them', async () => {
    const m = memoryDeps();
    const asModerator = await call('moderation-get-policy', () => m.deps, { groups: ['moderators'] });
    expect(asModerator.status).toBe(403);
    expect(asModerator.body).toMatchObject({
      error: { code: 'forbidden', message: 'This needs the admins group.' },
    });
    const asAdmin = await call('moderation-get-policy', () => m.deps, { groups: ['admins'] });
    expect(asAdmin.status).toBe(200);
    expect(res.policyDocumentSchema.safeParse(asAdmin.body).success).toBe(true);
  });

  it('every non-public route refuses a token without a group (403) and, lacking claims, answers 401', async () => {
    const m = memoryDeps();
    for (const r of routes.filter((route) => route.auth !== 'public')) {
      expect((await call(r.handler, () => m.deps, { groups: [] })).status, r.handler).toBe(403);
      expect((await call(r.handler, () => m.deps, { groups: null })).status, r.handler).toBe(401);
    }
  });

  it('moderation-stats answers its success schema from memory', async () => {
    const m = memoryDeps();
    const out = await call('moderation-stats', () => m.deps, { groups: ['moderators'] });
    expect(out.status).toBe(200);
    expect(res.statsSchema.safeParse(out.body).success).toBe(true);
  });

  it('moderation-transparency answers admins its schema as JSON, the same numbers as CSV, and 403 to moderators', async () => {
    const m = memoryDeps();
    m.repo.transparency.add('received', '2026-03-02', ['notice.received.defamation']);
    const query = { from: '2026-03-01', to: '2026-03-31' };
    const out = await call('moderation-transparency', () => m.deps, { groups: ['admins'], query });
    expect(out.status).toBe(200);
    const report = res.transparencyReportSchema.parse(out.body);
    expect(report.notices.received.byCategory.defamation).toBe(1);
    const csv = await send('moderation-transparency', () => m.deps, {
      groups: ['admins'],
      query: { ...query, format: 'csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text.split('\r\n')).toContain('notices_received,category=defamation,1');
    const refused = await call('moderation-transparency', () => m.deps, { groups: ['moderators'], query });
    expect(refused.status).toBe(403);
    const backwards = await call('moderation-transparency', () => m.deps, {
      groups: ['admins'],
      query: { from: '2026-03-02', to: '2026-03-01' },
    });
    expect(backwards.status).toBe(400);
  });

  it('moderation-transparency-statements answers JSON Lines of its schema, a page at a time', async () => {
    const m = memoryDeps();
    const query = { from: '2026-03-01', to: '2026-03-31', limit: '1' };
    const empty = await send('moderation-transparency-statements', () => m.deps, {
      groups: ['admins'],
      query,
    });
    expect(empty).toMatchObject({ status: 200, text: '' });
    expect(empty.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(empty.headers['x-next-cursor']).toBeUndefined();
  });
});
