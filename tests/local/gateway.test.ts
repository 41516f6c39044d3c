/**
 * The local gateway against tiny fake handlers (`gateway-fakes.ts`): route matching and the payload 2.0
 * event it builds — no DynamoDB involved. How it writes results back: `gateway-responses.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { routes as realRoutes } from '../../functions/routes';
import { isTextContentType } from '../../local/http-api';
import { createRouter } from '../../local/router';
import { gateway, invocations, lastEvent, rawRequest, testRoutes, useFakeGateway } from './gateway-fakes';

useFakeGateway();

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

  it('refuses a text body that is not UTF-8 with the handlers’ 400, without invoking the handler', async () => {
    const count = invocations.length;
    for (const bytes of [
      Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), // {"a":"…"}
      Buffer.from([0xed, 0xa0, 0x80]), // a surrogate encoded as UTF-8
      Buffer.from([0xc0, 0xaf]), // an overlong '/'
      Buffer.from('caf\xe9', 'latin1'), // Latin-1, sent as UTF-8
    ]) {
      const res = await rawRequest('/articles/a/comments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bytes,
      });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body.toString())).toEqual({
        error: {
          code: 'validation_failed',
          message: 'The body is not valid UTF-8.',
          details: [{ path: '', message: 'The body is not valid UTF-8.' }],
        },
      });
    }
    expect(invocations.length).toBe(count);
    // Valid UTF-8 passes as it was sent, a byte order mark and 4-byte characters included.
    await rawRequest('/articles/a/comments', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '\ufeffπ 😀',
    });
    expect(lastEvent()).toMatchObject({ body: '\ufeffπ 😀', isBase64Encoded: false });
  });

  it('passes a body under a content coding on as base64: bytes, not text, whatever its media type', async () => {
    const bytes = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff]);
    await rawRequest('/articles/a/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bytes,
    });
    expect(lastEvent()).toMatchObject({ body: bytes.toString('base64'), isBase64Encoded: true });
    await rawRequest('/articles/a/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
      body: '{}',
    });
    expect(lastEvent()).toMatchObject({ body: '{}', isBase64Encoded: false });
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
