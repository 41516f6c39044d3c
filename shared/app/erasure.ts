/**
 * Erasing one comment: the one path behind the author's `DELETE /comments/{id}`, the reader's
 * `DELETE /me` and a moderator's erasure of an author's comments (shared/app/personal-data.ts).
 */
import type { CommentRecord } from '../domain/comment';
import type { Actor } from '../domain/lifecycle';
import { CommentNotFoundError } from '../errors';
import { againWhenMoved } from './conflict-retry';
import type { DepsWith } from './deps';
import type { AppealsPort, CommentsPort } from './ports';

/** Who erases, how the audit trail names it, and how far the erasure goes. */
export interface Erasure {
  actor: Actor;
  action: 'delete' | 'erase';
  reason: string | null;
  /**
   * An erasure of the person rather than of one comment: the network hash goes too, also from a comment
   * the author had already deleted.
   */
  person: boolean;
}

/**
 * Moves the comment to `deleted` with its text, name, e-mail hash and evidence erased (a root with
 * published replies stays as a tombstone), counters adjusted in the same transition, then erases the
 * notes kept beside it and the texts of the author's appeals of it. On a comment already deleted it only finishes what is left, so repeating an
 * erasure changes nothing. `changed` says whether this call changed anything.
 */
export async function eraseComment(
  deps: DepsWith<CommentsPort & AppealsPort>,
  read: CommentRecord,
  how: Erasure,
): Promise<{ comment: CommentRecord; changed: boolean }> {
  // A moderator or the consumer moved it meanwhile: erase the comment as it is now.
  return againWhenMoved(async (attempt) => {
    const c = attempt === 1 ? read : await deps.repo.getComment(read.id, true);
    if (!c) throw new CommentNotFoundError();
    const { comment, changed } = await eraseOnce(deps, c, how);
    const notes = await deps.repo.eraseNotes(comment.id);
    // The author's appeals are their words about this comment: erased with it (a notifier's are not).
    const appeals = await deps.repo.eraseAuthorAppeals(comment.id, deps.now());
    return { comment, changed: changed || notes > 0 || appeals > 0 };
  });
}

async function eraseOnce(deps: DepsWith<CommentsPort>, c: CommentRecord, how: Erasure) {
  const change = { now: deps.now(), actor: how.actor, action: how.action, reason: how.reason };
  if (c.status !== 'deleted') {
    const comment = await deps.repo.transition({
      ...change,
      comment: c,
      to: 'deleted',
      erase: true,
      forgetNetwork: how.person,
    });
    return { comment, changed: true };
  }
  const forgotten = how.person ? await deps.repo.forget({ ...change, comment: c }) : null;
  return { comment: forgotten ?? c, changed: forgotten !== null };
}
