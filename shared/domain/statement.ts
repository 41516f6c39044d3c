/**
 * The statement of reasons (EU Digital Services Act, Art. 17) stored on a comment when it is rejected:
 * what was restricted, the facts, whether machines detected or decided it, the site's clause it breached
 * and the redress open to the author. Built once by `applyTransition` at the move into `rejected`, never
 * recomputed on read, so a later rewording of the site's clauses leaves earlier statements as they were.
 */
import * as z from '../zod';
import { newId } from '../ids';
import type { DecisionRecord } from '../moderation/types';
import type { CommentRecord } from './comment';
import { NOTICE_CATEGORIES, type NoticeCategory } from './notice-categories';
import { REJECT_REASONS, type RejectReason } from './reasons';
import { statementFacts } from './statement-facts';

export const statementOfReasonsSchema = z.object({
  id: z.string(),
  decidedAt: z.iso.datetime(),
  /** `not_published`: rejected while not visible; `removed`: taken down while it was published. */
  restriction: z.enum(['not_published', 'removed']),
  /** One or two plain sentences: which checks or a moderator (never who), and any reader reports. */
  facts: z.string(),
  /** Whether automatic means detected the content, and whether they took the decision. */
  automated: z.object({ detection: z.boolean(), decision: z.boolean() }),
  ground: z.object({
    kind: z.literal('terms'),
    reason: z.enum(REJECT_REASONS),
    /** The site's clause for the reason, as the policy worded it at the time of the decision. */
    clause: z.string(),
  }),
  redress: z.object({
    /** The author may ask for a review by a person until then: six months after the decision. */
    appealUntil: z.iso.datetime(),
    routes: z.array(z.string()),
  }),
  /** The notice of illegal content (Art. 16) the removal was decided on, never who sent it. */
  notice: z.optional(
    z.object({
      id: z.string(),
      category: z.enum(NOTICE_CATEGORIES),
      /** The legal or contractual ground the moderator stated when deciding the notice. */
      ground: z.string(),
    }),
  ),
  /** The appeal (Art. 20) whose reversal took this decision: a notifier's appeal of a notice kept. */
  appeal: z.optional(z.object({ id: z.string() })),
});
export type StatementOfReasons = z.infer<typeof statementOfReasonsSchema>;

/** The site's clause for each public reject reason (the policy's `statementGrounds`). */
export type StatementGrounds = Readonly<Record<RejectReason, string>>;

/** What a rejection tells the statement beyond the comment as it was before the move. */
export interface RejectionFacts {
  now: Date;
  actor: 'system' | 'moderator' | 'author';
  /** The public reject reason the move records. */
  reason: string;
  /** The automatic decision of this move (the automatic checks' rejection). */
  decision?: DecisionRecord | undefined;
  /** The site's clauses as the policy words them now. */
  grounds: StatementGrounds;
  /** The rejection follows a ban of the author. */
  authorBanned?: boolean | undefined;
  /** The rejection decides a notice of illegal content. */
  notice?: NoticeRef | undefined;
  /** The rejection reverses, on appeal, a decision to keep the comment. */
  appeal?: AppealRef | undefined;
}

/** An appeal a decision is taken on, as the statement and the audit trail name it. */
export interface AppealRef {
  id: string;
}

/** A notice a decision is taken on, as the statement and the audit trail name it. */
export interface NoticeRef {
  id: string;
  category: NoticeCategory;
  ground: string;
  /** When the notice was received: the transparency report's time to decision (not in the statement). */
  receivedAt?: string;
}

/** The rejection follows a ban of the author: a moderator's ban, or the checks refusing a banned author. */
export const followsBan = (f: Pick<RejectionFacts, 'authorBanned' | 'decision'>): boolean =>
  f.authorBanned === true || (f.decision?.tags.includes('author_banned') ?? false);

/** How long an author may ask for a person to review a decision (DSA Art. 20: at least six months). */
export const APPEAL_MONTHS = 6;

