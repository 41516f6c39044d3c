/**
 * What readers see of a thread (a top-level comment, its root, and the replies under it) and what a
 * reply's move does to its root: the root's inline first replies and whether the thread shows at all.
 * Pure functions; the lifecycle (`lifecycle.ts`) and storage use them.
 */
import {
  INLINE_REPLIES,
  keepsThreadShown,
  toInlineReply,
  type CommentRecord,
  type InlineReply,
} from './comment';

/** A thread root as far as what readers see of its thread goes: its status, and the one it last left. */
export type RootState = Pick<CommentRecord, 'status' | 'previousStatus'>;

/**
 * What a reply's move needs to know of its thread: its root as read (null when the root is gone), which
 * decides whether readers see the thread's replies (`threadShowsReplies`).
 */
export interface ThreadContext {
  root: RootState | null;
}

/**
 * How many of a thread's comments readers see, given its root and its approved replies: an approved root
 * and its approved replies; the approved replies of a tombstone (a deleted root kept for them); none while
 * the root is held, rejected, re-moderated after an edit, or gone (its replies are hidden with it).
 * The article's approved count (`totalApproved`, the listing's and `/counts`' figure) counts these.
 */
export function visibleInThread(root: RootState | null, replyCount: number): number {
  if (root?.status === 'approved') return 1 + replyCount;
  return threadShowsReplies(root) ? replyCount : 0;
}

/**
 * Whether readers see a thread's approved replies while its root is as given: published, or a tombstone
 * (`keepsThreadShown`: its author cannot bring back, as a tombstone, the thread a rejection hid).
 */
export const threadShowsReplies = (root: RootState | null): boolean =>
  root !== null && (root.status === 'approved' || keepsThreadShown(root));

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
