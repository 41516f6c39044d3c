/** ensureTable builds the table from the shared definition, idempotently, on the shared DynamoDB Local. */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localClientConfig } from '../../local/aws';
import { createTableInput, ensureTable } from '../../local/table';
import { tableDefinition } from '../../shared/storage/table';
import { sharedDynamoDBEndpoint, uniqueTableName } from '../support/stack';

let client: DynamoDBClient;
const tables: string[] = [];

beforeAll(() => {
  client = new DynamoDBClient(localClientConfig(sharedDynamoDBEndpoint()));
});
afterAll(async () => {
  await Promise.all(tables.map((t) => client.send(new DeleteTableCommand({ TableName: t })).catch(() => {})));
  client.destroy();
});

const name = (): string => {
  const t = uniqueTableName();
  tables.push(t);
  return t;
};

describe('ensureTable', () => {
  it('creates the table from tableDefinition: on-demand, string keys, GSIs with their defined projections, stream, TTL', async () => {
    const tableName = name();
    const result = await ensureTable(client, tableName);
    expect(result).toMatchObject({
      created: true,
      addedIndexes: [],
      streamArn: expect.stringContaining(tableName),
    });

    const table = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table!;
    expect(table.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ]);
    expect(table.AttributeDefinitions?.every((a) => a.AttributeType === 'S')).toBe(true);
    expect(table.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: tableDefinition.streamViewType,
    });
    const indexes = table.GlobalSecondaryIndexes ?? [];
    expect(indexes.map((g) => g.IndexName).sort()).toEqual(
      tableDefinition.globalSecondaryIndexes.map((g) => g.indexName).sort(),
    );
    // Each index projects what the definition says: the public listing and the author history carry the
    // attributes their readers use, the queues keys only.
    for (const g of tableDefinition.globalSecondaryIndexes) {
      const made = indexes.find((i) => i.IndexName === g.indexName)?.Projection;
      if (g.projection.type === 'INCLUDE') {
        expect(made?.ProjectionType).toBe('INCLUDE');
        expect([...(made?.NonKeyAttributes ?? [])].sort()).toEqual([...g.projection.attributes].sort());
      } else expect(made).toEqual({ ProjectionType: 'KEYS_ONLY' });
    }

    const ttl = (await client.send(new DescribeTimeToLiveCommand({ TableName: tableName })))
      .TimeToLiveDescription;
    expect(ttl).toMatchObject({
      AttributeName: tableDefinition.timeToLiveAttribute,
      TimeToLiveStatus: 'ENABLED',
    });
  });

  it('is idempotent, also when called concurrently', async () => {
    const tableName = name();
    const results = await Promise.all([ensureTable(client, tableName), ensureTable(client, tableName)]);
    expect(results.filter((r) => r.created).length).toBeLessThanOrEqual(1);
    expect(await ensureTable(client, tableName)).toMatchObject({ created: false, addedIndexes: [] });
  });

  it('adds an index the definition gained since a persisted table was created', async () => {
    const tableName = name();
    const input = createTableInput(tableName);
    const [first, ...rest] = input.GlobalSecondaryIndexes!;
    const missing = rest.map((g) => g.IndexName!);
    const used = new Set(['PK', 'SK', ...first!.KeySchema!.map((k) => k.AttributeName!)]);
    await client.send(
      new CreateTableCommand({
        ...input,
        GlobalSecondaryIndexes: [first!],
        AttributeDefinitions: input.AttributeDefinitions!.filter((a) => used.has(a.AttributeName!)),
      }),
    );
    const result = await ensureTable(client, tableName);
    expect(result).toMatchObject({ created: false, addedIndexes: missing });
    const table = (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table!;
    expect(table.GlobalSecondaryIndexes).toHaveLength(tableDefinition.globalSecondaryIndexes.length);
  });
});
