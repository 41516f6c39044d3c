/**
 * The stream poller on the shared DynamoDB Local: real stream records, Lambda's record shape, the filter,
 * batching and order, partial batch responses, bisect on error, bounded retries and dead letters.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localClientConfig } from '../../local/aws';
import {
  interpretBatchResponse,
  startStreamPoller,
  type StreamPoller,
  type StreamPollerOptions,
} from '../../local/stream-poller';
import { ensureTable } from '../../local/table';
import { sharedDynamoDBEndpoint, uniqueTableName } from '../support/stack';

let endpoint: string;
let client: DynamoDBClient;
let doc: DynamoDBDocumentClient;
const tables: string[] = [];
const pollers: StreamPoller[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'parley-poller-'));

beforeAll(() => {
  endpoint = sharedDynamoDBEndpoint();
  client = new DynamoDBClient(localClientConfig(endpoint));
  doc = DynamoDBDocumentClient.from(client);
});
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((p) => p.stop()));
});
afterAll(async () => {
  await Promise.all(tables.map((t) => client.send(new DeleteTableCommand({ TableName: t })).catch(() => {})));
  client.destroy();
  rmSync(tmp, { recursive: true, force: true });
});

async function newTable(): Promise<string> {
  const tableName = uniqueTableName();
  tables.push(tableName);
  await ensureTable(client, tableName);
  return tableName;
}

/** A fake consumer; it may answer synchronously (the wrapper makes it a Lambda-style async handler). */
type Consumer = (event: DynamoDBStreamEvent) => unknown;

/** A poller whose consumer records every batch it was called with. */
function poll(
  tableName: string,
  consumer: Consumer = () => ({ batchItemFailures: [] }),
  extra: Partial<StreamPollerOptions> = {},
) {
  const batches: DynamoDBRecord[][] = [];
  const poller = startStreamPoller({
    endpoint,
    tableName,
    pollIntervalMs: 50,
    retryDelayMs: 5,
    loadConsumer: () =>
      Promise.resolve((event: DynamoDBStreamEvent) => {
        batches.push(event.Records);
        try {
          return Promise.resolve(consumer(event));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    ...extra,
  });
  pollers.push(poller);
  const delivered = (): string[] => batches.flat().map((r) => r.dynamodb!.NewImage!.PK!.S!);
  return { poller, batches, delivered };
}

const putComment = (
  tableName: string,
  id: string,
  status = 'received',
  extra: Record<string, unknown> = {},
) =>
  doc.send(
    new PutCommand({
      TableName: tableName,
      Item: { PK: id, SK: 'COMMENT', entity: 'comment', status, ...extra },
    }),
  );

const setStatus = (tableName: string, id: string, status: string) =>
  doc.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { PK: id, SK: 'COMMENT' },
      UpdateExpression: 'SET #s = :s',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': status },
    }),
  );

const sequenceOf = (r: DynamoDBRecord): string => r.dynamodb!.SequenceNumber!;
const failing = (records: DynamoDBRecord[], predicate: (r: DynamoDBRecord) => boolean) => ({
  batchItemFailures: records.filter(predicate).map((r) => ({ itemIdentifier: sequenceOf(r) })),
});
const pk = (r: DynamoDBRecord): string => r.dynamodb!.NewImage!.PK!.S!;

