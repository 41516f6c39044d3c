/**
 * The comment model. The stored item is the single source of truth; public and author views are
 * projections of it made by the functions below, so a field can never leak by accident.
 */
import * as z from '../zod';
import type { TrustedFlaggerRef } from './trusted-flagger';
import { renderBodyHtml } from './render';
import type { DecisionRecord } from '../moderation/types';
import { statementOfReasonsSchema, type StatementOfReasons } from './statement';

export const COMMENT_STATUSES = ['received', 'pending', 'approved', 'rejected', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const QUEUE_NAMES = ['received', 'pending', 'approved', 'rejected', 'reported'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export { REJECT_REASONS, type RejectReason } from './reasons';

/** How many approved replies travel inline with their thread's root comment in a listing. */
export const INLINE_REPLIES = 3;

/** A reply as embedded in its root comment item (only approved replies, oldest first). */
export const inlineReplySchema = z.object({
  id: z.string(),
  parentId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
});
export type InlineReply = z.infer<typeof inlineReplySchema>;

/** The stored comment item, minus table keys. */
export interface CommentRecord {
  entity: 'comment';
  id: string;
  articleId: string;
  parentId: string | null;
  /** The thread's root comment id; equals `id` for a root comment. */
  rootId: string;
  authorId: string;
  authorName: string;
  /** Keyed hash of the e-mail address the author gave, if any (the address itself is never stored). */
  authorEmailHash?: string;
  /** sha256 of the author token shown once at POST; absent on imported comments (they have no token). */
  authorTokenHash?: string;
  /** Keyed hash of the poster's network bucket (raw addresses are never stored); absent once erased. */
  networkHash?: string;
  body: string;
  status: CommentStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  editedAt: string | null;
  /** Approved replies in the thread (roots only). */
  replyCount: number;
  /** The first approved replies, oldest first (roots only), so a page of threads is one Query. */
  firstReplies: InlineReply[];
  /** The automatic decision with every check's result; moderators only. */
  decision?: DecisionRecord;
  /** Reason code shown to the author when the comment is rejected. */
  publicReason?: string;
  /** The statement of reasons of the rejection, stored when it was made; present only while rejected. */
  statement?: StatementOfReasons;
  /** The status the comment last left, kept for counters when it changes again. */
  previousStatus?: CommentStatus;
  /**
   * Written by earlier versions: an excerpt of the comment replied to. Moderators now read the parent
   * itself, so a deleted parent's text survives nowhere; erasure removes what old items still carry.
   */
  parentExcerpt?: string;
  /** Reader flags not yet dismissed by a moderator, and all flags ever, by reason. */
  openFlags?: number;
  flagReasons?: Record<string, number>;
  /** The latest flags with their notes (at most FLAGS_KEPT_INLINE), for the moderation queue. */
  recentFlags?: FlagSummary[];
  /** In the `reported` queue: open flags reached the policy's threshold, or a trusted flagger flagged it. */
  reported?: boolean;
  /** The trusted flagger (EU DSA Art. 22) whose flag put it in front of the `reported` queue, while there. */
  trustedFlagger?: TrustedFlaggerRef;
  /** The last human decision. */
  humanDecision?: HumanDecision;
}

export const FLAG_REASONS = [
  'spam',
  'abuse',
  'harassment',
  'hate',
  'misinformation',
  'off_topic',
  'illegal',
  'other',
] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const FLAGS_KEPT_INLINE = 5;

export const flagSummarySchema = z.object({
  reason: z.enum(FLAG_REASONS),
  note: z.optional(z.string()),
  at: z.string(),
});
export type FlagSummary = z.infer<typeof flagSummarySchema>;

/** The last human decision on a comment: stored on it, and shown in the moderation queue. */
export const humanDecisionSchema = z.object({
  action: z.enum(['approve', 'reject']),
  by: z.object({ id: z.string(), name: z.optional(z.string()) }),
  at: z.string(),
  reason: z.nullable(z.string()),
  note: z.optional(z.string()),
});
export type HumanDecision = z.infer<typeof humanDecisionSchema>;

/** The public comment shape of the contract; the OpenAPI document is generated from these schemas. */
export const publicCommentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  parentId: z.nullable(z.string()),
  authorName: z.string(),
  body: z.string(),
  /** Safe HTML made on the server from `body`: <p>, <br> and nofollow http(s) links only. */
  bodyHtml: z.string(),
  createdAt: z.iso.datetime(),
  editedAt: z.nullable(z.iso.datetime()),
  /** Approved replies (top-level comments only). */
  replyCount: z.optional(z.int().check(z.gte(0))),
  /** Present on a tombstone: a deleted comment kept in the listing because it has replies. */
  deleted: z.optional(z.literal(true)),
});
export type PublicComment = z.infer<typeof publicCommentSchema>;

