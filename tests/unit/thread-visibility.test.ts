/**
 * A thread's replies show only while its root is listed (published, or a tombstone kept for them, which a
 * root deleted while rejected does not leave), and the
 * article's approved count (`totalApproved`, `/counts`) counts exactly what readers see: the root's and
 * the replies' moves are simulated together, as storage applies them (a reply's move reads its root's
 * status; the root's reply count follows the replies), in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isListed, type CommentRecord } from '../../shared/domain/comment';
import type { RootState } from '../../shared/domain/thread';
import {
  applyTransition,
  canTransition,
  visibleInThread,
  type TransitionChange,
} from '../../shared/domain/lifecycle';
import { InvalidTransitionError } from '../../shared/errors';
import {
  AUTHOR_ACTOR as AUTHOR,
  MODERATOR_ACTOR as MOD,
  SYSTEM_ACTOR as SYSTEM,
  commentRecord,
} from '../support/memory/fixtures';

type Move = 'auto-approve' | 'auto-hold' | 'approve' | 'reject' | 'edit' | 'delete';
const MOVES: readonly Move[] = ['auto-approve', 'auto-hold', 'approve', 'reject', 'edit', 'delete'];

function changeFor(move: Move, now: Date): TransitionChange {
  const base = { now, reason: null };
  switch (move) {
    case 'auto-approve':
      return { ...base, to: 'approved', actor: SYSTEM, action: 'auto_decision' };
    case 'auto-hold':
      return { ...base, to: 'pending', actor: SYSTEM, action: 'auto_decision' };
    case 'approve':
      return { ...base, to: 'approved', actor: MOD, action: 'approve' };
    case 'reject':
      return { ...base, to: 'rejected', actor: MOD, action: 'reject', reason: 'spam' };
    case 'edit':
      return { ...base, to: 'received', actor: AUTHOR, action: 'edit', edit: { body: 'Edited.' } };
    case 'delete':
      return { ...base, to: 'deleted', actor: AUTHOR, action: 'delete', erase: true };
  }
}

/** Readers' view of the thread, recounted from the records alone. */
function shown(root: CommentRecord, replies: readonly CommentRecord[]): number {
  const approvedReplies = replies.filter((r) => r.status === 'approved').length;
  return visibleInThread(root, approvedReplies);
}

describe('thread visibility', () => {
  it('counts exactly the comments readers see, whatever happens to the root and its replies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(...MOVES)), { maxLength: 40 }),
        (moves) => {
          let root = commentRecord({ status: 'received' });
          let replies = [1, 2, 3].map(() =>
            commentRecord({ status: 'received', parentId: root.id, rootId: root.id }),
          );
          let article = 0;
          let t = Date.parse(root.createdAt);
          for (const [which, move] of moves) {
            const now = new Date((t += 60_000));
            const change = changeFor(move, now);
            const c = which === 0 ? root : replies[which - 1]!;
            const thread = which === 0 ? undefined : { root };
            if (!canTransition(c.status, change.to, change.actor.type, c) && !change.erase) {
              expect(() => applyTransition(c, change, thread)).toThrow(InvalidTransitionError);
              continue;
            }
            if (change.erase && c.status === 'deleted') continue;
            const { next, effects } = applyTransition(c, change, thread);
            article += effects.articleApproved;
            if (which === 0) root = { ...next, replyCount: root.replyCount };
            else {
              replies = replies.map((r) => (r.id === next.id ? next : r));
              root = { ...root, replyCount: root.replyCount + effects.rootReplies };
            }
            expect(root.replyCount).toBe(replies.filter((r) => r.status === 'approved').length);
            expect(article).toBe(shown(root, replies));
          }
        },
      ),
    );
  });

  it("hides a rejected root's replies and shows a tombstone's", () => {
    const at = (n: number) => new Date(Date.parse('2026-03-02T10:00:00.000Z') + n * 60_000);
    const root = commentRecord({ status: 'approved', replyCount: 2 });
    const rejected = applyTransition(root, changeFor('reject', at(1)));
    expect(rejected.effects.articleApproved).toBe(-3);
    expect(applyTransition(rejected.next, changeFor('approve', at(2))).effects.articleApproved).toBe(3);
    // Deleting a published root keeps its replies on the page under a tombstone: only the root goes.
    expect(applyTransition(root, changeFor('delete', at(3))).effects.articleApproved).toBe(-1);
    // A rejected root deleted by its author publishes nothing: its replies stay hidden, and no tombstone shows.
    const gone = applyTransition(rejected.next, changeFor('delete', at(4)));
    expect(gone.effects.articleApproved).toBe(0);
    expect(isListed(gone.next)).toBe(false);
    expect(isListed(applyTransition(root, changeFor('delete', at(4))).next)).toBe(true);
    const reply = commentRecord({ status: 'pending', parentId: root.id, rootId: root.id });
    const approve = changeFor('approve', at(5));
    const roots: Array<[RootState | null, number]> = [
      [{ status: 'approved' }, 1],
      [{ status: 'deleted', previousStatus: 'approved' }, 1],
      [{ status: 'deleted', previousStatus: 'pending' }, 1],
      [{ status: 'deleted', previousStatus: 'rejected' }, 0],
      [{ status: 'rejected' }, 0],
      [{ status: 'pending' }, 0],
      [{ status: 'received' }, 0],
      [null, 0],
    ];
    for (const [root, counted] of roots)
      expect(applyTransition(reply, approve, { root }).effects).toMatchObject({
        articleApproved: counted,
        rootReplies: 1,
        authorApproved: 1,
      });
    expect(() => applyTransition(reply, approve)).toThrow(/thread root status/);
  });
});
