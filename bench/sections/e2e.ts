/**
 * Section 6 — end to end on the local stack: `startLocalStack` (the gateway, the stream poller, which the
 * gateway wakes after each write, the handlers) on the run's in-memory DynamoDB Local. Each sample posts a
 * 1 KB comment over HTTP to an article of its own, then polls the public listing every 20 ms until the
 * comment shows (bounded: 15 s). The comments are civil ones the default pipeline approves: a held one
 * never shows, so it would wait out the bound and measure nothing (9 of 40 did, 2 minutes of the run).
 * Baseline: the POST's own round trip through the gateway.
 */
import { silentLogger } from '../../local/log';
import { IDLE_POLL_MS, startLocalStack } from '../../local/stack';
import { approvedBodies } from '../lib/fixtures';
import { dropTable, dynamo, uniqueName, writeBenchPolicy } from '../lib/harness';
import { progress, runSection } from '../lib/ipc';
import { ratio, summarize, type Summary } from '../lib/stats';

const SAMPLES = Number(process.env.PARLEY_BENCH_E2E_SAMPLES ?? 40);
const POLL_MS = 20;
const GIVE_UP_MS = 15_000;

export interface E2eResult {
  samples: number;
  visible: Summary;
  post: Summary;
  /** post → visible p50 / POST p50. */
  ratio: number;
  timeouts: number;
  /** The poller's idle pause; a write through the gateway wakes it at once. */
  pollerIntervalMs: number;
  clientPollMs: number;
}

async function main(): Promise<E2eResult> {
  const d = await dynamo();
  const tableName = uniqueName('e2e');
  const stack = await startLocalStack({
    port: 0,
    inMemory: true,
    dynamodbEndpoint: d.endpoint,
    tableName,
    logger: silentLogger,
    sweepIntervalMs: 0,
  });
  try {
    await writeBenchPolicy(d, tableName);
    const bodies = await approvedBodies(600_000, SAMPLES + 3);
    const visible: number[] = [];
    const posts: number[] = [];
    let timeouts = 0;
    for (let i = -3; i < SAMPLES; i++) {
      const articleId = `e2e-${i + 3}-${Date.now().toString(36)}`;
      const t0 = performance.now();
      const res = await fetch(`${stack.url}/articles/${articleId}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ authorName: `Reader ${i + 3}`, body: bodies[i + 3] }),
      });
      const t1 = performance.now();
      const posted = (await res.json()) as { comment?: { id: string } };
      if (res.status !== 202 || !posted.comment) throw new Error(`POST answered ${res.status}`);
      let seen = false;
      while (!seen && performance.now() - t0 < GIVE_UP_MS) {
        const list = (await (await fetch(`${stack.url}/articles/${articleId}/comments`)).json()) as {
          comments?: { id: string }[];
        };
        seen = (list.comments ?? []).some((c) => c.id === posted.comment!.id);
        if (!seen) await new Promise((r) => setTimeout(r, POLL_MS));
      }
      const t2 = performance.now();
      if (i < 0) continue; // warm-up: first imports of the handlers
      posts.push(t1 - t0);
      if (seen) visible.push(t2 - t0);
      else timeouts++;
      progress((i + 1) / SAMPLES, `end to end: ${i + 1}/${SAMPLES} posts visible`);
    }
    const v = summarize(visible);
    const p = summarize(posts);
    return {
      samples: SAMPLES,
      visible: v,
      post: p,
      ratio: ratio(v.p50, p.p50),
      timeouts,
      pollerIntervalMs: IDLE_POLL_MS,
      clientPollMs: POLL_MS,
    };
  } finally {
    await stack.stop();
    await dropTable(d, tableName);
    await d.stop();
  }
}

runSection(main);
