/**
 * The local event source mapping: reads the table's stream from DynamoDB Local's real Streams API and
 * invokes the moderation consumer the way Lambda does — records wrapped as Lambda delivers them, only
 * those matching the mapping's filter patterns, batches of at most 100 in shard order, partial batch
 * responses honoured, bisect on error, bounded retries, and a dead-letter list for what never succeeds.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ResourceNotFoundException as StreamNotFoundException,
  TrimmedDataAccessException,
  type AttributeValue as StreamAttributeValue,
  type _Record as SdkStreamRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { triggers } from '../functions/routes';
import {
  matchesStreamFilters,
  moderationStreamFilters,
  type FilterPattern,
} from '../shared/moderation/stream-filter';
import { DEFAULT_LOCAL_REGION, localClientConfig } from './aws';
import { createHandlerLoader, type StreamHandler } from './handler-loader';
import { createLambdaContext, withTimeout } from './lambda-context';
import { silentLogger, type Logger } from './log';
import { sleep } from './net';

export interface StreamPollerOptions {
  endpoint: string;
  tableName: string;
  region?: string;
  /** Default: imports functions/moderate-comment.ts lazily. */
  loadConsumer?: () => Promise<StreamHandler>;
  /** Default: `moderationStreamFilters`, as on the event source mapping. */
  filters?: readonly FilterPattern[];
  /** Max records per invocation; default 100. */
  batchSize?: number;
  /** Pause between polls when the stream is quiet; default 150 ms. */
  pollIntervalMs?: number;
  /** Invocations of one record before it is dead-lettered; default 3. */
  maxAttempts?: number;
  /** Base pause before a retry (multiplied by the attempt number); default 50 ms. */
  retryDelayMs?: number;
  /** Consumer timeout; default 60 s. */
  functionTimeoutMs?: number;
  /** Append dead letters to this JSON-lines file as well (the stack uses `.data/dead-letters.jsonl`). */
  deadLetterFile?: string;
  /** Persist per-shard checkpoints here, so a restart on persisted data does not re-deliver. */
  checkpointFile?: string;
  logger?: Logger;
}

/** A record that failed `maxAttempts` times, kept where Lambda's on-failure destination would send it. */
export interface DeadLetter {
  record: DynamoDBRecord;
  attempts: number;
  /** The last error, or `batchItemFailures` when the consumer reported the record as failed. */
  reason: string;
  at: string;
}

export interface PollerStats {
  invocations: number;
  delivered: number;
  filteredOut: number;
  retries: number;
  deadLettered: number;
}

export interface StreamPoller {
  /** Records given up on, oldest first. */
  readonly deadLetters: readonly DeadLetter[];
  stats(): PollerStats;
  /**
   * Resolves once every record written to the stream before the call has been handled (delivered,
   * filtered out or dead-lettered) and a poll found nothing more — including records the consumer's own
   * writes produced. Rejects after `timeoutMs` (default 15 s) or when the poller stops.
   */
  drain(timeoutMs?: number): Promise<void>;
  /** Alias of `drain`. */
  idle(timeoutMs?: number): Promise<void>;
  /** Ends the loop promptly (an in-flight invocation is awaited, not retried). Idempotent. */
  stop(): Promise<void>;
}

interface ShardState {
  id: string;
  parentId: string | undefined;
  iterator: string | undefined;
  /** Last sequence number fully handled; the resume point after an expired iterator or a restart. */
  checkpoint: string | undefined;
  /** Read to its end: a closed shard whose NextShardIterator came back empty. */
  finished: boolean;
}

interface Waiter {
  /** Resolve after an idle pass numbered at least this. */
  minPass: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

type BatchOutcome = { ok: true } | { ok: false; firstFailed: number; reason: string; threw: boolean };

const GET_RECORDS_LIMIT = 1000;
const SHARD_REFRESH_MS = 1_000;

/** Stream attribute values from the SDK (binary as Uint8Array) → Lambda's JSON shape (binary as base64). */
function toLambdaValue(value: StreamAttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  return value; // S, N, SS, NS, BOOL, NULL are identical in both shapes
}

const toLambdaImage = (image: Record<string, StreamAttributeValue>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));

/** Wraps one Streams API record as Lambda's DynamoDB event source delivers it. */
export function toLambdaRecord(record: SdkStreamRecord, streamArn: string, region: string): DynamoDBRecord {
  const db = record.dynamodb ?? {};
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    // DynamoDB Local reports the pseudo-region `ddblocal`; Lambda reports the table's region.
    awsRegion: region,
    dynamodb: {
      ...(db.ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: db.ApproximateCreationDateTime.getTime() / 1000 }
        : {}),
      ...(db.Keys ? { Keys: toLambdaImage(db.Keys) } : {}),
      ...(db.NewImage ? { NewImage: toLambdaImage(db.NewImage) } : {}),
      ...(db.OldImage ? { OldImage: toLambdaImage(db.OldImage) } : {}),
      SequenceNumber: db.SequenceNumber,
      SizeBytes: db.SizeBytes,
      StreamViewType: db.StreamViewType,
    },
    ...(record.userIdentity ? { userIdentity: record.userIdentity } : {}),
    eventSourceARN: streamArn,
  };
}

