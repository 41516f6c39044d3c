/**
 * The transparency report (EU Digital Services Act, Art. 15 and 24): what one audited event adds to its
 * day's counters, and how days sum back into the report. The counter names are written and read here
 * only, so storage adds numbers it does not interpret and the use case parses nothing.
 *
 * Counting is a pure function of an audit event and what the write that made it knew (the statement of
 * reasons it issued, the notice it decided): anything that writes an audit event passes it through
 * `transparencyCounters` in the same transaction, so the report always equals a recount of the trail.
 * Two facts have no event on a comment's trail and their own helpers: a notice received
 * (`noticeReceivedCounters`) and a ban (`banCounters`). Warnings and suspensions (Art. 23) are counted from
 * the events on their proposal's trail (`suspensionCounters`).
 */
import * as z from '../zod';
import type { CommentStatus } from './comment';
import { histogramPercentile, ttdBucket } from './decision-stats';
import { NOTICE_CATEGORIES, type NoticeCategory } from './notice-categories';
import { REJECT_REASONS, type RejectReason } from './reasons';
import { SUSPENSION_KINDS, suspensionKindOf, type AbuseKind } from './repeat-abuse';
import type { NoticeRef, StatementOfReasons } from './statement';

export const NOTICE_OUTCOMES = ['remove', 'keep'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];
export const RESTRICTIONS = ['not_published', 'removed'] as const;
/**
 * Who detected and who decided: `automated` (the automatic checks did both), `automated_detection` (the
 * checks held the comment for its content, a person decided), `human` (a person did both: a notice, reader
 * reports, a ban, a moderator's own look).
 */
export const AUTOMATION = ['automated', 'automated_detection', 'human'] as const;
export type Automation = (typeof AUTOMATION)[number];
export const APPELLANTS = ['author', 'notifier'] as const;
export const APPEAL_OUTCOMES = ['uphold', 'reverse'] as const;

/** The day (`yyyy-mm-dd`, UTC) an event counts in. */
export const dayOf = (at: string | Date | number): string => new Date(at).toISOString().slice(0, 10);

/** The fields of an audit event counting reads; `appellant` and `outcome` come with appeal events. */
export interface CountedEvent {
  at: string;
  action: string;
  from: CommentStatus | null;
  to: CommentStatus;
  noticeId?: string | undefined;
  /** Set on an appeal's events and on the move a reversal makes. */
  appealId?: string | undefined;
  appellant?: (typeof APPELLANTS)[number] | undefined;
  outcome?: (typeof APPEAL_OUTCOMES)[number] | undefined;
}

/** What the write that made the event knew beside it. */
export interface CountingContext {
  /** The statement of reasons the event's move issued (a move into `rejected`). */
  statement?: Pick<StatementOfReasons, 'restriction' | 'automated' | 'ground'> | undefined;
  /** The notice the event decided: its category and when it was received. */
  notice?: { category: NoticeCategory; receivedAt: string } | undefined;
}

/** Who detected and who decided a restriction, from its statement of reasons' `automated`. */
export const automationOf = (a: StatementOfReasons['automated']): Automation =>
  a.decision ? 'automated' : a.detection ? 'automated_detection' : 'human';

/** `remove` or `keep` when the event decided a notice, else null (an appeal may name a notice too). */
function noticeOutcomeOf(e: CountedEvent): NoticeOutcome | null {
  // A reversal on a notifier's appeal removes the comment on the notice's grounds, but the notice was
  // decided (and counted) once already; the report counts the reversal among the appeals.
  if (e.appealId !== undefined) return null;
  if (e.action === 'notice_keep') return 'keep';
  if (e.action === 'notice_remove') return 'remove';
  return e.noticeId !== undefined && e.to === 'rejected' && e.from !== 'rejected' ? 'remove' : null;
}

/** The counters one audit event adds to its day (`dayOf(event.at)`), each by one; often none. */
export function transparencyCounters(event: CountedEvent, ctx: CountingContext = {}): string[] {
  const names: string[] = [];
  const s = ctx.statement;
  // Every move into `rejected` issues a statement; nothing leads from `rejected` to `rejected`.
  if (s && event.to === 'rejected' && event.from !== 'rejected')
    names.push(`action.${s.restriction}.${s.ground.reason}.${automationOf(s.automated)}`);
  const outcome = noticeOutcomeOf(event);
  if (outcome && ctx.notice) {
    const seconds = (Date.parse(event.at) - Date.parse(ctx.notice.receivedAt)) / 1000;
    names.push(`notice.decided.${ctx.notice.category}.${outcome}`, `notice.ttd.${ttdBucket(seconds)}`);
  }
  if (event.action === 'appeal_received' && event.appellant) names.push(`appeal.received.${event.appellant}`);
  if (event.action === 'appeal_decided' && event.outcome) names.push(`appeal.decided.${event.outcome}`);
  return names;
}

