/**
 * Sections 2 and 4 — capacity units per action, then warm per-request cost, with the real handlers
 * (functions/*.ts) invoked in this process against DynamoDB Local.
 *
 * Capacity: each action once with the capacity meter (lib/capacity.ts) on every command the handlers
 * send: DynamoDB Local's figures, and the same corrected to AWS's billing rules where Local differs.
 *
 * Warm cost: for each route and the stream consumer, up to N invocations (after a warm-up) against
 * DynamoDB Local while the response tape records what Local answered; then the same invocations again
 * with the SDK answered from the tape (no network; serialisation, signing and parsing still run): the
 * compute share. Baselines, interleaved (every 4th invocation): a bare GetItem of a small item through the
 * SDK to DynamoDB Local, and the same GetItem answered from a tape.
 */
import { GetCommand, PutCommand, QueryCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { routes, triggers } from '../../functions/routes';
import { localClientConfig } from '../../local/aws';
import type { CommentRecord } from '../../shared/domain/comment';
import { commentKey } from '../../shared/storage/keys';
import { indexKeyAttributes, tableDefinition } from '../../shared/storage/table';
import {
  CapacityMeter,
  ShadowReplayer,
  summarizeCommands,
  type ActionCapacity,
  type CommandCapacity,
} from '../lib/capacity';
import { BODY_BYTES, approvedBody } from '../lib/fixtures';
import {
  REGION,
  createTable,
  dynamo,
  httpEvent,
  lambdaContext,
  loadHandler,
  uniqueName,
  useHandlerEnvironment,
  writeBenchPolicy,
  type Dynamo,
  type Invoke,
} from '../lib/harness';
import { note, progress, runSection, timeLeft } from '../lib/ipc';
import { itemSize } from '../lib/item-size';
import {
  approvedArticle,
  scenarios,
  streamEvent,
  type Scenario,
  type ScenarioContext,
} from '../lib/scenarios';
import { ResponseTape, instrumentDocumentClients, setInstrumentation, useOwnTape } from '../lib/sdk-hooks';
import { ratio, summarize, type Summary } from '../lib/stats';

const N = Number(process.env.PARLEY_BENCH_REQUESTS ?? 2000);
const WARMUP = Number(process.env.PARLEY_BENCH_WARMUP ?? 50);
/**
 * Time: the warm runs share what is left of the run's budget (lib/ipc.ts `timeLeft`), the functions with
 * a compute target weighted 8, the consumer 4, the others 1; within a function's share, 3/4 go to the runs
 * against DynamoDB Local and the rest to the compute runs. A run that reaches N stops early and leaves its
 * time to the next. These caps (ms) bound a function's share whatever the budget.
 */
const DDB_CAP_MS = Number(process.env.PARLEY_BENCH_DDB_CAP_MS ?? 60_000);
const COMPUTE_CAP_MS = Number(process.env.PARLEY_BENCH_COMPUTE_CAP_MS ?? 20_000);
const MIN_SHARE_MS = 1_000;
/** However short a function's share, this many invocations are measured (a p50 of fewer says little). */
const MIN_N = 30;

export interface CapacityRow {
  action: string;
  /** The function(s) it ran. */
  via: string;
  capacity: ActionCapacity;
  error?: string;
}

export interface WarmRow {
  handler: string;
  label: string;
  computeTarget: boolean;
  /** Invocations measured against DynamoDB Local, and answered by the tape. */
  n: number;
  nCompute: number;
  ddb: Summary;
  compute: Summary;
  /** Baseline: a bare GetItem round trip to DynamoDB Local / the same GetItem answered from a tape. */
  ddbBaseline: Summary;
  computeBaseline: Summary;
  ddbRatio: number;
  computeRatio: number;
  /** Share of the p50 against DynamoDB Local that is compute. */
  computeShare: number;
  errors: number;
  firstError?: string;
  tapeFallbacks: number;
  error?: string;
}

/** A warm-run row before anything is measured. */
function emptyRow(handler: string, label: string, computeTarget: boolean): WarmRow {
  return {
    handler,
    label,
    computeTarget,
    n: 0,
    nCompute: 0,
    ddb: summarize([]),
    compute: summarize([]),
    ddbBaseline: summarize([]),
    computeBaseline: summarize([]),
    ddbRatio: Number.NaN,
    computeRatio: Number.NaN,
    computeShare: Number.NaN,
    errors: 0,
    tapeFallbacks: 0,
  };
}

export interface RequestsResult {
  capacity: CapacityRow[];
  /** The sweeper finding nothing stuck, against DynamoDB Local (ms): its billed duration while idle. */
  sweeperIdle: Summary;
  /** Custom metrics the sweeper published on those idle runs (Powertools `addMetric` calls seen). */
  sweeperIdleMetrics: string[];
  /** Item sizes (bytes, DynamoDB's rules) of what one post and its automatic decision store. */
  sizes: Record<string, number>;
  /** Figures derived from measured item sizes (labelled). */
  estimates: Record<string, number>;
  warm: WarmRow[];
  /** Every DynamoDB command the handlers sent during this section, by name. */
  commandCounts: Record<string, number>;
  /**
   * Of those, the Scans sent by the routes the route table declares to scan (`scans: true`: the e-mail
   * look-up, a bounded full read by design); the "no Scan" check counts the others.
   */
  declaredScans: number;
  calibration: { probe: string; local: number; aws: number; note: string }[];
  bodyBytes: number;
  iterations: number;
  warmup: number;
}

/** Probes of DynamoDB Local's accounting against AWS's documented rules (what the corrections rest on). */
async function calibrate(d: Dynamo, table: string) {
  const doc = d.doc;
  const out: RequestsResult['calibration'] = [];
  const units = (o: { ConsumedCapacity?: unknown }) => {
    const c = o.ConsumedCapacity as { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
    return (Array.isArray(c) ? c : c ? [c] : []).reduce((s, x) => s + (x.CapacityUnits ?? 0), 0);
  };
  const { TransactWriteCommand, BatchGetCommand } = await import('@aws-sdk/lib-dynamodb');
  const small = (k: string) => ({ PK: `CAL#${k}`, SK: 'CAL', pad: 'x'.repeat(600) });
  out.push({
    probe: 'TransactWriteItems, three 0.6 KB puts',
    local: units(
      await doc.send(
        new TransactWriteCommand({
          TransactItems: ['a', 'b', 'c'].map((k) => ({ Put: { TableName: table, Item: small(k) } })),
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ),
    aws: 6,
    note: 'AWS: 2 write units per transactional write of up to 1 KB',
  });
  out.push({
    probe: 'PutItem, 2.5 KB item, no index',
    local: units(
      await doc.send(
        new PutCommand({
          TableName: table,
          Item: { PK: 'CAL#p', SK: 'CAL', pad: 'x'.repeat(2500) },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ),
    aws: 3,
    note: 'AWS: 1 write unit per KB, rounded up',
  });
  out.push({
    probe: 'Query finding nothing (eventually consistent)',
    local: units(
      await doc.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'PK = :p',
          ExpressionAttributeValues: { ':p': 'CAL#none' },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ),
    aws: 0.5,
    note: 'AWS: a Query is charged at least one 4 KB read even when nothing matches',
  });
  out.push({
    probe: 'BatchGetItem, 1 found + 2 missing keys (eventually consistent)',
    local: units(
      await doc.send(
        new BatchGetCommand({
          RequestItems: {
            [table]: {
              Keys: [
                { PK: 'CAL#a', SK: 'CAL' },
                { PK: 'CAL#m1', SK: 'CAL' },
                { PK: 'CAL#m2', SK: 'CAL' },
              ],
            },
          },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ),
    aws: 1.5,
    note: 'AWS: each key of a BatchGetItem is charged as a GetItem, found or not',
  });
  out.push({
    probe: 'GetItem of a missing item (eventually consistent)',
    local: units(
      await doc.send(
        new GetCommand({
          TableName: table,
          Key: { PK: 'CAL#none', SK: 'CAL' },
          ReturnConsumedCapacity: 'INDEXES',
        }),
      ),
    ),
    aws: 0.5,
    note: 'AWS: a read of a missing item is still charged',
  });
  return out;
}

async function main(): Promise<RequestsResult> {
  const d = await dynamo();
  const table = await createTable(d, uniqueName('requests'));
  const shadowTable = await createTable(d, uniqueName('shadow'));
  useHandlerEnvironment(d, table);
  await writeBenchPolicy(d, table);
  progress(0.01, 'capacity: calibration probes');
  const calibration = await calibrate(d, table);

  const exclude = new WeakSet<object>([d.doc]);
  const tape = new ResponseTape();
  const fullMeter = new CapacityMeter({
    mode: 'full',
    shadow: new ShadowReplayer({
      client: d.doc,
      shadowTable,
      keyAttributes: [tableDefinition.partitionKey, tableDefinition.sortKey],
    }),
  });
  const countMeter = new CapacityMeter({ mode: 'count' });
  instrumentDocumentClients({ meter: fullMeter, tape, exclude });

  const handlerNames = [
    ...new Set([...routes.map((r) => r.handler), triggers.moderateComment, triggers.sweeper]),
  ];
  const handlers = new Map<string, Invoke>();
  const loadErrors = new Map<string, string>();
  for (const name of handlerNames) {
    try {
      handlers.set(name, await loadHandler(name));
    } catch (err) {
      loadErrors.set(name, err instanceof Error ? err.message : String(err));
    }
  }
  const invoke = async (name: string, event: unknown): Promise<unknown> => {
    const h = handlers.get(name);
    if (!h) throw new Error(`${name}: ${loadErrors.get(name) ?? 'not loaded'}`);
    return h(event, lambdaContext(name));
  };
  const get = async (id: string) =>
    (await d.doc.send(new GetCommand({ TableName: table, Key: commentKey(id), ConsistentRead: true })))
      .Item as (CommentRecord & Record<string, unknown>) | undefined;
  const postOne = async (articleId: string, i: number): Promise<string> => {
    const route = routes.find((r) => r.handler === 'post-comment')!;
    const res = (await invoke(
      'post-comment',
      httpEvent(route, {
        params: { articleId },
        body: { authorName: `Capacity ${i}`, body: await approvedBody(500_000 + 10 * i) },
      }),
    )) as {
      statusCode: number;
      body: string;
    };
    if (res.statusCode !== 202) throw new Error(`post-comment answered ${res.statusCode}: ${res.body}`);
    return (JSON.parse(res.body) as { comment: { id: string } }).comment.id;
  };
  let seq = 0;
  const moderate = async (id: string) => {
    const item = await get(id);
    if (!item) throw new Error(`comment ${id} not found`);
    const out = (await invoke('moderate-comment', streamEvent(item, seq++))) as {
      batchItemFailures?: unknown[];
    };
    if (out.batchItemFailures?.length) throw new Error('moderate-comment reported a failure');
  };

  // Templates: one real comment through post-comment and the consumer (meter off meanwhile).
  setInstrumentation({ meter: countMeter });
  progress(0.03, 'capacity: templates');
  const templateId = await postOne('bench-template', 0);
  const received = (await get(templateId)) as CommentRecord;
  await moderate(templateId);
  const approved = (await get(templateId)) as CommentRecord;
  if (approved.status !== 'approved')
    throw new Error(`the template comment was ${approved.status}, not approved`);
  const strip = (c: CommentRecord): CommentRecord => {
    const out = { ...c } as Record<string, unknown>;
    for (const k of Object.keys(out)) if (/^(PK|SK|GSI\d(PK|SK)|repliesVersion)$/.test(k)) delete out[k];
    return out as unknown as CommentRecord;
  };
  const ctx: ScenarioContext = {
    d,
    table,
    templates: { received: strip(received), approved: strip(approved) },
  };

  // ---- Capacity units per action -------------------------------------------------------------------
  const capacity: CapacityRow[] = [];
  const measure = async (
    action: string,
    via: string,
    fn: () => Promise<unknown>,
  ): Promise<ActionCapacity | undefined> => {
    setInstrumentation({ meter: fullMeter });
    fullMeter.drain();
    let error: string | undefined;
    try {
      await fn();
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const records: CommandCapacity[] = fullMeter.drain();
    setInstrumentation({ meter: countMeter });
    const cap = summarizeCommands(records);
    capacity.push({ action, via, capacity: cap, ...(error ? { error } : {}) });
    return error ? undefined : cap;
  };
  // The Scans of the routes declared to scan, counted apart while their scenarios run.
  let declaredScans = 0;
  const scanCount = () =>
    [fullMeter, countMeter].reduce(
      (n, m) => n + [...m.counts].reduce((k, [name, v]) => k + (/Scan/.test(name) ? v : 0), 0),
      0,
    );
  const scansOf = async <T>(handler: string, fn: () => Promise<T>): Promise<T> => {
    if (!routes.some((r) => r.handler === handler && r.scans === true)) return fn();
    const before = scanCount();
    try {
      return await fn();
    } finally {
      declaredScans += scanCount() - before;
    }
  };
  const unmetered = async <T>(fn: () => Promise<T>): Promise<T> => {
    setInstrumentation({ meter: countMeter });
    return fn();
  };

  progress(0.05, 'capacity: post and automatic decision');
  let postedId = '';
  await measure('post (1 KB comment)', 'post-comment', async () => {
    postedId = await postOne('cap-post', 1);
  });
  const sizes: Record<string, number> = {};
  if (postedId) sizes['comment item as posted (received)'] = itemSize((await get(postedId)) ?? {});
  await measure('automatic decision → approved', 'moderate-comment', async () => {
    await moderate(postedId);
    const status = (await get(postedId))?.status;
    if (status !== 'approved') throw new Error(`the comment ended ${status}, not approved`);
  });
  if (postedId) {
    const after: Record<string, unknown> = (await get(postedId)) ?? {};
    sizes['comment item after automatic approval'] = itemSize(after);
    sizes['decision record on the comment'] = itemSize({ decision: after.decision });
    // Each index entry of the approved comment, as the table definition projects it.
    for (const g of tableDefinition.globalSecondaryIndexes) {
      if (after[g.partitionKey] === undefined) continue;
      const keys = ['PK', 'SK', ...indexKeyAttributes(g)];
      sizes[`${g.indexName} entry of the approved comment`] = itemSize(
        after,
        g.projection.type === 'INCLUDE' ? [...keys, ...g.projection.attributes] : keys,
      );
    }
    const events = await d.doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'PK = :p AND begins_with(SK, :e)',
        ExpressionAttributeValues: { ':p': commentKey(postedId).PK, ':e': 'EVENT#' },
      }),
    );
    sizes['audit event of the automatic decision'] = itemSize(events.Items?.[0] ?? {});
  }
  sizes['comment body'] = BODY_BYTES;

  // Held by pre-moderation, then decided by a moderator.
  const settingsRoute = routes.find((r) => r.handler === 'moderation-put-article-settings')!;
  await unmetered(() =>
    invoke(
      'moderation-put-article-settings',
      httpEvent(settingsRoute, {
        params: { articleId: 'cap-pre' },
        body: { mode: 'pre' },
        role: 'moderator',
      }),
    ),
  );
  const heldId = await unmetered(() => postOne('cap-pre', 2));
  await measure('automatic decision → pending (pre-moderated article)', 'moderate-comment', async () => {
    await moderate(heldId);
    const status = (await get(heldId))?.status;
    if (status !== 'pending') throw new Error(`the comment ended ${status}, not pending`);
  });
  const decideRoute = routes.find((r) => r.handler === 'moderation-decide')!;
  await measure('human decision (pending → approved)', 'moderation-decide', async () => {
    const r = (await invoke(
      'moderation-decide',
      httpEvent(decideRoute, {
        params: { commentId: heldId },
        body: { action: 'approve' },
        role: 'moderator',
      }),
    )) as { statusCode: number; body: string };
    if (r.statusCode !== 200) throw new Error(`decide answered ${r.statusCode}: ${r.body}`);
  });

  progress(0.08, 'capacity: reads');
  const listRoute = routes.find((r) => r.handler === 'list-comments')!;
  await approvedArticle(ctx, 'bench-list', 60);
  await approvedArticle(ctx, 'bench-threads', 20, 3);
  const expect200 = async (name: string, event: unknown) => {
    const r = (await invoke(name, event)) as { statusCode: number; body: string };
    if (r.statusCode !== 200 && r.statusCode !== 202)
      throw new Error(`${name} answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
    return r;
  };
  for (const limit of [20, 50]) {
    await measure(`list page of ${limit} (threads without replies)`, 'list-comments', () =>
      expect200(
        'list-comments',
        httpEvent(listRoute, { params: { articleId: 'bench-list' }, query: { limit: String(limit) } }),
      ),
    );
  }
  await measure('list page of 20 (each thread with 3 inline replies)', 'list-comments', () =>
    expect200(
      'list-comments',
      httpEvent(listRoute, { params: { articleId: 'bench-threads' }, query: { limit: '20' } }),
    ),
  );

  // What one listed thread weighs as the public listing index holds it.
  const page = await d.doc.send(
    new QueryCommand({
      TableName: table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': 'ARTICLE#bench-list#THREADS' },
      Limit: 1,
    }),
  );
  const estimates: Record<string, number> = {
    'listed thread as the index holds it (bytes)': page.Items?.[0] ? itemSize(page.Items[0]) : 0,
  };

  for (const sc of scenarios.filter(
    (s) =>
      !['post-comment', 'moderate-comment', 'list-comments', 'moderation-put-policy'].includes(s.handler),
  )) {
    const [event] = await unmetered(() => sc.prepare(ctx, 1));
    await scansOf(sc.handler, () =>
      measure(sc.label, sc.handler, async () => {
        const r = await invoke(sc.handler, event);
        if (!sc.ok(r)) throw new Error(`${sc.handler}: unexpected result ${JSON.stringify(r).slice(0, 300)}`);
      }),
    );
  }
  // The third flag on one comment reaches the default threshold and puts it in the `reported` queue.
  const flagRoute = routes.find((r) => r.handler === 'flag-comment')!;
  const [flagged] = await approvedArticle(ctx, 'cap-flags', 1);
  for (let k = 0; k < 2; k++)
    await unmetered(() =>
      expect200(
        'flag-comment',
        httpEvent(flagRoute, {
          params: { commentId: flagged! },
          body: { reason: 'abuse' },
          sourceIp: `10.200.${k}.9`,
        }),
      ),
    );
  await measure('flag reaching the threshold (3rd flag: comment enters `reported`)', 'flag-comment', () =>
    expect200(
      'flag-comment',
      httpEvent(flagRoute, {
        params: { commentId: flagged! },
        body: { reason: 'abuse' },
        sourceIp: '10.200.9.9',
      }),
    ),
  );
  // The scheduled sweeper finding nothing stuck: what the table costs every 5 minutes while idle.
  await measure('sweeper run, nothing stuck (every 5 min while idle)', 'sweep-received', () =>
    invoke('sweep-received', { source: 'aws.events' }),
  );
  const sweeps: number[] = [];
  // Which custom metrics an idle sweeper publishes: CloudWatch bills each for every hour it gets data.
  const idleMetrics = new Set<string>();
  // Taken off the prototype to wrap it; always called back with the instance as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const addMetric = Metrics.prototype.addMetric;
  Metrics.prototype.addMetric = function (this: Metrics, ...args: Parameters<Metrics['addMetric']>) {
    idleMetrics.add(args[0]);
    return addMetric.apply(this, args);
  };
  try {
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      await invoke('sweep-received', { source: 'aws.events' }).catch(() => undefined);
      if (i >= 10) sweeps.push(performance.now() - t);
    }
  } finally {
    Metrics.prototype.addMetric = addMetric;
  }
  const sweeperIdle = summarize(sweeps);
  // The policy write, measured here because its warm run comes last.
  const policyScenario = scenarios.find((s) => s.handler === 'moderation-put-policy')!;
  const [policyEvent] = await policyScenario.prepare(ctx, 1);
  await measure(policyScenario.label, policyScenario.handler, () =>
    invoke(policyScenario.handler, policyEvent),
  );

  // ---- Warm per-request cost -------------------------------------------------------------------------
  setInstrumentation({ meter: countMeter });
  // Baselines: a small item read through the SDK, over HTTP and from a tape of its own.
  await d.doc.send(
    new PutCommand({
      TableName: table,
      Item: { PK: 'BENCH#PING', SK: 'PING', at: new Date().toISOString() },
    }),
  );
  const pingKey = { PK: 'BENCH#PING', SK: 'PING' };
  const pingTape = new ResponseTape();
  const pingDoc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ ...localClientConfig(d.endpoint, REGION), maxAttempts: 4 }),
  );
  useOwnTape(pingDoc, pingTape);
  pingTape.mode = 'record';
  await pingDoc.send(new GetCommand({ TableName: table, Key: pingKey }));
  pingTape.mode = 'replay';
  const ddbPing = async () => {
    const t = performance.now();
    await d.doc.send(new GetCommand({ TableName: table, Key: pingKey }));
    return performance.now() - t;
  };
  const tapePing = async () => {
    const t = performance.now();
    await pingDoc.send(new GetCommand({ TableName: table, Key: pingKey }));
    return performance.now() - t;
  };
  for (let i = 0; i < 200; i++) await tapePing();

  const warm: WarmRow[] = [];
  const covered = new Set(scenarios.map((s) => s.handler));
  const steps = scenarios.length;
  // The functions with a compute target first in line for time, then the consumer, then the rest.
  const weight = (sc: Scenario) => (sc.computeTarget ? 8 : sc.handler === 'moderate-comment' ? 4 : 1);
  for (const [index, sc] of scenarios.entries()) {
    const base = 0.12 + (0.88 * index) / steps;
    const span = 0.88 / steps;
    const weightLeft = scenarios.slice(index).reduce((s2, x) => s2 + weight(x), 0);
    const share = Math.max(MIN_SHARE_MS, (Math.max(0, timeLeft()) * weight(sc)) / weightLeft);
    progress(base, `warm: ${sc.handler} (preparing)`);
    warm.push(await scansOf(sc.handler, () => runWarm(sc, share, base, span)));
  }
  for (const r of routes) {
    if (!covered.has(r.handler)) {
      warm.push({
        ...emptyRow(r.handler, `${r.method} ${r.path}`, false),
        error: 'no benchmark scenario for this route yet (bench/lib/scenarios.ts)',
      });
    }
  }

  async function runWarm(sc: Scenario, shareMs: number, base: number, span: number): Promise<WarmRow> {
    const began = performance.now();
    const fixed = sc.samples;
    // A short share warms up with fewer invocations (5 at the floor), and so prepares fewer events.
    const warmups = fixed === undefined ? Math.min(WARMUP, Math.max(5, Math.ceil(shareMs / 200))) : 1;
    const row = emptyRow(sc.handler, sc.label, sc.computeTarget);
    try {
      if (!handlers.has(sc.handler)) throw new Error(loadErrors.get(sc.handler) ?? 'handler not loaded');
      // No more state than the share can use (3/4 of it at no faster than ~3 ms an invocation), nor than a
      // quarter of it can make where each event's state goes through the use cases.
      const affordable = sc.setupMsPerEvent ? Math.ceil(shareMs / 4 / sc.setupMsPerEvent) : N;
      const events = await sc.prepare(
        ctx,
        fixed === undefined
          ? warmups + Math.max(MIN_N, Math.min(N, Math.ceil(shareMs / 4), affordable))
          : warmups + fixed,
      );
      const h = handlers.get(sc.handler)!;
      const check = (r: unknown) => {
        if (sc.ok(r)) return;
        row.errors++;
        row.firstError ??= JSON.stringify(r).slice(0, 300);
      };
      // Against DynamoDB Local, recording every response.
      tape.clear();
      tape.mode = 'record';
      // Warm-up: `warmups` invocations, or fewer for a slow function (at most a tenth of its share, at least 5).
      const warmStop = performance.now() + shareMs / 10;
      let warmed = 0;
      for (; warmed < warmups && (warmed < 5 || performance.now() < warmStop); warmed++)
        check(await h(events[warmed], lambdaContext(sc.handler)));
      const lat: number[] = [];
      const baseLat: number[] = [];
      const left = Math.max(1_000, shareMs - (performance.now() - began));
      const stop = performance.now() + Math.min(DDB_CAP_MS, left * 0.75);
      let i = warmed;
      // A fixed count runs to the end of its events; otherwise the share's time, with a floor of MIN_N.
      const more = () => fixed !== undefined || performance.now() < stop || i - warmed < MIN_N;
      for (; i < events.length && more(); i++) {
        const context = lambdaContext(sc.handler);
        const t = performance.now();
        const r = await h(events[i], context);
        lat.push(performance.now() - t);
        check(r);
        if (i % 4 === 0) baseLat.push(await ddbPing());
        if (i % 50 === 0)
          progress(
            base + (span * 0.75 * (i - WARMUP)) / N,
            `warm: ${sc.handler} against DynamoDB Local ${i - WARMUP}/${N}`,
          );
      }
      const recordedEvents = i;
      tape.mode = 'replay';
      // The same invocations, answered from the tape; repeated passes until N or the time cap.
      const comp: number[] = [];
      const compBase: number[] = [];
      const cstop =
        performance.now() + Math.min(COMPUTE_CAP_MS, Math.max(750, shareMs - (performance.now() - began)));
      for (let pass = 0; comp.length < N && performance.now() < cstop; pass++) {
        tape.rewind();
        for (let k = 0; k < recordedEvents && comp.length < N && performance.now() < cstop; k++) {
          const context = lambdaContext(sc.handler);
          const t = performance.now();
          const r = await h(events[k], context);
          const dt = performance.now() - t;
          check(r);
          if (pass > 0 || k >= warmed) {
            comp.push(dt);
            if (k % 4 === 0) compBase.push(await tapePing());
          }
        }
      }
      row.tapeFallbacks = tape.fallbacks;
      tape.mode = 'off';
      tape.clear();
      row.n = lat.length;
      row.nCompute = comp.length;
      row.ddb = summarize(lat);
      row.compute = summarize(comp);
      row.ddbBaseline = summarize(baseLat);
      row.computeBaseline = summarize(compBase);
      row.ddbRatio = ratio(row.ddb.p50, row.ddbBaseline.p50);
      row.computeRatio = ratio(row.compute.p50, row.computeBaseline.p50);
      row.computeShare = ratio(row.compute.p50, row.ddb.p50);
      if (row.errors > 0) note(`${sc.handler}: ${row.errors} unexpected results, first: ${row.firstError}`);
    } catch (err) {
      row.error = err instanceof Error ? err.message : String(err);
      tape.mode = 'off';
    }
    return row;
  }

  const counts: Record<string, number> = {};
  for (const m of [fullMeter, countMeter]) for (const [k, v] of m.counts) counts[k] = (counts[k] ?? 0) + v;
  // No DeleteTable: DynamoDB Local is in memory and stopped by the runner after this section.
  await d.stop();
  return {
    capacity,
    sweeperIdle,
    sweeperIdleMetrics: [...idleMetrics],
    sizes,
    estimates,
    warm,
    commandCounts: counts,
    declaredScans,
    calibration,
    bodyBytes: BODY_BYTES,
    iterations: N,
    warmup: WARMUP,
  };
}

runSection(main);
