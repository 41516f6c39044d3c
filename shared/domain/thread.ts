/**
 * What readers see of a thread (a top-level comment, its root, and the replies under it) and what a
 * reply's move does to its root: the root's inline first replies and whether the thread shows at all.
 * Pure functions; the lifecycle (`lifecycle.ts`) and storage use them.
 */
import {
  INLINE_REPLIES,
  toInlineReply,
  type CommentRecord,
  type CommentStatus,
  type InlineReply,
} from './comment';

/**
 * What a reply's move needs to know of its thread: the status of the thread's root as read (null when the
 * root is gone), which decides whether readers see the thread's replies (`visibleInThread`).
 */
export interface ThreadContext {
  rootStatus: CommentStatus | null;
}

/**
 * How many of a thread's comments readers see, given its root's status and approved replies: an approved
 * root and its approved replies; the approved replies of a tombstone (a deleted root kept for them); none
 * while the root is held, rejected, re-moderated after an edit, or gone (its replies are hidden with it).
 * The article's approved count (`totalApproved`, the listing's and `/counts`' figure) counts these.
 */
export function visibleInThread(rootStatus: CommentStatus | null, replyCount: number): number {
  if (rootStatus === 'approved') return 1 + replyCount;
  return rootStatus === 'deleted' ? replyCount : 0;
}

/** Whether readers see a thread's approved replies while its root is in `rootStatus`. */
export const threadShowsReplies = (rootStatus: CommentStatus | null): boolean =>
  rootStatus === 'approved' || rootStatus === 'deleted';

/**
 * The thread root's inline replies after `reply` enters (`change` 1) or leaves (-1) `approved`, given
 * the root's inline replies and reply count as read; null when too few remain inline and the first
 * replies must be read again from the listing (`refillFirstReplies`).
 */
export function firstRepliesAfter(
  root: { firstReplies: readonly InlineReply[]; replyCount: number },
  reply: CommentRecord,
  change: number,
): InlineReply[] | null {
  const current = root.firstReplies.filter((r) => r.id !== reply.id);
  if (change > 0) {
    return [...current, toInlineReply(reply)].sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, INLINE_REPLIES);
  }
  return current.length < Math.min(INLINE_REPLIES, root.replyCount + change) ? null : current;
}

/** The first replies from a page of the listing (oldest first), without the reply that left it. */
export const refillFirstReplies = (
  listing: readonly CommentRecord[],
  leaving: CommentRecord,
): InlineReply[] =>
  listing
    .filter((r) => r.id !== leaving.id)
    .slice(0, INLINE_REPLIES)
    .map(toInlineReply);
