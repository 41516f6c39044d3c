/**
 * Running the real handlers in this process against DynamoDB Local: the handlers' environment, table
 * creation, API Gateway v2 events (built by the local gateway's own event builder), Lambda contexts, and
 * bounded BatchWriteItem seeding.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import type { RouteDefinition } from '../../functions/routes';
import { localClientConfig } from '../../local/aws';
import { startDynamoDBLocal } from '../../local/dynamodb-local';
import type { HttpApiEvent } from '../../local/handler-loader';
import { buildHttpApiEvent, newRequestId } from '../../local/http-api';
import { createLambdaContext } from '../../local/lambda-context';
import { setHandlerEnvironment } from '../../local/stack';
import { ensureTable } from '../../local/table';
import { applyPolicyUpdate, defaultPolicy, type PolicyUpdate } from '../../shared/moderation/policy';
import { CachedPolicyStore } from '../../shared/storage/policy-store';
import { ENDPOINT_ENV } from './ipc';

export const ROOT = new URL('../../', import.meta.url);
export const REGION = 'us-east-1';

export interface Dynamo {
  endpoint: string;
  /** The benchmark's own clients: never instrumented (see sdk-hooks.ts). */
  raw: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  stop(): Promise<void>;
}

/** The run's DynamoDB Local, or (a section run on its own) a fresh in-memory one. */
export async function dynamo(): Promise<Dynamo> {
  const given = process.env[ENDPOINT_ENV];
  const started = given ? undefined : await startDynamoDBLocal({ inMemory: true });
  const endpoint = given ?? started!.endpoint;
  const raw = new DynamoDBClient({ ...localClientConfig(endpoint, REGION), maxAttempts: 8 });
  const doc = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  return {
    endpoint,
    raw,
    doc,
    stop: async () => {
      raw.destroy();
      await started?.stop();
    },
  };
}

export const uniqueName = (prefix: string): string =>
  `parley-bench-${prefix}-${randomBytes(3).toString('hex')}`;

export async function createTable(d: Dynamo, name: string): Promise<string> {
  await ensureTable(d.raw, name);
  return name;
}

export async function dropTable(d: Dynamo, name: string): Promise<void> {
  await d.raw.send(new DeleteTableCommand({ TableName: name })).catch(() => undefined);
}

/** Points the handlers of this process at a table. Must run before the first handler is imported. */
export function useHandlerEnvironment(d: Dynamo, tableName: string): string {
  const secret = randomBytes(32).toString('base64url');
  setHandlerEnvironment({ tableName, endpoint: d.endpoint, region: REGION, secret });
  return secret;
}

export type Invoke = (event: unknown, context: Context) => Promise<unknown>;

/** Imports `functions/<name>.ts` (through tsx) and returns its handler. */
export async function loadHandler(name: string): Promise<Invoke> {
  const url = pathToFileURL(join(ROOT.pathname, 'functions', `${name}.ts`)).href;
  const mod = (await import(url)) as { handler?: unknown };
  if (typeof mod.handler !== 'function') throw new Error(`functions/${name}.ts exports no handler`);
  return mod.handler as Invoke;
}

export const lambdaContext = (name: string): Context =>
  createLambdaContext({
    functionName: `parley-bench-${name}`,
    timeoutMs: 30_000,
    region: REGION,
    memoryLimitInMB: 256,
  });

export interface EventOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  sourceIp?: string;
  /** Claims the JWT authorizer would pass for a moderator or an admin. */
  role?: 'moderator' | 'admin';
}

/** A payload 2.0 event for a route, as the local gateway (and API Gateway) would build it. */
export function httpEvent(route: RouteDefinition, o: EventOptions = {}): HttpApiEvent {
  const params = o.params ?? {};
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${route.path}`);
    return encodeURIComponent(value);
  });
  const query = o.query ? new URLSearchParams(o.query).toString() : '';
  const body = o.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(o.body), 'utf8');
  const headers: Record<string, string> = {
    host: 'api.example.test',
    'user-agent': 'parley-bench',
    ...(o.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...o.headers,
  };
  const claims =
    o.role === undefined
      ? undefined
      : {
          sub: 'bench-moderator-1',
          'cognito:groups': o.role === 'admin' ? '[admins moderators]' : '[moderators]',
          'cognito:username': 'bench-moderator',
          name: 'Bench Moderator',
          token_use: 'id',
        };
  return buildHttpApiEvent(
    {
      method: route.method,
      url: query ? `${path}?${query}` : path,
      httpVersion: '1.1',
      rawHeaders: Object.entries(headers).flat(),
      body,
      sourceIp: o.sourceIp ?? '203.0.113.10',
      localPort: 443,
    },
    {
      routeKey: `${route.method} ${route.path}`,
      pathParameters: Object.keys(params).length ? params : undefined,
      requestId: newRequestId(),
      ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
      apiId: 'bench',
      accountId: '000000000000',
      now: new Date(),
    },
  );
}

/** Writes a policy with the per-network limits lifted: every benchmark request comes from few addresses. */
export async function writeBenchPolicy(
  d: Dynamo,
  tableName: string,
  update: PolicyUpdate = {},
): Promise<void> {
  const policy = applyPolicyUpdate(defaultPolicy(), {
    rateLimits: { authorPerMinute: 1000, networkPerMinute: 10_000 },
    flood: { authorPer10m: 0, networkPer10m: 0 },
    ...update,
  });
  await new CachedPolicyStore({ client: d.doc, tableName }).write(policy, { id: 'bench' }, new Date());
}

/**
 * Writes items with BatchWriteItem, 25 per request, `concurrency` requests in flight, retrying unprocessed
 * items a bounded number of times.
 */
export async function batchWrite(
  d: Dynamo,
  tableName: string,
  items: Iterable<Record<string, unknown>> | (() => Iterator<Record<string, unknown>>),
  options: { concurrency?: number; onProgress?: (written: number) => void } = {},
): Promise<number> {
  const iterator = typeof items === 'function' ? items() : items[Symbol.iterator]();
  let written = 0;
  let exhausted = false;
  const nextBatch = (): Record<string, unknown>[] => {
    const batch: Record<string, unknown>[] = [];
    while (!exhausted && batch.length < 25) {
      const n = iterator.next();
      if (n.done) exhausted = true;
      else batch.push(n.value);
    }
    return batch;
  };
  const worker = async () => {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
      let pending = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt >= 10) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed`);
        if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
        const out = await d.doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
        pending = (out.UnprocessedItems?.[tableName] ?? []).flatMap((w) =>
          w.PutRequest?.Item ? [{ PutRequest: { Item: w.PutRequest.Item } }] : [],
        );
      }
      written += batch.length;
      options.onProgress?.(written);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return written;
}
