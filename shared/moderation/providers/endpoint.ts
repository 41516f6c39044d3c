/**
 * The external endpoint provider: a moderation service the newsroom runs, called over HTTPS.
 *
 * Request: `POST <url>` with `Content-Type: application/json` and the body
 *   {"id", "articleId", "body", "language"?, "createdAt"}
 * signed with HMAC-SHA256 under a shared secret:
 *   X-Parley-Timestamp: <unix seconds>
 *   X-Parley-Signature: v1=<hex of HMAC-SHA256(secret, "<timestamp>.<raw request body>")>
 * The receiver recomputes the signature over the exact bytes it received, compares in constant time and
 * refuses timestamps more than 5 minutes from its clock (`verifyParleySignature` does all three).
 *
 * Response: `200` with `application/json`
 *   {"action": "approve"|"hold"|"reject", "category"?, "confidence"? (0..1), "spans"? [quoted strings],
 *    "rationale"?}
 * validated with zod. Anything else — another status, a redirect, a body over `maxResponseBytes`, bytes
 * that are not JSON, JSON outside the schema, no answer before the check's deadline — is a failure the
 * check holds as degraded. Plain `http://` is accepted only for loopback hosts (local runs and tests).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from '../../zod';
import { locateSpans } from './spans';
import { SEMANTIC_OUTCOMES, SemanticProviderError, isSemanticCategory, zeroUsage } from './types';
import type { JudgeOptions, SemanticInput, SemanticProvider, SemanticVerdict } from './types';
import { oneLine, raceAbort } from './util';

export const TIMESTAMP_HEADER = 'X-Parley-Timestamp';
export const SIGNATURE_HEADER = 'X-Parley-Signature';
/** How far a receiver should let the timestamp drift from its clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The request body the endpoint receives. */
export const endpointRequestSchema = z.strictObject({
  id: z.string(),
  articleId: z.string(),
  body: z.string(),
  language: z.optional(z.string()),
  createdAt: z.string(),
});
export type EndpointRequest = z.infer<typeof endpointRequestSchema>;

/** The answer the endpoint must give. Unknown fields are ignored; a category outside ours becomes `other`. */
export const endpointResponseSchema = z.object({
  action: z.enum(SEMANTIC_OUTCOMES),
  category: z.optional(z.string().check(z.maxLength(64))),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  spans: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(20))),
  rationale: z.optional(z.string().check(z.maxLength(1000))),
});
export type EndpointResponse = z.infer<typeof endpointResponseSchema>;

/** `v1=<hex>` for a timestamp and the exact request body. */
export function signParleyRequest(secret: string, timestamp: string, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

export interface VerifyInput {
  /** One secret, or several during a rotation (any may match). */
  secret: string | readonly string[];
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  /** Unix seconds (default: now). */
  now?: number;
  toleranceSeconds?: number;
}

/** What a receiver runs before trusting a request: signature over timestamp + body, and a fresh timestamp. */
export function verifyParleySignature(v: VerifyInput): { ok: true } | { ok: false; reason: string } {
  if (!v.timestamp || !/^\d{1,12}$/.test(v.timestamp))
    return { ok: false, reason: 'missing or malformed timestamp' };
  const now = v.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(v.timestamp)) > (v.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS))
    return { ok: false, reason: 'timestamp outside tolerance' };
  const given = /^v1=([0-9a-f]{64})$/.exec(v.signature ?? '');
  if (!given) return { ok: false, reason: 'missing or malformed signature' };
  const givenBytes = Buffer.from(given[1]!, 'hex');
  const secrets = typeof v.secret === 'string' ? [v.secret] : v.secret;
  const match = secrets.some((secret) => {
    const expected = Buffer.from(signParleyRequest(secret, v.timestamp!, v.rawBody).slice(3), 'hex');
    return timingSafeEqual(expected, givenBytes);
  });
  return match ? { ok: true } : { ok: false, reason: 'signature mismatch' };
}