/**
 * Hold reasons that say nothing about the content: the comment was held for where, when or by whom it
 * was posted (docs/moderation.md), so a moderator's rejection of it was not prompted by any detection.
 */
const PROCEDURAL_HOLDS: ReadonlySet<string> = new Set([
  'pre_moderation',
  'new_commenter',
  'comments_closed',
  'human_review',
]);

const isRejectReason = (r: string): r is RejectReason => (REJECT_REASONS as readonly string[]).includes(r);

/**
 * The automatic checks flagged the content of a comment awaiting a moderator: one of them held (or would
 * have rejected) it for what it says. Checks on another text (a comment edited back to `received`) and
 * reader reports (people, not automatic means) do not count.
 */
export const detectedByChecks = (prev: Pick<CommentRecord, 'status' | 'decision'>): boolean =>
  prev.status === 'pending' &&
  (prev.decision?.checks.some((c) => c.outcome !== 'pass' && !PROCEDURAL_HOLDS.has(c.reason ?? '')) ?? false);

/**
 * The `automated` rule: the automatic checks' own rejection is automated in detection and decision; a
 * moderator's (or a ban's) rejection is a human decision, detected automatically only when the checks held
 * the comment for its content (`detectedByChecks`).
 */
export const automatedOf = (
  prev: Pick<CommentRecord, 'status' | 'decision'>,
  actor: RejectionFacts['actor'],
): StatementOfReasons['automated'] =>
  actor === 'system'
    ? { detection: true, decision: true }
    : { detection: detectedByChecks(prev), decision: false };

/** `months` calendar months after `from`, on the month's last day when it is shorter (31 Aug → 28 Feb). */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

let plainDates: Intl.DateTimeFormat | undefined;
/** A date as a reader writes it, in UTC: `2 September 2026` (the formatter made on first use, not at start-up). */
export const plainDate = (d: Date) =>
  (plainDates ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })).format(d);

/**
 * The redress open to the author (or, for a notice, the notifier) of a decision taken at `at`. Without
 * `appeal` (a notifier whose notice led to a removal: nothing for them to appeal) the routes leave the
 * review by a person out; `appealUntil` still says when the six months end.
 */
export function redressFrom(at: Date, appeal = true): StatementOfReasons['redress'] {
  const until = addMonths(at, APPEAL_MONTHS);
  return {
    appealUntil: until.toISOString(),
    routes: [
      ...(appeal ? [`Ask for a review by a person (appeal) until ${plainDate(until)}.`] : []),
      'Refer the decision to a certified out-of-court dispute settlement body.',
      'Take the matter to the courts.',
    ],
  };
}

/** The statement of reasons for moving `prev` into `rejected` (the clock comes in `facts`). */
export function buildStatement(prev: CommentRecord, facts: RejectionFacts): StatementOfReasons {
  const reason: RejectReason = isRejectReason(facts.reason) ? facts.reason : 'other';
  const restriction = prev.status === 'approved' ? 'removed' : 'not_published';
  const automated = automatedOf(prev, facts.actor);
  return {
    id: newId(facts.now.getTime()),
    decidedAt: facts.now.toISOString(),
    restriction,
    facts: statementFacts({
      restriction,
      reason,
      byChecks: facts.actor === 'system',
      decision: facts.actor === 'system' ? facts.decision : prev.decision,
      detected: automated.detection,
      reports: prev.openFlags ?? 0,
      authorBanned: followsBan(facts),
      noticeCategory: facts.notice?.category,
      onAppeal: facts.appeal !== undefined,
    }),
    automated,
    ground: { kind: 'terms', reason, clause: facts.grounds[reason] },
    redress: redressFrom(facts.now),
    ...(facts.notice
      ? { notice: { id: facts.notice.id, category: facts.notice.category, ground: facts.notice.ground } }
      : {}),
    ...(facts.appeal ? { appeal: { id: facts.appeal.id } } : {}),
  };
}
