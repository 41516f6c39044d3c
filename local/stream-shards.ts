/**
 * Shard iteration for the stream poller (`stream-poller.ts`): finds the table's stream and its shards,
 * reads each readable shard a page at a time from its checkpoint, hands the records over for delivery,
 * and saves the checkpoints.
 */
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type DynamoDBStreamsClient,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Logger } from './log';
import { toLambdaRecord } from './stream-records';
import { readCheckpoints, writeCheckpoints } from './stream-storage';

interface ShardState {
  id: string;
  parentId: string | undefined;
  iterator: string | undefined;
  /** Last sequence number fully handled; the resume point after an expired iterator or a restart. */
  checkpoint: string | undefined;
  /** Read to its end: a closed shard whose NextShardIterator came back empty. */
  finished: boolean;
}

const GET_RECORDS_LIMIT = 1000;
/**
 * How often a pass also looks for new shards (DescribeTable, DescribeStream). Shards change rarely (a
 * rollover every few hours, a new stream when the table is recreated); a drain refreshes at once.
 */
const SHARD_REFRESH_MS = 10_000;

export interface ShardReaderOptions {
  dynamodb: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  tableName: string;
  region: string;
  checkpointFile: string | undefined;
  logger: Logger;
  stopSignal: AbortSignal;
  /** Delivers a page's records in order; returns how many (a prefix) are fully handled. */
  deliver: (records: DynamoDBRecord[]) => Promise<number>;
}

export interface ShardReader {
  /** One pass over every readable shard; true when it found nothing at all (the stream is caught up). */
  pollOnce(forceRefresh: boolean): Promise<boolean>;
  /** Forgets the stream (the table or stream is gone), so the next pass looks for it again. */
  forgetStream(): void;
}

/** A reader of the table's stream, shard by shard, in the order Lambda keeps. */
export function createShardReader(options: ShardReaderOptions): ShardReader {
  const { dynamodb, streams, region, logger, stopSignal, deliver } = options;
  let streamArn: string | undefined;
  let shards = new Map<string, ShardState>();
  let lastShardRefresh = 0;
  /** A shard was read to its end since the shards were last listed. */
  let shardFinished = false;

  const saveCheckpoints = (): void => {
    if (options.checkpointFile === undefined || streamArn === undefined) return;
    writeCheckpoints(options.checkpointFile, streamArn, shards.values());
  };

  /** Finds the stream and its shards; returns false when there is no stream (yet). */
  const refreshShards = async (force: boolean): Promise<boolean> => {
    // Between refreshes a pass reads the shards it knows and nothing else: DescribeTable and
    // DescribeStream cost DynamoDB Local more than a GetRecords of a quiet shard.
    if (!force && streamArn !== undefined && Date.now() - lastShardRefresh < SHARD_REFRESH_MS) return true;
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
    // A drain's forced refresh lists the shards again only when they may have changed since the last
    // listing: a shard was read to its end (its children are listed by now), or none is open to read.
    // A new shard appears only when an open one closes, and reading a closed one to its end sets
    // `shardFinished`; the DescribeTable above still catches a table recreated under the same name.
    if (
      force &&
      !shardFinished &&
      [...shards.values()].some((s) => !s.finished) &&
      Date.now() - lastShardRefresh < SHARD_REFRESH_MS
    )
      return true;
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
    shardFinished = false;
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
        shardFinished = true;
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
      shardFinished = true;
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

  return {
    pollOnce,
    forgetStream: () => {
      streamArn = undefined;
    },
  };
}
