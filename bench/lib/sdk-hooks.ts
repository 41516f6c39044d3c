/**
 * Hooks the benchmark puts into the AWS SDK clients the handlers build for themselves (functions/lib/deps.ts
 * creates them lazily; the benchmark never changes that code). `instrumentDocumentClients` wraps
 * `DynamoDBDocumentClient.prototype.send`, so the first command a client sends installs two middlewares on
 * that client's stack:
 *
 * - the capacity meter (step `initialize`, outermost): sets `ReturnConsumedCapacity: INDEXES` on every
 *   command, counts command names (the "no Scan" check) and sums DynamoDB Local's reported units,
 *   with the corrections described in `capacity.ts`;
 * - the response tape (step `deserialize`, innermost, right before the HTTP handler): in `record` mode it
 *   keeps each raw HTTP response from DynamoDB Local; in `replay` mode it answers from the tape without any
 *   network, so serialisation, signing, retries, deserialisation and the document client's marshalling
 *   all still run. That is the in-process double used to measure the compute share of a request.
 */
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CapacityMeter } from './capacity';

type Next = (args: {
  input: Record<string, unknown>;
  request?: unknown;
}) => Promise<{ output?: unknown; response?: unknown }>;
type Middleware = (next: Next, context: { commandName?: string }) => Next;
interface Stack {
  add(
    mw: Middleware,
    options: { step: string; name: string; priority: 'high' | 'normal' | 'low'; override?: boolean },
  ): void;
}

interface RecordedResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

interface RawHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length &&
  Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));

async function readBody(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    }
    const all = Buffer.concat(chunks);
    return new Uint8Array(all.buffer, all.byteOffset, all.length);
  }
  return new Uint8Array();
}

/** Run-length list of responses: identical consecutive responses (a list page read 2,000 times) are kept once. */
class Reel {
  private readonly runs: { rec: RecordedResponse; count: number }[] = [];
  private run = 0;
  private within = 0;

  push(rec: RecordedResponse): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.rec.statusCode === rec.statusCode && sameBytes(last.rec.body, rec.body)) last.count++;
    else this.runs.push({ rec, count: 1 });
  }

  get size(): number {
    return this.runs.reduce((n, r) => n + r.count, 0);
  }

  /** The next response in recorded order; past the end the last one again. */
  take(): RecordedResponse | undefined {
    const current = this.runs[this.run];
    if (!current) return this.runs[this.runs.length - 1]?.rec;
    const rec = current.rec;
    if (++this.within >= current.count && this.run < this.runs.length - 1) {
      this.run++;
      this.within = 0;
    } else if (this.within >= current.count) {
      this.within = current.count; // stay on the last response
    }
    return rec;
  }

  rewind(): void {
    this.run = 0;
    this.within = 0;
  }
}

/**
 * Records DynamoDB Local's HTTP responses and plays them back. A response is found again by its request's
 * signature (operation + table + index + key or key condition values); a request not seen while recording
 * (a key with the current minute in it, say) gets the next response recorded for a request of the same
 * shape (operation, table, index, key condition and projection, without the values), and only failing
 * that the next one of the same operation: a handler that sends two kinds of Query gets a rate-window
 * answer for a rate-window Query, never an index page.
 */
export class ResponseTape {
  mode: 'off' | 'record' | 'replay' = 'off';
  private bySignature = new Map<string, Reel>();
  private byShape = new Map<string, Reel>();
  private byOperation = new Map<string, Reel>();
  /** Requests answered from a fallback (shape or operation), and requests that found nothing at all. */
  fallbacks = 0;
  misses = 0;

  clear(): void {
    this.bySignature = new Map();
    this.byShape = new Map();
    this.byOperation = new Map();
    this.fallbacks = 0;
    this.misses = 0;
  }

  /** Start playback from the beginning of every reel. */
  rewind(): void {
    for (const map of [this.bySignature, this.byShape, this.byOperation])
      for (const reel of map.values()) reel.rewind();
    this.fallbacks = 0;
    this.misses = 0;
  }

  get recorded(): number {
    return [...this.byOperation.values()].reduce((n, r) => n + r.size, 0);
  }

  push(operation: string, signature: string, rec: RecordedResponse, shape: string = operation): void {
    const reel = (map: Map<string, Reel>, key: string) => {
      let r = map.get(key);
      if (!r) map.set(key, (r = new Reel()));
      return r;
    };
    reel(this.bySignature, signature).push(rec);
    reel(this.byShape, shape).push(rec);
    reel(this.byOperation, operation).push(rec);
  }

  take(operation: string, signature: string, shape: string = operation): RecordedResponse | undefined {
    const exact = this.bySignature.get(signature)?.take();
    if (exact) return exact;
    const any = this.byShape.get(shape)?.take() ?? this.byOperation.get(operation)?.take();
    if (any) this.fallbacks++;
    else this.misses++;
    return any;
  }
}

/** Writes whose answers carry nothing that depends on the request: told apart by operation only. */
const BLIND_WRITES = /\.(PutItem|TransactWriteItems|BatchWriteItem)$/;

/**
 * What identifies "the same request" across runs (never the item bodies, ids made at run time or times),
 * and its shape: the same without any values.
 */
