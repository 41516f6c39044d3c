/**
 * The transparency report as CSV: the same numbers as its JSON (`transparency.ts`), one row per metric and
 * dimension under a header row, so a spreadsheet or the newsroom's own report template can take them.
 */
import type { TransparencyReport } from './transparency';

type Row = [metric: string, dimension: string, value: string | number | null];

/** `k=v` pairs of a row's dimension, `;`-separated; `total` when there are none. */
const dims = (pairs: Record<string, string>): string =>
  Object.entries(pairs)
    .map(([k, v]) => `${k}=${v}`)
    .join(';') || 'total';

/** A field quoted when it needs to be (RFC 4180); the report's own values never do, but stay safe. */
const field = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A total and one row per key of a breakdown. */
const breakdown = (metric: string, dim: string, total: number, by: Record<string, number>): Row[] => [
  [metric, 'total', total],
  ...Object.entries(by).map(([k, n]): Row => [metric, dims({ [dim]: k }), n]),
];

/** The report's rows, in the order the JSON has them. */
export function transparencyRows(r: TransparencyReport): Row[] {
  const n = r.notices;
  const a = r.actions;
  return [
    ['period', 'from', r.from],
    ['period', 'to', r.to],
    ...breakdown('notices_received', 'category', n.received.total, n.received.byCategory),
    ['notices_from_trusted_flaggers', 'total', n.fromTrustedFlaggers],
    ...breakdown('notices_decided', 'outcome', n.decided.total, n.decided.byOutcome),
    ...Object.entries(n.decided.byCategory).flatMap(([category, by]) =>
      Object.entries(by).map(([outcome, v]): Row => ['notices_decided', dims({ category, outcome }), v]),
    ),
    ['notice_time_to_decision', 'samples', n.timeToDecision.samples],
    ['notice_time_to_decision', 'median_seconds', n.timeToDecision.medianSeconds],
    ...breakdown('actions', 'restriction', a.total, a.byRestriction),
    ...Object.entries(a.byReason).map(([reason, v]): Row => ['actions', dims({ reason }), v]),
    ...Object.entries(a.byAutomation).map(([automation, v]): Row => ['actions', dims({ automation }), v]),
    ...a.cells.map(({ count, ...cell }): Row => ['actions', dims(cell), count]),
    ...breakdown('bans', 'automation', r.bans.total, r.bans.byAutomation),
    ...breakdown('suspensions', 'kind', r.suspensions.total, r.suspensions.byKind),
    ...breakdown('warnings', 'kind', r.suspensions.warnings.total, r.suspensions.warnings.byKind),
    ...breakdown('appeals_received', 'appellant', r.appeals.received.total, r.appeals.received.byAppellant),
    ...breakdown('appeals_decided', 'outcome', r.appeals.decided.total, r.appeals.decided.byOutcome),
  ];
}

/** The report as CSV text (`metric,dimension,value`, CRLF line ends as RFC 4180 has them). */
export const transparencyCsv = (r: TransparencyReport): string =>
  [['metric', 'dimension', 'value'] as Row, ...transparencyRows(r)]
    .map((row) => row.map(field).join(','))
    .join('\r\n') + '\r\n';
