/**
 * Issue 11, T7: a web page the developer visits must not be able to use the local stack's admin surface
 * (`POST /__local/token` mints admin tokens). Cross-origin pages are refused by Origin, DNS-rebinding
 * pages by Host (on every route), CORS is off on `/__local/*`, and the token route wants the per-start
 * key that only this OS user can read (`npm run token`, and the console through the link `npm start`
 * prints); headers a browser sets are no substitute, since any local process can send them.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDefinition } from '../../functions/routes';
import { startGateway, type Gateway } from '../../local/gateway';
import type { HttpHandler } from '../../local/handler-loader';
import { silentLogger } from '../../local/log';

const routes: RouteDefinition[] = [{ method: 'GET', path: '/counts', handler: 'ok', auth: 'public' }];
const ok: HttpHandler = () => Promise.resolve({ statusCode: 200, body: '{"counts":{}}' });

let gateway: Gateway;
beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    routes,
    loadHandler: () => Promise.resolve(ok),
    logger: silentLogger,
  });
});
afterAll(() => gateway?.close());

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  json: any;
}

/** A request with full control over Host and Origin (fetch would not let us set Host). */
function call(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: gateway.port, method, path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `key: null` sends no key header. */
const mint = (headers: Record<string, string> = {}, key: string | null = gateway.tokenKey) =>
  call(
    'POST',
    '/__local/token',
    {
      'content-type': 'application/json',
      ...(key === null ? {} : { 'x-parley-local-key': key }),
      ...headers,
    },
    '{"role":"admin"}',
  );

const corsHeaders = (headers: IncomingHttpHeaders): string[] =>
  Object.keys(headers).filter((name) => name.startsWith('access-control-'));

const expectRefused = (answer: Answer, code: string): void => {
  expect(answer.status).toBe(403);
  expect(answer.json).toEqual({ error: { code, message: expect.any(String) } });
  expect(corsHeaders(answer.headers)).toEqual([]);
};

describe('POST /__local/token', () => {
  it('mints for a loopback caller with the key, no Origin, and a loopback Host of this stack', async () => {
    for (const host of [
      `127.0.0.1:${gateway.port}`,
      `localhost:${gateway.port}`,
      `LOCALHOST:${gateway.port}`,
      `[::1]:${gateway.port}`,
    ]) {
      const answer = await mint({ host });
      expect(answer.status, host).toBe(200);
      expect(answer.json.token).toMatch(/^ey/);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(corsHeaders(answer.headers)).toEqual([]);
    }
  });

  it('mints for a page of this same stack (its own origin), still without CORS headers', async () => {
    for (const origin of [`http://127.0.0.1:${gateway.port}`, `http://localhost:${gateway.port}`]) {
      const answer = await mint({ origin });
      expect(answer.status, origin).toBe(200);
      expect(corsHeaders(answer.headers)).toEqual([]);
    }
  });

  it('refuses a foreign Origin with 403 origin_not_allowed and no token', async () => {
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${gateway.port}`,
      'null',
      `http://127.0.0.1:${gateway.port + 1}`,
      `https://127.0.0.1:${gateway.port}`,
      `http://localhost:${gateway.port}.evil.example`,
      'http://localhost:5173',
    ]) {
      const answer = await mint({ origin });
      expectRefused(answer, 'origin_not_allowed');
      expect(answer.json).not.toHaveProperty('token');
    }
  });

  it('refuses a request without the key or with a wrong one (knowing the route is not enough)', async () => {
    expectRefused(await mint({}, null), 'local_key_required');
    expectRefused(await mint({}, 'guessed'), 'local_key_required');
    expectRefused(await mint({}, `${gateway.tokenKey}x`), 'local_key_required');
  });
});

