/**
 * Shared helpers of the reliability suites: raw HTTP through the local gateway (tests/support/http.ts,
 * re-exported here), table snapshots for "a rejected request changes nothing", the
 * contract check on error bodies, and a recount of every counter from the stored comments.
 */
import fc from 'fast-check';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { CachedPolicyStore } from '../../shared/storage/policy-store';
import { applyPolicyUpdate, type PolicyUpdate } from '../../shared/moderation/policy';
import { INLINE_REPLIES } from '../../shared/domain/comment';
import { threadShowsReplies, type RootState } from '../../shared/domain/thread';

import type { Reply } from '../support/http';

export { closeAgents, send, sendJson, type Reply, type SendOptions } from '../support/http';

/** Merges `update` into the stored policy directly (before any handler has cached it). */
export async function updatePolicy(
  client: DynamoDBDocumentClient,
  tableName: string,
  update: PolicyUpdate,
): Promise<void> {
  const store = new CachedPolicyStore({ client, tableName });
  const current = await store.read();
  await store.write(applyPolicyUpdate(current.policy, update), { id: 'reliability-test' }, new Date());
}

/** Rate limits and flood thresholds out of the way, for suites that are not about them. */
export const LIFTED_LIMITS: PolicyUpdate = {
  rateLimits: { networkPerMinute: 10_000, authorPerMinute: 1_000 },
  flood: { networkPer10m: 10_000, authorPer10m: 1_000 },
  repeatWindowMinutes: 0,
};

export type Item = Record<string, any>;

/** Commands that can change a table: single-item writes, batches, transactions and PartiQL. */
const WRITE_COMMAND =
  /^(?:Put|Update|Delete|BatchWrite|TransactWrite|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)(?:Item)?Command$/;

export interface WriteWatch {
  /** Table writes that succeeded since the watch began (every client class of this process). */
  readonly count: number;
  stop(): void;
}

/**
 * Counts the table writes that succeed in this process: `send` of the low-level and the document client
 * wrapped for as long as the watch runs. The local stack's handlers and its stream consumer run in the test's
 * process, so a request during which the count did not move changed nothing in the table: a suite can skip
 * its full Scan then, and keep one now and then to show that nothing slipped past the count.
 */
export function watchWrites(): WriteWatch {
  let count = 0;
  const classes = [DynamoDBClient, DynamoDBDocumentClient] as const;
  const originals = classes.map((c) => Object.getOwnPropertyDescriptor(c.prototype, 'send'));
  for (const c of classes) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply()
    const send = c.prototype.send as (...args: unknown[]) => Promise<unknown>;
    c.prototype.send = function (this: unknown, ...args: unknown[]) {
      const name = (args[0] as { constructor: { name: string } }).constructor.name;
      const sent = send.apply(this, args);
      // The SDK's callback form returns nothing; nothing in Parley uses it, and the route's final Scan would
      // still see its writes.
      if (!WRITE_COMMAND.test(name) || typeof sent?.then !== 'function') return sent;
      return sent.then((out) => {
        count++;
        return out;
      });
    } as never;
  }
  return {
    get count() {
      return count;
    },
    stop() {
      classes.forEach((c, i) => {
        const original = originals[i];
        if (original) Object.defineProperty(c.prototype, 'send', original);
        else delete (c.prototype as { send?: unknown }).send;
      });
    },
  };
}

