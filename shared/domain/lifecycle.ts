/**
 * The comment state machine as pure functions: which moves are allowed, what a move does to the record,
 * which counters move with it and the audit event it writes. Storage persists the result in one
 * transaction; it decides nothing.
 *
 *   received ──system──► approved | pending | rejected
 *   any but deleted ──moderator──► approved | rejected   (approved → approved dismisses reader reports)
 *   any but deleted ──author──► received (edit) | deleted
 *   any but deleted ──moderator, erasing on the author's request──► deleted
 *   rejected ──system, past the retention period──► purged (the item is deleted: `applyPurge`)
 * A human decision binds: the system never approves a comment a moderator rejected.
 */
import type * as z from '../zod';
import { type CommentRecord, type CommentStatus, type HumanDecision } from './comment';
import { threadShowsReplies, visibleInThread, type ThreadContext } from './thread';
import { decisionCounters, hourOf } from './decision-stats';
import { buildStatement, type AppealRef, type NoticeRef, type StatementGrounds } from './statement';
import { DEFAULT_STATEMENT_GROUNDS } from '../moderation/policy-defaults';
import type { actorSchema, auditEventSchema } from './responses';
import type { DecisionRecord } from '../moderation/types';
import { InvalidTransitionError } from '../errors';
import { afterPrevious, auditEvent } from './audit-event';

export type Actor = z.infer<typeof actorSchema>;

/** One immutable audit event: who moved a comment from where to where, and why (the history's shape). */
export type AuditEvent = { entity: 'audit' } & z.infer<typeof auditEventSchema>;

/** What a use case asks of a comment's state. */
export interface TransitionChange {
  to: CommentStatus;
  now: Date;
  actor: Actor;
  action: string;
  reason: string | null;
  note?: string;
  decision?: DecisionRecord;
  publicReason?: string;
  humanDecision?: HumanDecision;
  /** Take the comment out of the `reported` queue (a moderator resolved the flags). */
  clearReport?: boolean;
  /** The author's edit: the new text (the comment re-enters moderation). */
  edit?: { body: string };
  /** The author's deletion: erase the text, name and e-mail, keep only what counters need. */
  erase?: boolean;
  /** With `erase`, the network hash goes too (an erasure of the person, not only of the comment). */
  forgetNetwork?: boolean;
  /**
   * The site policy's clauses (`statementGrounds`) a rejection's statement of reasons cites; the built-in
   * ones when absent. Every use case that rejects passes the policy's.
   */
  grounds?: StatementGrounds;
  /** A rejection because the author was banned (the statement's facts say so). */
  authorBanned?: boolean;
  /** The notice of illegal content this move decides: the statement and the audit event name it. */
  notice?: NoticeRef;
  /** The appeal (Art. 20) this move decides: the statement of a rejection and the audit event name it. */
  appeal?: AppealRef;
}

/** A change applied to the comment as read: the write is conditional on its status and version. */
export interface TransitionInput extends TransitionChange {
  comment: CommentRecord;
}

/** Queue-size counters kept by transitions (`received` is counted by a Query instead). */
export type QueueCounts = Partial<Record<'pending' | 'approved' | 'rejected' | 'reported', number>>;

/** Everything that must change in the same transaction as the comment, as increments. */
export interface TransitionEffects {
  /** The article's approved count: the comments readers see (`visibleInThread`). */
  articleApproved: number;
  /** The author's history. */
  authorApproved: number;
  authorRejected: number;
  /** The thread root's approved replies (a reply entering or leaving `approved`; 0 for a root). */
  rootReplies: number;
  queues: QueueCounts;
  /** A human decision, counted in its hour's statistics. */
  decisionStats: { hour: string; counters: string[] } | null;
}

export interface Transition {
  next: CommentRecord;
  effects: TransitionEffects;
  audit: AuditEvent;
}

const VERDICTS: readonly CommentStatus[] = ['approved', 'pending', 'rejected'];

