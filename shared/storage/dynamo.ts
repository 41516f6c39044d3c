/**
 * The one DynamoDB helper the aggregate stores share: single and batched reads (unprocessed keys asked
 * again), paged queries, writes that name their table, conditional writes whose expected failure is a
 * value rather than an exception, and the one contention-retry policy for transactions.
 */
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type BatchWriteCommandInput,
  type DeleteCommandInput,
  type DynamoDBDocumentClient,
  type PutCommandInput,
  type QueryCommandInput,
  type TransactWriteCommandInput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { BusyError } from '../errors';
import type { Page } from '../app/ports';
import { idOfQueueSortKey } from '../domain/trusted-flagger';
import { mergeCounterAdds } from './counter-merge';
import { INDEX_ATTRIBUTES, commentIdOf, commentKey, type ItemKey } from './keys';

type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type Item = Record<string, unknown>;

/** A page of an index sorted by item id: how many, which way, and where to start or stop. */
export interface IndexPageOptions {
  limit: number;
  forward: boolean;
  afterId?: string | undefined;
  /** Only entries whose sort key (an item id) is below this one. */
  beforeId?: string | undefined;
  /** Only entries whose sort key is above this one (not with `beforeId`). */
  afterKey?: string | undefined;
  sortAttr: string;
}

/** How the items of an index page are keyed by their ids. */
export interface ItemsById {
  keyOf(id: string): ItemKey;
  idOf(pk: unknown): string;
}
export const COMMENT_ITEMS: ItemsById = { keyOf: commentKey, idOf: commentIdOf };
/** A command input without its table: the helper names the table. */
type Tableless<T> = Omit<T, 'TableName'>;

export interface DynamoOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** Table and index key attributes: storage details, never part of a record. */
const KEY_ATTRIBUTES = new Set<string>(['PK', 'SK', ...INDEX_ATTRIBUTES]);

/** An item without its key attributes (copied once; no deletes, which leave objects slow to read). */
export const stripKeys = <T>(item: Item): T => {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(k)) out[k] = v;
  return out as T;
};

export const isConditionalFailure = (err: unknown): boolean =>
  err instanceof Error && err.name === 'ConditionalCheckFailedException';

/**
 * Runs a conditional write: its output when written, null when its condition failed, which the caller
 * names as an expected outcome. Every other error is thrown.
 */
export async function conditionally<T extends object>(write: Promise<T>): Promise<T | null> {
  try {
    return await write;
  } catch (err) {
    if (isConditionalFailure(err)) return null;
    throw err;
  }
}

/** The per-item cancellation codes of a cancelled transaction, or null for any other error. */
function cancellationReasons(err: unknown): string[] | null {
  if (!(err instanceof Error) || err.name !== 'TransactionCanceledException') return null;
  const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
}

/** A transaction lost a race on an item it does not guard (a counter, a root comment): worth retrying. */
export class ContentionError extends Error {}

/**
 * The one contention policy: up to ten retries with full jitter, each wait drawn from zero to an
 * exponential ceiling (20 ms doubling, capped at 400 ms): at most about 2.6 s in all, about half that on
 * average. Full jitter spreads writers that collided over the whole window instead of waking them
 * together again; forty readers flagging one comment at once all land (tests/reliability/concurrency).
 */
const MAX_CONTENTION_RETRIES = 10;
const contentionDelayMs = (attempt: number) => Math.random() * Math.min(400, 10 * 2 ** (attempt + 1));

/**
 * Runs `attempt` (which reads what it writes afresh) again while it throws ContentionError; when every
 * retry lost, a BusyError (503 with Retry-After): the request wrote nothing and may be sent again.
 */
export async function retryOnContention<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ContentionError)) throw err;
      if (n >= MAX_CONTENTION_RETRIES) throw new BusyError();
      await sleep(contentionDelayMs(n));
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The one unprocessed-items policy of the batch operations: `send` is given `size` entries at a time
 * and returns the ones DynamoDB left unprocessed (throttling), which are sent again with backoff; still
 * unprocessed after five rounds, the operation fails.
 */
async function inBatches<T>(
  operation: string,
  size: number,
  entries: T[],
  send: (batch: T[]) => Promise<readonly T[]>,
): Promise<void> {
  let pending = entries;
  for (let attempt = 0; pending.length > 0 && attempt < 5; attempt++) {
    if (attempt > 0) await sleep(25 * 2 ** attempt);
    const unprocessed: T[] = [];
    for (let i = 0; i < pending.length; i += size)
      unprocessed.push(...(await send(pending.slice(i, i + size))));
    pending = unprocessed;
  }
  if (pending.length > 0) throw new Error(`${operation} left items unprocessed after retries`);
}

