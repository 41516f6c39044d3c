/**
 * The transparency report (EU DSA Art. 15, 24) as tables a person can read, and the period helpers of the
 * transparency view. No DOM here, so unit tests cover what each table says; the report's own keys (from
 * its type) make every label map complete.
 */
import { NOTICE_CATEGORIES, type NoticeCategory } from '../../shared/domain/notice-categories';
import { REJECT_REASONS } from '../../shared/domain/reasons';
import { MAX_PERIOD_DAYS, periodBreach } from '../../shared/domain/period';
import { formatDate } from '../dates';
import type { Period, TransparencyReport } from './api';
import { REASON_LABELS } from './card-forms';
import { formatDuration } from './explain';

type Actions = TransparencyReport['actions'];
type Automation = keyof Actions['byAutomation'];
type Restriction = keyof Actions['byRestriction'];

/** A table of the report: a caption, column heads, rows led by a row head, and an optional total row. */
export interface ReportTable {
  id: string;
  caption: string;
  columns: readonly string[];
  rows: readonly ReportRow[];
  total?: ReportRow;
}
export interface ReportRow {
  head: string;
  cells: readonly (number | string)[];
}

export const CATEGORY_LABELS: Readonly<Record<NoticeCategory, string>> = {
  illegal_hate_speech: 'Illegal hate speech',
  terrorist_content: 'Terrorist content',
  threats_violence: 'Threats or incitement to violence',
  privacy_violation: 'Violation of privacy',
  defamation: 'Defamation',
  intellectual_property: 'Infringement of intellectual property',
  scams_fraud: 'Scam or fraud',
  child_safety: 'Content endangering children',
  other_illegal: 'Other illegal content',
};

const AUTOMATIONS: readonly Automation[] = ['automated', 'automated_detection', 'human'];
export const AUTOMATION_LABELS: Readonly<Record<Automation, string>> = {
  automated: 'Automated (detected and decided by the checks)',
  automated_detection: 'Detected automatically, decided by a person',
  human: 'Detected and decided by a person',
};

const RESTRICTIONS: readonly Restriction[] = ['not_published', 'removed'];
export const RESTRICTION_LABELS: Readonly<Record<Restriction, string>> = {
  not_published: 'Not published (refused before anyone saw it)',
  removed: 'Removed after publication',
};

const sum = (cells: readonly number[]): number => cells.reduce((a, b) => a + b, 0);

