/**
 * The load run's traffic (tests/load/traffic.ts) against a fake server that drops connections
 * mid-request: a request that gets no answer is counted and reported, the run goes on, and nothing
 * rejects unhandled. (The documented `npm run load` died of one "socket hang up": the first transport
 * error rejected the post pool, the stack was stopped under the readers, and the readers' rejection
 * had no handler.)
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeAgents, prng } from '../reliability/support';
import { idempotencyKey, runTraffic, warmUp } from '../load/traffic';

/** Which requests the fake server drops: the socket is destroyed after the request, before any answer. */
let drop: (req: IncomingMessage, n: number) => boolean = () => false;
const seen: { method: string; url: string; key: string | undefined }[] = [];

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const n = seen.length;
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      key: req.headers['idempotency-key'] as string,
    });
    req.resume();
    req.on('end', () => {
      if (drop(req, n)) {
        req.socket.destroy();
        return;
      }
      const post = req.method === 'POST';
      res.writeHead(post ? 202 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(post ? { comment: { id: `c${n}` } } : { comments: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
beforeEach(() => {
  seen.length = 0;
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  closeAgents();
});

describe('load traffic', () => {
  it('counts posts and reads whose connection is dropped mid-request, and finishes the run', async () => {
    drop = (_req, n) => n % 4 === 3;
    const result = await runTraffic({
      baseUrl,
      posts: 60,
      concurrency: 6,
      readers: 3,
      articles: 5,
      roots: ['r0', 'r1', 'r2', 'r3', 'r4'],
      random: prng(7),
      sourceFor: (i) => `127.0.${60 + (i % 3)}.1`,
      textFor: (i) => `Comment ${i}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // let any stray rejection surface

    const posts = seen.filter((r) => r.method === 'POST').length;
    const dropped = seen.filter((_, n) => n % 4 === 3).length;
    expect(posts).toBe(60); // every post was sent once, none retried
    expect(result.transport.total).toBe(dropped);
    expect(result.transport.total).toBeGreaterThan(0);
    expect(result.transport.byCode).toEqual({ ECONNRESET: dropped });
    expect(result.transport.posts + result.transport.reads).toBe(dropped);
    const answeredPosts = result.samples.filter((s) => s.kind === 'post');
    expect(answeredPosts.length + result.transport.posts).toBe(60);
    expect(result.accepted.size).toBe(answeredPosts.length);
    expect(result.transport.examples[0]).toMatch(/ECONNRESET socket hang up/);
    expect(unhandled).toEqual([]);
  });

  it('finishes with every request counted when the server is gone altogether', async () => {
    const result = await runTraffic({
      baseUrl: 'http://127.0.0.1:1', // nothing listens there
      posts: 10,
      concurrency: 2,
      readers: 2,
      articles: 2,
      roots: ['r0', 'r1'],
      random: prng(1),
      sourceFor: () => '127.0.0.1',
      textFor: (i) => `Comment ${i}`,
    });
    expect(result.transport.posts).toBe(10);
    expect(result.transport.byCode.ECONNREFUSED).toBe(result.transport.total);
    expect(result.samples).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('warm-up posts a root again with the same Idempotency-Key when its answer is lost', async () => {
    let droppedOnce = false;
    drop = (req) => {
      if (droppedOnce || req.url !== '/articles/load-1/comments') return false;
      droppedOnce = true;
      return true;
    };
    const roots = await warmUp(baseUrl, 3);
    expect(roots).toHaveLength(3);
    const load1 = seen.filter((r) => r.url === '/articles/load-1/comments');
    expect(load1.map((r) => r.key)).toEqual([idempotencyKey('root-1'), idempotencyKey('root-1')]);
    expect(idempotencyKey('root-1')).toMatch(/^[A-Za-z0-9_-]{22,255}$/); // the API's rule for random keys
  });
});