/**
 * Reads the consumer's answer as Lambda does: nothing / empty `batchItemFailures` is success; failures
 * restart the batch at the earliest failed record; an identifier that names no record of the batch
 * makes the whole batch a failure.
 */
export function interpretBatchResponse(result: unknown, batch: readonly DynamoDBRecord[]): BatchOutcome {
  if (result === null || typeof result !== 'object' || !('batchItemFailures' in result)) return { ok: true };
  const failures: unknown = result.batchItemFailures;
  if (failures === null || failures === undefined || (Array.isArray(failures) && failures.length === 0))
    return { ok: true };
  if (!Array.isArray(failures))
    return { ok: false, firstFailed: 0, reason: 'batchItemFailures is not an array', threw: false };
  let firstFailed = Number.POSITIVE_INFINITY;
  for (const failure of failures as unknown[]) {
    const id = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    const index =
      typeof id === 'string' && id !== '' ? batch.findIndex((r) => r.dynamodb?.SequenceNumber === id) : -1;
    if (index === -1)
      return {
        ok: false,
        firstFailed: 0,
        reason: `invalid itemIdentifier ${JSON.stringify(id)}`,
        threw: false,
      };
    firstFailed = Math.min(firstFailed, index);
  }
  return { ok: false, firstFailed, reason: 'reported in batchItemFailures', threw: false };
}

interface CheckpointFile {
  streamArn: string;
  shards: Record<string, string>;
}

function readCheckpoints(file: string | undefined, streamArn: string): Record<string, string> {
  if (file === undefined) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CheckpointFile;
    return parsed.streamArn === streamArn ? parsed.shards : {}; // a recreated table has a new stream
  } catch {
    return {};
  }
}

