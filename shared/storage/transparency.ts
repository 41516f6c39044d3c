/**
 * The transparency records (shared/domain/transparency.ts and dsa-statement.ts decide them): each day's
 * counters, sharded, added to in the transaction of the audited write that counts, and an entry per
 * statement of reasons in a partition per day, written with the rejection that issued it. The report
 * reads a period's counter items with one Query a lane; the export reads the days' entries a page at a
 * time. Nothing here scans the table.
 */
import type { TransparencyPort } from '../app/ports';
import type { StatementEntry } from '../domain/dsa-statement';
import { dayOf, transparencyCounters, type CountedEvent, type CountingContext } from '../domain/transparency';
import { stripKeys, type Dynamo, type Item, type TransactItem } from './dynamo';
import {
  TRANSPARENCY_SHARDS,
  decidedCountersKey,
  receivedCountersKey,
  statementDayPartition,
  statementEntryKey,
  transparencyPartition,
  type TransparencyLane,
} from './keys';

/** Adds one to each of `counters` in a random shard of `day`, for the write's transaction; null if none. */
export function transparencyUpdate(
  db: Dynamo,
  lane: TransparencyLane,
  day: string,
  counters: readonly string[],
): TransactItem | null {
  if (counters.length === 0) return null;
  // Counter names carry dots: placeholders keep them one attribute name each.
  const names = [...new Set(counters)];
  const by = (name: string) => counters.filter((c) => c === name).length;
  return db.updateItem({
    Key: (lane === 'received' ? receivedCountersKey : decidedCountersKey)(
      day,
      Math.floor(Math.random() * TRANSPARENCY_SHARDS),
    ),
    UpdateExpression: `ADD ${names.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#c${i}`, n])),
    ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:c${i}`, by(n)])),
  });
}

/**
 * The counters an audit event adds, for the transaction that writes it (`[]` when it counts nothing):
 * the one call any audited write makes, appeals included (their events pass through as they are).
 */
export function auditTransparencyItems(
  db: Dynamo,
  event: CountedEvent,
  ctx: CountingContext,
  lane: TransparencyLane = 'decided',
): TransactItem[] {
  const update = transparencyUpdate(db, lane, dayOf(event.at), transparencyCounters(event, ctx));
  return update ? [update] : [];
}

/** A statement's entry, for the transaction of the rejection that issued it (written once). */
export const statementEntryPut = (db: Dynamo, entry: StatementEntry): TransactItem =>
  db.putItem(
    { ...statementEntryKey(entry.statement.decidedAt, entry.commentId), ...entry },
    'attribute_not_exists(PK)',
  );

/** The day after `day` (`yyyy-mm-dd`). */
const nextDay = (day: string): string => dayOf(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000);

const numbersOf = (item: Item): Record<string, number> =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

export class TransparencyStore implements TransparencyPort {
  constructor(private readonly db: Dynamo) {}

  /** Every counter item of the days `from`..`to` (both lanes, every shard): ≤ 2 × 10 items a day. */
  async transparencyDays(from: string, to: string): Promise<Record<string, number>[]> {
    const lanes: TransparencyLane[] = ['received', 'decided'];
    const pages = await Promise.all(
      lanes.map((lane) =>
        this.db.queryAll({
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': transparencyPartition(lane),
            ':from': `DAY#${from}#`,
            ':to': `DAY#${to}#~`,
          },
        }),
      ),
    );
    // The numbers only: the keys are strings.
    return pages.flat().map(numbersOf);
  }

  /**
   * Up to `limit` statement entries of the days `from`..`to`, in the order of decision, after the sort key
   * `afterKey` (`<decidedAt>#<commentId>`, whose day says where to resume), and the key to resume after
   * when more follow. One Query a day read (a day with more than a page is read in pages).
   */
  async statementEntries(
    from: string,
    to: string,
    opts: { limit: number; afterKey?: string | undefined },
  ): Promise<{ items: StatementEntry[]; lastKey: string | null }> {
    const found: Item[] = [];
    const after = opts.afterKey;
    for (let day = after === undefined ? from : after.slice(0, 10); day <= to; day = nextDay(day)) {
      const pk = statementDayPartition(day);
      let start: Item | undefined = after?.startsWith(day) ? { PK: pk, SK: after } : undefined;
      do {
        // One more than asked tells whether another page exists.
        const out = await this.db.query({
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          Limit: opts.limit + 1 - found.length,
          ...(start ? { ExclusiveStartKey: start } : {}),
        });
        found.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } while (start && found.length <= opts.limit);
      if (found.length > opts.limit) break;
    }
    const page = found.slice(0, opts.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((i) => stripKeys<StatementEntry>(i)),
      lastKey: found.length > opts.limit && last ? String(last.SK) : null,
    };
  }
}
