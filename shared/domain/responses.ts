/**
 * Response schemas of the public contract. The use cases return these types, the HTTP tests validate
 * real answers against them, and `npm run openapi` writes them into docs/openapi.json.
 */
import * as z from '../zod';
import {
  COMMENT_STATUSES,
  QUEUE_NAMES,
  authorCommentSchema,
  flagSummarySchema,
  humanDecisionSchema,
  publicCommentSchema,
  publicThreadSchema,
} from './comment';
import { accountStatementSchema, accountViewSchema } from './account-statement';
import { appealViewSchema, moderatorAppealSchema } from './appeal';
import { moderatorNoticeSchema, noticeViewSchema } from './notice';

export { appealReceiptSchema } from './appeal';
import { statementOfReasonsSchema } from './statement';
import { suspensionQueuePageSchema } from './suspension';
import { trustedFlaggerRefSchema } from './trusted-flagger';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    message: z.string(),
    details: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    /** `author_suspended`, `notifier_suspended` (Art. 23): when the suspension ends, and its statement. */
    until: z.optional(z.iso.datetime()),
    statement: z.optional(accountStatementSchema),
  }),
});

export const postCommentResponseSchema = z.object({
  comment: authorCommentSchema,
  /** Shown once: lets the author see, edit and delete this comment. */
  authorToken: z.string(),
});

export const threadsPageSchema = z.object({
  articleId: z.string(),
  comments: z.array(
    z.extend(publicThreadSchema, {
      /** Continues GET /comments/{id}/replies after the inline replies; null when all are inline. */
      repliesCursor: z.nullable(z.string()),
    }),
  ),
  nextCursor: z.nullable(z.string()),
  totalApproved: z.int().check(z.gte(0)),
  /** A moderator closed the article: posts and replies are refused (403 comments_closed). */
  closed: z.boolean(),
});
export type ThreadsPage = z.infer<typeof threadsPageSchema>;

export const repliesPageSchema = z.object({
  commentId: z.string(),
  comments: z.array(publicCommentSchema),
  nextCursor: z.nullable(z.string()),
});
export type RepliesPage = z.infer<typeof repliesPageSchema>;

/**
 * The author's own comment as GET shows it: with the author's latest appeal of it (Art. 20), or null, and
 * the author's latest warning and suspension (Art. 23), left out when there is none.
 */
export const ownCommentSchema = z.extend(authorCommentSchema, {
  appeal: z.nullable(appealViewSchema),
  account: z.optional(accountViewSchema),
});
export type OwnComment = z.infer<typeof ownCommentSchema>;
export const commentResponseSchema = z.object({
  comment: z.union([ownCommentSchema, publicCommentSchema]),
});
export const authorCommentResponseSchema = z.object({ comment: authorCommentSchema });
export const countsResponseSchema = z.object({ counts: z.record(z.string(), z.int().check(z.gte(0))) });
export const flagResponseSchema = z.object({
  commentId: z.string(),
  reason: z.string(),
  status: z.literal('received'),
});

/** POST /comments/{commentId}/notices: the receipt (Art. 16(4)) and the token to follow the notice with. */
export const noticeReceiptSchema = z.object({
  notice: z.object({ id: z.string(), status: z.literal('received'), receivedAt: z.iso.datetime() }),
  /** Shown once: lets the notifier read the notice's status and decision (`X-Notice-Token`). */
  noticeToken: z.string(),
});
/** GET /notices/{noticeId}. */
export const noticeStatusSchema = z.object({ notice: noticeViewSchema });

const evidenceSchema = z.object({
  kind: z.string(),
  value: z.string(),
  span: z.optional(z.tuple([z.int(), z.int()])),
  score: z.optional(z.number()),
  detail: z.optional(z.string()),
});