/** Starts polling at once; see `StreamPoller`. */
export function startStreamPoller(options: StreamPollerOptions): StreamPoller {
  const logger = options.logger ?? silentLogger;
  const region = options.region ?? DEFAULT_LOCAL_REGION;
  const filters = options.filters ?? moderationStreamFilters;
  const batchSize = Math.min(Math.max(options.batchSize ?? 100, 1), 10_000);
  const pollIntervalMs = options.pollIntervalMs ?? 150;
  const maxAttempts = Math.max(options.maxAttempts ?? 3, 1);
  const retryDelayMs = options.retryDelayMs ?? 50;
  const functionTimeoutMs = options.functionTimeoutMs ?? 60_000;
  const defaultLoader = createHandlerLoader<StreamHandler>();
  const loadConsumer = options.loadConsumer ?? (() => defaultLoader(triggers.moderateComment));

  const config = localClientConfig(options.endpoint, region);
  const dynamodb = new DynamoDBClient(config);
  const streams = new DynamoDBStreamsClient(config);

  const deadLetters: DeadLetter[] = [];
  const stats: PollerStats = { invocations: 0, delivered: 0, filteredOut: 0, retries: 0, deadLettered: 0 };
  const stopController = new AbortController();
  const stopSignal = stopController.signal;
  const wake = { controller: new AbortController() };
  let waiters: Waiter[] = [];
  let pass = 0;

  let streamArn: string | undefined;
  let shards = new Map<string, ShardState>();
  let lastShardRefresh = 0;
  let lastErrorLogged = '';

  const saveCheckpoints = (): void => {
    if (options.checkpointFile === undefined || streamArn === undefined) return;
    const data: CheckpointFile = { streamArn, shards: {} };
    for (const s of shards.values()) if (s.checkpoint !== undefined) data.shards[s.id] = s.checkpoint;
    mkdirSync(dirname(options.checkpointFile), { recursive: true });
    const tmp = `${options.checkpointFile}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, options.checkpointFile); // atomic: a crash never leaves half a file
  };

  const deadLetter = (record: DynamoDBRecord, attempts: number, reason: string): void => {
    const letter: DeadLetter = { record, attempts, reason, at: new Date().toISOString() };
    deadLetters.push(letter);
    stats.deadLettered++;
    logger.warn(
      `Stream record ${record.dynamodb?.SequenceNumber} (${record.eventName}) dead-lettered after ${attempts} attempts: ${reason}`,
    );
    if (options.deadLetterFile !== undefined) {
      try {
        mkdirSync(dirname(options.deadLetterFile), { recursive: true });
        appendFileSync(options.deadLetterFile, `${JSON.stringify(letter)}\n`);
      } catch (error) {
        logger.error(`Could not append to ${options.deadLetterFile}`, error);
      }
    }
  };

  /** One invocation of the consumer with `batch`. */
  const invoke = async (batch: DynamoDBRecord[]): Promise<BatchOutcome> => {
    stats.invocations++;
    try {
      const consumer = await loadConsumer();
      const context = createLambdaContext({
        functionName: `parley-local-${triggers.moderateComment}`,
        timeoutMs: functionTimeoutMs,
        region,
      });
      const result = await withTimeout(functionTimeoutMs, () => consumer({ Records: batch }, context));
      return interpretBatchResponse(result, batch);
    } catch (error) {
      logger.error(`${triggers.moderateComment} failed on a batch of ${batch.length}`, error);
      return {
        ok: false,
        firstFailed: 0,
        reason: error instanceof Error ? error.message : String(error),
        threw: true,
      };
    }
  };

  /**
   * Delivers matching records in order. Returns how many of `records` (a prefix) are fully handled;
   * fewer than all only when stopping.
   */
  const deliver = async (records: DynamoDBRecord[]): Promise<number> => {
    const queue = records.filter((r) => matchesStreamFilters(r, filters));
    stats.filteredOut += records.length - queue.length;
    let limit = batchSize;
    let headAttempts = 0; // invocations that included the record now at the head of the queue
    while (queue.length > 0) {
      if (stopSignal.aborted) {
        const head = queue[0]!.dynamodb?.SequenceNumber;
        return records.findIndex((r) => r.dynamodb?.SequenceNumber === head);
      }
      const batch = queue.slice(0, limit);
      const outcome = await invoke(batch);
      if (outcome.ok) {
        queue.splice(0, batch.length);
        stats.delivered += batch.length;
        limit = batchSize;
        headAttempts = 0;
        continue;
      }
      if (outcome.firstFailed > 0) {
        // Records before the first failure succeeded; the failed one becomes the head.
        queue.splice(0, outcome.firstFailed);
        stats.delivered += outcome.firstFailed;
        headAttempts = 0;
      }
      if (outcome.threw && batch.length > 1) {
        // Bisect on a thrown error, so one poison record cannot sink a whole batch. As on Lambda, a split
        // is not a retry attempt: attempts count once the failing batch is down to the head record.
        limit = Math.ceil(batch.length / 2);
        stats.retries++;
        continue;
      }
      headAttempts++;
      if (headAttempts >= maxAttempts) {
        deadLetter(queue.shift()!, headAttempts, outcome.reason);
        headAttempts = 0;
        limit = batchSize;
        continue;
      }
      stats.retries++;
      await sleep(retryDelayMs * headAttempts, stopSignal);
    }
    return records.length;
  };

  /** Finds the stream and its shards; returns false when there is no stream (yet). */
  const refreshShards = async (force: boolean): Promise<boolean> => {
    const table = await dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
    const arn = table.Table?.LatestStreamArn;
    if (arn === undefined || table.Table?.StreamSpecification?.StreamEnabled === false) {
      streamArn = undefined;
      shards = new Map();
      return false;
    }
    if (arn !== streamArn) {
      streamArn = arn;
      shards = new Map();
      force = true;
    }
    if (!force && Date.now() - lastShardRefresh < SHARD_REFRESH_MS) return true;
    const saved = readCheckpoints(options.checkpointFile, arn);
    let exclusiveStartShardId: string | undefined;
    const listed: Shard[] = [];
    for (let page = 0; page < 1000; page++) {
      const out = await streams.send(
        new DescribeStreamCommand({
          StreamArn: arn,
          ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}),
        }),
      );
      listed.push(...(out.StreamDescription?.Shards ?? []));
      exclusiveStartShardId = out.StreamDescription?.LastEvaluatedShardId;
      if (exclusiveStartShardId === undefined) break;
    }
    for (const shard of listed) {
      if (shard.ShardId === undefined || shards.has(shard.ShardId)) continue;
      shards.set(shard.ShardId, {
        id: shard.ShardId,
        parentId: shard.ParentShardId,
        iterator: undefined,
        checkpoint: saved[shard.ShardId],
        finished: false,
      });
    }
    lastShardRefresh = Date.now();
    return true;
  };

  /** A child shard is read only after its parent is finished, keeping per-key order across splits. */
  const readable = (shard: ShardState): boolean => {
    if (shard.finished) return false;
    const parent = shard.parentId === undefined ? undefined : shards.get(shard.parentId);
    return parent === undefined || parent.finished;
  };

  /** Reads one page of one shard and delivers it. Returns how many records the page had. */
  const pollShard = async (arn: string, shard: ShardState): Promise<number> => {
    if (shard.iterator === undefined) {
      const out = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: arn,
          ShardId: shard.id,
          ...(shard.checkpoint === undefined
            ? { ShardIteratorType: 'TRIM_HORIZON' }
            : { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: shard.checkpoint }),
        }),
      );
      shard.iterator = out.ShardIterator;
      if (shard.iterator === undefined) {
        shard.finished = true;
        return 0;
      }
    }
    let page;
    try {
      page = await streams.send(
        new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: GET_RECORDS_LIMIT }),
      );
    } catch (error) {
      if (error instanceof ExpiredIteratorException) {
        shard.iterator = undefined; // resume after the checkpoint with a fresh iterator
        return 1; // not idle: there may be records behind it
      }
      if (error instanceof TrimmedDataAccessException) {
        logger.warn(
          `Shard ${shard.id}: records past retention were trimmed; resuming at the oldest one left`,
        );
        shard.checkpoint = undefined;
        shard.iterator = undefined;
        return 1;
      }
      throw error;
    }
    const raw = page.Records ?? [];
    const records = raw.map((r) => toLambdaRecord(r, arn, region));
    const handled = await deliver(records);
    if (handled < records.length) {
      // Stopping mid-page: checkpoint only what was handled; the rest is read again next time.
      const last = records[handled - 1]?.dynamodb?.SequenceNumber;
      if (last !== undefined) shard.checkpoint = last;
      saveCheckpoints();
      return raw.length;
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last !== undefined) shard.checkpoint = last;
    shard.iterator = page.NextShardIterator;
    if (shard.iterator === undefined || shard.iterator === null) {
      shard.finished = true;
      shard.iterator = undefined;
    }
    if (raw.length > 0 || shard.finished) saveCheckpoints();
    return raw.length;
  };

  /** One pass over every readable shard; true when it found nothing at all (the stream is caught up). */
  const pollOnce = async (forceRefresh: boolean): Promise<boolean> => {
    if (!(await refreshShards(forceRefresh))) return true;
    const arn = streamArn!;
    let seen = 0;
    for (const shard of [...shards.values()]) {
      if (stopSignal.aborted) return false;
      if (!readable(shard)) continue;
      const before = shard.finished;
      seen += await pollShard(arn, shard);
      if (shard.finished !== before) seen++; // a parent just finished: its children become readable
    }
    return seen === 0;
  };

  const settleWaiters = (idlePass: number): void => {
    const ready = waiters.filter((w) => w.minPass <= idlePass);
    if (ready.length === 0) return;
    waiters = waiters.filter((w) => w.minPass > idlePass);
    for (const w of ready) {
      clearTimeout(w.timer);
      w.resolve();
    }
  };

  const loop = async (): Promise<void> => {
    let failures = 0;
    while (!stopSignal.aborted) {
      const current = ++pass;
      let idle = false;
      try {
        // A drain must see shards created since the last refresh, so passes that settle waiters refresh.
        idle = await pollOnce(waiters.length > 0);
        failures = 0;
        lastErrorLogged = '';
      } catch (error) {
        failures++;
        if (error instanceof ResourceNotFoundException || error instanceof StreamNotFoundException) {
          streamArn = undefined; // table or stream gone (e.g. deleted by a test); look again next pass
        } else if (!stopSignal.aborted) {
          const message = error instanceof Error ? error.message : String(error);
          if (message !== lastErrorLogged) logger.error('Stream poll failed; retrying', error);
          lastErrorLogged = message;
        }
      }
      if (idle) settleWaiters(current);
      if (!idle && failures === 0) continue; // records came in: more may be waiting, poll again at once
      // Quiet stream: the normal pause. Failing: back off up to 2 s rather than hammer DynamoDB Local.
      await sleep(
        failures === 0 ? pollIntervalMs : Math.min(2_000, pollIntervalMs * 2 ** failures),
        wake.controller.signal,
      );
      if (wake.controller.signal.aborted) wake.controller = new AbortController();
    }
  };

  const running = loop();

  const drain = (timeoutMs = 15_000): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (stopSignal.aborted) {
        reject(new Error('The stream poller is stopped'));
        return;
      }
      // The pass in progress may have read its shards before the caller's writes: wait for the next one.
      const waiter: Waiter = {
        minPass: pass + 1,
        resolve,
        reject,
        timer: setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`The stream did not drain within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      waiters.push(waiter);
      wake.controller.abort(); // skip the idle pause
    });

  let stopping: Promise<void> | undefined;
  return {
    deadLetters,
    stats: () => ({ ...stats }),
    drain,
    idle: drain,
    stop: () =>
      (stopping ??= (async () => {
        stopController.abort();
        wake.controller.abort();
        await running;
        for (const w of waiters) {
          clearTimeout(w.timer);
          w.reject(new Error('The stream poller stopped'));
        }
        waiters = [];
        dynamodb.destroy();
        streams.destroy();
      })()),
  };
}