/** Whether `actor` may move a comment from `from` to `to` (`c` when the record's past matters). */
export function canTransition(
  from: CommentStatus,
  to: CommentStatus,
  actor: Actor['type'],
  c?: Pick<CommentRecord, 'humanDecision'>,
): boolean {
  if (from === 'deleted') return false;
  switch (actor) {
    case 'system':
      // A human decision binds: no automatic path back to publication after a moderator's rejection.
      if (to === 'approved' && c?.humanDecision?.action === 'reject') return false;
      return from === 'received' && VERDICTS.includes(to);
    case 'moderator':
      return to === 'rejected' ? from !== 'rejected' : to === 'approved';
    case 'author':
      return to === 'received' || to === 'deleted';
  }
}

/**
 * Whether `actor` may erase a comment in `from` (move it to `deleted`, erasing): its author at any time,
 * and a moderator acting on an erasure request the author made by other means (docs/privacy.md).
 */
export const canErase = (from: CommentStatus, actor: Actor['type']): boolean =>
  from !== 'deleted' && actor !== 'system';

/**
 * Whether the only move between `read` and `now` (the same comment read twice) was the automatic checks
 * deciding the text that was read: one version on, out of `received` into a verdict, the same text and
 * no human decision since. Nothing else moves a comment out of `received` that way: a moderator leaves a
 * human decision, an author's edit leaves it `received`, an author's delete leaves it `deleted`.
 */
export const decidedAutomatically = (read: CommentRecord, now: CommentRecord): boolean =>
  read.status === 'received' &&
  VERDICTS.includes(now.status) &&
  now.version === read.version + 1 &&
  now.body === read.body &&
  now.editedAt === read.editedAt &&
  now.humanDecision?.at === read.humanDecision?.at;

/**
 * Whether `now` is one version after `version` and its last move took it out of `received` into a verdict:
 * the automatic checks deciding it, or a moderator deciding it before they ran (the move's actor tells which).
 */
export const movedIntoVerdict = (now: CommentRecord, version: number): boolean =>
  now.version === version + 1 && now.previousStatus === 'received' && VERDICTS.includes(now.status);

/** How a move changes the count of comments in `status`. */
const delta = (from: CommentStatus, to: CommentStatus, status: CommentStatus): number =>
  (to === status ? 1 : 0) - (from === status ? 1 : 0);

/**
 * The record after the change, its counter effects and its audit event; InvalidTransitionError if not
 * allowed. A reply's move into or out of `approved` needs its `thread` (the root's status as read): the
 * article's count moves only where readers see the reply.
 */
export function applyTransition(
  prev: CommentRecord,
  asked: TransitionChange,
  thread?: ThreadContext,
): Transition {
  const change = { ...asked, now: afterPrevious(asked.now, prev) };
  const { to, now } = change;
  const allowed =
    change.erase === true && to === 'deleted'
      ? canErase(prev.status, change.actor.type)
      : canTransition(prev.status, to, change.actor.type, prev);
  if (!allowed)
    throw new InvalidTransitionError(`A comment cannot move from ${prev.status} to ${to} this way.`);
  const at = now.toISOString();
  const next: CommentRecord = {
    ...prev,
    status: to,
    version: prev.version + 1,
    updatedAt: at,
    previousStatus: prev.status,
  };
  if (change.decision) next.decision = change.decision;
  if (change.humanDecision) next.humanDecision = change.humanDecision;
  if (change.edit) {
    next.body = change.edit.body;
    next.editedAt = at;
  }
  if (change.erase) eraseRecord(next, change.forgetNetwork === true);
  const clearReport =
    prev.reported === true && (change.clearReport === true || to === 'rejected' || to === 'deleted');
  if (clearReport) {
    next.reported = false;
    next.openFlags = 0;
    delete next.trustedFlagger;
  }
  setRejection(next, prev, change);

  const approved = delta(prev.status, to, 'approved');
  if (prev.parentId !== null && approved !== 0 && thread === undefined)
    throw new Error('A reply entering or leaving approved needs its thread root status.');
  // A root carries its thread's visible replies with it; a reply counts where its thread shows.
  const rootReplies = prev.replyCount ?? 0;
  const articleApproved =
    prev.parentId === null
      ? visibleInThread(next, rootReplies) - visibleInThread(prev, rootReplies)
      : threadShowsReplies(thread?.root ?? null)
        ? approved
        : 0;
  const queues: QueueCounts = {};
  for (const q of ['pending', 'approved', 'rejected'] as const) {
    const d = delta(prev.status, to, q);
    if (d !== 0) queues[q] = d;
  }
  if (clearReport) queues.reported = -1;
  const human = change.humanDecision;
  const overturns = change.actor.type === 'moderator' && to !== 'deleted';
  const effects: TransitionEffects = {
    articleApproved,
    authorApproved: approved,
    // Author history counts every rejection ever made: an author's edit or deletion, or a moderator's erasure
    // for the author, takes nothing back; only a moderator overturning it (to approved or pending) does.
    authorRejected: Math.max(delta(prev.status, to, 'rejected'), overturns ? -1 : 0),
    rootReplies: prev.parentId !== null ? approved : 0,
    queues,
    decisionStats: human
      ? {
          hour: hourOf(now),
          counters: decisionCounters({
            action: human.action,
            first: prev.status === 'pending' || prev.status === 'received',
            seconds: (now.getTime() - Date.parse(prev.createdAt)) / 1000,
          }),
        }
      : null,
  };
  const audit = auditEvent(next, change, prev.status);
  if (change.note) audit.note = change.note;
  if (change.notice) audit.noticeId = change.notice.id;
  if (change.appeal) audit.appealId = change.appeal.id;
  return { next, effects, audit };
}