describe('delivery', () => {
  it('delivers real stream records shaped as Lambda delivers them, and only those the filter matches', async () => {
    const tableName = await newTable();
    const { poller, batches, delivered } = poll(tableName);
    await putComment(tableName, 'C#1', 'received', { avatar: new Uint8Array([1, 2, 3]), score: 7 });
    await putComment(tableName, 'C#2', 'approved'); // not received: no moderation
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { PK: 'A#1', SK: 'ARTICLE', entity: 'article', status: 'received' },
      }),
    );
    await setStatus(tableName, 'C#1', 'approved'); // the consumer's own kind of write: must not retrigger
    await setStatus(tableName, 'C#2', 'received'); // an edit re-entering moderation
    await poller.drain();

    expect(delivered()).toEqual(['C#1', 'C#2']);
    const streamArn = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table!
      .LatestStreamArn;
    const [insert, modify] = batches.flat();
    expect(insert).toMatchObject({
      eventName: 'INSERT',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: streamArn,
      dynamodb: {
        Keys: { PK: { S: 'C#1' }, SK: { S: 'COMMENT' } },
        NewImage: {
          entity: { S: 'comment' },
          status: { S: 'received' },
          avatar: { B: 'AQID' },
          score: { N: '7' },
        },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(insert!.eventID).toEqual(expect.any(String));
    expect(insert!.dynamodb!.ApproximateCreationDateTime).toBeGreaterThan(1_600_000_000);
    expect(insert!.dynamodb!.ApproximateCreationDateTime).toBeLessThan(Date.now() / 1000 + 60);
    expect(modify).toMatchObject({
      eventName: 'MODIFY',
      dynamodb: { OldImage: { status: { S: 'approved' } }, NewImage: { status: { S: 'received' } } },
    });
    expect(poller.stats()).toMatchObject({ delivered: 2, filteredOut: 3, deadLettered: 0 });
  });

  it('delivers in shard order in batches of at most 100', async () => {
    const tableName = await newTable();
    const ids = Array.from({ length: 230 }, (_, i) => `C#${String(i).padStart(3, '0')}`);
    for (let i = 0; i < ids.length; i += 25) {
      const chunk = ids.slice(i, i + 25);
      await doc.send(
        new BatchWriteCommand({
          RequestItems: {
            [tableName]: chunk.map((id) => ({
              PutRequest: { Item: { PK: id, SK: 'COMMENT', entity: 'comment', status: 'received' } },
            })),
          },
        }),
      );
    }
    const { poller, batches } = poll(tableName);
    await poller.drain();
    const all = batches.flat();
    expect(all).toHaveLength(230);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(100);
    const sequences = all.map((r) => BigInt(sequenceOf(r)));
    expect(sequences).toEqual([...sequences].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(all.map(pk)).size).toBe(230);
  });

  it('drain() returns promptly on a quiet stream, and rejects once the poller is stopped', async () => {
    const tableName = await newTable();
    const { poller } = poll(tableName);
    const started = Date.now();
    await poller.drain();
    expect(Date.now() - started).toBeLessThan(2_000);
    const stopStarted = Date.now();
    await poller.stop();
    expect(Date.now() - stopStarted).toBeLessThan(1_000);
    await expect(poller.drain()).rejects.toThrow(/stopped/);
  });
});

