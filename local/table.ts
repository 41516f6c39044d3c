/**
 * Creates Parley's table in DynamoDB Local from `tableDefinition`, the same object the CDK stack reads,
 * so the local key schema, indexes, stream and TTL cannot drift from what is deployed.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import {
  indexKeyAttributes,
  keyAttributes,
  tableDefinition,
  type IndexDefinition,
} from '../shared/storage/table';
import { sleep } from './net';

const ACTIVE_TIMEOUT_MS = 15_000;

/** A key schema; an index keyed on its partition key alone has no RANGE element. */
const keySchema = (partitionKey: string, sortKey?: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' as const },
  ...(sortKey === undefined ? [] : [{ AttributeName: sortKey, KeyType: 'RANGE' as const }]),
];

const stringAttribute = (name: string): AttributeDefinition => ({ AttributeName: name, AttributeType: 'S' });

const indexCreation = (index: IndexDefinition) => ({
  IndexName: index.indexName,
  KeySchema: keySchema(index.partitionKey, index.sortKey),
  Projection:
    index.projection.type === 'INCLUDE'
      ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.projection.attributes] }
      : { ProjectionType: 'KEYS_ONLY' as const },
});

/** The CreateTable request for Parley's table (on-demand, string keys, GSIs with the definition's projections, stream on). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map(stringAttribute),
    KeySchema: keySchema(tableDefinition.partitionKey, tableDefinition.sortKey),
    GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map(indexCreation),
    StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.streamViewType },
  };
}

export interface EnsureTableResult {
  created: boolean;
  /** GSIs added to an existing table because the definition gained them (persisted `.data`). */
  addedIndexes: string[];
  streamArn: string | undefined;
}

/**
 * Creates the table if it is absent, brings an existing one up to the definition (stream, missing
 * GSIs), and switches TTL on. Safe to call any number of times, also concurrently.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<EnsureTableResult> {
  let created = false;
  let table = await describe(client, tableName);
  if (table === undefined) {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
      created = true;
    } catch (error) {
      // Someone else created it between our DescribeTable and CreateTable: that is fine.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    table = await waitUntilActive(client, tableName);
  }

  if (!table.StreamSpecification?.StreamEnabled) {
    await tolerateRace(
      client.send(
        new UpdateTableCommand({
          TableName: tableName,
          StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.streamViewType },
        }),
      ),
      async () => (await describe(client, tableName))?.StreamSpecification?.StreamEnabled === true,
    );
    table = await waitUntilActive(client, tableName);
  }

  const addedIndexes: string[] = [];
  const existing = new Set((table.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
  for (const index of tableDefinition.globalSecondaryIndexes) {
    if (existing.has(index.indexName)) continue;
    // One GSI per UpdateTable, as DynamoDB requires.
    const added = await tolerateRace(
      client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: indexKeyAttributes(index).map(stringAttribute),
          GlobalSecondaryIndexUpdates: [{ Create: indexCreation(index) }],
        }),
      ),
      async () =>
        ((await describe(client, tableName))?.GlobalSecondaryIndexes ?? []).some(
          (g) => g.IndexName === index.indexName,
        ),
    );
    table = await waitUntilActive(client, tableName);
    if (added) addedIndexes.push(index.indexName);
  }

  await ensureTimeToLive(client, tableName);
  return { created, addedIndexes, streamArn: table.LatestStreamArn };
}

async function ensureTimeToLive(client: DynamoDBClient, tableName: string): Promise<void> {
  const attribute = tableDefinition.timeToLiveAttribute;
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const ttl = current.TimeToLiveDescription;
  if (
    ttl?.AttributeName === attribute &&
    (ttl.TimeToLiveStatus === 'ENABLED' || ttl.TimeToLiveStatus === 'ENABLING')
  ) {
    return; // DynamoDB rejects enabling TTL twice, so only ask when it is off
  }
  await tolerateRace(
    client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: attribute, Enabled: true },
      }),
    ),
    async () => {
      const after = (await client.send(new DescribeTimeToLiveCommand({ TableName: tableName })))
        .TimeToLiveDescription;
      return after?.AttributeName === attribute && after.TimeToLiveStatus !== 'DISABLED';
    },
  );
}

/**
 * Runs an update; if it fails, checks whether the state it wanted holds anyway (another process made
 * the same change first, e.g. two test files ensuring one table) and only then swallows the error.
 * Resolves true when this call made the change.
 */
async function tolerateRace(update: Promise<unknown>, alreadyDone: () => Promise<boolean>): Promise<boolean> {
  try {
    await update;
    return true;
  } catch (error) {
    if (await alreadyDone()) return false;
    throw error;
  }
}

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/** Waits (bounded) until the table and all its GSIs are ACTIVE; DynamoDB Local is usually instant. */
async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  const deadline = Date.now() + ACTIVE_TIMEOUT_MS;
  for (;;) {
    const table = await describe(client, tableName);
    const indexesActive = (table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (table?.TableStatus === 'ACTIVE' && indexesActive) return table;
    if (Date.now() > deadline)
      throw new Error(`Table ${tableName} did not become ACTIVE within ${ACTIVE_TIMEOUT_MS} ms`);
    await sleep(50);
  }
}