/**
 * The counters of a comment's move (`applyTransition`'s audit event), with the statement of reasons it
 * issued and the notice it decided as context: what the comment's transaction adds.
 */
export const moveCounters = (
  audit: CountedEvent,
  next: { statement?: StatementOfReasons | undefined },
  change: { notice?: NoticeRef | undefined },
): string[] =>
  transparencyCounters(audit, {
    statement: next.statement,
    notice:
      change.notice?.receivedAt === undefined
        ? undefined
        : { category: change.notice.category, receivedAt: change.notice.receivedAt },
  });

/** A notice received (it has no event on the comment's trail), and whether a trusted flagger sent it. */
export const noticeReceivedCounters = (n: {
  category: NoticeCategory;
  trustedFlagger?: unknown;
}): string[] => [
  `notice.received.${n.category}`,
  ...(n.trustedFlagger === undefined ? [] : ['notice.trusted']),
];

/** An author banned (an account restriction, always a person's decision; not one on a comment's trail). */
export const banCounters = (): string[] => ['ban.human'];

/** A warning or a suspension (Art. 23), from the event a proposal's decision writes; a dismissal counts none. */
export function suspensionCounters(e: { action: string; kind: AbuseKind }): string[] {
  const kind = suspensionKindOf(e.kind);
  if (e.action === 'suspension_suspended') return [`suspension.${kind}`];
  if (e.action === 'suspension_warned') return [`warning.${kind}`];
  return [];
}

const count = z.int().check(z.gte(0));
const countsBy = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), count);
const day = z.iso.date();

/** The report `GET /moderation/transparency` answers (its CSV is `transparency-csv.ts`). */
export const transparencyReportSchema = z.object({
  /** The period, both days included (UTC). */
  from: day,
  to: day,
  notices: z.object({
    received: z.object({ total: count, byCategory: countsBy(NOTICE_CATEGORIES) }),
    /** Notices received from trusted flaggers (Art. 22), counted when each arrived. */
    fromTrustedFlaggers: count,
    decided: z.object({
      total: count,
      byOutcome: countsBy(NOTICE_OUTCOMES),
      byCategory: z.record(z.enum(NOTICE_CATEGORIES), countsBy(NOTICE_OUTCOMES)),
    }),
    /** From receipt to decision; the median is the upper bound of its log-scale bucket (≤ 19% above). */
    timeToDecision: z.object({ samples: count, medianSeconds: z.nullable(z.int()) }),
  }),
  /** Rejections (`not_published`) and removals of published comments, each with a statement of reasons. */
  actions: z.object({
    total: count,
    byRestriction: countsBy(RESTRICTIONS),
    byReason: countsBy(REJECT_REASONS),
    byAutomation: countsBy(AUTOMATION),
    /** Every non-empty cell of restriction × reason × automation. */
    cells: z.array(
      z.object({
        restriction: z.enum(RESTRICTIONS),
        reason: z.enum(REJECT_REASONS),
        automation: z.enum(AUTOMATION),
        count,
      }),
    ),
  }),
  bans: z.object({ total: count, byAutomation: countsBy(AUTOMATION) }),
  /**
   * Art. 23 suspensions decided in the period, by kind (Art. 24(1)(b): for manifestly illegal content, for
   * manifestly unfounded notices), and the warnings that must come before them.
   */
  suspensions: z.object({
    total: count,
    byKind: countsBy(SUSPENSION_KINDS),
    warnings: z.object({ total: count, byKind: countsBy(SUSPENSION_KINDS) }),
  }),
  appeals: z.object({
    received: z.object({ total: count, byAppellant: countsBy(APPELLANTS) }),
    decided: z.object({ total: count, byOutcome: countsBy(APPEAL_OUTCOMES) }),
  }),
});
export type TransparencyReport = z.infer<typeof transparencyReportSchema>;

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const member = <K extends string>(keys: readonly K[], v: string | undefined): v is K =>
  v !== undefined && (keys as readonly string[]).includes(v);

