/**
 * The whole site out and back (`npm run export`, `npm run import -- --format parley`): every item of the
 * table as stored (keys and index attributes included, so a restore rebuilds the indexes exactly), minus
 * the ephemeral ones, and those items written back into an empty table.
 *
 * This is an operator's offline job: it reads the whole table once, with the operator's credentials. No
 * Lambda role but the moderators' e-mail look-up (a bounded read, declared `scans: true` in the route table)
 * is granted `dynamodb:Scan` (tests/infra/table-writes-policy), and no request path loads this module.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Dynamo } from './dynamo';
import { idempotencyKey, networkBanKey, rateWindowKey, textKey, type RateKind } from './keys';

type Item = Record<string, unknown>;

const RATE_KINDS: readonly RateKind[] = ['author', 'network', 'author-action'];
/**
 * Partition-key prefixes of the items that expire by TTL and mean nothing after a restore: replayable
 * POST answers, one-minute rate windows, network bans, copied-text records (rebuilt from new posts; a
 * restore forgets which texts moderators rejected lately, as it forgets network bans).
 */
export const EPHEMERAL_PREFIXES: readonly string[] = [
  idempotencyKey('').PK,
  networkBanKey('').PK,
  textKey('').PK,
  ...RATE_KINDS.map((kind) => rateWindowKey(kind, '', 0).PK),
];

export const isEphemeral = (item: Item): boolean =>
  typeof item.PK === 'string' && EPHEMERAL_PREFIXES.some((p) => (item.PK as string).startsWith(p));

/** Items a BatchWriteItem request holds. */
export const IMPORT_BATCH = 25;

/**
 * Every lasting item of the table, page by page of a consistent Scan (one page in memory at a time), as
 * stored: keys and index attributes included.
 */
export async function* exportItems(db: Dynamo): AsyncGenerator<Item> {
  let startKey: Item | undefined;
  do {
    const out = await db.client.send(
      new ScanCommand({ TableName: db.tableName, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    for (const item of out.Items ?? []) if (!isEphemeral(item)) yield item;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
}

/** The table already holds items and `force` was not given: nothing was written. */
export class TableNotEmptyError extends Error {
  constructor(tableName: string) {
    super(
      `Table ${tableName} is not empty: a restore goes into an empty table (--force writes over what is there).`,
    );
  }
}

/**
 * Writes the items as given, IMPORT_BATCH at a time (`Dynamo.putMany`, which sends unprocessed items
 * again), and returns how many. Refuses a table that holds any item unless `force`: an export restores a
 * whole site, and mixed with another site's counters it would be wrong.
 */
export async function importItems(
  db: Dynamo,
  items: AsyncIterable<Item> | Iterable<Item>,
  opts: { force?: boolean } = {},
): Promise<number> {
  if (!opts.force) {
    const probe = await db.client.send(
      new ScanCommand({ TableName: db.tableName, Limit: 1, ConsistentRead: true }),
    );
    if ((probe.Items?.length ?? 0) > 0 || probe.LastEvaluatedKey) throw new TableNotEmptyError(db.tableName);
  }
  let written = 0;
  let batch: Item[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === IMPORT_BATCH) {
      await db.putMany(batch);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await db.putMany(batch);
  return written + batch.length;
}

/**
 * The file `npm run export` writes: JSON Lines, one item a line as stored (document form), then a
 * trailer line `{"parley-export":1,"exportedAt":"…","items":N}` — last, because the items are streamed
 * and counted on the way; a file without it, or whose count is off, was cut short.
 */
export const EXPORT_VERSION = 1;
export interface ExportTrailer {
  'parley-export': typeof EXPORT_VERSION;
  exportedAt: string;
  items: number;
}

/** An export file that cannot be restored as it is: nothing was written. */
export class ExportFileError extends Error {}

/** One item as its line (without the newline). Sets and binary values have no JSON form: refused. */
export function itemLine(item: Item): string {
  return JSON.stringify(item, (_key, value: unknown) => {
    if (value instanceof Set || value instanceof Uint8Array)
      throw new ExportFileError(`item ${String(item.PK)} / ${String(item.SK)}: a set or binary attribute`);
    return value;
  });
}

export const trailerLine = (items: number, exportedAt: Date): string =>
  JSON.stringify({
    'parley-export': EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    items,
  } satisfies ExportTrailer);

/**
 * The items of an export file's lines, checked as they come: each an object with string PK and SK,
 * none ephemeral, then the trailer with their count, then nothing. ExportFileError names the first bad
 * line. Read it once to check a file before writing anything, and again to write.
 */
export async function* readExportLines(lines: AsyncIterable<string>): AsyncGenerator<Item> {
  let n = 0;
  let count = 0;
  let trailer: ExportTrailer | null = null;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    if (trailer) throw new ExportFileError(`line ${n}: more after the trailer line`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ExportFileError(`line ${n}: not JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new ExportFileError(`line ${n}: not a JSON object`);
    const record = value as Item;
    if ('parley-export' in record) {
      if (record['parley-export'] !== EXPORT_VERSION)
        throw new ExportFileError(`line ${n}: export version ${String(record['parley-export'])} is not 1`);
      if (record.items !== count)
        throw new ExportFileError(
          `line ${n}: the trailer counts ${String(record.items)} items, the file holds ${count}`,
        );
      trailer = record as unknown as ExportTrailer;
      continue;
    }
    if (typeof record.PK !== 'string' || typeof record.SK !== 'string')
      throw new ExportFileError(`line ${n}: an item without string PK and SK`);
    if (isEphemeral(record)) throw new ExportFileError(`line ${n}: an ephemeral item (${record.PK})`);
    count++;
    yield record;
  }
  if (!trailer)
    throw new ExportFileError(
      `no trailer line after ${count} items: the file was cut short, or is not an export`,
    );
}
