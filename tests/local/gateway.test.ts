/**
 * The local gateway against tiny fake handlers: route matching, the payload 2.0 event it builds, and
 * how it writes handler results back — no DynamoDB involved.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import { routes as realRoutes, type RouteDefinition } from '../../functions/routes';
import { startGateway, type Gateway } from '../../local/gateway';
import type { HttpApiEvent, HttpHandler } from '../../local/handler-loader';
import { isTextContentType } from '../../local/http-api';
import { silentLogger } from '../../local/log';
import { sleep } from '../../local/net';
import { createRouter } from '../../local/router';

const testRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/articles/{articleId}/comments', handler: 'echo', auth: 'public' },
  { method: 'GET', path: '/comments/{commentId}', handler: 'echo', auth: 'public' },
  { method: 'GET', path: '/comments/latest', handler: 'literal', auth: 'public' },
  { method: 'GET', path: '/counts', handler: 'echo', auth: 'public' },
  { method: 'GET', path: '/result', handler: 'result', auth: 'public' },
  { method: 'GET', path: '/plain', handler: 'plain', auth: 'public' },
  { method: 'GET', path: '/boom', handler: 'boom', auth: 'public' },
  { method: 'GET', path: '/malformed', handler: 'malformed', auth: 'public' },
  { method: 'GET', path: '/slow', handler: 'slow', auth: 'public' },
  { method: 'GET', path: '/files/{path+}', handler: 'echo', auth: 'public' },
];

interface Invocation {
  event: HttpApiEvent;
  context: Context;
  remainingMs: number;
}

const invocations: Invocation[] = [];

/** Fake handlers, synchronous underneath: the gateway only needs a promise back. */
const handlers: Record<string, HttpHandler> = {
  echo: (event, context) => {
    invocations.push({ event, context, remainingMs: context.getRemainingTimeInMillis() });
    return Promise.resolve({
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"ok":true}',
    });
  },
  literal: () => Promise.resolve({ statusCode: 200, body: 'literal' }),
  result: () =>
    Promise.resolve({
      statusCode: 201,
      headers: { 'content-type': 'image/png', 'x-one': 1, 'content-length': '999' },
      multiValueHeaders: { 'x-multi': ['a', 'b'] },
      cookies: ['a=1; Path=/', 'b=2; HttpOnly'],
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'),
      isBase64Encoded: true,
    }),
  plain: () => Promise.resolve({ hello: 'world' }),
  boom: () => Promise.reject(new Error('kaboom')),
  malformed: () => Promise.resolve({ statusCode: 'teapot' }),
  slow: () => new Promise((resolve) => setTimeout(() => resolve({ statusCode: 200, body: 'late' }), 1_000)),
};

let gateway: Gateway;

beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    routes: testRoutes,
    loadHandler: (name) => {
      const handler = handlers[name];
      return handler ? Promise.resolve(handler) : Promise.reject(new Error(`no fake handler ${name}`));
    },
    functionTimeoutMs: 300,
    logger: silentLogger,
  });
});
afterAll(() => gateway?.close());

const lastEvent = (): HttpApiEvent => invocations.at(-1)!.event;

