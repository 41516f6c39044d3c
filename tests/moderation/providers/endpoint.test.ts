/**
 * The external endpoint provider against a REAL HTTP server on 127.0.0.1 (node:http, port 0): the server
 * verifies the HMAC signature as a newsroom's service would, and misbehaves on purpose — slow, 5xx,
 * malformed, oversized, redirecting.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { semanticCheck } from '../../../shared/moderation/providers/check';
import {
  endpointProvider,
  endpointRequestSchema,
  signParleyRequest,
  verifyParleySignature,
} from '../../../shared/moderation/providers/endpoint';
import type { EndpointProviderOptions } from '../../../shared/moderation/providers/endpoint';
import { makeContext } from '../support';

const SECRET = 'test-secret-0123456789abcdef0123456789';

interface Received {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  rawBody: string;
  closedEarly: Promise<boolean>;
}

type Handler = (req: Received, res: ServerResponse) => void;

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** Starts a server on 127.0.0.1 with an OS-chosen port; returns its URL and what it received. */
async function serve(handler: Handler): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const closedEarly = new Promise<boolean>((resolve) => {
        res.on('close', () => resolve(!res.writableFinished));
        res.on('finish', () => resolve(false));
      });
      const r: Received = {
        method: req.method,
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
        closedEarly,
      };
      received.push(r);
      handler(r, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/moderate`, received };
}

/** The receiving side, as the newsroom would write it: verify, then answer. */
function verifying(answer: (body: unknown) => unknown, secret: string | string[] = SECRET): Handler {
  return (req, res) => {
    const check = verifyParleySignature({
      secret,
      timestamp: req.headers['x-parley-timestamp'] as string | undefined,
      signature: req.headers['x-parley-signature'] as string | undefined,
      rawBody: req.rawBody,
    });
    if (!check.ok) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: check.reason }));
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify(answer(JSON.parse(req.rawBody))));
  };
}

const provider = (url: string, o: Partial<EndpointProviderOptions> = {}) =>
  endpointProvider({ url, secret: SECRET, ...o });
const BODY = 'Funny how this reporter always defends them. Wonder who\u2019s paying her.';

describe('endpoint provider against a local server', () => {
  it('happy path: a signed JSON request, a validated answer, spans located in the body', async () => {
    const { url, received } = await serve(
      verifying(() => ({
        action: 'hold',
        category: 'insinuation',
        confidence: 0.7,
        spans: ['Wonder who\u2019s paying her'],
        rationale: 'Insinuates the reporter is paid.',
      })),
    );
    const r = await semanticCheck(provider(url), { timeoutMs: 2000 }).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'semantic_review', score: 0.7 });
    expect(r.evidence?.slice(0, 3)).toEqual([
      { kind: 'provider', value: 'endpoint', score: 0.7, detail: 'hold insinuation at 0.7' },
      { kind: 'rationale', value: 'Insinuates the reporter is paid.' },
      { kind: 'quote', value: 'Wonder who\u2019s paying her', span: [45, 68], detail: 'insinuation' },
    ]);

    const [req] = received;
    expect(req?.method).toBe('POST');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['x-parley-timestamp']).toMatch(/^\d{10}$/);
    expect(req?.headers['x-parley-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(endpointRequestSchema.parse(JSON.parse(req!.rawBody))).toEqual({
      id: 'c-1',
      articleId: 'sahel-security-2026',
      body: BODY,
      language: 'en',
      createdAt: '2026-03-02T12:00:00.000Z',
    });
  });

  it('an approval passes; a missing confidence means the endpoint is sure; an unknown category becomes other', async () => {
    const { url } = await serve(verifying(() => ({ action: 'approve' })));
    expect(await semanticCheck(provider(url)).run(makeContext('Agreed.'))).toMatchObject({
      outcome: 'pass',
      score: 0,
    });

    const { url: url2 } = await serve(
      verifying(() => ({ action: 'reject', category: 'defamation', confidence: 0.95 })),
    );
    const v = await provider(url2).judge(
      { id: 'c', articleId: 'a', body: 'x', createdAt: '2026-03-02T12:00:00.000Z' },
      { signal: new AbortController().signal },
    );
    expect(v).toMatchObject({ outcome: 'reject', category: 'other', confidence: 0.95 });
    expect(v.evidence).toEqual([{ kind: 'category', value: 'defamation', detail: 'endpoint category' }]);
  });

  it('the server refuses a request signed with another secret (401) → degraded hold', async () => {
    const { url } = await serve(verifying(() => ({ action: 'approve' })));
    const wrong = provider(url, { secret: 'another-secret-0123456789abcdef01234' });
    const r = await semanticCheck(wrong).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe('http_status; SemanticProviderError: endpoint answered HTTP 401');
  });

  it('a server mid-rotation accepts either secret', async () => {
    const { url } = await serve(
      verifying(() => ({ action: 'approve' }), ['old-secret-0123456789abcdef0123456', SECRET]),
    );
    expect(await semanticCheck(provider(url)).run(makeContext('Agreed.'))).toMatchObject({ outcome: 'pass' });
  });

  it('no answer before the deadline → degraded hold, and the connection is dropped', async () => {
    const { url, received } = await serve(() => undefined); // never answers
    const started = performance.now();
    const r = await semanticCheck(provider(url), { timeoutMs: 150 }).run(makeContext(BODY));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe('timeout; SemanticProviderError: no verdict within 150 ms');
    // On a busy machine the server may see the request only after the client gave up on it.
    await expect.poll(() => received.length).toBe(1);
    expect(await received[0]!.closedEarly).toBe(true);
  });

  it('5xx → degraded hold', async () => {
    const { url } = await serve((_, res) => res.writeHead(503).end('upstream unavailable'));
    const r = await semanticCheck(provider(url)).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe('http_status; SemanticProviderError: endpoint answered HTTP 503');
  });

  it('malformed JSON → degraded hold', async () => {
    const { url } = await serve((_, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"action": "approve",'),
    );
    const r = await semanticCheck(provider(url)).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe(
      'invalid_answer; SemanticProviderError: endpoint answer is not JSON',
    );
  });

  it('JSON outside the response schema → degraded hold', async () => {
    const { url } = await serve(verifying(() => ({ action: 'publish', confidence: 3 })));
    const r = await semanticCheck(provider(url)).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toMatch(
      /^invalid_answer; .*outside the schema: action: .*; confidence: Too big/,
    );
  });

  it('an oversize answer is refused: declared by Content-Length, or streamed without one', async () => {
    const big = JSON.stringify({
      action: 'approve',
      rationale: 'x'.repeat(900),
      padding: 'y'.repeat(1_000_000),
    });
    const { url } = await serve((_, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) })
        .end(big),
    );
    const declared = await semanticCheck(provider(url)).run(makeContext(BODY));
    expect(declared).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(declared.evidence?.[0]?.detail).toBe(
      `oversize; SemanticProviderError: answer of ${Buffer.byteLength(big)} bytes exceeds 16384`,
    );

    const { url: streaming, received } = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked, no length
      res.write('{"action":"approve","rationale":"');
      const timer = setInterval(() => res.write('z'.repeat(4096)), 1);
      res.on('close', () => clearInterval(timer));
    });
    const streamed = await semanticCheck(provider(streaming), { timeoutMs: 3000 }).run(makeContext(BODY));
    expect(streamed.evidence?.[0]?.detail).toBe(
      'oversize; SemanticProviderError: answer exceeds 16384 bytes',
    );
    expect(await received[0]!.closedEarly).toBe(true);
  });

  it('a redirect is not followed → degraded hold', async () => {
    const { url } = await serve((_, res) =>
      res.writeHead(307, { location: 'http://127.0.0.1:9/elsewhere' }).end(),
    );
    const r = await semanticCheck(provider(url)).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    // Named as the documented failure, not fetch's `TypeError: fetch failed`.
    expect(r.evidence?.[0]?.detail).toBe(
      'http_status; SemanticProviderError: endpoint answered a redirect (not followed)',
    );
  });

  it('an endpoint nobody answers at → degraded hold, `unavailable`', async () => {
    // A port that was free a moment ago, closed again: the connection is refused.
    const idle = createServer();
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const { port } = idle.address() as AddressInfo;
    await new Promise<void>((resolve) => idle.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/moderate`;
    const r = await semanticCheck(provider(url)).run(makeContext(BODY));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toMatch(/^unavailable; SemanticProviderError: endpoint unreachable: /);
  });

  it('refuses plain http to anything but loopback, and a short secret', () => {
    expect(() => endpointProvider({ url: 'http://moderation.example.org/x', secret: SECRET })).toThrow(
      /must be https/,
    );
    expect(() => endpointProvider({ url: 'https://moderation.example.org/x', secret: 'short' })).toThrow(
      /at least 32/,
    );
    expect(() => endpointProvider({ url: 'https://moderation.example.org/x', secret: SECRET })).not.toThrow();
  });
});