/** A rejection's public reason and stored statement of reasons; any other move clears both. */
function setRejection(next: CommentRecord, prev: CommentRecord, change: TransitionChange) {
  delete next.publicReason;
  delete next.statement;
  if (next.status !== 'rejected') return;
  next.publicReason = change.publicReason ?? change.reason ?? 'other';
  next.statement = buildStatement(prev, {
    now: change.now,
    actor: change.actor.type,
    reason: next.publicReason,
    decision: change.decision,
    grounds: change.grounds ?? DEFAULT_STATEMENT_GROUNDS,
    authorBanned: change.authorBanned,
    notice: change.notice,
    appeal: change.appeal,
  });
}

/** A change that moves no counter. */
const NO_EFFECTS: TransitionEffects = {
  articleApproved: 0,
  authorApproved: 0,
  authorRejected: 0,
  rootReplies: 0,
  queues: {},
  decisionStats: null,
};

/** Who an import's audit events name: the import itself, not a moderator or the automatic checks. */
export const IMPORT_ACTOR: Actor = { type: 'system', id: 'import', name: 'Import' };

/** What storing an imported comment moves, beside the comment itself. */
export interface Arrival {
  effects: TransitionEffects;
  audit: AuditEvent;
}

/**
 * An imported comment arriving in the status it was planned in (shared/import/plan.ts): the counters
 * move exactly as they would have had it been posted (`received`) and then decided by the system into
 * that status, since the effects are applyTransition's own; the audit event says `import`, from no
 * status. A `received` comment moves nothing (posting counts nothing); InvalidTransitionError for a
 * status the system cannot give.
 */
export function applyArrival(c: CommentRecord, now: Date, thread?: ThreadContext): Arrival {
  const audit = auditEvent(
    c,
    { now, actor: IMPORT_ACTOR, action: 'import', reason: c.decision?.reason ?? null },
    null,
  );
  if (c.status === 'received') return { effects: NO_EFFECTS, audit };
  const { effects } = applyTransition(
    { ...c, status: 'received' },
    { to: c.status, now, actor: IMPORT_ACTOR, action: 'import', reason: audit.reason },
    thread,
  );
  return { effects, audit };
}

/** Who a retention purge's audit event names: the site's retention policy, not the automatic checks. */
export const RETENTION_ACTOR: Actor = { type: 'system', id: 'retention', name: 'Retention' };

/**
 * Whether a comment is due for purging: rejected, and rejected before `cutoff`. The time it entered
 * `rejected` is its `updatedAt`: every move sets it, none leads from `rejected` to `rejected`, and a
 * rejected comment takes no flags, so nothing else touches it while the comment stays rejected.
 */
export const dueForPurge = (c: Pick<CommentRecord, 'status' | 'updatedAt'>, cutoff: Date): boolean =>
  c.status === 'rejected' && Date.parse(c.updatedAt) < cutoff.getTime();