export class Dynamo {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;

  constructor(opts: DynamoOptions) {
    this.client = opts.client;
    this.tableName = opts.tableName;
  }

  /** One item without its keys, or null; `attributes` projects it. */
  async get<T>(
    key: ItemKey,
    opts: { consistent?: boolean; attributes?: string; names?: Record<string, string> } = {},
  ): Promise<T | null> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: key,
        ConsistentRead: opts.consistent ?? false,
        ...(opts.attributes ? { ProjectionExpression: opts.attributes } : {}),
        ...(opts.names ? { ExpressionAttributeNames: opts.names } : {}),
      }),
    );
    return out.Item ? stripKeys<T>(out.Item) : null;
  }

  /**
   * Several items by key with `BatchGetItem` (100 keys a request, eventually consistent, as `get`), in the
   * order asked, with only `attributes` when given; null where there is no item. Keys DynamoDB leaves
   * unprocessed (throttling) are asked again with backoff; still unprocessed after five rounds, the read fails.
   */
  async getMany(keys: readonly ItemKey[], attributes?: readonly string[]): Promise<(Item | null)[]> {
    const id = (k: { PK?: unknown; SK?: unknown }) => `${String(k.PK)}\n${String(k.SK)}`;
    // The keys always come back: answers are matched to the keys asked by them.
    const projection = attributes ? { ProjectionExpression: ['PK', 'SK', ...attributes].join(', ') } : {};
    const found = new Map<string, Item>();
    await inBatches(
      'BatchGetItem',
      100,
      keys.map((k): Item => ({ ...k })),
      async (batch) => {
        const out = await this.client.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: batch, ...projection } } }),
        );
        for (const item of out.Responses?.[this.tableName] ?? []) found.set(id(item), item);
        return out.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      },
    );
    return keys.map((k) => {
      const item = found.get(id(k));
      return item ? stripKeys<Item>(item) : null;
    });
  }

  /**
   * Stores whole items as given (keys and index attributes included) with `BatchWriteItem`, 25 a request,
   * unconditionally: only for restoring an export into an empty table (shared/storage/site-export.ts).
   */
  async putMany(items: readonly Item[]): Promise<void> {
    await inBatches(
      'BatchWriteItem',
      25,
      items.map((Item): WriteRequest => ({ PutRequest: { Item } })),
      async (batch) => {
        const out = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: batch } }),
        );
        return out.UnprocessedItems?.[this.tableName] ?? [];
      },
    );
  }

  /** Every item of a Query on the table, page after page (small partitions only), keys included. */
  async queryAll(input: Tableless<QueryCommandInput>): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({ TableName: this.tableName, ...input, ExclusiveStartKey: startKey }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /**
   * How many items a Query matches, with `Select: COUNT` (nothing fetched), paged to the end or to at most
   * `maxPages` pages of up to 1 MB each: a bound on what counting a crowded partition may cost.
   */
  async count(input: Tableless<QueryCommandInput>, maxPages: number): Promise<number> {
    let count = 0;
    let startKey: Item | undefined;
    for (let page = 0; page < maxPages; page++) {
      const out = await this.query({ ...input, Select: 'COUNT', ExclusiveStartKey: startKey });
      count += out.Count ?? 0;
      startKey = out.LastEvaluatedKey;
      if (!startKey) break;
    }
    return count;
  }

  /** One Query request as given (the caller pages). */
  query(input: Tableless<QueryCommandInput>) {
    return this.client.send(new QueryCommand({ TableName: this.tableName, ...input }));
  }

  /**
   * One page of an index partition whose entries are comment items, as the index holds them (its
   * projection), with their ids and the id of the last one when more follow; `beforeId` bounds the sort
   * key from above (comment ids sort by time of posting).
   */
  commentIndexPage<T extends object>(
    indexName: string,
    partitionAttr: string,
    partition: string,
    opts: IndexPageOptions,
  ): Promise<Page<T> & { ids: string[] }> {
    return this.indexPage(indexName, partitionAttr, partition, opts, COMMENT_ITEMS);
  }

  /**
   * One page of an index partition whose entries are items of one kind keyed by id (`items`: comments,
   * notices), sorted by that id, with their ids and the id of the last one when more follow.
   */
  async indexPage<T extends object>(
    indexName: string,
    partitionAttr: string,
    partition: string,
    opts: IndexPageOptions,
    items: ItemsById,
  ): Promise<Page<T> & { ids: string[] }> {
    const [op, bound] =
      opts.beforeId !== undefined
        ? ['<', opts.beforeId]
        : opts.afterKey !== undefined
          ? ['>', opts.afterKey]
          : [];
    const out = await this.query({
      IndexName: indexName,
      KeyConditionExpression: bound === undefined ? '#pk = :pk' : `#pk = :pk AND #sk ${op} :bound`,
      ExpressionAttributeNames: {
        '#pk': partitionAttr,
        ...(bound === undefined ? {} : { '#sk': opts.sortAttr }),
      },
      ExpressionAttributeValues: { ':pk': partition, ...(bound === undefined ? {} : { ':bound': bound }) },
      ScanIndexForward: opts.forward,
      // One more than asked tells whether another page exists without an empty last page.
      Limit: opts.limit + 1,
      ...(opts.afterId
        ? {
            ExclusiveStartKey: {
              // A trusted item's sort key is its marked id (shared/domain/trusted-flagger.ts).
              ...items.keyOf(idOfQueueSortKey(opts.afterId)),
              [partitionAttr]: partition,
              [opts.sortAttr]: opts.afterId,
            },
          }
        : {}),
    });
    const found = out.Items ?? [];
    const more = found.length > opts.limit;
    const entries = more ? found.slice(0, opts.limit) : found;
    const ids = entries.map((e) => items.idOf(e.PK));
    const last = entries[entries.length - 1];
    return {
      items: entries.map((i) => stripKeys<T>(i)),
      ids,
      // The last sort key, not the id: it is where the next page starts (the two differ at a queue's front).
      lastId: more && last ? String(last[opts.sortAttr]) : null,
    };
  }

  put(input: Tableless<PutCommandInput>) {
    return this.client.send(new PutCommand({ TableName: this.tableName, ...input }));
  }

  update(input: Tableless<UpdateCommandInput>) {
    return this.client.send(new UpdateCommand({ TableName: this.tableName, ...input }));
  }

  delete(input: Tableless<DeleteCommandInput>) {
    return this.client.send(new DeleteCommand({ TableName: this.tableName, ...input }));
  }

  /**
   * Items that change together, in one TransactWriteItems; any failure is thrown as it came. Counter
   * updates that landed on one shard are merged first (`counter-merge.ts`).
   */
  async transact(items: TransactItem[]): Promise<void> {
    await this.client.send(new TransactWriteCommand({ TransactItems: mergeCounterAdds(items) }));
  }

  /**
   * A transaction whose first item is the one it guards (the comment at the version read, a reader's
   * only flag). `guard-failed` when that item's condition failed; ContentionError when another item's
   * condition or a concurrent transaction cancelled it (see `retryOnContention`); else thrown as it came.
   */
  async transactGuarded(items: TransactItem[]): Promise<'written' | 'guard-failed'> {
    return (await this.transactGuardedBy(items, 1)) === 'written' ? 'written' : 'guard-failed';
  }

  /**
   * A transaction whose first `guards` items are the ones it guards (a notice still open, then the
   * comment at the version read): the index of the first guard whose condition failed, or `written`;
   * ContentionError when another item's condition or a concurrent transaction cancelled it.
   */
  async transactGuardedBy(items: TransactItem[], guards: number): Promise<'written' | number> {
    try {
      await this.transact(items);
      return 'written';
    } catch (err) {
      const reasons = cancellationReasons(err);
      if (!reasons) throw err;
      const failed = reasons.slice(0, guards).indexOf('ConditionalCheckFailed');
      if (failed >= 0) return failed;
      if (reasons.some((r) => r === 'ConditionalCheckFailed' || r === 'TransactionConflict'))
        throw new ContentionError();
      throw err;
    }
  }

  /** A Put for a transaction, conditional on `condition` (with its `values`) when given. */
  putItem(item: Item, condition?: string, values?: Record<string, unknown>): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: item,
        ...(condition ? { ConditionExpression: condition } : {}),
        ...(values ? { ExpressionAttributeValues: values } : {}),
      },
    };
  }

  /** An Update for a transaction. */
  updateItem(input: Tableless<NonNullable<TransactItem['Update']>>): TransactItem {
    return { Update: { TableName: this.tableName, ...input } };
  }

  /** A Delete for a transaction. */
  deleteItem(input: Tableless<NonNullable<TransactItem['Delete']>>): TransactItem {
    return { Delete: { TableName: this.tableName, ...input } };
  }
}