describe('POST /__local/token: headers a browser sets are no key', () => {
  // What the console page's request looks like, and what any other process (another OS user's) can send.
  const own = (extra: Record<string, string> = {}, body = '{"role":"admin","sub":"victim-moderator"}') =>
    call(
      'POST',
      '/__local/token',
      {
        'content-type': 'application/json',
        origin: `http://127.0.0.1:${gateway.port}`,
        'sec-fetch-site': 'same-origin',
        ...extra,
      },
      body,
    );

  it('wants the key however same-origin the request claims to be (outside security review, H1)', async () => {
    for (const extra of [
      {},
      { origin: `http://localhost:${gateway.port}`, host: `localhost:${gateway.port}` },
      {
        'sec-fetch-mode': 'cors',
        'sec-fetch-dest': 'empty',
        referer: `http://127.0.0.1:${gateway.port}/console/`,
      },
    ]) {
      const answer = await own(extra);
      expectRefused(answer, 'local_key_required');
      expect(answer.json).not.toHaveProperty('token');
    }
  });

  it('mints for the console page once it sends the key from its link, without CORS headers', async () => {
    for (const role of ['moderator', 'admin']) {
      const answer = await own({ 'x-parley-local-key': gateway.tokenKey }, JSON.stringify({ role }));
      expect(answer.status, role).toBe(200);
      const claims = JSON.parse(Buffer.from(answer.json.token.split('.')[1], 'base64url').toString('utf8'));
      expect(claims['cognito:groups'].includes('admins')).toBe(role === 'admin');
      expect(corsHeaders(answer.headers)).toEqual([]);
    }
  });

  it('refuses a foreign Origin even with the key', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${gateway.port + 1}`, 'null']) {
      const answer = await own({ origin, 'x-parley-local-key': gateway.tokenKey });
      expectRefused(answer, 'origin_not_allowed');
      expect(answer.json).not.toHaveProperty('token');
    }
  });
});

describe('DNS rebinding: a foreign Host', () => {
  const foreignHosts = (port: number): string[] => [
    `evil.example:${port}`,
    `127.0.0.1.nip.io:${port}`,
    `localhost.:${port}`,
    `127.0.0.1:${port + 1}`,
    'localhost',
    '127.0.0.1',
  ];

  it('is refused on the token route with 403 host_not_allowed', async () => {
    for (const host of foreignHosts(gateway.port)) {
      const answer = await mint({ host });
      expectRefused(answer, 'host_not_allowed');
      expect(answer.json).not.toHaveProperty('token');
    }
  });

  it('is refused on every other route too (health, issuer, API)', async () => {
    for (const path of ['/__local/health', '/local-issuer/.well-known/jwks.json', '/counts']) {
      const answer = await call('GET', path, { host: `evil.example:${gateway.port}` });
      expect(answer.status, path).toBe(403);
      expect(answer.json).toEqual({ error: { code: 'host_not_allowed', message: expect.any(String) } });
    }
    expect((await call('GET', '/counts')).status).toBe(200); // the real Host still works
  });
});

describe('no CORS on /__local/*', () => {
  it('refuses preflights with 403 and no Access-Control-* headers', async () => {
    const foreign = await call('OPTIONS', '/__local/token', {
      origin: 'http://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,x-parley-local-key',
    });
    expectRefused(foreign, 'origin_not_allowed');
    const bare = await call('OPTIONS', '/__local/token', { 'access-control-request-method': 'POST' });
    expectRefused(bare, 'cors_not_allowed');
    expectRefused(await call('OPTIONS', '/__local/health'), 'cors_not_allowed');
  });

  it('adds no Access-Control-* headers to its answers, while API routes keep permissive CORS', async () => {
    const health = await call('GET', '/__local/health', { origin: `http://127.0.0.1:${gateway.port}` });
    expect(health.status).toBe(200);
    expect(corsHeaders(health.headers)).toEqual([]);

    const api = await call('GET', '/counts', { origin: 'http://localhost:5173' });
    expect(api.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const preflight = await call('OPTIONS', '/counts', {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'GET',
    });
    expect(preflight.status).toBe(204);
  });
});
