/**
 * The post-comment handler through the idempotent-replay middleware (functions/lib/idempotent.ts), on
 * in-memory storage: the first answer is sent and stored, a repeat gets the same bytes marked
 * `idempotent-replayed`, a reused key is a 409 and a malformed one a 400 with details.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../functions/lib/http';
import { makeHandler } from '../../functions/post-comment';
import { memoryDeps } from '../support/memory/deps';

function postEvent(body: unknown, headers: Record<string, string> = {}, sourceIp = '198.51.100.7'): ApiEvent {
  return {
    version: '2.0',
    routeKey: 'POST /articles/{articleId}/comments',
    rawPath: '/articles/a-1/comments',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    pathParameters: { articleId: 'a-1' },
    body: JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/articles/a-1/comments', sourceIp } },
  } as unknown as ApiEvent;
}

type Answer = { statusCode: number; headers: Record<string, string>; body: string };
const send = (handler: ReturnType<typeof makeHandler>, event: ApiEvent) =>
  handler(event, {} as Context) as Promise<Answer>;

describe('the post-comment route with an Idempotency-Key', () => {
  it('answers once, then replays the same bytes marked idempotent-replayed; one comment stored', async () => {
    const m = memoryDeps();
    const handler = makeHandler(() => m.deps);
    const key = { 'idempotency-key': randomUUID() };
    const body = { authorName: 'Ana', body: 'Posted twice by a flaky network.' };
    const first = await send(handler, postEvent(body, key));
    expect(first.statusCode).toBe(202);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await send(handler, postEvent(body, key));
    expect(again).toEqual({ ...first, headers: { ...first.headers, 'idempotent-replayed': 'true' } });
    expect(m.repo.comments.size).toBe(1);
    // The record keeps the route's success status beside the sealed answer.
    expect([...m.repo.idempotency.values()][0]).toMatchObject({ state: 'completed', statusCode: 202 });
    // From another network, the same key and body are a new request.
    const elsewhere = await send(handler, postEvent(body, key, '203.0.113.9'));
    expect(elsewhere.headers['idempotent-replayed']).toBeUndefined();
    expect(elsewhere.body).not.toBe(first.body);
  });

  it('refuses the key with another body (409) and a malformed key (400), storing nothing new', async () => {
    const m = memoryDeps();
    const handler = makeHandler(() => m.deps);
    const key = { 'idempotency-key': randomUUID() };
    await send(handler, postEvent({ authorName: 'Ana', body: 'The original.' }, key));
    const reused = await send(handler, postEvent({ authorName: 'Ana', body: 'Another text.' }, key));
    expect(reused.statusCode).toBe(409);
    expect(JSON.parse(reused.body)).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    const weak = await send(
      handler,
      postEvent({ authorName: 'Ana', body: 'x' }, { 'idempotency-key': 'key-1' }),
    );
    expect(weak.statusCode).toBe(400);
    expect(JSON.parse(weak.body)).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'Idempotency-Key' }] },
    });
    expect(m.repo.comments.size).toBe(1);
  });

  it('without a key, each post is its own comment and nothing is marked replayed', async () => {
    const m = memoryDeps();
    const handler = makeHandler(() => m.deps);
    const body = { authorName: 'Ana', body: 'No key.' };
    const [a, b] = [await send(handler, postEvent(body)), await send(handler, postEvent(body))];
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    expect(a.headers['idempotent-replayed'] ?? b.headers['idempotent-replayed']).toBeUndefined();
    expect(m.repo.comments.size).toBe(2);
    expect(m.repo.idempotency.size).toBe(0);
  });
});