export interface EndpointProviderOptions {
  /** https:// URL of the newsroom's service (http:// only for loopback hosts). */
  url: string;
  /** The shared HMAC secret (at least 32 characters). */
  secret: string;
  /** Larger answers are refused unread (default 16 KiB). */
  maxResponseBytes?: number;
  /** Recorded as the provider name (default `endpoint`). */
  name?: string;
  /** Injected for tests (default: global fetch). */
  fetch?: typeof fetch;
  /** Clock for the timestamp (default Date.now). */
  now?: () => number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Reads at most `max` bytes of the body; more is refused without reading the rest. */
async function readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw new SemanticProviderError('oversize', `answer of ${declared} bytes exceeds ${max}`);
  }
  if (!res.body) return '';
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new SemanticProviderError('oversize', `answer exceeds ${max} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

/** Builds the provider; throws at once on a URL or secret that can never work. */
export function endpointProvider(options: EndpointProviderOptions): SemanticProvider {
  const url = new URL(options.url);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new SemanticProviderError(
      'config',
      `endpoint must be https (http only on loopback): ${url.origin}`,
    );
  }
  if (options.secret.length < 32)
    throw new SemanticProviderError('config', 'endpoint secret must be at least 32 characters');
  const name = options.name ?? 'endpoint';
  const maxBytes = options.maxResponseBytes ?? 16 * 1024;
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;

  async function judge(input: SemanticInput, opts: JudgeOptions): Promise<SemanticVerdict> {
    opts.signal.throwIfAborted();
    const payload: EndpointRequest = {
      id: input.id,
      articleId: input.articleId,
      body: input.body,
      ...(input.language ? { language: input.language } : {}),
      createdAt: input.createdAt,
    };
    const rawBody = JSON.stringify(payload);
    const timestamp = String(Math.floor(now() / 1000));
    const call = async (): Promise<EndpointResponse> => {
      const res = await reached(
        doFetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            [TIMESTAMP_HEADER]: timestamp,
            [SIGNATURE_HEADER]: signParleyRequest(options.secret, timestamp, rawBody),
          },
          body: rawBody,
          redirect: 'error',
          signal: opts.signal,
        }),
      );
      if (res.status !== 200) {
        await res.body?.cancel().catch(() => undefined);
        throw new SemanticProviderError('http_status', `endpoint answered HTTP ${res.status}`);
      }
      let text: string;
      try {
        text = await readCapped(res, maxBytes);
      } catch (err) {
        if (err instanceof SemanticProviderError) throw err;
        throw new SemanticProviderError('invalid_answer', 'endpoint answer is not UTF-8', { cause: err });
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new SemanticProviderError('invalid_answer', 'endpoint answer is not JSON', { cause: err });
      }
      const parsed = endpointResponseSchema.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues
          .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
          .join('; ');
        throw new SemanticProviderError('invalid_answer', `endpoint answer outside the schema: ${issues}`);
      }
      return parsed.data;
    };
    const answer = await raceAbort(call(), opts.signal);
    const category = answer.category && isSemanticCategory(answer.category) ? answer.category : undefined;
    const { spans, unlocated } = locateSpans(input.body, answer.spans ?? []);
    return {
      provider: name,
      outcome: answer.action,
      category: category ?? (answer.action === 'approve' ? 'none' : 'other'),
      // The newsroom's own service is authoritative: no confidence means it is sure.
      confidence: answer.confidence ?? 1,
      spans,
      ...(unlocated.length ? { unlocatedQuotes: unlocated } : {}),
      rationale: oneLine(answer.rationale ?? `${name} answered ${answer.action}`, 300),
      usage: zeroUsage(),
      ...(answer.category && !category
        ? {
            evidence: [
              { kind: 'category', value: oneLine(answer.category, 64), detail: 'endpoint category' },
            ],
          }
        : {}),
    };
  }

  return { name, judge };
}

/**
 * The endpoint's answer, or the failure fetch's `TypeError: fetch failed` stands for: a redirect (never
 * followed) is `http_status`, anything else on the way (refused, reset, no such host) `unavailable`.
 * An abort (the check's timeout) is left as it is.
 */
async function reached(response: Promise<Response>): Promise<Response> {
  try {
    return await response;
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    const cause = err.cause instanceof Error ? err.cause.message : err.message;
    if (/redirect/i.test(cause))
      throw new SemanticProviderError('http_status', 'endpoint answered a redirect (not followed)', {
        cause: err,
      });
    throw new SemanticProviderError('unavailable', `endpoint unreachable: ${cause}`.slice(0, 200), {
      cause: err,
    });
  }
}
