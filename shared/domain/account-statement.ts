/**
 * The statement of reasons of an account restriction under Art. 23 (EU Digital Services Act; Art. 17(1)(c)
 * asks for one): a warning, or a time-limited suspension of posting comments (an author) or of the
 * processing of notices (a notifier). The same parts as a comment's statement (`statement.ts`): what is
 * restricted and until when, the facts, whether machines took part, the ground and the redress. Built
 * once, when a moderator decides, and never recomputed.
 */
import * as z from '../zod';
import { newId } from '../ids';
import { strikeSchema, type AbuseKind, type Strike } from './repeat-abuse';
import { APPEAL_MONTHS, addMonths, plainDate, statementOfReasonsSchema } from './statement';

/** What is restricted: nothing yet (a warning), posting comments, or the processing of notices. */
export const ACCOUNT_RESTRICTIONS = ['warning', 'posting_suspended', 'notices_suspended'] as const;
export type AccountRestriction = (typeof ACCOUNT_RESTRICTIONS)[number];

/** The provisions each kind of person is restricted under. */
export const ART_23: Record<AbuseKind, string> = {
  author: 'EU Digital Services Act, Art. 23(1): frequently providing manifestly illegal content',
  notifier: 'EU Digital Services Act, Art. 23(2): frequently submitting manifestly unfounded notices',
};

export const accountStatementSchema = z.object({
  id: z.string(),
  decidedAt: z.iso.datetime(),
  restriction: z.enum(ACCOUNT_RESTRICTIONS),
  /** When the suspension ends by itself; null for a warning. */
  until: z.nullable(z.iso.datetime()),
  /** Plain sentences: what was counted, over which period, after which warning; never who decided. */
  facts: z.string(),
  /** The counting flagged the person automatically; a moderator decided. */
  automated: z.object({ detection: z.boolean(), decision: z.boolean() }),
  ground: z.object({
    kind: z.literal('repeat_abuse'),
    law: z.string(),
    /** The site's own clause on repeat abuse, as the policy worded it at the time of the decision. */
    clause: z.string(),
  }),
  redress: statementOfReasonsSchema.shape.redress,
  /** The decisions counted: each notice and the comment it was about. */
  counted: z.array(strikeSchema),
});
export type AccountStatement = z.infer<typeof accountStatementSchema>;

/**
 * The redress of an account restriction: the appeals of `appeals.ts` are about one comment or one notice,
 * so a review of a restriction is asked of the site (its internal complaint handling, Art. 20) naming the
 * statement; then the out-of-court bodies and the courts, as for any decision.
 */
export function accountRedressFrom(at: Date): AccountStatement['redress'] {
  const until = addMonths(at, APPEAL_MONTHS);
  return {
    appealUntil: until.toISOString(),
    routes: [
      `Ask the site for a review by a person (a complaint naming this statement) until ${plainDate(until)}.`,
      'Refer the decision to a certified out-of-court dispute settlement body.',
      'Take the matter to the courts.',
    ],
  };
}

/** What a warning or a suspension was decided on. */
export interface AccountDecisionFacts {
  kind: AbuseKind;
  now: Date;
  /** Null for a warning. */
  until: Date | null;
  /** The strikes weighed: the window's, not yet weighed by an earlier decision. */
  counted: readonly Strike[];
  /** The warning a suspension follows. */
  warnedAt: string | null;
  /** The site's clause (policy `repeatAbuse.clauses`). */
  clause: string;
}

const span = (counted: readonly Strike[]) => {
  const days = counted.map((s) => plainDate(new Date(s.at)));
  const [first, last] = [days[0], days[days.length - 1]];
  return first === last ? `on ${first}` : `between ${first} and ${last}`;
};

/** The facts of a warning or a suspension, in plain sentences (a moderator, never who). */
function accountFacts(f: AccountDecisionFacts): string {
  const n = f.counted.length;
  const what =
    f.kind === 'author'
      ? `${n} of your comments ${n === 1 ? 'was' : 'were'} removed as illegal content, each on a notice`
      : `${n} of your notices ${n === 1 ? 'was' : 'were'} found manifestly unfounded`;
  const counted = `Parley counted that ${what} ${span(f.counted)}, and a moderator looked at them.`;
  const restricted = f.kind === 'author' ? 'posting comments' : 'having your notices processed';
  if (f.until === null)
    return `${counted} This is a warning: if this goes on, you may be suspended from ${restricted} for a time.`;
  const after = f.warnedAt ? `, after a warning on ${plainDate(new Date(f.warnedAt))}` : '';
  return `${counted} You are suspended from ${restricted} until ${plainDate(f.until)}${after}.`;
}

/** The statement of reasons of a warning (`until` null) or a suspension, decided by a moderator now. */
export function accountStatement(f: AccountDecisionFacts): AccountStatement {
  const restriction: AccountRestriction =
    f.until === null ? 'warning' : f.kind === 'author' ? 'posting_suspended' : 'notices_suspended';
  return {
    id: newId(f.now.getTime()),
    decidedAt: f.now.toISOString(),
    restriction,
    until: f.until?.toISOString() ?? null,
    facts: accountFacts(f),
    // The count flagged the person (automated detection); a person decided.
    automated: { detection: true, decision: false },
    ground: { kind: 'repeat_abuse', law: ART_23[f.kind], clause: f.clause },
    redress: accountRedressFrom(f.now),
    counted: [...f.counted],
  };
}

/** What the person sees of their own restrictions: the latest warning and suspension, each or null. */
export const accountViewSchema = z.object({
  warning: z.nullable(accountStatementSchema),
  suspension: z.nullable(accountStatementSchema),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/** The view of a record's statements; undefined when there are none (the field is then left out). */
export const accountViewOf = (
  r: { warning?: AccountStatement; suspension?: AccountStatement } | null,
): AccountView | undefined =>
  r?.warning || r?.suspension ? { warning: r.warning ?? null, suspension: r.suspension ?? null } : undefined;