export function requestIdentity(operation: string, body: string): { signature: string; shape: string } {
  // Not parsed: these bodies are the largest, and parsing them would be the double's cost, not the handler's.
  if (BLIND_WRITES.test(operation)) return { signature: operation, shape: operation };
  let req: Record<string, unknown>;
  try {
    req = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { signature: operation, shape: operation };
  }
  const item = req.Item as Record<string, unknown> | undefined;
  const key = (req.Key ?? (item ? { PK: item.PK, SK: item.SK } : undefined)) as
    { PK?: { S?: string } } | undefined;
  const parts = {
    t: req.TableName,
    i: req.IndexName,
    k: key,
    c: req.KeyConditionExpression ? req.ExpressionAttributeValues : undefined,
    s: req.ExclusiveStartKey,
    l: req.Limit,
    r: operation.endsWith('BatchGetItem') ? req.RequestItems : undefined,
  };
  const shape = {
    t: req.TableName,
    i: req.IndexName,
    // The kind of item a key names: its partition key up to the last '#' (RATE#network#, COMMENT#, ...).
    k: key?.PK?.S?.replace(/[^#]*$/, ''),
    c: req.KeyConditionExpression,
    p: req.ProjectionExpression,
    u: req.UpdateExpression,
    sel: req.Select,
    s: req.ExclusiveStartKey !== undefined,
  };
  return {
    signature: `${operation} ${JSON.stringify(parts)}`,
    shape: `${operation} ${JSON.stringify(shape)}`,
  };
}

export const requestSignature = (operation: string, body: string): string =>
  requestIdentity(operation, body).signature;

export interface Instrumentation {
  meter: CapacityMeter | undefined;
  tape: ResponseTape | undefined;
  /** Clients of the benchmark itself (seeding, side reads): never metered or taped. */
  exclude: WeakSet<object>;
}

const installedStacks = new WeakSet<object>();
/** Clients that keep a tape of their own (the baselines), by middleware stack. */
const ownTapes = new WeakMap<object, ResponseTape>();
let current: Instrumentation | undefined;

function capacityMiddleware(stack: object): Middleware {
  return (next, context) => async (args) => {
    const meter = ownTapes.has(stack) ? undefined : current?.meter;
    if (!meter) return next(args);
    return meter.observe(context.commandName ?? 'UnknownCommand', args.input, () => next(args));
  };
}

function tapeMiddleware(stack: object): Middleware {
  return (next) => async (args) => {
    const tape = ownTapes.get(stack) ?? current?.tape;
    if (!tape || tape.mode === 'off') return next(args);
    const request = args.request as { headers?: Record<string, string>; body?: unknown } | undefined;
    const operation = request?.headers?.['x-amz-target'] ?? 'unknown';
    // The SDK hands the serialised JSON over as a string or as bytes, depending on the operation.
    const raw = request?.body;
    const body =
      typeof raw === 'string'
        ? raw
        : raw instanceof Uint8Array
          ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8')
          : '';
    const { signature, shape } = requestIdentity(operation, body);
    if (tape.mode === 'record') {
      const out = await next(args);
      const response = out.response as RawHttpResponse;
      const bytes = await readBody(response.body);
      response.body = bytes;
      tape.push(
        operation,
        signature,
        { statusCode: response.statusCode, headers: { ...response.headers }, body: Uint8Array.from(bytes) },
        shape,
      );
      return out;
    }
    const rec = tape.take(operation, signature, shape);
    if (!rec) throw new Error(`Response tape: nothing recorded for ${operation}`);
    const response: RawHttpResponse = {
      statusCode: rec.statusCode,
      headers: { ...rec.headers },
      body: rec.body,
    };
    return { response };
  };
}

let patched = false;

/**
 * Instruments every DynamoDBDocumentClient in this process (the handlers' own clients included) except
 * those in `exclude`. Call once, before the first handler runs; `setInstrumentation` swaps meter and tape.
 */
export function instrumentDocumentClients(instrumentation: Instrumentation): void {
  current = instrumentation;
  if (patched) return;
  patched = true;
  type Send = (this: DynamoDBDocumentClient, ...args: unknown[]) => unknown;
  const proto = DynamoDBDocumentClient.prototype as unknown as { send: Send };
  const original = proto.send;
  proto.send = function (this: DynamoDBDocumentClient, ...args: unknown[]) {
    const stack = this.middlewareStack as unknown as Stack;
    if (!installedStacks.has(stack) && !current?.exclude.has(this)) {
      installedStacks.add(stack);
      stack.add(capacityMiddleware(stack), {
        step: 'initialize',
        name: 'parleyBenchCapacity',
        priority: 'high',
      });
      stack.add(tapeMiddleware(stack), { step: 'deserialize', name: 'parleyBenchTape', priority: 'low' });
    }
    return original.apply(this, args);
  };
}

export function setInstrumentation(update: Partial<Omit<Instrumentation, 'exclude'>>): void {
  if (!current) throw new Error('instrumentDocumentClients() first');
  current = { ...current, ...update };
}

/** Gives one client a tape of its own (used for the baselines, so they never mix with a handler's tape). */
export function useOwnTape(client: DynamoDBDocumentClient, tape: ResponseTape): void {
  ownTapes.set(client.middlewareStack, tape);
}