/** A retention purge of one comment, as read (the delete is conditional on its status and version). */
export interface PurgeInput {
  comment: CommentRecord;
  now: Date;
}

/** What a purge writes beside deleting the comment item. */
export interface Purge {
  effects: TransitionEffects;
  audit: AuditEvent;
}

/**
 * Purging a rejected comment past the retention period: the item is deleted, so it leaves the `rejected`
 * queue (and `reported`, were it still counted there); the author's history keeps the rejection (it
 * counts every rejection ever made). The audit event says `purge`, reason `retention`, by the system, from
 * `rejected` to `deleted` (the status the history schema has for a comment that is gone), and holds
 * nothing of the comment or its author. InvalidTransitionError for any other status: received, pending,
 * approved and deleted comments are never purged.
 */
export function applyPurge(prev: CommentRecord, now: Date): Purge {
  if (prev.status !== 'rejected')
    throw new InvalidTransitionError(`A ${prev.status} comment is never purged.`);
  const queues: QueueCounts = { rejected: -1 };
  if (prev.reported === true) queues.reported = -1;
  const gone: CommentRecord = { ...prev, status: 'deleted', version: prev.version + 1 };
  const change = { now, actor: RETENTION_ACTOR, action: 'purge', reason: 'retention' };
  return { effects: { ...NO_EFFECTS, queues }, audit: auditEvent(gone, change, 'rejected') };
}

/** Attributes a deleted comment loses outright (`authorEmail` and `parentExcerpt` from older items). */
export const ERASED_ATTRIBUTES = ['authorEmail', 'authorEmailHash', 'parentExcerpt'] as const;

/**
 * A deleted comment keeps only what counters and threads need: its text, name and e-mail hash go, and
 * so does every copy of its words in the decision record's evidence (matched terms, links), the
 * moderator's note and the reader flags' notes.
 */
function eraseRecord(next: CommentRecord, forgetNetwork: boolean) {
  next.body = '';
  next.authorName = '';
  for (const attr of ERASED_ATTRIBUTES) delete (next as unknown as Record<string, unknown>)[attr];
  if (forgetNetwork) delete next.networkHash;
  if (next.decision) {
    next.decision = { ...next.decision, checks: next.decision.checks.map((c) => ({ ...c, evidence: [] })) };
  }
  if (next.humanDecision?.note !== undefined) {
    const { note: _note, ...rest } = next.humanDecision;
    next.humanDecision = rest;
  }
  if (next.recentFlags) next.recentFlags = next.recentFlags.map(({ note: _note, ...flag }) => flag);
}

/** What an erasure of a comment the author already deleted is asked (`applyForget`). */
export interface ForgetChange {
  now: Date;
  actor: Actor;
  action: string;
  reason: string | null;
}
export interface ForgetInput extends ForgetChange {
  comment: CommentRecord;
}

/** What an erasure of the person removes that the author's delete of one comment keeps. */
export const FORGOTTEN_ATTRIBUTES = ['networkHash'] as const;

/**
 * Erasing a comment the author already deleted: what the delete kept of the person (the network hash,
 * and any e-mail field an older item still carries) goes, with an audit event from `deleted` to
 * `deleted`. Null when nothing of the kind is left, so a repeated erasure writes nothing.
 */
export function applyForget(prev: CommentRecord, change: ForgetChange): Transition | null {
  const fields = prev as unknown as Record<string, unknown>;
  const present = [...ERASED_ATTRIBUTES, ...FORGOTTEN_ATTRIBUTES].filter((a) => fields[a] !== undefined);
  if (prev.status !== 'deleted' || present.length === 0) return null;
  const next: CommentRecord = { ...prev, version: prev.version + 1, updatedAt: change.now.toISOString() };
  for (const attr of present) delete (next as unknown as Record<string, unknown>)[attr];
  return { next, effects: NO_EFFECTS, audit: auditEvent(next, change, 'deleted') };
}

export { applyFlag, type FlagApplied, type FlagInputRecord } from './flagging';
export {
  firstRepliesAfter,
  refillFirstReplies,
  threadShowsReplies,
  visibleInThread,
  type ThreadContext,
} from './thread';
