/**
 * Appeals against moderation decisions (EU Digital Services Act, Art. 20): the stored record, the rules
 * (which decisions may be appealed, until when, once each, and who may review one) as pure functions, and
 * the views the appellant and moderators get. An author appeals the rejection of their comment; a notifier
 * appeals a decision to keep the comment they gave notice of. A person reviews each appeal once: `uphold`
 * leaves the decision as it is, `reverse` undoes it.
 */
import * as z from '../zod';
import { AppealWindowClosedError, NotAppealableError, SameDeciderError } from '../errors';
import type { CommentRecord } from './comment';
import type { NoticeRecord } from './notice';
import type { NoticeCategory } from './notice-categories';
import { addMonths, redressFrom } from './statement';
import { userText } from './text';

/**
 * `withdrawn`: its author deleted or erased the comment while the appeal was open. It leaves the queue
 * undecided (nobody reviews an empty card, and the transparency report counts no decision for it).
 */
export const APPEAL_STATUSES = ['received', 'decided', 'withdrawn'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['uphold', 'reverse'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
export const APPELLANTS = ['author', 'notifier'] as const;
export type Appellant = (typeof APPELLANTS)[number];

/** The least an appeal can say: a reason the decision is wrong, not a word. */
export const APPEAL_EXPLANATION_MIN = 10;
export const APPEAL_EXPLANATION_MAX = 4000;

/** POST /comments/{commentId}/appeals and POST /notices/{noticeId}/appeals. */
export const appealInput = z.strictObject({
  explanation: userText({
    min: APPEAL_EXPLANATION_MIN,
    max: APPEAL_EXPLANATION_MAX,
    multiline: true,
    label: 'explanation',
    tooShort: `explanation must be at least ${APPEAL_EXPLANATION_MIN} characters: say why the decision is wrong.`,
  }),
});
export type AppealInput = z.infer<typeof appealInput>;

/** POST /moderation/appeals/{appealId}/decision: the note is the reasoned answer the appellant reads. */
export const appealDecisionInput = z.strictObject({
  action: z.enum(APPEAL_OUTCOMES),
  note: userText({ min: 1, max: 2000, multiline: true, label: 'note' }),
});
export type AppealDecisionInput = z.infer<typeof appealDecisionInput>;

/** How long a decided appeal is kept: as a decided notice, past a yearly transparency report's period. */
export const DECIDED_APPEAL_MONTHS = 18;
/**
 * How long the once-per-decision marker lives after the decision it marks: past the six months of the
 * window (after which no appeal is taken anyway) and the eighteen of a decided appeal.
 */
export const APPEAL_MARKER_MONTHS = 24;

const signatureSchema = z.object({ id: z.string(), name: z.optional(z.string()) });
type Signature = z.infer<typeof signatureSchema>;

/** The decision under appeal, as it stood when the appeal came in. */
export interface AppealedDecision {
  /** A rejection: its statement of reasons (one per rejection, so "once per decision" keys on it). */
  statementId?: string;
  /** A notice kept: the notice (decided once, so it identifies the decision). */
  noticeId?: string;
  /** The notice's category (a reversal removes the comment for it). */
  category?: NoticeCategory;
  /** The public reject reason, or the notice's category. */
  reason: string;
  decidedAt: string;
  /** Who took it; null when the automatic checks did. */
  by: Signature | null;
  automated: boolean;
}

/** A moderator's decision on an appeal. */
export interface AppealDecision {
  outcome: AppealOutcome;
  /** The reasoned answer, in plain language: shown to the appellant (Art. 20(5)). */
  note: string;
  decidedAt: string;
  by: Signature;
  /** Decided by the admin who took the decision under appeal: a team with a single moderator. */
  selfReview?: true;
}

/** The stored appeal item, minus table keys. */
export interface AppealRecord {
  entity: 'appeal';
  id: string;
  appellant: Appellant;
  commentId: string;
  articleId: string;
  /** The appellant's reasons; erased (empty) with the comment when its author's data is erased. */
  explanation: string;
  appealed: AppealedDecision;
  status: AppealStatus;
  receivedAt: string;
  decision?: AppealDecision;
  /** When its author deleted or erased the comment while it was open (`withdrawn`). */
  withdrawnAt?: string;
  /** Epoch seconds: set when decided or withdrawn, `DECIDED_APPEAL_MONTHS` later (TTL). */
  expiresAt?: number;
}

const epochSeconds = (d: Date) => Math.floor(d.getTime() / 1000);
/** When an appeal decided at `decidedAt` expires (epoch seconds). */
export const decidedAppealExpiry = (decidedAt: Date): number =>
  epochSeconds(addMonths(decidedAt, DECIDED_APPEAL_MONTHS));
/** When the once-per-decision marker of a decision taken at `decidedAt` expires (epoch seconds). */
export const appealMarkerExpiry = (decidedAt: Date): number =>
  epochSeconds(addMonths(decidedAt, APPEAL_MARKER_MONTHS));

/** The window closes at the statement's redress date: six calendar months after the decision. */
function openUntil(decidedAt: string, now: Date): void {
  const until = redressFrom(new Date(decidedAt)).appealUntil;
  if (now.getTime() > Date.parse(until)) throw new AppealWindowClosedError(until.slice(0, 10));
}

/**
 * The rejection an author may appeal: the comment is rejected (by the checks or a person, published
 * before or not, on a notice or not) with a stored statement of reasons, and its six months are not over.
 * `decider` is who moved it into `rejected` (from its audit trail), null for the automatic checks.
 */
export function authorAppealable(
  c: Pick<CommentRecord, 'status' | 'statement'>,
  decider: Signature | null,
  now: Date,
): AppealedDecision {
  const s = c.statement;
  if (c.status !== 'rejected') throw new NotAppealableError('Only a rejected comment can be appealed.');
  // Rejected before statements were stored, or imported: no decision of Parley's to review.
  if (!s) throw new NotAppealableError('This rejection has no statement of reasons to appeal.');
  openUntil(s.decidedAt, now);
  return {
    statementId: s.id,
    ...(s.notice ? { noticeId: s.notice.id, category: s.notice.category } : {}),
    reason: s.ground.reason,
    decidedAt: s.decidedAt,
    by: s.automated.decision ? null : decider,
    automated: s.automated.decision,
  };
}

/** The decision a notifier may appeal: their notice was decided `keep`, less than six months ago. */
export function noticeAppealable(n: Pick<NoticeRecord, 'id' | 'category' | 'decision'>, now: Date) {
  const d = n.decision;
  if (!d) throw new NotAppealableError('The notice has not been decided yet.');
  if (d.action !== 'keep')
    throw new NotAppealableError('The comment was removed on this notice: there is nothing to appeal.');
  openUntil(d.decidedAt, now);
  const appealed: AppealedDecision = {
    noticeId: n.id,
    category: n.category,
    reason: n.category,
    decidedAt: d.decidedAt,
    by: d.by,
    automated: false,
  };
  return appealed;
}

/**
 * Who may decide an appeal: a person other than the one who took the decision under appeal. The original
 * decider is refused, unless they are an admin (a newsroom with a single moderator makes them one): then
 * the decision is a self-review, and the appeal and the audit trail say so.
 */
export function reviewOf(
  appealed: Pick<AppealedDecision, 'by'>,
  reviewer: { id: string; admin: boolean },
): { selfReview: boolean } {
  if (appealed.by?.id !== reviewer.id) return { selfReview: false };
  if (!reviewer.admin) throw new SameDeciderError();
  return { selfReview: true };
}

/**
 * What a reversal does to the comment as it now is: `restore` a rejection still in force (the same
 * statement), `remove` a comment a notifier's appeal was about while it can still be rejected, or
 * `nothing` when it moved meanwhile (edited back into moderation, deleted, already rejected).
 */
export function reversalOf(
  a: Pick<AppealRecord, 'appellant' | 'appealed'>,
  c: Pick<CommentRecord, 'status' | 'statement'> | null,
): 'restore' | 'remove' | 'nothing' {
  if (!c) return 'nothing';
  if (a.appellant === 'author')
    return c.status === 'rejected' && c.statement?.id === a.appealed.statementId ? 'restore' : 'nothing';
  return c.status === 'rejected' || c.status === 'deleted' ? 'nothing' : 'remove';
}

/** What the appellant sees: the appeal's state and, once decided, the outcome and the reviewer's note. */
export const appealViewSchema = z.object({
  id: z.string(),
  status: z.enum(APPEAL_STATUSES),
  receivedAt: z.iso.datetime(),
  outcome: z.optional(z.enum(APPEAL_OUTCOMES)),
  decidedAt: z.optional(z.iso.datetime()),
  /** The reviewer's answer in plain language. */
  note: z.optional(z.string()),
});
export type AppealView = z.infer<typeof appealViewSchema>;

export const toAppealView = (a: AppealRecord): AppealView => ({
  id: a.id,
  status: a.status,
  receivedAt: a.receivedAt,
  ...(a.decision
    ? { outcome: a.decision.outcome, decidedAt: a.decision.decidedAt, note: a.decision.note }
    : {}),
});

/** The receipt of a new appeal (202). */
export const appealReceiptSchema = z.object({
  appeal: z.object({ id: z.string(), status: z.literal('received'), receivedAt: z.iso.datetime() }),
});

/** What moderators see of an appeal (the queue and the decision's answer). */
export const moderatorAppealSchema = z.object({
  id: z.string(),
  appellant: z.enum(APPELLANTS),
  commentId: z.string(),
  explanation: z.string(),
  status: z.enum(APPEAL_STATUSES),
  receivedAt: z.iso.datetime(),
  /** The decision under appeal: whose (null: the automatic checks), when, on what. */
  appealed: z.object({
    statementId: z.nullable(z.string()),
    noticeId: z.nullable(z.string()),
    reason: z.string(),
    decidedAt: z.iso.datetime(),
    by: z.nullable(signatureSchema),
    automated: z.boolean(),
  }),
  decision: z.nullable(
    z.object({
      outcome: z.enum(APPEAL_OUTCOMES),
      note: z.string(),
      decidedAt: z.iso.datetime(),
      by: signatureSchema,
      selfReview: z.optional(z.literal(true)),
    }),
  ),
});
export type ModeratorAppeal = z.infer<typeof moderatorAppealSchema>;

export const toModeratorAppeal = (a: AppealRecord): ModeratorAppeal => ({
  id: a.id,
  appellant: a.appellant,
  commentId: a.commentId,
  explanation: a.explanation,
  status: a.status,
  receivedAt: a.receivedAt,
  appealed: {
    statementId: a.appealed.statementId ?? null,
    noticeId: a.appealed.noticeId ?? null,
    reason: a.appealed.reason,
    decidedAt: a.appealed.decidedAt,
    by: a.appealed.by,
    automated: a.appealed.automated,
  },
  decision: a.decision ? { ...a.decision } : null,
});