/** Every item of the table (a consistent Scan: test code only, never a request path). */
export async function scanTable(doc: DynamoDBDocumentClient, tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  for (let page = 0; page < 10_000; page++) {
    const out = await doc.send(
      new ScanCommand({
        TableName: tableName,
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey;
    if (!start) return items;
  }
  throw new Error('Scan did not finish');
}

/** JSON with object keys sorted and sets as sorted arrays, so equal items give equal text. */
export function stableJson(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (v instanceof Set) return { $set: [...(v as Set<unknown>)].map(norm).sort() };
    if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString('base64') };
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, norm((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return JSON.stringify(norm(value));
}

export type Snapshot = Map<string, string>;

export const snapshotOf = (items: Item[]): Snapshot =>
  new Map(items.map((i) => [`${String(i.PK)} | ${String(i.SK)}`, stableJson(i)]));

export async function snapshot(doc: DynamoDBDocumentClient, tableName: string): Promise<Snapshot> {
  return snapshotOf(await scanTable(doc, tableName));
}

/** What changed between two snapshots, one line per item key (empty when nothing did). */
export function diffSnapshots(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [key, value] of after) {
    if (!before.has(key)) out.push(`added ${key}: ${value.slice(0, 300)}`);
    else if (before.get(key) !== value) out.push(`changed ${key}: ${value.slice(0, 300)}`);
  }
  for (const key of before.keys()) if (!after.has(key)) out.push(`removed ${key}`);
  return out;
}

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
/** The statuses for which API Gateway (and the local gateway) answer with their own `{"message"}` body. */
const GATEWAY_STATUSES = new Set([400, 401, 404, 413]);

/**
 * Why an answer breaks the contract, or null when it keeps it: never a 5xx; an error is either the
 * contract's `{"error":{"code","message","details"?}}` or the gateway's own `{"message"}`; a 429 says
 * when to come back.
 */
const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export function contractProblem(res: Reply): string | null {
  if (res.status >= 500) return `answered ${res.status}: ${res.text.slice(0, 300)}`;
  if (res.status < 200) return `answered ${res.status}`;
  if (res.status < 300) {
    // The transparency routes answer CSV or JSON Lines (their `ok.media`); every other success is JSON.
    const media = String(res.headers['content-type'] ?? '');
    if (media.startsWith('text/csv')) return null;
    if (media.startsWith('application/x-ndjson'))
      return res.text.split('\n').every((l) => l === '' || isJson(l))
        ? null
        : 'a JSON Lines body with a bad line';
    if (res.status !== 204 && res.json === undefined) return `a ${res.status} without a JSON body`;
    return null;
  }
  if (res.status < 400) return `unexpected redirect ${res.status}`;
  const body = res.json;
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return `a ${res.status} without a JSON object body: ${res.text.slice(0, 200)}`;
  const keys = Object.keys(body).sort().join(',');
  if (keys === 'message') {
    if (!GATEWAY_STATUSES.has(res.status)) return `gateway-style body on a ${res.status}`;
    return typeof body.message === 'string' ? null : 'gateway message is not a string';
  }
  if (keys !== 'error') return `error body has keys ${keys}`;
  const e = body.error;
  if (e === null || typeof e !== 'object') return 'error is not an object';
  const eKeys = Object.keys(e).filter((k) => !['code', 'message', 'details'].includes(k));
  if (eKeys.length > 0) return `error has extra keys ${eKeys.join(',')}`;
  if (typeof e.code !== 'string' || !SNAKE.test(e.code)) return `error code ${JSON.stringify(e.code)}`;
  if (typeof e.message !== 'string' || e.message.length === 0) return 'error message missing';
  if (e.details !== undefined) {
    if (!Array.isArray(e.details)) return 'details is not an array';
    for (const d of e.details)
      if (typeof d?.path !== 'string' || typeof d?.message !== 'string') return 'malformed detail';
  }
  if (res.status === 429) {
    const retryAfter = Number(res.headers['retry-after']);
    if (!Number.isInteger(retryAfter) || retryAfter < 1 || retryAfter > 60)
      return `429 with retry-after ${String(res.headers['retry-after'])}`;
  }
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `error content-type ${type}`;
  return null;
}

const isTransitionEvent = (e: Item) => typeof e.action === 'string' && !e.action.endsWith('_refused');

/**
 * Recounts every counter and checks the audit trail against the stored comments; returns one line per
 * violation (empty when everything adds up). Checks: article `totalApproved`, root `replyCount` and
 * inline `firstReplies`, author approved/rejected, the sharded queue counters, one audit event per
 * version with a chain of from → to ending at the current status, at most one automatic decision per
 * comment, index keys matching the status.
 */
export function recount(items: Item[]): string[] {
  const problems: string[] = [];
  const comments = items.filter((i) => i.SK === 'COMMENT' && i.entity === 'comment');
  const byId = new Map(comments.map((c) => [c.id as string, c]));
  const count = <K>(keyOf: (c: Item) => K | undefined) => {
    const m = new Map<K, number>();
    for (const c of comments) {
      const k = keyOf(c);
      if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  // What readers see: approved comments in a thread that shows (its root published, or a tombstone).
  const shows = (c: Item) =>
    c.parentId === null || threadShowsReplies((byId.get(c.rootId) as RootState | undefined) ?? null);
  const approvedByArticle = count((c) =>
    c.status === 'approved' && shows(c) ? (c.articleId as string) : undefined,
  );
  for (const a of items.filter((i) => i.SK === 'ARTICLE')) {
    const want = approvedByArticle.get(a.articleId) ?? 0;
    if (Number(a.totalApproved ?? 0) !== want)
      problems.push(`article ${a.articleId}: totalApproved ${a.totalApproved} ≠ ${want} approved and shown`);
  }
  for (const [articleId, n] of approvedByArticle)
    if (!items.some((i) => i.SK === 'ARTICLE' && i.articleId === articleId))
      problems.push(`article ${articleId}: no article item but ${n} approved`);

  for (const root of comments.filter((c) => c.parentId === null)) {
    const replies = comments
      .filter((c) => c.parentId !== null && c.rootId === root.id && c.status === 'approved')
      .map((c) => c.id as string)
      .sort();
    if (Number(root.replyCount ?? 0) !== replies.length)
      problems.push(`root ${root.id}: replyCount ${root.replyCount} ≠ ${replies.length} approved replies`);
    const inline = ((root.firstReplies ?? []) as Item[]).map((r) => r.id as string);
    const wantInline = replies.slice(0, INLINE_REPLIES);
    if (inline.join() !== wantInline.join())
      problems.push(`root ${root.id}: firstReplies [${inline.join()}] ≠ [${wantInline.join()}]`);
  }

  const approvedByAuthor = count((c) => (c.status === 'approved' ? (c.authorId as string) : undefined));
  const rejectedByAuthor = count((c) => (c.status === 'rejected' ? (c.authorId as string) : undefined));
  const authorItems = items.filter((i) => i.SK === 'AUTHOR');
  for (const a of authorItems) {
    const ap = approvedByAuthor.get(a.authorId) ?? 0;
    const rj = rejectedByAuthor.get(a.authorId) ?? 0;
    if (Number(a.approved ?? 0) !== ap || Number(a.rejected ?? 0) !== rj)
      problems.push(`author ${a.authorId}: ${a.approved}/${a.rejected} ≠ recount ${ap}/${rj}`);
  }
  for (const id of new Set([...approvedByAuthor.keys(), ...rejectedByAuthor.keys()]))
    if (!authorItems.some((a) => a.authorId === id)) problems.push(`author ${id}: counted nowhere`);

  const shards = items.filter((i) => i.PK === 'STATS#QUEUES');
  for (const q of ['pending', 'approved', 'rejected'] as const) {
    const sum = shards.reduce((s, i) => s + Number(i[q] ?? 0), 0);
    const want = comments.filter((c) => c.status === q).length;
    if (sum !== want) problems.push(`queue counter ${q}: ${sum} ≠ ${want}`);
  }
  const reportedSum = shards.reduce((s, i) => s + Number(i.reported ?? 0), 0);
  const reportedWant = comments.filter((c) => c.reported === true).length;
  if (reportedSum !== reportedWant) problems.push(`queue counter reported: ${reportedSum} ≠ ${reportedWant}`);

  const events = new Map<string, Item[]>();
  for (const e of items.filter((i) => i.entity === 'audit')) {
    const list = events.get(e.commentId) ?? [];
    list.push(e);
    events.set(e.commentId, list);
  }
  for (const c of comments) {
    const transitions = (events.get(c.id) ?? [])
      .filter(isTransitionEvent)
      .sort((a, b) => a.version - b.version);
    const versions = transitions.map((e) => e.version as number);
    const want = Array.from({ length: Number(c.version) - 1 }, (_, k) => k + 2);
    if (versions.join() !== want.join())
      problems.push(
        `comment ${c.id} at version ${c.version}: transition events at versions [${versions.join()}]`,
      );
    let at = 'received';
    for (const e of transitions) {
      if (e.from !== at) problems.push(`comment ${c.id}: event v${e.version} from ${e.from}, expected ${at}`);
      at = e.to;
    }
    if (at !== c.status) problems.push(`comment ${c.id}: events end at ${at}, status is ${c.status}`);
    const autos = transitions.filter((e) => e.action === 'auto_decision').length;
    if (autos > 1) problems.push(`comment ${c.id}: ${autos} automatic decisions`);
    if (c.status !== 'deleted' && c.GSI2PK !== `QUEUE#${c.status}`)
      problems.push(`comment ${c.id}: GSI2PK ${c.GSI2PK} with status ${c.status}`);
    if ((c.status === 'approved') !== (c.GSI1PK !== undefined) && c.status !== 'deleted')
      problems.push(`comment ${c.id}: GSI1PK ${c.GSI1PK} with status ${c.status}`);
  }
  for (const id of events.keys()) if (!byId.has(id)) problems.push(`audit events for unknown comment ${id}`);
  return problems;
}

/** Percentile of a list of numbers (nearest rank); NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Runs `task` over `inputs` with at most `concurrency` at a time; results in input order. */
export async function pool<T, R>(
  inputs: readonly T[],
  concurrency: number,
  task: (input: T, index: number) => Promise<R>,
) {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await task(inputs[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return results;
}

/** A small seeded PRNG for fault decisions and load shapes. */
export { prng } from '../support/prng';

/**
 * Runs a fast-check property and fails with a short report: hostile inputs can be megabytes, and the
 * full counterexample would drown the test output.
 */
export async function checkProperty<T>(
  property: fc.IAsyncProperty<T>,
  params: fc.Parameters<T>,
): Promise<void> {
  const details = await fc.check(property, params);
  if (!details.failed) return;
  const message = fc.defaultReportMessage(details) ?? 'property failed';
  const error = details.errorInstance;
  const cause = error instanceof Error ? error.message : String(error);
  throw new Error(`${message.slice(0, 1500)}\n…\ncause: ${cause.slice(0, 1500)}`);
}
