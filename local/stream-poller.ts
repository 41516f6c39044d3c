/**
 * The local event source mapping: reads the table's stream from DynamoDB Local's real Streams API and
 * invokes the moderation consumer the way Lambda does — records wrapped as Lambda delivers them, only
 * those matching the mapping's filter patterns, batches of at most 100 in shard order, partial batch
 * responses honoured, bisect on error, bounded retries, and a dead-letter list for what never succeeds.
 */
import { DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBStreamsClient,
  ResourceNotFoundException as StreamNotFoundException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
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
import { interpretBatchResponse, type BatchOutcome } from './stream-records';
import { createShardReader } from './stream-shards';
import { appendDeadLetter, type DeadLetter } from './stream-storage';

export { interpretBatchResponse, toLambdaRecord } from './stream-records';
export type { DeadLetter } from './stream-storage';

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
  /**
   * Polls now instead of after the idle pause: something was just written (the local gateway calls it
   * after every write request), so records are read at once without polling a quiet stream often.
   */
  wake(): void;
  /** Ends the loop promptly (an in-flight invocation is awaited, not retried). Idempotent. */
  stop(): Promise<void>;
}

interface Waiter {
  /** Resolve after an idle pass numbered at least this. */
  minPass: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
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

  let lastErrorLogged = '';

  const deadLetter = (record: DynamoDBRecord, attempts: number, reason: string): void => {
    const letter: DeadLetter = { record, attempts, reason, at: new Date().toISOString() };
    deadLetters.push(letter);
    stats.deadLettered++;
    logger.warn(
      `Stream record ${record.dynamodb?.SequenceNumber} (${record.eventName}) dead-lettered after ${attempts} attempts: ${reason}`,
    );
    if (options.deadLetterFile !== undefined) appendDeadLetter(options.deadLetterFile, letter, logger);
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

  const reader = createShardReader({
    dynamodb,
    streams,
    tableName: options.tableName,
    region,
    checkpointFile: options.checkpointFile,
    logger,
    stopSignal,
    deliver,
  });

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
        idle = await reader.pollOnce(waiters.length > 0);
        failures = 0;
        lastErrorLogged = '';
      } catch (error) {
        failures++;
        if (error instanceof ResourceNotFoundException || error instanceof StreamNotFoundException) {
          reader.forgetStream(); // table or stream gone (e.g. deleted by a test); look again next pass
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
    wake: () => wake.controller.abort(),
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