/** Every table of the report, in the order of the report's sections. */
export function reportTables(r: TransparencyReport): ReportTable[] {
  const n = r.notices;
  const a = r.actions;
  // The cells hold restriction × reason × automation; this table sums the restrictions.
  const byReasonAndAutomation = (reason: string, automation: Automation): number =>
    sum(a.cells.filter((c) => c.reason === reason && c.automation === automation).map((c) => c.count));
  return [
    {
      id: 'notices',
      caption: 'Notices of illegal content (Art. 16), by category and outcome',
      columns: ['Category', 'Received', 'Removed', 'Kept', 'Decided'],
      rows: NOTICE_CATEGORIES.map((c) => {
        const d = n.decided.byCategory[c];
        return {
          head: CATEGORY_LABELS[c],
          cells: [n.received.byCategory[c], d.remove, d.keep, d.remove + d.keep],
        };
      }),
      total: {
        head: 'All categories',
        cells: [n.received.total, n.decided.byOutcome.remove, n.decided.byOutcome.keep, n.decided.total],
      },
    },
    {
      id: 'notice-figures',
      caption: 'Notices: trusted flaggers and time to decision',
      columns: ['Figure', 'Value'],
      rows: [
        { head: 'Notices from trusted flaggers (Art. 22)', cells: [n.fromTrustedFlaggers] },
        {
          head: 'Median time from notice to decision',
          cells: [
            n.timeToDecision.medianSeconds === null
              ? 'none decided'
              : formatDuration(n.timeToDecision.medianSeconds),
          ],
        },
        { head: 'Decisions timed', cells: [n.timeToDecision.samples] },
      ],
    },
    {
      id: 'actions',
      caption: 'Actions on comments (each with a statement of reasons), by reason and who decided',
      columns: ['Reason', 'Automated', 'Detected automatically, decided by a person', 'By a person', 'Total'],
      rows: REJECT_REASONS.map((reason) => ({
        head: REASON_LABELS[reason],
        cells: [...AUTOMATIONS.map((x) => byReasonAndAutomation(reason, x)), a.byReason[reason]],
      })),
      total: { head: 'All reasons', cells: [...AUTOMATIONS.map((x) => a.byAutomation[x]), a.total] },
    },
    {
      id: 'restrictions',
      caption: 'Actions on comments, by kind of restriction',
      columns: ['Restriction', 'Comments'],
      rows: RESTRICTIONS.map((x) => ({ head: RESTRICTION_LABELS[x], cells: [a.byRestriction[x]] })),
      total: { head: 'All actions', cells: [a.total] },
    },
    {
      id: 'bans',
      caption: 'Authors banned, by who decided',
      columns: ['Who decided', 'Authors'],
      rows: AUTOMATIONS.map((x) => ({ head: AUTOMATION_LABELS[x], cells: [r.bans.byAutomation[x]] })),
      total: { head: 'All bans', cells: [r.bans.total] },
    },
    {
      id: 'appeals',
      caption: 'Appeals of decisions (Art. 20)',
      columns: ['Appeals', 'Count'],
      rows: [
        { head: 'Received from authors', cells: [r.appeals.received.byAppellant.author] },
        { head: 'Received from notifiers', cells: [r.appeals.received.byAppellant.notifier] },
        { head: 'Received in all', cells: [r.appeals.received.total] },
        { head: 'Decided: decision kept', cells: [r.appeals.decided.byOutcome.uphold] },
        { head: 'Decided: decision reversed', cells: [r.appeals.decided.byOutcome.reverse] },
        { head: 'Decided in all', cells: [r.appeals.decided.total] },
      ],
    },
  ];
}

/** A UTC day as the API takes it (`yyyy-mm-dd`). */
export const utcDay = (at: Date | number): string => new Date(at).toISOString().slice(0, 10);

/** The view's first period: the last `days` UTC days, today included. */
export function defaultPeriod(now: Date, days = 30): Period {
  return { from: utcDay(now.getTime() - (days - 1) * 86_400_000), to: utcDay(now) };
}

/** Which field of the period form an API detail concerns (`query.to` → `to`), or null. */
export function periodField(path: string): keyof Period | null {
  const last = path.split('.').at(-1);
  return last === 'from' || last === 'to' ? last : null;
}

/** The names the downloads are saved under. */
export const csvFileName = (p: Period): string => `transparency-${p.from}-${p.to}.csv`;
export const statementsFileName = (p: Period): string => `statements-of-reasons-${p.from}-${p.to}.jsonl`;

/** A UTC day in words for headings (`2026-05-01` → `1 May 2026`), as the API's days are UTC. */
export function dayInWords(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? day
    : formatDate(d, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A period's two fields. */
export type PeriodField = 'from' | 'to';

/** Whether `day` is a calendar day written `yyyy-mm-dd` (`2026-02-30` is not). */
const isDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** `day` and `n` more days, as `yyyy-mm-dd`. */
const plusDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * What is wrong with a period, by field, in the admin's words: the API's own rules (two days, the last
 * not before the first, at most `MAX_PERIOD_DAYS`), checked before the period is asked for. Empty when
 * nothing is.
 */
export function periodProblems(p: Period): Partial<Record<PeriodField, string>> {
  const problems: Partial<Record<PeriodField, string>> = {};
  if (!isDay(p.from)) problems.from = 'Enter the first day of the period.';
  if (!isDay(p.to)) problems.to = 'Enter the last day of the period.';
  if (problems.from || problems.to) return problems;
  const breach = periodBreach(p.from, p.to);
  if (breach === 'reversed')
    return { to: `The last day must not be before the first day, ${dayInWords(p.from)}.` };
  if (breach === 'too_long')
    return {
      to: `A period covers at most ${MAX_PERIOD_DAYS} days: the last day can be ${dayInWords(plusDays(p.from, MAX_PERIOD_DAYS - 1))} at the latest.`,
    };
  return {};
}
