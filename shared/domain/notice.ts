/**
 * Notices of illegal content (EU Digital Services Act, Art. 16): the stored record and the views of it
 * the notifier and moderators get. A notice names one comment; a moderator decides it (`remove` or
 * `keep`) once, and the notifier follows it with the notice token handed out once at submission.
 */
import * as z from '../zod';
import { accountViewSchema, type AccountView } from './account-statement';
import { appealViewSchema, type AppealView } from './appeal';
import { humanDecisionSchema } from './comment';
import { NOTICE_CATEGORIES, type NoticeCategory } from './notice-categories';
import { addMonths, redressFrom, statementOfReasonsSchema } from './statement';
import { trustedFlaggerRefSchema, type TrustedFlaggerRef } from './trusted-flagger';

export { NOTICE_CATEGORIES, NOTICE_REJECT_REASON, type NoticeCategory } from './notice-categories';

export const NOTICE_STATUSES = ['received', 'decided'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_ACTIONS = ['remove', 'keep'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/**
 * How long a decided notice is kept: past the notifier's six months of redress and a yearly transparency
 * report's period. It then expires by TTL; an open notice waits for its decision.
 */
export const DECIDED_NOTICE_MONTHS = 18;

/** A moderator's decision on a notice. */
export interface NoticeDecision {
  action: NoticeAction;
  /** The legal or contractual ground relied on, as the moderator wrote it (shown to the notifier). */
  ground: string;
  /** Moderators only: never shown to the notifier or the author. */
  note?: string;
  /** Kept, and the notice found manifestly unfounded (counted against a notifier Parley can name, Art. 23). */
  manifestlyUnfounded?: true;
  decidedAt: string;
  by: { id: string; name?: string };
}

/** The stored notice item, minus table keys. */
export interface NoticeRecord {
  entity: 'notice';
  id: string;
  commentId: string;
  articleId: string;
  category: NoticeCategory;
  explanation: string;
  lawOrGround?: string;
  notifierName?: string;
  /** Keyed hash of the notifier's e-mail address (as comments keep theirs); the address is never stored. */
  notifierEmailHash?: string;
  /**
   * The notifier Parley counts (repeat-abuse.ts `notifierOf`): a keyed hash of the address and the network
   * bucket the notice came from, as an author is a name within a network. An address alone is typed, not
   * proven: it would let anyone read, or be counted against, the record of whoever owns it.
   */
  notifierKey?: string;
  /** Sent without a name or without an e-mail address (never by a trusted flagger: its registration names it). */
  anonymous: boolean;
  /** Sent by a trusted flagger (EU DSA Art. 22): it leads the notices queue. */
  trustedFlagger?: TrustedFlaggerRef;
  /** sha256 of the notice token shown once at submission. */
  tokenHash: string;
  status: NoticeStatus;
  receivedAt: string;
  decision?: NoticeDecision;
  /** Epoch seconds: set when decided, `DECIDED_NOTICE_MONTHS` later (TTL). */
  expiresAt?: number;
}

/**
 * When the mark that a notifier sent a notice about a comment expires (epoch seconds): it keeps a copy out
 * of the queue while the notice waits, and a notice waits far less than this.
 */
export const noticeSenderExpiry = (receivedAt: Date): number =>
  Math.floor(addMonths(receivedAt, DECIDED_NOTICE_MONTHS).getTime() / 1000);

/** When a notice decided at `decidedAt` expires (epoch seconds). */
export const decidedNoticeExpiry = (decidedAt: Date): number =>
  Math.floor(addMonths(decidedAt, DECIDED_NOTICE_MONTHS).getTime() / 1000);

const redressSchema = statementOfReasonsSchema.shape.redress;
/** A decision on a notice as both its notifier and moderators see it. */
const noticeDecisionSchema = z.object({
  action: z.enum(NOTICE_ACTIONS),
  ground: z.string(),
  /** Present when a moderator kept the comment and found the notice manifestly unfounded (Art. 23(2)). */
  manifestlyUnfounded: z.optional(z.literal(true)),
  decidedAt: z.iso.datetime(),
});

/** What the notifier sees with the notice token: the status and, once decided, the decision and redress. */
export const noticeViewSchema = z.object({
  id: z.string(),
  commentId: z.string(),
  category: z.enum(NOTICE_CATEGORIES),
  status: z.enum(NOTICE_STATUSES),
  receivedAt: z.iso.datetime(),
  decision: z.nullable(
    z.extend(noticeDecisionSchema, {
      /** The notifier may ask for a review by a person until then (six months), as authors may. */
      redress: redressSchema,
      /**
       * After a removal: when the comment was published again since (its author's appeal reversed the
       * removal, or a moderator overturned it); absent while it stays removed.
       */
      publishedAgainAt: z.optional(z.iso.datetime()),
    }),
  ),
  /** The notifier's appeal of a decision to keep the comment (Art. 20), or null. */
  appeal: z.nullable(appealViewSchema),
  /**
   * The notifier's latest warning and suspension (Art. 23), each with its statement of reasons; left out
   * when there is none (or the notice names no notifier Parley can count: no e-mail address, no flagger).
   */
  account: z.optional(accountViewSchema),
});
export type NoticeView = z.infer<typeof noticeViewSchema>;

/** What moderators see of a notice (the queue and the decision's answer); never the e-mail hash or token. */
export const moderatorNoticeSchema = z.object({
  id: z.string(),
  commentId: z.string(),
  category: z.enum(NOTICE_CATEGORIES),
  explanation: z.string(),
  /** The law or ground the notifier cites, if any. */
  lawOrGround: z.nullable(z.string()),
  notifierName: z.nullable(z.string()),
  anonymous: z.boolean(),
  /** The trusted flagger (EU DSA Art. 22) who sent it, or null. */
  trustedFlagger: z.nullable(trustedFlaggerRefSchema),
  status: z.enum(NOTICE_STATUSES),
  receivedAt: z.iso.datetime(),
  decision: z.nullable(
    z.extend(noticeDecisionSchema, { note: z.optional(z.string()), by: humanDecisionSchema.shape.by }),
  ),
});
export type ModeratorNotice = z.infer<typeof moderatorNoticeSchema>;

export function toNoticeView(
  n: NoticeRecord,
  appeal: AppealView | null = null,
  account?: AccountView,
  publishedAgainAt?: string,
): NoticeView {
  const d = n.decision;
  return {
    id: n.id,
    commentId: n.commentId,
    category: n.category,
    status: n.status,
    receivedAt: n.receivedAt,
    decision: d
      ? {
          action: d.action,
          ground: d.ground,
          ...(d.manifestlyUnfounded ? { manifestlyUnfounded: true as const } : {}),
          decidedAt: d.decidedAt,
          // Only a decision to keep leaves its notifier something to appeal (Art. 20).
          redress: redressFrom(new Date(d.decidedAt), d.action === 'keep'),
          ...(d.action === 'remove' && publishedAgainAt ? { publishedAgainAt } : {}),
        }
      : null,
    appeal,
    ...(account ? { account } : {}),
  };
}

export const toModeratorNotice = (n: NoticeRecord): ModeratorNotice => ({
  id: n.id,
  commentId: n.commentId,
  category: n.category,
  explanation: n.explanation,
  lawOrGround: n.lawOrGround ?? null,
  notifierName: n.notifierName ?? null,
  anonymous: n.anonymous,
  trustedFlagger: n.trustedFlagger ?? null,
  status: n.status,
  receivedAt: n.receivedAt,
  decision: n.decision ? { ...n.decision } : null,
});
