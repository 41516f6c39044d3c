/**
 * The traffic of the load run (tests/load/load.ts): the warm-up roots, then N comment posts at a fixed
 * concurrency while readers list threads, fetch counts and fetch single comments.
 *
 * A request that gets no HTTP answer at all (connection reset, "socket hang up", refused, timed out) is
 * a transport error: it is counted by its error code and the run goes on, so that it shows up in the
 * report instead of ending the run. Nothing here can reject while requests are still in flight: the
 * readers stop and are awaited whatever happens to the posts.
 */
import { randomBytes } from 'node:crypto';
import { pool, send, sendJson, type Reply } from '../reliability/support';

/** 22 random URL-safe characters: with a suffix, an Idempotency-Key the API accepts, unique to this run. */
const KEY_PREFIX = randomBytes(16).toString('base64url');
export const idempotencyKey = (name: string): string => `${KEY_PREFIX}-${name}`;

export type SampleKind = 'post' | 'list' | 'counts' | 'get';

export interface Sample {
  kind: SampleKind;
  status: number;
  ms: number;
}

export interface TransportErrors {
  total: number;
  /** Posts that got no answer: each may or may not have been stored. */
  posts: number;
  reads: number;
  /** e.g. `{ ECONNRESET: 3 }` */
  byCode: Record<string, number>;
  /** The first few, as `kind: code message`. */
  examples: string[];
}

export interface TrafficOptions {
  baseUrl: string;
  posts: number;
  concurrency: number;
  readers: number;
  articles: number;
  /** One published root comment per article: 1 post in 10 replies to it, readers fetch it. */
  roots: readonly string[];
  random: () => number;
  /** The source address of post `i` (its network). */
  sourceFor: (i: number) => string;
  /** The comment text of post `i` before the random suspect terms or links. */
  textFor: (i: number) => string;
}

export interface TrafficResult {
  samples: Sample[];
  /** Ids of the comments answered 202. */
  accepted: Set<string>;
  /** Posts answered with something other than a 202 with a comment (the first 20). */
  errors: string[];
  transport: TransportErrors;
  postSeconds: number;
}

/** Counts transport errors; `attempt` turns one into `undefined` instead of a rejection. */
export function transportCounter() {
  const counted: TransportErrors = { total: 0, posts: 0, reads: 0, byCode: {}, examples: [] };
  const note = (kind: SampleKind | 'warm-up', error: unknown): void => {
    const code =
      (error as NodeJS.ErrnoException | undefined)?.code ??
      (error instanceof Error && /timed out/.test(error.message) ? 'TIMEOUT' : 'UNKNOWN');
    counted.total++;
    if (kind === 'post') counted.posts++;
    else if (kind !== 'warm-up') counted.reads++;
    counted.byCode[code] = (counted.byCode[code] ?? 0) + 1;
    if (counted.examples.length < 5) {
      counted.examples.push(`${kind}: ${code} ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const attempt = async (kind: SampleKind | 'warm-up', request: () => Promise<Reply>) => {
    try {
      return await request();
    } catch (error) {
      note(kind, error);
      return undefined;
    }
  };
  return { counted, attempt };
}

/**
 * Posts one published root per article (from 127.9.x.1). A root that gets no answer is posted again
 * with the same Idempotency-Key, so a retry never makes a second comment.
 */
export async function warmUp(
  baseUrl: string,
  articles: number,
  counter = transportCounter(),
): Promise<string[]> {
  const roots: string[] = [];
  await pool(
    Array.from({ length: articles }, (_, a) => a),
    10,
    async (a) => {
      const key = idempotencyKey(`root-${a}`);
      for (let tries = 1; ; tries++) {
        const res = await counter.attempt('warm-up', () =>
          sendJson(
            baseUrl,
            'POST',
            `/articles/load-${a}/comments`,
            { authorName: `Root author ${a}`, body: `Thread starter for article ${a}.` },
            { localAddress: `127.9.${a % 250}.1`, headers: { 'idempotency-key': key } },
          ),
        );
        if (res === undefined && tries < 3) continue;
        if (res?.status !== 202) {
          throw new Error(`warm-up post answered ${res ? `${res.status}: ${res.text}` : 'nothing'}`);
        }
        roots[a] = (res.json as { comment: { id: string } }).comment.id;
        return;
      }
    },
  );
  return roots;
}

/** Runs the posts and, meanwhile, the readers; resolves once both have stopped. */
export async function runTraffic(options: TrafficOptions): Promise<TrafficResult> {
  const { baseUrl, articles, roots, random } = options;
  const samples: Sample[] = [];
  const accepted = new Set<string>();
  const errors: string[] = [];
  const { counted, attempt } = transportCounter();
  const record = (kind: SampleKind, res: Reply | undefined): Reply | undefined => {
    if (res) samples.push({ kind, status: res.status, ms: res.ms });
    return res;
  };

  let postsDone = false;
  const read = async (r: number): Promise<void> => {
    for (let k = 0; !postsDone && k < 1_000_000; k++) {
      const a = Math.floor(random() * articles);
      const kind = (['list', 'counts', 'get'] as const)[(k + r) % 3]!;
      const path =
        kind === 'list'
          ? `/articles/load-${a}/comments?limit=20&sort=${k % 2 ? 'newest' : 'oldest'}`
          : kind === 'counts'
            ? `/counts?articleIds=${Array.from({ length: 20 }, (_, j) => `load-${(a + j) % articles}`).join(',')}`
            : `/comments/${roots[a]}`;
      const res = record(kind, await attempt(kind, () => send(baseUrl, { method: 'GET', path })));
      // A dead connection fails at once: do not spin on it.
      if (res === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const postPhaseStart = performance.now();
  const readers = Promise.all(Array.from({ length: options.readers }, (_, r) => read(r)));
  let postSeconds: number;
  try {
    await pool(
      Array.from({ length: options.posts }, (_, i) => i),
      options.concurrency,
      async (i) => {
        const a = i % articles;
        const roll = random();
        let body = options.textFor(i);
        if (roll < 0.03)
          body += ' Work from home, earn money: click here.'; // suspect terms → held
        else if (roll < 0.05) body += ' https://a.example/1 https://b.example/2 https://c.example/3'; // too many links → held
        const reply = i % 10 === 0;
        const res = record(
          'post',
          await attempt('post', () =>
            sendJson(
              baseUrl,
              'POST',
              `/articles/load-${a}/comments`,
              { authorName: `Load reader ${i}`, body, ...(reply ? { parentId: roots[a] } : {}) },
              {
                localAddress: options.sourceFor(i),
                ...(i % 5 === 0 ? { headers: { 'idempotency-key': idempotencyKey(`post-${i}`) } } : {}),
              },
            ),
          ),
        );
        if (res === undefined) return; // counted as a transport error
        const id = (res.json as { comment?: { id?: unknown } } | undefined)?.comment?.id;
        if (res.status === 202 && typeof id === 'string') accepted.add(id);
        else if (errors.length < 20) errors.push(`post ${i}: ${res.status} ${res.text.slice(0, 200)}`);
      },
    );
  } finally {
    postSeconds = (performance.now() - postPhaseStart) / 1000;
    postsDone = true;
    await readers;
  }
  return { samples, accepted, errors, transport: counted, postSeconds };
}