describe('failures', () => {
  it('retries from the first failed record of a partial batch response, then succeeds', async () => {
    const tableName = await newTable();
    // Written before the poller starts (it reads from the stream's start), so that the first batch holds
    // all three: written while it polls, a busy machine could split them across batches.
    for (const id of ['C#1', 'C#2', 'C#3']) await putComment(tableName, id);
    let failuresLeft = 2;
    const { poller, batches } = poll(tableName, ({ Records }) => {
      if (failuresLeft > 0 && Records.some((r) => pk(r) === 'C#2')) {
        failuresLeft--;
        return failing(Records, (r) => pk(r) === 'C#2');
      }
      return { batchItemFailures: [] };
    });
    await poller.drain();
    const calls = batches.map((b) => b.map(pk));
    // C#1 succeeded in the first batch and was not redelivered; C#2 (and what follows) was retried.
    expect(calls.flat().filter((id) => id === 'C#1')).toHaveLength(1);
    expect(calls.flat().filter((id) => id === 'C#2')).toHaveLength(3);
    expect(calls.at(-1)).toEqual(['C#2', 'C#3']);
    expect(poller.deadLetters).toEqual([]);
    expect(poller.stats()).toMatchObject({ retries: 2, deadLettered: 0 });
  });

  it('dead-letters a record that keeps failing after 3 attempts and goes on with the rest', async () => {
    const tableName = await newTable();
    const deadLetterFile = join(tmp, `${tableName}.jsonl`);
    const { poller, delivered } = poll(
      tableName,
      ({ Records }) => failing(Records, (r) => pk(r) === 'C#bad'),
      { deadLetterFile },
    );
    for (const id of ['C#1', 'C#bad', 'C#3']) await putComment(tableName, id);
    await poller.drain();
    expect(delivered().filter((id) => id === 'C#bad')).toHaveLength(3);
    expect(poller.deadLetters).toHaveLength(1);
    expect(poller.deadLetters[0]).toMatchObject({
      attempts: 3,
      reason: 'reported in batchItemFailures',
      record: { eventName: 'INSERT' },
    });
    expect(pk(poller.deadLetters[0]!.record)).toBe('C#bad');
    expect(delivered().at(-1)).toBe('C#3');
    const lines = readFileSync(deadLetterFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const stored = JSON.parse(lines[0]!) as { attempts: number; record: Record<string, unknown> };
    expect(stored).toMatchObject({
      attempts: 3,
      record: { eventName: 'INSERT', keys: { PK: { S: 'C#bad' } } },
    });
    // Its place in the stream, not its data (docs/privacy.md): no images on disk.
    expect(Object.keys(stored.record).sort()).toEqual([
      'approximateCreationDateTime',
      'eventID',
      'eventName',
      'keys',
      'sequenceNumber',
    ]);
  });

  it('bisects a batch whose invocation throws, so only the poison record is dead-lettered', async () => {
    const tableName = await newTable();
    // The poison record second: bisection must not use up the innocent head record's attempts.
    for (const i of [0, 5, 1, 2, 3, 4, 6, 7]) await putComment(tableName, `C#${i}`);
    const succeeded: string[] = [];
    const { poller } = poll(tableName, ({ Records }) => {
      if (Records.some((r) => pk(r) === 'C#5')) throw new Error('poison');
      succeeded.push(...Records.map(pk));
      return undefined; // no answer at all counts as success, as on Lambda
    });
    await poller.drain();
    expect(succeeded).toEqual(['C#0', 'C#1', 'C#2', 'C#3', 'C#4', 'C#6', 'C#7']);
    expect(poller.deadLetters.map((d) => pk(d.record))).toEqual(['C#5']);
    expect(poller.deadLetters[0]).toMatchObject({ reason: 'poison', attempts: 3 });
  });

  it('treats an itemIdentifier that names no record of the batch as a failure of the whole batch', () => {
    const batch = [
      { dynamodb: { SequenceNumber: '1' } },
      { dynamodb: { SequenceNumber: '2' } },
    ] as DynamoDBRecord[];
    expect(interpretBatchResponse({ batchItemFailures: [{ itemIdentifier: '2' }] }, batch)).toMatchObject({
      ok: false,
      firstFailed: 1,
    });
    expect(interpretBatchResponse({ batchItemFailures: [{ itemIdentifier: '9' }] }, batch)).toMatchObject({
      ok: false,
      firstFailed: 0,
    });
    expect(interpretBatchResponse({ batchItemFailures: [{ itemIdentifier: '' }] }, batch)).toMatchObject({
      ok: false,
      firstFailed: 0,
    });
    expect(interpretBatchResponse({ batchItemFailures: null }, batch)).toEqual({ ok: true });
    expect(interpretBatchResponse({ statusCode: 501 }, batch)).toEqual({ ok: true });
  });
});

describe('checkpoints', () => {
  it('resume after the last handled record, so a restart does not deliver twice', async () => {
    const tableName = await newTable();
    const checkpointFile = join(tmp, `${tableName}.checkpoints.json`);
    const first = poll(tableName, undefined, { checkpointFile });
    await putComment(tableName, 'C#1');
    await first.poller.drain();
    await first.poller.stop();
    expect(first.delivered()).toEqual(['C#1']);

    await putComment(tableName, 'C#2');
    const second = poll(tableName, undefined, { checkpointFile });
    await second.poller.drain();
    expect(second.delivered()).toEqual(['C#2']);
  });
});