export const publicThreadSchema = z.extend(publicCommentSchema, {
  replyCount: z.int().check(z.gte(0)),
  /** The first approved replies, oldest first. */
  replies: z.array(publicCommentSchema),
});
export type PublicThread = z.infer<typeof publicThreadSchema>;

/**
 * Whether a comment is a deleted thread root that keeps its thread shown (a tombstone, while it has
 * published replies): deleted from anything but `rejected`. A rejected root hides its replies until it is
 * published again, and deleting it publishes nothing.
 */
export const keepsThreadShown = (c: { status: CommentStatus; previousStatus?: CommentStatus | undefined }) =>
  c.status === 'deleted' && c.previousStatus !== 'rejected';

/**
 * Whether readers see this comment in an article's listing: an approved comment, or a deleted thread root
 * with published replies, kept as a tombstone so that its replies keep their place (and stay reachable
 * through the thread's replies pages), unless it was rejected when deleted (`keepsThreadShown`).
 */
export function isListed(c: {
  status: CommentStatus;
  previousStatus?: CommentStatus | undefined;
  parentId: string | null;
  replyCount?: number | undefined;
}): boolean {
  return c.status === 'approved' || (keepsThreadShown(c) && c.parentId === null && (c.replyCount ?? 0) > 0);
}

/** The view anyone may see of an approved comment. */
export function toPublicComment(c: CommentRecord): PublicComment {
  const out: PublicComment = {
    id: c.id,
    articleId: c.articleId,
    parentId: c.parentId,
    authorName: c.authorName,
    body: c.body,
    bodyHtml: renderBodyHtml(c.body),
    createdAt: c.createdAt,
    editedAt: c.editedAt,
  };
  if (c.parentId === null) out.replyCount = c.replyCount;
  if (c.status === 'deleted') out.deleted = true;
  return out;
}

export function toPublicThread(c: CommentRecord): PublicThread {
  return {
    ...toPublicComment(c),
    replyCount: c.replyCount,
    replies: c.firstReplies.map((r) => ({
      id: r.id,
      articleId: c.articleId,
      parentId: r.parentId,
      authorName: r.authorName,
      body: r.body,
      bodyHtml: renderBodyHtml(r.body),
      createdAt: r.createdAt,
      editedAt: r.editedAt,
    })),
  };
}

export const toInlineReply = (c: CommentRecord): InlineReply => ({
  id: c.id,
  parentId: c.parentId ?? c.rootId,
  authorName: c.authorName,
  body: c.body,
  createdAt: c.createdAt,
  editedAt: c.editedAt,
});

const STATUS_MESSAGES: Record<CommentStatus, string> = {
  received: 'Received. Your comment is being checked and will appear shortly if it meets the guidelines.',
  pending: 'Waiting for a moderator. Your comment will appear once a moderator has reviewed it.',
  approved: 'Published. Your comment is visible to everyone.',
  rejected: 'Not published. Your comment did not meet the community guidelines.',
  deleted: 'Deleted.',
};

export const authorCommentSchema = z.extend(publicCommentSchema, {
  status: z.enum(COMMENT_STATUSES),
  /** The state in plain language. */
  statusMessage: z.string(),
  /** Public reason code when rejected, else null. */
  reason: z.nullable(z.string()),
  /** Why it was rejected, what was automated and the redress open to the author (rejected only). */
  statement: z.optional(statementOfReasonsSchema),
});
export type AuthorComment = z.infer<typeof authorCommentSchema>;

/** What the author sees of their own comment: the state in plain language, never scores or term lists. */
/** What the author of an approved reply is told while its thread is hidden (`threadShown` false). */
const HIDDEN_THREAD_MESSAGE =
  'Approved, but not shown: the comment that starts this thread is no longer published, and its replies are hidden with it.';

/**
 * The author's view of their comment. `threadShown` false: an approved reply whose thread readers do not
 * see (its root held, rejected or gone), so it is not said to be visible.
 */
export function toAuthorComment(c: CommentRecord, threadShown = true): AuthorComment {
  return {
    ...toPublicComment(c),
    status: c.status,
    statusMessage:
      c.status === 'approved' && !threadShown ? HIDDEN_THREAD_MESSAGE : STATUS_MESSAGES[c.status],
    reason: c.status === 'rejected' ? (c.publicReason ?? 'other') : null,
    ...(c.status === 'rejected' && c.statement ? { statement: c.statement } : {}),
  };
}
