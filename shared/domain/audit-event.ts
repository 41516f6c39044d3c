/**
 * A comment's audit event for one move (`lifecycle.ts`), and the time a move is recorded at, so that a
 * comment's trail reads in the order of its versions.
 */
import type { CommentRecord, CommentStatus } from './comment';
import type { Actor, AuditEvent } from './lifecycle';
import { newId } from '../ids';

/**
 * The time a move is recorded at: its own, or just after the version it moves from when that is later (a ban
 * that read the comment, then rejected it after the automatic checks had decided it, took its time first):
 * a comment's trail is in the order of its versions. (Two moves in the same millisecond keep it: their event
 * ids, which sort after the time, are made in order.)
 */
export const afterPrevious = (now: Date, prev: Pick<CommentRecord, 'updatedAt'>): Date => {
  const previous = Date.parse(prev.updatedAt);
  return now.getTime() >= previous ? now : new Date(previous + 1);
};

/** The audit event of a move of `c` from `from` to the status it now has, at version `c.version`. */
export const auditEvent = (
  c: CommentRecord,
  change: { now: Date; actor: Actor; action: string; reason: string | null },
  from: CommentStatus | null,
): AuditEvent => ({
  entity: 'audit',
  eventId: newId(change.now.getTime()),
  commentId: c.id,
  at: change.now.toISOString(),
  actor: change.actor,
  action: change.action,
  from,
  to: c.status,
  reason: change.reason,
  version: c.version,
});
