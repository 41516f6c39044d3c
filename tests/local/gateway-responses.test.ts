/**
 * The local gateway against tiny fake handlers (`gateway-fakes.ts`): how it writes handler results back,
 * the request body limit, keep-alive, and a client that hangs up.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startGateway } from '../../local/gateway';
import { sleep } from '../../local/net';
import { gateway, invocations, lastEvent, rawRequest, testRoutes, useFakeGateway } from './gateway-fakes';

useFakeGateway();

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

describe('a client that hangs up', () => {
  it('before its body is read is logged as a closed connection, not a 500, and the gateway keeps serving', async () => {
    const lines: string[] = [];
    const record = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    const own = await startGateway({
      port: 0,
      routes: testRoutes,
      loadHandler: () => Promise.resolve(() => Promise.resolve({ statusCode: 200, body: '{}' })),
      logger: { info: record, warn: record, error: record },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(own.port, '127.0.0.1', () => {
          // 500 bytes announced, 10 sent: the gateway waits for the rest, then the client goes.
          socket.write(
            `POST /articles/a/comments HTTP/1.1\r\nHost: 127.0.0.1:${own.port}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"body":"x`,
          );
          setTimeout(() => socket.destroy(), 100);
        });
        socket.on('close', () => resolve());
        socket.on('error', reject);
      });
      await expect.poll(() => lines.some((l) => l.includes('client closed the connection'))).toBe(true);
      expect(lines.filter((l) => /→ 500|Gateway error/.test(l))).toEqual([]);
      expect((await fetch(`${own.url}/counts`)).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});
