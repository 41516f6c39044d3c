/**
 * A bounded local load run (not part of `npm test`): a local stack on its own in-memory DynamoDB Local,
 * N comment posts at a fixed concurrency with readers listing, counting and fetching meanwhile, then the
 * stream drained. It checks what the reliability suite promises at volume: every 202 is a stored
 * comment, every stored comment is decided, no request got a 5xx, and every counter equals a recount.
 *
 *   npm run load -- [--posts 10000] [--concurrency 50] [--readers 6] [--articles 100] [--out file.json]
 *
 * Posts come from 1,000 source networks (127.A.B.1, each a /24 of its own) under the default policy,
 * so the per-network limit (60 a minute) and flood hold (100 in 10 minutes) are live but not hit by
 * well-spread traffic; every post has its own author. Exit code 1 when a check fails. A request that
 * gets no HTTP answer (a reset connection) is counted and reported as a failed check, never a crash.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { silentLogger } from '../../local/log';
import { startLocalStack } from '../../local/stack';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localClientConfig } from '../../local/aws';
import { closeAgents, percentile, prng, recount, scanTable } from '../reliability/support';
import { runTraffic, transportCounter, warmUp } from './traffic';

const { values: args } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    readers: { type: 'string', default: '6' },
    articles: { type: 'string', default: '100' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string' },
  },
});
const POSTS = Number(args.posts);
const CONCURRENCY = Number(args.concurrency);
const READERS = Number(args.readers);
const ARTICLES = Number(args.articles);
const random = prng(Number(args.seed));

/** 1,000 networks: 127.{1..4}.{0..249}.1 — each its own /24 bucket. */
const sourceFor = (i: number) => `127.${1 + (Math.floor(i / 250) % 4)}.${i % 250}.1`;

const TEXTS = [
  'The piece underplays how much the coup changed the regional picture.',
  'Sources matter here: the ministry figures and the NGO figures disagree by a factor of two.',
  'I lived in the capital for years and this matches what friends still tell me.',
  'What about the sanctions timeline? The article skips from March to September.',
  'A fair summary, though the analysis of the militia funding feels thin.',
];

async function main() {
  const started = Date.now();
  const stack = await startLocalStack({
    port: 0,
    inMemory: true,
    logger: silentLogger,
    sweepIntervalMs: 0,
    poller: { pollIntervalMs: 50 },
  });
  const client = new DynamoDBClient(localClientConfig(stack.endpoint, stack.region));
  const doc = DynamoDBDocumentClient.from(client);
  try {
    console.log(`Local stack at ${stack.url}; warming up (one published root per article)…`);
    const warmUpErrors = transportCounter();
    const roots = await warmUp(stack.url, ARTICLES, warmUpErrors);
    await stack.poller.drain(120_000);

    console.log(`Posting ${POSTS} comments at concurrency ${CONCURRENCY} with ${READERS} readers…`);
    const { samples, accepted, errors, transport, postSeconds } = await runTraffic({
      baseUrl: stack.url,
      posts: POSTS,
      concurrency: CONCURRENCY,
      readers: READERS,
      articles: ARTICLES,
      roots,
      random,
      sourceFor,
      textFor: (i) => `${TEXTS[i % TEXTS.length]} (#${i})`,
    });

    console.log('Draining the stream (automatic moderation of everything posted)…');
    const drainStart = performance.now();
    await stack.poller.drain(30 * 60_000);
    const drainSeconds = (performance.now() - drainStart) / 1000;

    const items = await scanTable(doc, stack.tableName);
    const comments = items.filter((i) => i.SK === 'COMMENT' && String(i.articleId).startsWith('load-'));
    const stored = new Set(comments.map((c) => c.id as string));
    const byStatus = comments.reduce<Record<string, number>>(
      (m, c) => ({ ...m, [c.status]: (m[c.status] ?? 0) + 1 }),
      {},
    );
    const lost = [...accepted].filter((id) => !stored.has(id));
    // A post whose answer was lost may or may not have been stored; nothing else may be stored unanswered.
    const storedUnanswered = comments.length - ARTICLES - accepted.size;
    const problems = recount(items);

    const summarize = (kind: string) => {
      const list = samples.filter((s) => s.kind === kind || (kind === 'read' && s.kind !== 'post'));
      const statuses = list.reduce<Record<number, number>>(
        (m, s) => ({ ...m, [s.status]: (m[s.status] ?? 0) + 1 }),
        {},
      );
      return {
        requests: list.length,
        statuses,
        p50ms: Math.round(
          percentile(
            list.map((s) => s.ms),
            0.5,
          ),
        ),
        p95ms: Math.round(
          percentile(
            list.map((s) => s.ms),
            0.95,
          ),
        ),
        p99ms: Math.round(
          percentile(
            list.map((s) => s.ms),
            0.99,
          ),
        ),
        maxms: Math.round(Math.max(...list.map((s) => s.ms))),
      };
    };
    const post = summarize('post');
    const read = summarize('read');
    const fiveXx = samples.filter((s) => s.status >= 500).length;
    const report = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      settings: {
        posts: POSTS,
        concurrency: CONCURRENCY,
        readers: READERS,
        articles: ARTICLES,
        networks: 1000,
        policy: 'default',
      },
      posts: {
        ...post,
        perSecond: Math.round(POSTS / postSeconds),
        seconds: Math.round(postSeconds * 10) / 10,
      },
      reads: {
        ...read,
        perSecond: Math.round(read.requests / postSeconds),
        byKind: { list: summarize('list'), counts: summarize('counts'), get: summarize('get') },
      },
      fiveXx,
      transportErrors: {
        total: transport.total,
        posts: transport.posts,
        reads: transport.reads,
        byCode: transport.byCode,
        warmUpRetries: warmUpErrors.counted.total,
      },
      accepted: accepted.size,
      stored: comments.length - ARTICLES,
      storedIncludingWarmUp: comments.length,
      lostAccepted: lost.length,
      decided: comments.filter((c) => c.status !== 'received').length,
      byStatus,
      drain: {
        seconds: Math.round(drainSeconds * 10) / 10,
        poller: stack.poller.stats(),
        deadLetters: stack.poller.deadLetters.length,
      },
      recountProblems: problems.length,
      wallSeconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(JSON.stringify(report, null, 2));
    if (args.out) writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    const failures = [
      fiveXx > 0 ? `${fiveXx} answers were 5xx` : '',
      transport.total > 0
        ? `${transport.total} requests got no HTTP answer (${Object.entries(transport.byCode)
            .map(([code, n]) => `${code} × ${n}`)
            .join(', ')}; ${transport.posts} posts, ${transport.reads} reads): ${transport.examples[0]}`
        : '',
      storedUnanswered < 0 || storedUnanswered > transport.posts
        ? `${accepted.size} accepted and ${transport.posts} unanswered, but ${comments.length - ARTICLES} stored`
        : '',
      lost.length > 0 ? `${lost.length} accepted comments are missing` : '',
      byStatus.received ? `${byStatus.received} comments were never decided` : '',
      problems.length > 0 ? `recount: ${problems.slice(0, 5).join('; ')}` : '',
      ...errors.slice(0, 5),
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`FAILED:\n- ${failures.join('\n- ')}`);
      process.exitCode = 1;
    } else
      console.log(
        'OK: every request answered, every 202 is stored, everything stored is decided, no 5xx, counters equal a recount.',
      );
  } finally {
    closeAgents();
    client.destroy();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
