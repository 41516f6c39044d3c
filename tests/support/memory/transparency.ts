/**
 * The transparency records in memory, as `shared/storage/transparency.ts` keeps them: each day's counters
 * (one item per lane and day; the DynamoDB store shards them, which the report's sum does not see) and
 * the statement entries in the order of decision.
 */
import type { StatementEntry } from '../../../shared/domain/dsa-statement';
import { statementEntryKey, type TransparencyLane } from '../../../shared/storage/keys';
import { copy, type Args } from './records';

const sortKey = (e: StatementEntry) => statementEntryKey(e.statement.decidedAt, e.commentId).SK;

export class MemoryTransparency {
  /** `lane|day` → counters. */
  readonly days = new Map<string, Record<string, number>>();
  readonly entries: StatementEntry[] = [];

  /** What a write's transaction adds to a day's counters. */
  add(lane: TransparencyLane, day: string, counters: readonly string[]) {
    if (counters.length === 0) return;
    const item = this.days.get(`${lane}|${day}`) ?? {};
    for (const c of counters) item[c] = (item[c] ?? 0) + 1;
    this.days.set(`${lane}|${day}`, item);
  }

  addEntry(entry: StatementEntry | null) {
    if (entry) this.entries.push(copy(entry));
  }

  transparencyDays(...[from, to]: Args<'transparencyDays'>) {
    return Promise.resolve(
      [...this.days]
        .filter(([key]) => {
          const day = key.split('|')[1]!;
          return day >= from && day <= to;
        })
        .map(([, counters]) => ({ ...counters })),
    );
  }

  statementEntries(...[from, to, opts]: Args<'statementEntries'>) {
    const all = this.entries
      .filter((e) => {
        const day = e.statement.decidedAt.slice(0, 10);
        return day >= from && day <= to && (opts.afterKey === undefined || sortKey(e) > opts.afterKey);
      })
      .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    const items = all.slice(0, opts.limit);
    const last = items[items.length - 1];
    return Promise.resolve({
      items: items.map(copy),
      lastKey: all.length > opts.limit && last ? sortKey(last) : null,
    });
  }
}