/** A raw request, for what fetch cannot do: repeated headers, a chosen local address. */
function rawRequest(
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string | string[]>;
    body?: Buffer | string;
    localAddress?: string;
  } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${gateway.url}${path}`,
      {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('routing', () => {
  it('matches every route of the real route table by method and path template', () => {
    const router = createRouter(realRoutes);
    for (const route of realRoutes) {
      const path = route.path.replace(/\{[^}]+\}/g, 'x-1');
      const match = router.match(route.method, path);
      expect(match).toMatchObject({ kind: 'matched', route });
    }
  });

  it('prefers literal segments over parameters, and greedy parameters take the rest', () => {
    const router = createRouter(testRoutes);
    expect(router.match('GET', '/comments/latest')).toMatchObject({
      route: { handler: 'literal' },
      pathParameters: undefined,
    });
    expect(router.match('GET', '/comments/c1')).toMatchObject({ pathParameters: { commentId: 'c1' } });
    expect(router.match('GET', '/files/a/b%2Fc')).toMatchObject({ pathParameters: { path: 'a/b/c' } });
    expect(router.match('GET', '/comments/')).toEqual({ kind: 'not_found' });
    expect(router.match('GET', '/counts/')).toEqual({ kind: 'not_found' });
  });

  it('answers an unknown path and a known path with another method with 404 {"message":"Not Found"}', async () => {
    for (const [method, path] of [
      ['GET', '/nope'],
      ['DELETE', '/counts'],
      ['GET', '/articles/a/comments'],
    ] as const) {
      const res = await fetch(`${gateway.url}${path}`, { method });
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('{"message":"Not Found"}');
      expect(res.headers.get('content-type')).toBe('application/json');
    }
  });

  it('answers 400 {"message":"Bad Request"} for invalid percent-encoding instead of crashing', async () => {
    const res = await rawRequest('/comments/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body.toString()).toBe('{"message":"Bad Request"}');
    expect((await fetch(`${gateway.url}/counts`)).status).toBe(200); // still serving
  });
});

describe('the payload 2.0 event', () => {
  it('carries route, raw path and query, decoded parameters, headers, cookies and request context', async () => {
    const before = Date.now();
    const res = await rawRequest(
      '/articles/caf%C3%A9%20news/comments?sort=newest&tag=a&tag=b&q=x%20y&empty=',
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Multi': ['one', 'two'],
          'User-Agent': 'parley-test/1.0',
          Cookie: 'session=abc; theme=dark',
          'X-Forwarded-For': '203.0.113.9',
        },
        body: JSON.stringify({ body: 'héllo' }),
      },
    );
    expect(res.status).toBe(200);
    const event = lastEvent();
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /articles/{articleId}/comments',
      rawPath: '/articles/caf%C3%A9%20news/comments',
      rawQueryString: 'sort=newest&tag=a&tag=b&q=x%20y&empty=',
      cookies: ['session=abc', 'theme=dark'],
      queryStringParameters: { sort: 'newest', tag: 'a,b', q: 'x y', empty: '' },
      pathParameters: { articleId: 'café news' },
      body: '{"body":"héllo"}',
      isBase64Encoded: false,
    });
    expect(event.headers).toMatchObject({
      'content-type': 'application/json',
      'x-multi': 'one,two',
      'user-agent': 'parley-test/1.0',
      'x-forwarded-for': '203.0.113.9, 127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': String(gateway.port),
      host: `127.0.0.1:${gateway.port}`,
    });
    expect(event.headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(event.headers).not.toHaveProperty('cookie');
    expect(Object.keys(event.headers).every((name) => name === name.toLowerCase())).toBe(true);

    const ctx = event.requestContext;
    expect(ctx).toMatchObject({
      accountId: '000000000000',
      apiId: 'local',
      domainName: `127.0.0.1:${gateway.port}`,
      domainPrefix: 'local',
      http: {
        method: 'POST',
        path: '/articles/caf%C3%A9%20news/comments',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'parley-test/1.0',
      },
      routeKey: 'POST /articles/{articleId}/comments',
      stage: '$default',
    });
    expect(ctx).not.toHaveProperty('authorizer');
    expect(ctx.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(ctx.timeEpoch).toBeGreaterThanOrEqual(before);
    expect(res.headers['apigw-requestid']).toBe(ctx.requestId);
  });

  it('omits queryStringParameters, pathParameters, cookies and body when there are none', async () => {
    await fetch(`${gateway.url}/counts`);
    const event = lastEvent();
    expect(event.rawQueryString).toBe('');
    for (const absent of ['queryStringParameters', 'pathParameters', 'cookies', 'body']) {
      expect(event).not.toHaveProperty(absent);
    }
    expect(event.isBase64Encoded).toBe(false);
  });

  it('base64-encodes bodies that are not text, as API Gateway does', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    await rawRequest('/articles/a/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(lastEvent()).toMatchObject({ body: bytes.toString('base64'), isBase64Encoded: true });

    await rawRequest('/articles/a/comments', { method: 'POST', body: 'no content type' });
    expect(lastEvent()).toMatchObject({
      body: Buffer.from('no content type').toString('base64'),
      isBase64Encoded: true,
    });

    await rawRequest('/articles/a/comments', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'plain',
    });
    expect(lastEvent()).toMatchObject({ body: 'plain', isBase64Encoded: false });

    expect(isTextContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isTextContentType('Application/JSON; charset=utf-8')).toBe(true);
  });

  it('uses the socket peer address as sourceIp (tests can bind other 127.x addresses)', async () => {
    await rawRequest('/counts', {
      localAddress: '127.0.0.2',
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    expect(lastEvent().requestContext.http.sourceIp).toBe('127.0.0.2');
  });

  it('gives every invocation a fresh request id and Lambda context', async () => {
    const count = invocations.length;
    await Promise.all([
      fetch(`${gateway.url}/counts`),
      fetch(`${gateway.url}/counts`),
      fetch(`${gateway.url}/counts`),
    ]);
    const fresh = invocations.slice(count);
    expect(new Set(fresh.map((i) => i.event.requestContext.requestId)).size).toBe(3);
    expect(new Set(fresh.map((i) => i.context.awsRequestId)).size).toBe(3);
    for (const { context, remainingMs } of fresh) {
      expect(context.functionName).toBe('parley-local-echo');
      expect(context.invokedFunctionArn).toBe(
        'arn:aws:lambda:us-east-1:000000000000:function:parley-local-echo',
      );
      expect(remainingMs).toBeGreaterThan(0);
      expect(remainingMs).toBeLessThanOrEqual(300);
    }
  });
});

describe('writing the result back', () => {
  it('writes status, headers, multi-value headers, cookies and a base64 body', async () => {
    const res = await rawRequest('/result');
    expect(res.status).toBe(201);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-one']).toBe('1');
    expect(res.headers['x-multi']).toBe('a, b');
    expect(res.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; HttpOnly']);
    expect(res.headers['content-length']).toBe('4'); // the handler's wrong content-length is not trusted
    expect([...res.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('infers a 200 JSON response from a result without statusCode', async () => {
    const res = await fetch(`${gateway.url}/plain`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ hello: 'world' });
  });

  it('answers 500 {"message":"Internal Server Error"} when a handler throws, times out or returns garbage', async () => {
    for (const path of ['/boom', '/slow', '/malformed']) {
      const res = await fetch(`${gateway.url}${path}`);
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('{"message":"Internal Server Error"}');
    }
  });

  it('answers CORS preflights permissively and adds allow-origin to responses for cross-origin pages', async () => {
    const pre = await fetch(`${gateway.url}/articles/a/comments`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type,idempotency-key');
    const res = await fetch(`${gateway.url}/counts`, { headers: { origin: 'http://localhost:5173' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('request body limit', () => {
  it('passes a body of exactly 10 MiB and answers 413 {"message":"Request Entity Too Large"} above it', async () => {
    const ok = await fetch(`${gateway.url}/articles/a/comments`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(10 * 1024 * 1024),
    });
    expect(ok.status).toBe(200);
    expect(lastEvent().body).toHaveLength(10 * 1024 * 1024);

    const count = invocations.length;
    const tooBig = await fetch(`${gateway.url}/articles/a/comments`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(10 * 1024 * 1024 + 1),
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.text()).toBe('{"message":"Request Entity Too Large"}');
    expect(invocations.length).toBe(count);
  });

  it('refuses an announced huge body at once and closes the connection', async () => {
    const response = await new Promise<string>((resolve, reject) => {
      const socket = connect(gateway.port, '127.0.0.1', () => {
        socket.write(
          `POST /articles/a/comments HTTP/1.1\r\nHost: 127.0.0.1:${gateway.port}\r\nContent-Type: text/plain\r\nContent-Length: 999999999\r\n\r\nxx`,
        );
      });
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toContain('{"message":"Request Entity Too Large"}');
  });
});

describe('keep-alive', () => {
  it(
    'keeps an idle connection open well past 6 s, so a client reusing it is not reset',
    { timeout: 20_000 },
    async () => {
      const socket = connect(gateway.port, '127.0.0.1');
      let data = '';
      let closed = false;
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('end', () => (closed = true));
      socket.on('close', () => (closed = true));
      socket.on('error', () => (closed = true));
      const answered = async (): Promise<string> => {
        for (let i = 0; i < 200 && !data.endsWith('{"ok":true}') && !closed; i++) await sleep(25);
        return data;
      };
      const get = `GET /counts HTTP/1.1\r\nHost: 127.0.0.1:${gateway.port}\r\n\r\n`;

      socket.write(get);
      const first = await answered();
      expect(first).toMatch(/^HTTP\/1\.1 200 /);
      expect(first).toMatch(/\r\nkeep-alive: timeout=65\r\n/i);

      // Node's default closes an idle connection at 6 s (5 s + 1 s buffer): the load run's clients, which
      // keep idle sockets until the server closes them, wrote their next request into it at that instant.
      await sleep(6_500);
      expect(closed).toBe(false);
      data = '';
      socket.write(get);
      expect(await answered()).toMatch(/^HTTP\/1\.1 200 /);
      socket.destroy();
    },
  );
});
