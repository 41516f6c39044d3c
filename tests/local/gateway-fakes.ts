/**
 * The local gateway on tiny fake handlers, shared by `gateway.test.ts` and `gateway-responses.test.ts`:
 * the route table, the handlers and what they were invoked with, and a raw HTTP client.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { Context } from 'aws-lambda';
import type { RouteDefinition } from '../../functions/routes';
import { startGateway, type Gateway } from '../../local/gateway';
import type { HttpApiEvent, HttpHandler } from '../../local/handler-loader';
import { silentLogger } from '../../local/log';

export const testRoutes: RouteDefinition[] = [
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

export const invocations: Invocation[] = [];

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

/** The running gateway (set by `useFakeGateway` before the file's tests run). */
export let gateway: Gateway;

/** Starts the gateway on a free port before the file's tests and closes it after them. */
export function useFakeGateway(): void {
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
}

export const lastEvent = (): HttpApiEvent => invocations.at(-1)!.event;

/** A raw request, for what fetch cannot do: repeated headers, a chosen local address. */
export function rawRequest(
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
