/**
 * Statements of reasons for the Commission's DSA Transparency Database (Art. 24(5)): the entry kept for
 * each statement issued (`StatementEntry`, written with the rejection that issued it) and its rendering
 * in the database's submission fields (`toDsaStatement`). Field names and enum values follow the
 * database's statement API (checked against its source, app/Http/Requests/StatementStoreRequest.php,
 * June 2026); docs/trust-and-safety.md says to check them again before submitting.
 *
 * Nothing personal goes in: no comment text, no author id, name, e-mail or network; the statement's facts
 * name checks and "a moderator", never a person. `puid` is the comment id and the version the decision
 * produced.
 */
import * as z from '../zod';
import type { CommentRecord } from './comment';
import { NOTICE_CATEGORIES, type NoticeCategory } from './notice-categories';
import { REJECT_REASONS, type RejectReason } from './reasons';
import { addMonths, followsBan, type RejectionFacts, type StatementOfReasons } from './statement';

/**
 * How long a statement's entry is kept: long past its submission to the database, which is due without
 * undue delay, and past the six months of redress. It then expires by TTL.
 */
export const STATEMENT_ENTRY_MONTHS = 18;

/** The entry kept for one statement of reasons, in the day of its decision; nothing personal. */
export interface StatementEntry {
  entity: 'statement-entry';
  commentId: string;
  /** The comment version the rejection produced (the decision's sequence number on that comment). */
  version: number;
  /** When the comment was posted (the database's `content_date`). */
  postedAt: string;
  /** The rejection came with a ban of the author (an account restriction). */
  accountSuspended: boolean;
  statement: StatementOfReasons;
  /** Epoch seconds, `STATEMENT_ENTRY_MONTHS` after the decision (TTL). */
  expiresAt: number;
}

/** The entry of the statement a move issued: `next` is the comment as the move left it; null if none. */
export function statementEntryOf(
  next: Pick<CommentRecord, 'id' | 'version' | 'createdAt' | 'statement'>,
  change: Pick<RejectionFacts, 'authorBanned' | 'decision'>,
): StatementEntry | null {
  const s = next.statement;
  if (!s) return null;
  return {
    entity: 'statement-entry',
    commentId: next.id,
    version: next.version,
    postedAt: next.createdAt,
    accountSuspended: followsBan(change),
    statement: s,
    expiresAt: Math.floor(addMonths(new Date(s.decidedAt), STATEMENT_ENTRY_MONTHS).getTime() / 1000),
  };
}

export const DSA_CATEGORIES = [
  'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
  'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_VIOLENCE',
] as const;
type DsaCategory = (typeof DSA_CATEGORIES)[number];

/** The database's category of a notice's category of illegal content. */
const NOTICE_CATEGORY: Record<NoticeCategory, DsaCategory> = {
  illegal_hate_speech: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  terrorist_content: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  threats_violence: 'STATEMENT_CATEGORY_VIOLENCE',
  privacy_violation: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  defamation: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  intellectual_property: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  scams_fraud: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  child_safety: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  other_illegal: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
};

/** The database's category of a rejection on the site's own terms, by its reason. */
const REASON_CATEGORY: Record<RejectReason, DsaCategory> = {
  spam: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  abuse: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  harassment: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
  hate: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  misinformation: 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  off_topic: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  illegal: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  banned_word: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  other: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
};

const yesNo = z.enum(['Yes', 'No']);
const date = z.iso.date();

/** One statement in the database's submission fields (one line of the export). */
export const dsaStatementSchema = z.object({
  /** The platform's unique id of the statement: `<commentId>-<version>`. */
  puid: z.string().check(z.maxLength(500), z.regex(/^[A-Za-z0-9_-]+$/)),
  /** `REMOVED` for a published comment taken down, `DISABLED` for one never published. */
  decision_visibility: z.array(
    z.enum(['DECISION_VISIBILITY_CONTENT_REMOVED', 'DECISION_VISIBILITY_CONTENT_DISABLED']),
  ),
  /** Present when the rejection came with a ban of the author. */
  decision_account: z.optional(z.literal('DECISION_ACCOUNT_SUSPENDED')),
  decision_ground: z.enum(['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT']),
  illegal_content_legal_ground: z.optional(z.string().check(z.maxLength(500))),
  illegal_content_explanation: z.optional(z.string().check(z.maxLength(2000))),
  incompatible_content_ground: z.optional(z.string().check(z.maxLength(500))),
  incompatible_content_explanation: z.optional(z.string().check(z.maxLength(2000))),
  incompatible_content_illegal: z.optional(yesNo),
  category: z.enum(DSA_CATEGORIES),
  content_type: z.array(z.literal('CONTENT_TYPE_TEXT')),
  content_date: date,
  application_date: date,
  decision_facts: z.string().check(z.maxLength(5000)),
  source_type: z.enum(['SOURCE_ARTICLE_16', 'SOURCE_VOLUNTARY']),
  automated_detection: yesNo,
  automated_decision: z.enum(['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_NOT_AUTOMATED']),
});
export type DsaStatement = z.infer<typeof dsaStatementSchema>;

const upTo = (max: number, s: string) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** A statement's entry in the database's submission fields. */
export function toDsaStatement(e: StatementEntry): DsaStatement {
  const s = e.statement;
  const notice =
    s.notice && (NOTICE_CATEGORIES as readonly string[]).includes(s.notice.category) ? s.notice : null;
  const reason: RejectReason = (REJECT_REASONS as readonly string[]).includes(s.ground.reason)
    ? s.ground.reason
    : 'other';
  const facts = upTo(2000, s.facts);
  return {
    puid: `${e.commentId}-${e.version}`,
    decision_visibility: [
      s.restriction === 'removed'
        ? 'DECISION_VISIBILITY_CONTENT_REMOVED'
        : 'DECISION_VISIBILITY_CONTENT_DISABLED',
    ],
    ...(e.accountSuspended ? { decision_account: 'DECISION_ACCOUNT_SUSPENDED' as const } : {}),
    // A removal on a notice is decided on the law the moderator stated; anything else on the site's terms.
    ...(notice
      ? {
          decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' as const,
          illegal_content_legal_ground: upTo(500, notice.ground),
          illegal_content_explanation: facts,
        }
      : {
          decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT' as const,
          incompatible_content_ground: upTo(500, s.ground.clause),
          incompatible_content_explanation: facts,
          incompatible_content_illegal: reason === 'illegal' ? ('Yes' as const) : ('No' as const),
        }),
    category: notice ? NOTICE_CATEGORY[notice.category] : REASON_CATEGORY[reason],
    content_type: ['CONTENT_TYPE_TEXT'],
    content_date: e.postedAt.slice(0, 10),
    application_date: s.decidedAt.slice(0, 10),
    decision_facts: upTo(5000, s.facts),
    source_type: notice ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
    automated_detection: s.automated.detection ? 'Yes' : 'No',
    automated_decision: s.automated.decision
      ? 'AUTOMATED_DECISION_FULLY'
      : 'AUTOMATED_DECISION_NOT_AUTOMATED',
  };
}