/** The automatic decision with every check's result, as moderators see it. */
export const decisionRecordSchema = z.object({
  outcome: z.enum(['approved', 'pending', 'rejected']),
  decidedBy: z.nullable(z.string()),
  reason: z.nullable(z.string()),
  checks: z.array(
    z.object({
      check: z.string(),
      outcome: z.enum(['pass', 'hold', 'reject']),
      reason: z.optional(z.string()),
      score: z.optional(z.number()),
      evidence: z.array(evidenceSchema),
      tags: z.optional(z.array(z.string())),
    }),
  ),
  tags: z.array(z.string()),
  decidedAt: z.string(),
  policyVersion: z.int(),
});
export type DecisionRecordView = z.infer<typeof decisionRecordSchema>;

/** What moderators see of a comment: the public fields plus its state and who wrote it. */
export const moderatorCommentSchema = z.extend(publicCommentSchema, {
  status: z.enum(COMMENT_STATUSES),
  version: z.int().check(z.gte(1)),
  authorId: z.string(),
  updatedAt: z.string(),
  publicReason: z.nullable(z.string()),
});
export type ModeratorComment = z.infer<typeof moderatorCommentSchema>;

export const queueItemSchema = z.object({
  comment: moderatorCommentSchema,
  status: z.enum(COMMENT_STATUSES),
  version: z.int(),
  articleId: z.string(),
  /** The automatic decision with every check's outcome, score and evidence. */
  decision: z.nullable(decisionRecordSchema),
  humanDecision: z.nullable(humanDecisionSchema),
  /** The statement of reasons given to the author, while the comment is rejected. */
  statement: z.nullable(statementOfReasonsSchema),
  flags: z.object({
    open: z.int(),
    byReason: z.record(z.string(), z.int()),
    recent: z.array(flagSummarySchema),
    reported: z.boolean(),
  }),
  parent: z.nullable(z.object({ id: z.string(), excerpt: z.nullable(z.string()) })),
  author: z.object({ id: z.string(), approved: z.int(), rejected: z.int(), banned: z.boolean() }),
  /**
   * The trusted flagger (EU DSA Art. 22) that put this item in front of its queue: the notice's sender in
   * the `notices` queue, else the flagger whose flag put the comment in front of `reported`; null otherwise.
   */
  trustedFlagger: z.nullable(trustedFlaggerRefSchema),
  /** In the `notices` queue only: the open notice of illegal content this item is for. */
  notice: z.optional(moderatorNoticeSchema),
  /** In the `appeals` queue only: the open appeal this item is for (the decision, the appellant's reasons). */
  appeal: z.optional(moderatorAppealSchema),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queuePageSchema = z.object({
  items: z.array(queueItemSchema),
  nextCursor: z.nullable(z.string()),
});
/** GET /moderation/queue: a page of comment items, or with `queue=suspensions` of suspension proposals. */
export const moderationQueuePageSchema = z.union([queuePageSchema, suspensionQueuePageSchema]);

export const decisionResponseSchema = z.object({ comment: moderatorCommentSchema });
/** POST /moderation/notices/{noticeId}/decision: the decided notice, and its comment as it now is. */
export const noticeDecisionResponseSchema = z.object({
  notice: moderatorNoticeSchema,
  comment: z.nullable(moderatorCommentSchema),
});

/** POST /moderation/appeals/{appealId}/decision: the decided appeal, and its comment as it now is. */
export const appealDecisionResponseSchema = z.object({
  appeal: moderatorAppealSchema,
  comment: z.nullable(moderatorCommentSchema),
});

export const actorSchema = z.object({
  type: z.enum(['system', 'moderator', 'author']),
  id: z.string(),
  name: z.optional(z.string()),
});

/** One audit event as the history shows it (the stored one adds `entity`). */
export const auditEventSchema = z.object({
  eventId: z.string(),
  commentId: z.string(),
  at: z.string(),
  actor: actorSchema,
  action: z.string(),
  from: z.nullable(z.enum(COMMENT_STATUSES)),
  to: z.enum(COMMENT_STATUSES),
  reason: z.nullable(z.string()),
  note: z.optional(z.string()),
  /** The notice of illegal content the event decided (`POST /moderation/notices/{id}/decision`). */
  noticeId: z.optional(z.string()),
  /** `appeal_received`, `appeal_decided` and a reversal's move: the appeal (Art. 20) concerned. */
  appealId: z.optional(z.string()),
  /** `appeal_received`: who appealed, the comment's author or a notifier whose notice was kept. */
  appellant: z.optional(z.enum(['author', 'notifier'])),
  /** `appeal_decided`: the outcome. */
  outcome: z.optional(z.enum(['uphold', 'reverse'])),
  /** `appeal_decided` by the admin who took the decision under appeal (a team of one). */
  selfReview: z.optional(z.literal(true)),
  /** The comment version the event produced. */
  version: z.int(),
});

export const historySchema = z.object({
  commentId: z.string(),
  /** `purged`: retention deleted the comment; its audit trail, without notes, is what is left. */
  status: z.enum([...COMMENT_STATUSES, 'purged']),
  /** Null once purged. */
  version: z.nullable(z.int()),
  /** The statement of reasons of the current rejection (null unless rejected). */
  statement: z.nullable(statementOfReasonsSchema),
  events: z.array(auditEventSchema),
  nextCursor: z.nullable(z.string()),
});

/** One item of a bulk decision: its own status, and the comment or the error. */
export const bulkResultSchema = z.object({
  commentId: z.string(),
  status: z.int(),
  comment: z.optional(moderatorCommentSchema),
  error: z.optional(z.object({ code: z.string(), message: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

export const bulkDecisionResponseSchema = z.object({
  results: z.array(bulkResultSchema),
  succeeded: z.int(),
  failed: z.int(),
});

export const articleSettingsSchema = z.object({
  articleId: z.string(),
  mode: z.nullable(z.enum(['pre', 'post'])),
  closed: z.boolean(),
  totalApproved: z.int(),
});

export const authorSchema = z.object({
  id: z.string(),
  approved: z.int(),
  rejected: z.int(),
  banned: z.boolean(),
  banReason: z.nullable(z.string()),
  /** Until when the author's network bucket is banned with them, if it is. */
  networkBannedUntil: z.nullable(z.iso.datetime()),
});
export const banResponseSchema = z.object({
  author: authorSchema,
  rejected: z.int(),
  remaining: z.boolean(),
});
export const unbanResponseSchema = z.object({ author: authorSchema });

/** The stored site policy with who last changed it (GET and PUT /moderation/policy). */
export const policyDocumentSchema = z.object({
  policy: z.record(z.string(), z.unknown()),
  updatedAt: z.nullable(z.string()),
  updatedBy: z.unknown(),
});

/**
 * What `GET /moderation/stats` sizes: every comment queue, and the open notices, appeals and suspension
 * proposals.
 */
export const STATS_QUEUES = [...QUEUE_NAMES, 'notices', 'appeals', 'suspensions'] as const;

export const statsSchema = z.object({
  generatedAt: z.string(),
  /**
   * Comments in each comment queue (from counters; `received` by a count of its index), and the open
   * items of the `notices`, `appeals` and `suspensions` queues (one per notice, appeal or proposal, by a
   * count of their index).
   */
  queues: z.object(
    Object.fromEntries(STATS_QUEUES.map((q) => [q, z.int()])) as Record<
      (typeof STATS_QUEUES)[number],
      z.ZodMiniInt
    >,
  ),
  oldestPendingAgeSeconds: z.nullable(z.int()),
  last24h: z.object({
    decisions: z.int(),
    approved: z.int(),
    rejected: z.int(),
    timeToDecision: z.object({
      samples: z.int(),
      p50Seconds: z.nullable(z.int()),
      p95Seconds: z.nullable(z.int()),
    }),
  }),
});

/** One audit event of a comment as its author's export shows it: what happened, never who moderated. */
export const exportedEventSchema = z.object({
  at: z.string(),
  /** Who acted, by kind only: a moderator's identity is the moderator's data. */
  actor: z.enum(['system', 'moderator', 'author']),
  action: z.string(),
  from: z.nullable(z.enum(COMMENT_STATUSES)),
  to: z.enum(COMMENT_STATUSES),
  reason: z.nullable(z.string()),
});

/** The author's own appeal of a comment's rejection in their export: their words and the outcome, never who reviewed. */
export const exportedAppealSchema = z.extend(appealViewSchema, { explanation: z.string() });

/** Everything stored about one comment that concerns its author (GET /me/export and the moderators' export). */
export const exportedCommentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  parentId: z.nullable(z.string()),
  authorName: z.string(),
  body: z.string(),
  status: z.enum(COMMENT_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  editedAt: z.nullable(z.string()),
  /** The reason code shown to the author of a rejected comment. */
  publicReason: z.nullable(z.string()),
  /** The automatic decision: its outcome, reason and each check's result and evidence, as stored. */
  automaticDecision: z.nullable(
    z.pick(decisionRecordSchema, { outcome: true, reason: true, checks: true, decidedAt: true }),
  ),
  /** The last human decision: the action and reason, not the moderator's identity or note. */
  humanDecision: z.nullable(z.pick(humanDecisionSchema, { action: true, reason: true, at: true })),
  /** Readers' flags: how many, by reason; not who reported it, nor their notes. */
  flags: z.object({ total: z.int(), open: z.int(), byReason: z.record(z.string(), z.int()) }),
  events: z.array(exportedEventSchema),
  /** The author's appeals of the comment's rejections (Art. 20), oldest first. */
  appeals: z.array(exportedAppealSchema),
  authorId: z.string(),
  networkHash: z.nullable(z.string()),
  authorEmailHash: z.nullable(z.string()),
});
export type ExportedComment = z.infer<typeof exportedCommentSchema>;

/** What the stored identifiers of an export are, in plain language. */
export const exportAboutSchema = z.object({
  authorId: z.string(),
  networkHash: z.string(),
  authorEmailHash: z.string(),
  notIncluded: z.string(),
});

export const personalDataExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  about: exportAboutSchema,
  comments: z.array(exportedCommentSchema),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;

/** A moderator's export of one author id: a page of their comments, the author record, and the next page. */
export const authorExportSchema = z.extend(personalDataExportSchema, {
  author: authorSchema,
  nextCursor: z.nullable(z.string()),
});

const erasedSchema = z.object({ id: z.string(), status: z.enum(COMMENT_STATUSES) });

export const erasureResponseSchema = z.object({
  /** Every comment the request reached, as it now is: erased (a root with replies stays as a tombstone). */
  erased: z.array(erasedSchema),
  /** How many of them this request changed (0 when repeated). */
  changed: z.int().check(z.gte(0)),
  /** What keeps copies until it expires, out of any request's reach. */
  retained: z.string(),
});
export type ErasureResponse = z.infer<typeof erasureResponseSchema>;

export const authorErasureResponseSchema = z.extend(erasureResponseSchema, {
  /** Continues the erasure over the author's older comments; null when all were reached. */
  nextCursor: z.nullable(z.string()),
});

export const emailLookupResponseSchema = z.object({
  /** Authors whose comments carry the e-mail's keyed hash, with those comments' ids. */
  authors: z.array(z.object({ authorId: z.string(), comments: z.array(z.string()) })),
  /** Set when the read stopped before the end of the table: send it back to continue. */
  cursor: z.nullable(z.string()),
});
export type EmailLookupResponse = z.infer<typeof emailLookupResponseSchema>;

export { transparencyReportSchema } from './transparency';
export {
  trustedFlaggerListSchema,
  trustedFlaggerRegisteredSchema,
  trustedFlaggerResponseSchema,
} from './trusted-flagger';
export { suspensionDetailSchema, suspensionItemSchema, suspensionQueuePageSchema } from './suspension';
/** One line of the statements-of-reasons export (JSON Lines). */
export { dsaStatementSchema } from './dsa-statement';
