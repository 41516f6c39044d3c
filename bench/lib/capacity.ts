/**
 * Capacity units per action, measured on DynamoDB Local and corrected to AWS's documented billing rules
 * where Local is known to differ. Every correction is named on the record it changed.
 *
 * What Local gets right (checked by probes, see `calibrate` in sections/capacity.ts): single-item reads
 * and writes, item-size rounding (1 KB writes, 4 KB reads), half-price eventually consistent reads,
 * per-item rounding in BatchGetItem, Query summing item sizes before rounding, and index writes (one per
 * index whose entry changes, two when an index key moves).
 *
 * Corrections applied:
 * - `transaction`: Local's TransactWriteItems figure does not follow the item count or sizes (probes show
 *   e.g. 2 units for a transaction of three small items). Each action of the transaction is therefore
 *   replayed, before the real transaction runs, as the equivalent standard write on a shadow copy of the
 *   items it touches, and the result is billed as AWS documents it: 2x the table share (a transactional
 *   write costs two write units per KB), the index share at the standard rate.
 * - `empty-query`: Local reports 0 units for a Query that finds nothing; AWS charges at least one 4 KB read
 *   (0.5 unit eventually consistent, 1 strongly consistent) whatever the query returns.
 * - `batch-get-missing`: Local charges nothing for a BatchGetItem key that finds no item; AWS charges each
 *   requested key as a GetItem, found or not (0.5 / 1 unit).
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { itemSize, writeUnits } from './item-size';

export interface Units {
  table: number;
  /** Units per global secondary index. */
  indexes: Record<string, number>;
}

export interface CommandCapacity {
  /** The low-level command name, e.g. `QueryCommand`. */
  command: string;
  kind: 'read' | 'write';
  measured: Units;
  corrected: Units;
  /** Names of the corrections applied (see the module comment). */
  corrections: string[];
  /** Error name when the command failed (its units are what Local returned, usually none). */
  failed?: string;
}

export const unitsTotal = (u: Units): number => u.table + Object.values(u.indexes).reduce((a, b) => a + b, 0);

const READ_COMMANDS = new Set([
  'GetItemCommand',
  'BatchGetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'TransactGetItemsCommand',
]);

interface ConsumedCapacity {
  TableName?: string;
  CapacityUnits?: number;
  Table?: { CapacityUnits?: number };
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

/** Sums one or many ConsumedCapacity entries (Batch* and Transact* return a list, one per table). */
export function unitsOf(value: unknown): Units {
  const consumed = value as ConsumedCapacity | ConsumedCapacity[] | undefined;
  const units: Units = { table: 0, indexes: {} };
  for (const c of consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed]) {
    const indexes = c.GlobalSecondaryIndexes ?? {};
    const indexSum = Object.values(indexes).reduce((s, i) => s + (i.CapacityUnits ?? 0), 0);
    // Without a breakdown (ReturnConsumedCapacity TOTAL) everything is the table's.
    units.table += c.Table?.CapacityUnits ?? (c.CapacityUnits ?? 0) - indexSum;
    for (const [name, i] of Object.entries(indexes))
      units.indexes[name] = (units.indexes[name] ?? 0) + (i.CapacityUnits ?? 0);
  }
  return units;
}

const cloneUnits = (u: Units): Units => ({ table: u.table, indexes: { ...u.indexes } });

/**
 * Replays the actions of a TransactWriteItems as standard single-item writes on a shadow table holding a
 * copy of the items they touch, so that Local's (correct) single-item accounting gives each action's units.
 */
export class ShadowReplayer {
  constructor(
    private readonly opts: {
      /** A document client of the benchmark's own (excluded from instrumentation). */
      client: DynamoDBDocumentClient;
      shadowTable: string;
      keyAttributes: readonly [string, string];
    },
  ) {}

  private keyOf(item: Record<string, unknown>): Record<string, unknown> {
    const [pk, sk] = this.opts.keyAttributes;
    return { [pk]: item[pk], [sk]: item[sk] };
  }

  async replay(transactItems: readonly Record<string, Record<string, unknown>>[]): Promise<Units> {
    const total: Units = { table: 0, indexes: {} };
    const { client, shadowTable } = this.opts;
    for (const entry of transactItems) {
      const [kind, action] = Object.entries(entry)[0] ?? [];
      if (!kind || !action) continue;
      const table = action.TableName as string;
      const key =
        kind === 'Put'
          ? this.keyOf(action.Item as Record<string, unknown>)
          : (action.Key as Record<string, unknown>);
      const before = (await client.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true })))
        .Item;
      if (before) await client.send(new PutCommand({ TableName: shadowTable, Item: before }));
      else await client.send(new DeleteCommand({ TableName: shadowTable, Key: key }));
      const common = { ...action, TableName: shadowTable, ReturnConsumedCapacity: 'INDEXES' as const };
      let units: Units;
      try {
        if (kind === 'Put')
          units = unitsOf((await client.send(new PutCommand(common as never))).ConsumedCapacity);
        else if (kind === 'Update')
          units = unitsOf((await client.send(new UpdateCommand(common as never))).ConsumedCapacity);
        else if (kind === 'Delete')
          units = unitsOf((await client.send(new DeleteCommand(common as never))).ConsumedCapacity);
        else {
          // ConditionCheck: billed as a write of the item it reads.
          units = { table: before ? writeUnits(itemSize(before)) : 1, indexes: {} };
        }
      } catch (err) {
        // The condition fails here exactly as it will in the real transaction: it is cancelled.
        if (err instanceof Error && err.name === 'ConditionalCheckFailedException')
          units = { table: 0, indexes: {} };
        else throw err;
      }
      total.table += 2 * units.table;
      for (const [name, u] of Object.entries(units.indexes))
        total.indexes[name] = (total.indexes[name] ?? 0) + u;
    }
    return total;
  }
}

