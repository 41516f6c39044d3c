/**
 * Section 5 — scale: first-page latency of the public listing on articles with 100, 10,000 and 100,000
 * approved comments, and of the site-wide pending queue with 100 and 100,000 comments waiting.
 *
 * Data is written directly with BatchWriteItem, as items built by the repository's key builders
 * (`commentKey`, `commentIndexKeys` in shared/storage/keys.ts). The comments a first page can reach (the
 * oldest 100 of each partition: both pages are read oldest first, the default) are full 1 KB comments
 * shaped like a real automatically moderated one. The others are fillers: the same item with a 200-byte
 * body and no decision record, carrying only the index attributes of the index being measured (GSI1 for
 * the listing, GSI2 for the queue); an entry's place in an index depends on nothing else, and this keeps
 * seeding 210,000 items within a couple of minutes on two cores.
 *
 * The listing is measured through the list-comments handler; the two queues live in two tables (the
 * site-wide queue is one index partition per table), so each gets the moderation-queue route built the way
 * functions/moderation-queue.ts builds it, with dependencies from functions/lib/deps.ts for its table.
 * Requests are interleaved across the cases, with a bare GetItem as the baseline.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig } from '../../functions/lib/config';
import { buildDeps } from '../../functions/lib/deps';
import { json } from '../../functions/lib/http';
import { moderatorRoute } from '../../functions/lib/route';
import { routes } from '../../functions/routes';
import { moderationQueue } from '../../shared/app/moderation';
import type { CommentRecord, CommentStatus } from '../../shared/domain/comment';
import { queueQuery } from '../../shared/domain/moderation-schemas';
import { articleKey, commentIndexKeys, commentKey } from '../../shared/storage/keys';
import { civilBody, seedId } from '../lib/fixtures';
import {
  batchWrite,
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
import { progress, runSection } from '../lib/ipc';
import { streamEvent } from '../lib/scenarios';
import { ratio, summarize, type Summary } from '../lib/stats';

const SIZES = (process.env.PARLEY_BENCH_SCALE_SIZES ?? '100,10000,100000').split(',').map(Number);
const QUEUE_SIZES = (process.env.PARLEY_BENCH_QUEUE_SIZES ?? '100,100000').split(',').map(Number);
const ROUNDS = Number(process.env.PARLEY_BENCH_SCALE_ROUNDS ?? 300);
const CAP_MS = Number(process.env.PARLEY_BENCH_SCALE_CAP_MS ?? 20_000);
const FULL = 100;

export interface ScaleCase {
  name: string;
  size: number;
  latency: Summary;
  /** p50 / the baseline's p50. */
  ratio: number;
  /** Items on the first page (sanity check). */
  pageItems: number;
}

export interface ScaleResult {
  list: ScaleCase[];
  queue: ScaleCase[];
  baseline: Summary;
  listRatio: number;
  queueRatio: number;
  seeded: number;
  seedSeconds: number;
  seedItemsPerSecond: number;
  target: { ratioMax: number };
}

async function templates(
  d: Dynamo,
  table: string,
): Promise<{ approved: CommentRecord; pending: CommentRecord }> {
  // One real comment through post-comment and the consumer, for the stored shape (decision record included).
  const post = await loadHandler('post-comment');
  const consume = await loadHandler('moderate-comment');
  const route = routes.find((r) => r.handler === 'post-comment')!;
  const res = (await post(
    httpEvent(route, {
      params: { articleId: 'scale-template' },
      body: { authorName: 'Template', body: civilBody(7) },
    }),
    lambdaContext('post-comment'),
  )) as { statusCode: number; body: string };
  if (res.statusCode !== 202) throw new Error(`post-comment answered ${res.statusCode}: ${res.body}`);
  const id = (JSON.parse(res.body) as { comment: { id: string } }).comment.id;
  const read = async () =>
    (await d.doc.send(new GetCommand({ TableName: table, Key: commentKey(id), ConsistentRead: true }))).Item!;
  await consume(streamEvent(await read(), 1), lambdaContext('moderate-comment'));
  const item = await read();
  const clean = { ...item } as Record<string, unknown>;
  for (const k of Object.keys(clean)) if (/^(PK|SK|GSI\d(PK|SK)|repliesVersion)$/.test(k)) delete clean[k];
  const approved = clean as unknown as CommentRecord;
  const pending = {
    ...approved,
    status: 'pending' as const,
    decision: { ...approved.decision!, outcome: 'pending' as const },
  };
  return { approved, pending };
}