/** The days' counters (any number of items per day) summed into the report for `from`..`to`. */
export function summarizeTransparency(
  days: readonly Readonly<Record<string, number>>[],
  from: string,
  to: string,
): TransparencyReport {
  const r: TransparencyReport = {
    from,
    to,
    notices: {
      received: { total: 0, byCategory: zeros(NOTICE_CATEGORIES) },
      fromTrustedFlaggers: 0,
      decided: {
        total: 0,
        byOutcome: zeros(NOTICE_OUTCOMES),
        byCategory: Object.fromEntries(NOTICE_CATEGORIES.map((c) => [c, zeros(NOTICE_OUTCOMES)])) as Record<
          NoticeCategory,
          Record<NoticeOutcome, number>
        >,
      },
      timeToDecision: { samples: 0, medianSeconds: null },
    },
    actions: {
      total: 0,
      byRestriction: zeros(RESTRICTIONS),
      byReason: zeros(REJECT_REASONS),
      byAutomation: zeros(AUTOMATION),
      cells: [],
    },
    bans: { total: 0, byAutomation: zeros(AUTOMATION) },
    suspensions: {
      total: 0,
      byKind: zeros(SUSPENSION_KINDS),
      warnings: { total: 0, byKind: zeros(SUSPENSION_KINDS) },
    },
    appeals: {
      received: { total: 0, byAppellant: zeros(APPELLANTS) },
      decided: { total: 0, byOutcome: zeros(APPEAL_OUTCOMES) },
    },
  };
  const ttd = new Map<number, number>();
  const cells = new Map<string, number>();
  for (const d of days) {
    for (const [name, n] of Object.entries(d)) addCounter(r, ttd, cells, name.split('.'), n);
  }
  r.notices.timeToDecision = {
    samples: [...ttd.values()].reduce((a, b) => a + b, 0),
    medianSeconds: histogramPercentile(ttd, 0.5),
  };
  r.actions.cells = [...cells]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => {
      const [restriction, reason, automation] = key.split('.') as [
        (typeof RESTRICTIONS)[number],
        RejectReason,
        Automation,
      ];
      return { restriction, reason, automation, count: n };
    });
  return r;
}

/** Adds one counter (its name split at the dots) to the report; a name it does not know is left out. */
function addCounter(
  r: TransparencyReport,
  ttd: Map<number, number>,
  cells: Map<string, number>,
  [kind, a, b, c]: string[],
  n: number,
) {
  const notices = r.notices;
  if (kind === 'notice' && a === 'received' && member(NOTICE_CATEGORIES, b)) {
    notices.received.total += n;
    notices.received.byCategory[b] += n;
  } else if (
    kind === 'notice' &&
    a === 'decided' &&
    member(NOTICE_CATEGORIES, b) &&
    member(NOTICE_OUTCOMES, c)
  ) {
    notices.decided.total += n;
    notices.decided.byOutcome[c] += n;
    notices.decided.byCategory[b][c] += n;
  } else if (kind === 'notice' && a === 'trusted' && b === undefined) {
    notices.fromTrustedFlaggers += n;
  } else if (kind === 'notice' && a === 'ttd' && b !== undefined && /^\d+$/.test(b)) {
    ttd.set(Number(b), (ttd.get(Number(b)) ?? 0) + n);
  } else if (
    kind === 'action' &&
    member(RESTRICTIONS, a) &&
    member(REJECT_REASONS, b) &&
    member(AUTOMATION, c)
  ) {
    r.actions.total += n;
    r.actions.byRestriction[a] += n;
    r.actions.byReason[b] += n;
    r.actions.byAutomation[c] += n;
    cells.set(`${a}.${b}.${c}`, (cells.get(`${a}.${b}.${c}`) ?? 0) + n);
  } else if (kind === 'ban' && member(AUTOMATION, a)) {
    r.bans.total += n;
    r.bans.byAutomation[a] += n;
  } else if (kind === 'suspension' && member(SUSPENSION_KINDS, a)) {
    r.suspensions.total += n;
    r.suspensions.byKind[a] += n;
  } else if (kind === 'warning' && member(SUSPENSION_KINDS, a)) {
    r.suspensions.warnings.total += n;
    r.suspensions.warnings.byKind[a] += n;
  } else if (kind === 'appeal' && a === 'received' && member(APPELLANTS, b)) {
    r.appeals.received.total += n;
    r.appeals.received.byAppellant[b] += n;
  } else if (kind === 'appeal' && a === 'decided' && member(APPEAL_OUTCOMES, b)) {
    r.appeals.decided.total += n;
    r.appeals.decided.byOutcome[b] += n;
  }
}
