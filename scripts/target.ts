/**
 * The table a maintenance script works on (`npm run import`, `npm run export`): its options, and a
 * connection to it.
 *
 * `--table` alone is a deployed table, reached with the usual AWS credential chain; `--endpoint` is a
 * DynamoDB Local (table `parley-local` unless `--table`); neither is the local stack's data in `.data/`:
 * its DynamoDB Local is started here when no `npm start` is running (a running one's endpoint is random
 * and only printed in its log, so then `--endpoint` is asked for).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_LOCAL_REGION, localClientConfig } from '../local/aws';
import { DEFAULT_DATA_DIR, DEFAULT_TABLE_NAME } from '../local/defaults';
import { DataDirInUseError, lockDataDir } from '../local/data-lock';
import { startDynamoDBLocal, type DynamoDBLocal } from '../local/dynamodb-local';
import { isPortFree } from '../local/net';
import { ensureTable } from '../local/table';

/** A bad command line or environment: printed as one line, exit 1. */
export class UsageError extends Error {}

/** Where the items go, or come from. */
export type Target =
  | { kind: 'local-data'; tableName: string; region: string }
  | { kind: 'endpoint'; endpoint: string; tableName: string; region: string }
  | { kind: 'aws'; tableName: string; region: string | undefined };

/** The target's options, for `parseArgs`. */
export const TARGET_OPTIONS = {
  table: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
} as const;

/** The target the options name; `fail` makes the script's usage error. */
export function parseTarget(
  values: { table?: string | undefined; endpoint?: string | undefined; region?: string | undefined },
  fail: (message: string) => Error,
): Target {
  if (values.endpoint !== undefined && !/^https?:\/\//.test(values.endpoint))
    throw fail('--endpoint must be an http(s) URL.');
  return values.endpoint !== undefined
    ? {
        kind: 'endpoint',
        endpoint: values.endpoint,
        tableName: values.table ?? DEFAULT_TABLE_NAME,
        region: values.region ?? DEFAULT_LOCAL_REGION,
      }
    : values.table !== undefined
      ? { kind: 'aws', tableName: values.table, region: values.region }
      : { kind: 'local-data', tableName: DEFAULT_TABLE_NAME, region: values.region ?? DEFAULT_LOCAL_REGION };
}

/** A running `npm start` on the default data: its token-key file is there and its port is taken. */
async function runningLocalStack(dataDir: string): Promise<number | null> {
  const files = existsSync(dataDir) ? readdirSync(dataDir) : [];
  for (const name of files) {
    const port = /^token-key-(\d+)$/.exec(name)?.[1];
    if (port !== undefined && !(await isPortFree(Number(port)))) return Number(port);
  }
  return null;
}

/** A client on the target, and how to let it go. */
async function connect(target: Target): Promise<{ client: DynamoDBClient; close: () => Promise<void> }> {
  if (target.kind === 'aws') {
    const client = new DynamoDBClient(target.region ? { region: target.region } : {});
    return { client, close: () => Promise.resolve(client.destroy()) };
  }
  if (target.kind === 'endpoint') {
    const client = new DynamoDBClient(localClientConfig(target.endpoint, target.region));
    return { client, close: () => Promise.resolve(client.destroy()) };
  }
  // The data folder is one process's at a time (local/data-lock.ts): a running stack's, or this tool's.
  mkdirSync(DEFAULT_DATA_DIR, { recursive: true, mode: 0o700 });
  let lock: Awaited<ReturnType<typeof lockDataDir>>;
  try {
    lock = await lockDataDir(DEFAULT_DATA_DIR);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const port = await runningLocalStack(DEFAULT_DATA_DIR);
    throw new UsageError(
      port === null
        ? error.message
        : `The local stack runs on port ${port}: pass --endpoint with the address its log gives ("DynamoDB Local … listening at http://127.0.0.1:…"), or stop it.`,
    );
  }
  let ddb: DynamoDBLocal;
  try {
    ddb = await startDynamoDBLocal({ dataDir: join(DEFAULT_DATA_DIR, 'dynamodb') });
  } catch (error) {
    lock.release();
    throw error;
  }
  lock.recordDatabase(ddb.pid);
  const client = new DynamoDBClient(localClientConfig(ddb.endpoint, target.region));
  const close = async () => {
    client.destroy();
    await ddb.stop();
    lock.release();
  };
  try {
    await ensureTable(client, target.tableName);
  } catch (error) {
    await close();
    throw error;
  }
  return { client, close };
}

/** A document client on the target's table, checked to be there, and how to let it go. */
export async function openTable(
  target: Target,
): Promise<{ doc: DynamoDBDocumentClient; close: () => Promise<void> }> {
  const connection = await connect(target);
  try {
    await connection.client.send(new DescribeTableCommand({ TableName: target.tableName }));
  } catch (error) {
    await connection.close();
    throw new UsageError(
      `Cannot use table ${target.tableName}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  }
  const doc = DynamoDBDocumentClient.from(connection.client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { doc, close: connection.close };
}