function* comments(
  template: CommentRecord,
  o: {
    articleId: string;
    status: CommentStatus;
    count: number;
    index: 'GSI1' | 'GSI2';
    base: number;
    epoch: number;
  },
): Generator<Record<string, unknown>> {
  const filler = civilBody(3, 200);
  for (let n = 0; n < o.count; n++) {
    const id = seedId(o.base + n, o.epoch);
    const full = n < FULL;
    const record: CommentRecord = {
      ...template,
      id,
      rootId: id,
      parentId: null,
      articleId: o.articleId,
      status: o.status,
      authorId: `a_scale${n % 5000}`,
      body: full ? civilBody(n) : filler,
      replyCount: 0,
      firstReplies: [],
    };
    const keys = commentIndexKeys(record);
    if (full) {
      yield { ...commentKey(id), ...keys, ...record, repliesVersion: 0 };
      continue;
    }
    const { decision: _decision, ...slim } = record;
    const indexAttrs = Object.fromEntries(Object.entries(keys).filter(([k]) => k.startsWith(o.index)));
    yield { ...commentKey(id), ...indexAttrs, ...slim, repliesVersion: 0 };
  }
}

async function main(): Promise<ScaleResult> {
  const d = await dynamo();
  const table = await createTable(d, uniqueName('scale'));
  const smallQueueTable = await createTable(d, uniqueName('scale-queue'));
  useHandlerEnvironment(d, table);
  await writeBenchPolicy(d, table);
  await writeBenchPolicy(d, smallQueueTable);
  const t = await templates(d, table);

  // Seeding.
  const epoch = Date.now() - 3600_000;
  const largestQueue = Math.max(...QUEUE_SIZES);
  const total = SIZES.reduce((a, b) => a + b, 0) + QUEUE_SIZES.reduce((a, b) => a + b, 0);
  let written = 0;
  const seedStart = performance.now();
  const onProgress = (before: number) => (w: number) =>
    progress(
      (0.8 * (before + w)) / total,
      `scale: seeding ${(before + w).toLocaleString('en')} of ${total.toLocaleString('en')} items`,
    );
  let base = 0;
  for (const size of SIZES) {
    const articleId = `scale-${size}`;
    const before = written;
    written += await batchWrite(
      d,
      table,
      () => comments(t.approved, { articleId, status: 'approved', count: size, index: 'GSI1', base, epoch }),
      { concurrency: 8, onProgress: onProgress(before) },
    );
    base += size;
    await d.doc.send(
      new PutCommand({
        TableName: table,
        Item: {
          ...articleKey(articleId),
          entity: 'article',
          articleId,
          totalApproved: size,
          mode: null,
          closed: false,
        },
      }),
    );
  }
  for (const size of QUEUE_SIZES) {
    const before = written;
    const target = size === largestQueue ? table : smallQueueTable;
    written += await batchWrite(
      d,
      target,
      () =>
        comments(t.pending, {
          articleId: `scale-queue-${size}`,
          status: 'pending',
          count: size,
          index: 'GSI2',
          base,
          epoch,
        }),
      { concurrency: 8, onProgress: onProgress(before) },
    );
    base += size;
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  // The cases.
  const list = await loadHandler('list-comments');
  const listRoute = routes.find((r) => r.handler === 'list-comments')!;
  const queueRoute = routes.find((r) => r.handler === 'moderation-queue')!;
  const queueHandlerFor = (tableName: string): Invoke => {
    const deps = buildDeps(loadConfig({ ...process.env, TABLE_NAME: tableName }));
    // As functions/moderation-queue.ts, with this table's dependencies.
    return moderatorRoute('moderator', { query: queueQuery }, async (event) =>
      json(200, await moderationQueue(deps, event.parsed.query)),
    ) as Invoke;
  };
  type Case = {
    name: string;
    size: number;
    kind: 'list' | 'queue';
    run: () => Promise<unknown>;
    lat: number[];
    pageItems: number;
  };
  const cases: Case[] = [
    ...SIZES.map((size): Case => {
      const event = httpEvent(listRoute, { params: { articleId: `scale-${size}` }, query: { limit: '20' } });
      return {
        name: `list, article with ${size.toLocaleString('en')} comments`,
        size,
        kind: 'list',
        run: () => list(event, lambdaContext('list-comments')),
        lat: [],
        pageItems: 0,
      };
    }),
    ...QUEUE_SIZES.map((size): Case => {
      const h = queueHandlerFor(size === largestQueue ? table : smallQueueTable);
      const event = httpEvent(queueRoute, { query: { queue: 'pending' }, role: 'moderator' });
      return {
        name: `pending queue with ${size.toLocaleString('en')} comments`,
        size,
        kind: 'queue',
        run: () => h(event, lambdaContext('moderation-queue')),
        lat: [],
        pageItems: 0,
      };
    }),
  ];
  const pingKey = articleKey(`scale-${SIZES[0]}`);
  const baseLat: number[] = [];
  for (const c of cases) {
    const r = (await c.run()) as { statusCode: number; body: string };
    if (r.statusCode !== 200) throw new Error(`${c.name}: ${r.statusCode} ${r.body.slice(0, 200)}`);
    const body = JSON.parse(r.body) as { comments?: unknown[]; items?: unknown[] };
    c.pageItems = (body.comments ?? body.items ?? []).length;
    for (let i = 0; i < 30; i++) await c.run(); // warm-up
  }
  const stop = performance.now() + CAP_MS;
  for (let round = 0; round < ROUNDS && performance.now() < stop; round++) {
    for (const c of [...cases].sort(() => Math.random() - 0.5)) {
      const s = performance.now();
      await c.run();
      c.lat.push(performance.now() - s);
    }
    const s = performance.now();
    await d.doc.send(new GetCommand({ TableName: table, Key: pingKey }));
    baseLat.push(performance.now() - s);
    if (round % 10 === 0)
      progress(0.8 + (0.2 * round) / ROUNDS, `scale: first pages, round ${round}/${ROUNDS}`);
  }
  const baseline = summarize(baseLat);
  const out = (c: Case): ScaleCase => {
    const latency = summarize(c.lat);
    return {
      name: c.name,
      size: c.size,
      latency,
      ratio: ratio(latency.p50, baseline.p50),
      pageItems: c.pageItems,
    };
  };
  const listCases = cases.filter((c) => c.kind === 'list').map(out);
  const queueCases = cases.filter((c) => c.kind === 'queue').map(out);
  const spread = (xs: ScaleCase[]) => {
    const bySize = [...xs].sort((a, b) => a.size - b.size);
    return ratio(bySize[bySize.length - 1]!.latency.p50, bySize[0]!.latency.p50);
  };
  // No DeleteTable: it keeps DynamoDB Local busy for minutes; the runner throws this Local away instead.
  await d.stop();
  return {
    list: listCases,
    queue: queueCases,
    baseline,
    listRatio: spread(listCases),
    queueRatio: spread(queueCases),
    seeded: written,
    seedSeconds,
    seedItemsPerSecond: written / seedSeconds,
    target: { ratioMax: 1.2 },
  };
}

runSection(main);
