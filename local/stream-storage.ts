/**
 * What the stream poller (`stream-poller.ts`) keeps on disk: per-shard checkpoints, so a restart on
 * persisted data does not re-deliver, and the dead letters, where Lambda's on-failure destination would
 * send them.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Logger } from './log';

/** A record that failed `maxAttempts` times, kept where Lambda's on-failure destination would send it. */
export interface DeadLetter {
  record: DynamoDBRecord;
  attempts: number;
  /** The last error, or `batchItemFailures` when the consumer reported the record as failed. */
  reason: string;
  at: string;
}

interface CheckpointFile {
  streamArn: string;
  shards: Record<string, string>;
}

/** The checkpoints saved for `streamArn`; none when the file is absent, unreadable or of another stream. */
export function readCheckpoints(file: string | undefined, streamArn: string): Record<string, string> {
  if (file === undefined) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CheckpointFile;
    return parsed.streamArn === streamArn ? parsed.shards : {}; // a recreated table has a new stream
  } catch {
    return {};
  }
}

/** Writes the checkpoints of `shards` (those that have one) for `streamArn`. */
export function writeCheckpoints(
  file: string,
  streamArn: string,
  shards: Iterable<{ id: string; checkpoint: string | undefined }>,
): void {
  const data: CheckpointFile = { streamArn, shards: {} };
  for (const s of shards) if (s.checkpoint !== undefined) data.shards[s.id] = s.checkpoint;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, file); // atomic: a crash never leaves half a file
}

/** Appends one dead letter to a JSON-lines file; a failure is logged, not thrown. */
/**
 * Appends a dead letter to the file without the record's images: like Lambda's on-failure destination,
 * which receives the record's place in the stream, not its data, so comment text, names and hashes are not
 * copied to a file nothing ever cleans (docs/privacy.md). The poller keeps the whole record in memory.
 */
export function appendDeadLetter(file: string, letter: DeadLetter, logger: Logger): void {
  const { record, ...rest } = letter;
  const stored = {
    ...rest,
    record: {
      eventID: record.eventID,
      eventName: record.eventName,
      keys: record.dynamodb?.Keys,
      sequenceNumber: record.dynamodb?.SequenceNumber,
      approximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime,
    },
  };
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, `${JSON.stringify(stored)}\n`);
  } catch (error) {
    logger.error(`Could not append to ${file}`, error);
  }
}
