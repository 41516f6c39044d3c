/**
 * The transparency report (EU DSA Art. 15, Art. 24(1)) and the statements-of-reasons export for the
 * Commission's Transparency Database (Art. 24(5)), for admins. Both read only what the audited writes
 * recorded beside themselves (shared/storage/transparency.ts): a period's daily counters, and a page of the
 * days' statement entries. Nothing is counted before the day the feature was deployed.
 */
import { toDsaStatement, type DsaStatement } from '../domain/dsa-statement';
import type { StatementsQuery, TransparencyQuery } from '../domain/moderation-schemas';
import { summarizeTransparency, type TransparencyReport } from '../domain/transparency';
import type { DepsWith } from './deps';
import type { TransparencyPort } from './ports';

/** The report of the period's days, both included. */
export async function transparencyReport(
  deps: DepsWith<TransparencyPort>,
  q: Pick<TransparencyQuery, 'from' | 'to'>,
): Promise<TransparencyReport> {
  return summarizeTransparency(await deps.repo.transparencyDays(q.from, q.to), q.from, q.to);
}

/**
 * A page of the statements of reasons issued in the period, in the order of decision, in the database's
 * submission fields; `nextCursor` continues it (a cursor is good for the period it was issued for only).
 */
export async function statementsExport(
  deps: DepsWith<TransparencyPort>,
  q: StatementsQuery,
): Promise<{ statements: DsaStatement[]; nextCursor: string | null }> {
  const scope = `statements:${q.from}:${q.to}`;
  const afterKey = q.cursor === undefined ? undefined : deps.cursors.decodeKey(scope, q.cursor);
  const page = await deps.repo.statementEntries(q.from, q.to, { limit: q.limit, afterKey });
  return {
    statements: page.items.map(toDsaStatement),
    nextCursor: page.lastKey === null ? null : deps.cursors.encodeKey(scope, page.lastKey),
  };
}