export interface MeterOptions {
  /** `count`: command names only (cheap, for timed runs). `full`: units too, with corrections. */
  mode: 'count' | 'full';
  shadow?: ShadowReplayer;
  /** Which corrections the calibration probes found necessary (all by default). */
  corrections?: { transaction: boolean; emptyQuery: boolean; batchGetMissing: boolean };
}

/** Observes every command the instrumented clients send (see sdk-hooks.ts). */
export class CapacityMeter {
  readonly counts = new Map<string, number>();
  private records: CommandCapacity[] = [];

  constructor(private readonly opts: MeterOptions) {}

  /** Takes the records collected since the last call. */
  drain(): CommandCapacity[] {
    const out = this.records;
    this.records = [];
    return out;
  }

  async observe<T extends { output?: unknown }>(
    commandName: string,
    input: Record<string, unknown>,
    proceed: () => Promise<T>,
  ): Promise<T> {
    this.counts.set(commandName, (this.counts.get(commandName) ?? 0) + 1);
    if (this.opts.mode === 'count') return proceed();
    input.ReturnConsumedCapacity = 'INDEXES';
    const corrections = this.opts.corrections ?? {
      transaction: true,
      emptyQuery: true,
      batchGetMissing: true,
    };
    let shadow: Units | undefined;
    if (commandName === 'TransactWriteItemsCommand' && this.opts.shadow && corrections.transaction) {
      shadow = await this.opts.shadow.replay(
        input.TransactItems as Record<string, Record<string, unknown>>[],
      );
    }
    const kind = READ_COMMANDS.has(commandName) ? 'read' : 'write';
    let result: T;
    try {
      result = await proceed();
    } catch (err) {
      const measured = unitsOf((err as { ConsumedCapacity?: unknown }).ConsumedCapacity);
      this.records.push({
        command: commandName,
        kind,
        measured,
        corrected: cloneUnits(measured),
        corrections: [],
        failed: err instanceof Error ? err.name : 'Error',
      });
      throw err;
    }
    const output = (result.output ?? {}) as Record<string, unknown>;
    const measured = unitsOf(output.ConsumedCapacity);
    const corrected = cloneUnits(measured);
    const applied: string[] = [];
    if (shadow) {
      corrected.table = shadow.table;
      corrected.indexes = shadow.indexes;
      applied.push('transaction');
    }
    if (commandName === 'QueryCommand' && corrections.emptyQuery && unitsTotal(measured) === 0) {
      const min = input.ConsistentRead === true ? 1 : 0.5;
      const index = input.IndexName as string | undefined;
      if (index) corrected.indexes[index] = min;
      else corrected.table = min;
      applied.push('empty-query');
    }
    if (commandName === 'BatchGetItemCommand' && corrections.batchGetMissing) {
      const requested = (input.RequestItems ?? {}) as Record<
        string,
        { Keys?: unknown[]; ConsistentRead?: boolean }
      >;
      const responses = (output.Responses ?? {}) as Record<string, unknown[]>;
      const unprocessed = (output.UnprocessedKeys ?? {}) as Record<string, { Keys?: unknown[] }>;
      let extra = 0;
      for (const [table, req] of Object.entries(requested)) {
        const missing =
          (req.Keys?.length ?? 0) - (responses[table]?.length ?? 0) - (unprocessed[table]?.Keys?.length ?? 0);
        if (missing > 0) extra += missing * (req.ConsistentRead ? 1 : 0.5);
      }
      if (extra > 0) {
        corrected.table += extra;
        applied.push('batch-get-missing');
      }
    }
    delete output.ConsumedCapacity;
    this.records.push({ command: commandName, kind, measured, corrected, corrections: applied });
    return result;
  }
}

export interface ActionCapacity {
  /** Read and write request units as AWS would bill them (corrected). */
  rcu: number;
  wcu: number;
  /** The same, as DynamoDB Local reported them. */
  rcuMeasured: number;
  wcuMeasured: number;
  /** Units by target: `table` or an index name, corrected. */
  byTarget: Record<string, { read: number; write: number }>;
  commands: string[];
  corrections: string[];
  failed: string[];
}

/** Adds up the commands of one action. */
export function summarizeCommands(records: readonly CommandCapacity[]): ActionCapacity {
  const out: ActionCapacity = {
    rcu: 0,
    wcu: 0,
    rcuMeasured: 0,
    wcuMeasured: 0,
    byTarget: {},
    commands: [],
    corrections: [],
    failed: [],
  };
  const add = (target: string, kind: 'read' | 'write', n: number) => {
    const t = (out.byTarget[target] ??= { read: 0, write: 0 });
    t[kind] += n;
  };
  for (const r of records) {
    const c = unitsTotal(r.corrected);
    const m = unitsTotal(r.measured);
    if (r.kind === 'read') {
      out.rcu += c;
      out.rcuMeasured += m;
    } else {
      out.wcu += c;
      out.wcuMeasured += m;
    }
    add('table', r.kind, r.corrected.table);
    for (const [name, u] of Object.entries(r.corrected.indexes)) add(name, r.kind, u);
    out.commands.push(r.command.replace(/Command$/, ''));
    for (const c2 of r.corrections) if (!out.corrections.includes(c2)) out.corrections.push(c2);
    if (r.failed) out.failed.push(`${r.command}: ${r.failed}`);
  }
  return out;
}