describe('verifyParleySignature', () => {
  const now = 1_772_452_800; // 2026-03-02T12:00:00Z
  const body = '{"id":"c-1","articleId":"a","body":"hi","createdAt":"2026-03-02T12:00:00.000Z"}';
  const ts = String(now);
  const sig = signParleyRequest(SECRET, ts, body);

  it('accepts the signature over timestamp + exact body, and nothing else', () => {
    expect(
      verifyParleySignature({ secret: SECRET, timestamp: ts, signature: sig, rawBody: body, now }),
    ).toEqual({ ok: true });
    expect(
      verifyParleySignature({
        secret: SECRET,
        timestamp: ts,
        signature: sig,
        rawBody: body.replace('hi', 'ho'),
        now,
      }),
    ).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(
      verifyParleySignature({
        secret: SECRET,
        timestamp: String(now + 1),
        signature: sig,
        rawBody: body,
        now,
      }),
    ).toEqual({ ok: false, reason: 'signature mismatch' });
    expect(
      verifyParleySignature({ secret: SECRET, timestamp: ts, signature: 'v1=zz', rawBody: body, now }),
    ).toEqual({
      ok: false,
      reason: 'missing or malformed signature',
    });
  });

  it('refuses a stale or future timestamp (replay)', () => {
    expect(
      verifyParleySignature({ secret: SECRET, timestamp: ts, signature: sig, rawBody: body, now: now + 301 }),
    ).toEqual({
      ok: false,
      reason: 'timestamp outside tolerance',
    });
    expect(
      verifyParleySignature({ secret: SECRET, timestamp: undefined, signature: sig, rawBody: body, now }),
    ).toEqual({
      ok: false,
      reason: 'missing or malformed timestamp',
    });
  });

  it('is HMAC-SHA256 over "<timestamp>.<body>", hex', async () => {
    const { createHmac } = await import('node:crypto');
    expect(sig).toBe(`v1=${createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex')}`);
  });
});
