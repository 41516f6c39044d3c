/**
 * What every scenario module (scenarios.ts, scenarios-due-process.ts) builds with: the scenario's shape,
 * events for a route of the table, the run's tag and seeded ids, comment items seeded with BatchWriteItem,
 * the use cases' own dependencies for state that only a use case can make (a notice and its token, an
 * appeal), and the source addresses that keep scenarios out of each other's rate-limit buckets.
 */
import { randomBytes } from 'node:crypto';
import { routes, type RouteDefinition } from '../../functions/routes';
import { buildDeps } from '../../functions/lib/deps';
import { loadConfig } from '../../functions/lib/config';
import type { Deps } from '../../shared/app/deps';
import type { CommentRecord, CommentStatus } from '../../shared/domain/comment';
import { batchWrite, httpEvent, type Dynamo, type EventOptions } from './harness';
import { civilBody, commentItem, seedId } from './fixtures';

export interface Templates {
  /** A comment as post-comment stores it. */
  received: CommentRecord;
  /** The same comment after automatic moderation approved it (decision record included). */
  approved: CommentRecord;
}

export interface ScenarioContext {
  d: Dynamo;
  table: string;
  templates: Templates;
}

export interface Scenario {
  /** The function (file in functions/). */
  handler: string;
  /** `METHOD /path`, or `stream: …` for the consumer. */
  label: string;
  /** The compute target (p50 ≤ 1 ms) applies. */
  computeTarget: boolean;
  /**
   * About what preparing one event costs (ms) when its state goes through the use cases (a notice, an
   * appeal) rather than BatchWriteItem: the warm run then prepares no more events than a quarter of its
   * time can make (sections/requests.ts). Absent: seeding is cheap.
   */
  setupMsPerEvent?: number;
  /**
   * Exactly this many timed invocations, after one warm-up, for a route whose one request takes seconds
   * against DynamoDB Local (the e-mail look-up reads the whole table, up to 10 MB): a time share or the
   * usual floor of 30 would spend minutes of the run on it. Absent: as many as the route's share allows.
   */
  samples?: number;
  /** Builds the state and `n` events. */
  prepare(ctx: ScenarioContext, n: number): Promise<unknown[]>;
  ok(result: unknown): boolean;
}

const route = (handler: string, method?: string): RouteDefinition => {
  const r = routes.find((x) => x.handler === handler && (method === undefined || x.method === method));
  if (!r) throw new Error(`No route for ${handler}`);
  return r;
};

/** An API Gateway v2 event for the route `handler` serves (`method` where it serves two). */
export const ev = (handler: string, o: EventOptions, method?: string) => httpEvent(route(handler, method), o);

/** The check that a handler answered with one of `codes`. */
export const status =
  (...codes: number[]) =>
  (result: unknown) =>
    codes.includes((result as { statusCode?: number } | undefined)?.statusCode ?? 0);

let counter = 0;
const epoch = Date.now() - 60_000;
/** Seeded ids sort before ids the handlers make now, in the order they are allocated. */
export const nextId = (): string => seedId(counter++, epoch);
/** This run's tag, in names and ids that must not meet those of another run. */
export const tag = randomBytes(3).toString('hex');

/** Stored comment items, written with BatchWriteItem. */
export async function seedComments(
  ctx: ScenarioContext,
  specs: readonly (Partial<CommentRecord> & { id: string; status: CommentStatus })[],
): Promise<void> {
  const now = new Date().toISOString();
  await batchWrite(
    ctx.d,
    ctx.table,
    specs.map((s) =>
      commentItem(s.status === 'received' ? ctx.templates.received : ctx.templates.approved, {
        createdAt: now,
        updatedAt: now,
        ...s,
        ...(s.status === 'received' ? {} : { decision: ctx.templates.approved.decision! }),
      }),
    ),
  );
}

/** An author id of this run: `name` says which scenario, `i` which author. */
export const author = (name: string, i: number) => `a_bench${name}${tag}${i}`;

/** `size` comments of one article in status `st`, each by an author of its own unless `extra` says otherwise. */
export async function pool(
  ctx: ScenarioContext,
  articleId: string,
  size: number,
  st: CommentStatus,
  extra: (i: number) => Partial<CommentRecord> = () => ({}),
): Promise<string[]> {
  const specs = Array.from({ length: size }, (_, i) => ({
    id: nextId(),
    status: st,
    articleId,
    body: civilBody(100_000 + i),
    authorId: author(articleId.replace(/\W/g, ''), i),
    ...extra(i),
  }));
  await seedComments(ctx, specs);
  return specs.map((s) => s.id);
}

/**
 * The source address of request `i` of the scenario numbered `lane` (1–15): a /24 network of its own per
 * request (rate limits count per /24), in a range the other scenarios (10.0–8.x.x) do not use, so that
 * no scenario spends another's budget of author actions.
 */
export const network = (lane: number, i: number): string => `10.${16 * lane + ((i >> 8) & 15)}.${i & 255}.1`;

let appDeps: Deps | undefined;
/**
 * The use cases' dependencies as the functions build them (`buildDeps`, from the environment the harness
 * set): the same table, policy and secret, so a token or an e-mail hash made here is the handlers' own.
 */
export const useCaseDeps = (): Deps => (appDeps ??= buildDeps(loadConfig()));

/** `fn(0)` … `fn(count - 1)`, `width` at a time (DynamoDB Local serves a few requests at once), results in order. */
export async function inParallel<T>(count: number, fn: (i: number) => Promise<T>, width = 6): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) out[i] = await fn(i);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
  return out;
}
