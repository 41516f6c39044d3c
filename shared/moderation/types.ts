/**
 * The contract between the moderation pipeline and its checks. A check is a pure function of the
 * comment and a small read-only context; it returns `pass` or a verdict with its evidence.
 */
import type { DecisionRecordView } from '../domain/responses';
import type { Policy } from './policy';
import type { CopiedText } from '../domain/copied-text';

/** What a check may decide; nothing approves on its own (every check passing approves). */
export type Verdict = 'hold' | 'reject';

/** One piece of evidence: what matched, where, and any number behind it. Moderators only. */
export interface Evidence {
  /** e.g. `term`, `link`, `length`, `category` */
  kind: string;
  /** What matched (the term, the URL, the category name). */
  value: string;
  /** Where in the text, when meaningful: [start, end) UTF-16 offsets. */
  span?: [number, number];
  score?: number;
  detail?: string;
}

export type CheckResult =
  | { outcome: 'pass'; score?: number; evidence?: Evidence[] }
  | {
      outcome: Verdict;
      /** Public reason code (one of REJECT_REASONS for rejections, e.g. `banned_word`, `spam`). */
      reason: string;
      score?: number;
      evidence: Evidence[];
      /** Extra tags for the decision, e.g. `degraded` when a provider failed. */
      tags?: string[];
    };

/** The comment fields checks may read. */
export interface ModeratedComment {
  id: string;
  articleId: string;
  parentId: string | null;
  authorId: string;
  authorName: string;
  body: string;
  networkHash: string;
  createdAt: string;
  /**
   * The last human decision on this comment, when there was one. A comment a moderator rejected and the
   * author then edited never goes back to publication without a human (see `human-decision`).
   */
  humanDecision?: { action: 'approve' | 'reject' };
}

export interface ArticleSettings {
  /** Per-article override of the site mode; null inherits the policy's mode. */
  mode: 'pre' | 'post' | null;
  closed: boolean;
}

export interface AuthorHistory {
  approved: number;
  rejected: number;
  banned: boolean;
}

/** One of the author's other comments, as the repeat-post check needs it. */
export interface RecentComment {
  id: string;
  body: string;
  /** ISO-8601 UTC. */
  createdAt: string;
}

/**
 * Recent activity around the comment, read by the consumer before the checks run (two small Queries:
 * the author's latest comments, and the network bucket's counter). Counts never include the comment
 * being moderated. Feeds the repeat-post and flood checks.
 */
export interface RecentActivity {
  /**
   * The author's other comments, newest first, at most ~20, reaching back at least as far as the
   * largest window that uses them (the policy's `repeatWindowMinutes`, and 10 minutes). The comment
   * being moderated may be included; checks skip it by id.
   */
  authorComments: readonly RecentComment[];
  /** Comments by this author created in the 10 minutes before `now`, not counting this one. */
  authorCount10m: number;
  /** Comments from this network bucket (`networkHash`) in the 10 minutes before `now`, not counting this one. */
  networkCount10m: number;
  /** Who else posted this text lately, and a moderator's rejection of it; absent for a short text. */
  copiedText?: CopiedText;
}

export interface CheckContext {
  readonly comment: Readonly<ModeratedComment>;
  readonly policy: Readonly<Policy>;
  readonly article: Readonly<ArticleSettings>;
  readonly author: Readonly<AuthorHistory>;
  readonly now: Date;
  /**
   * Recent activity for the repeat-post and flood checks. Optional only so that callers written before
   * it existed still compile: without it those two checks pass and say in their evidence that they
   * had nothing to look at. The moderation consumer should always fill it.
   */
  readonly recent?: Readonly<RecentActivity>;
  /**
   * The records of the checks that already ran for this comment, in order (`runPipeline` fills it). A check
   * that calls a paid service reads it to skip comments an earlier check already rejected (the semantic
   * checks, shared/moderation/providers/check.ts). Read it when `run` is called: the pipeline hands every
   * check the same growing list rather than a copy, so it is only "the checks before this one" at that
   * moment. Absent when a check is run on its own.
   */
  readonly prior?: readonly CheckRecord[];
}

export interface ModerationCheck {
  /** Stable name recorded in every decision, e.g. `closed-article`. */
  readonly name: string;
  run(ctx: CheckContext): CheckResult | Promise<CheckResult>;
}

export interface CheckRecord {
  check: string;
  outcome: 'pass' | Verdict;
  reason?: string;
  score?: number;
  evidence: Evidence[];
  tags?: string[];
}

/** What the automatic pipeline decided and why; stored on the comment (its schema is the contract's). */
export type DecisionRecord = DecisionRecordView;
