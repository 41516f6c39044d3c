/**
 * The moderators' use cases: the queue, decisions (single and bulk) and history; bans (bans.ts) and
 * article settings, the site policy and stats (moderation-settings.ts) are re-exported from here. Every
 * status change goes through the `transition` port, so it is conditional on the version read and moves
 * counters and the audit trail in the same transaction.
 */
import type { CommentRecord, CommentStatus, HumanDecision } from '../domain/comment';
import { decidedAutomatically, movedIntoVerdict, type AuditEvent } from '../domain/lifecycle';
import type { ModeratorComment, QueueItem } from '../domain/responses';
import type {
  BulkDecisionInput,
  DecisionInput,
  HistoryQuery,
  QueueQuery,
} from '../domain/moderation-schemas';
import {
  CommentNotFoundError,
  DomainError,
  InvalidTransitionError,
  VersionConflictError,
  type ErrorCode,
} from '../errors';
import { isId, newId } from '../ids';
import type { DepsWith } from './deps';
import { actorOf, signatureOf, type Moderator } from './moderator';
import { closeUndoneAppeals, openAppealsPage } from './appeals';
import { openNoticesPage } from './notices';
import type {
  AppealsPort,
  AuditPort,
  AuthorsPort,
  CommentsPort,
  ModerationQueuePort,
  NoticesPort,
  OpenItemsQuery,
  Page,
  SuspensionsPort,
  TextsPort,
  TrustedFlaggersPort,
} from './ports';
import { suspensionsPage } from './suspensions';
import { rememberDecision } from './text-memory';
import { toModeratorComment, toQueueItem, type QueueItemSubject } from './queue-items';

export type { Moderator } from './moderator';
export type { BulkResult, ModeratorComment, QueueItem } from '../domain/responses';
export * from './bans';
export * from './moderation-settings';
export { toModeratorComment } from './queue-items';

/** What deciding on a comment reads and writes. */
type DecideDeps = DepsWith<
  CommentsPort & AuditPort & TextsPort & AppealsPort & NoticesPort & SuspensionsPort
>;

const queueScope = (q: QueueQuery) => `queue:${q.queue}:${q.articleId ?? '*'}:${q.sort}`;

type QueueDeps = DepsWith<ModerationQueuePort & NoticesPort & AppealsPort & AuthorsPort & CommentsPort>;
type QueuePage = Page<{ comment: CommentRecord; subject: QueueItemSubject }>;

/** A page of comments, or of the open notices or appeals of the item queues with their comments. */
async function queuePage(
  deps: QueueDeps,
  queue: QueueQuery['queue'],
  opts: OpenItemsQuery,
): Promise<QueuePage> {
  const of = <T>(p: Page<{ comment: CommentRecord; item: T }>, subject: (item: T) => QueueItemSubject) => ({
    items: p.items.map((e) => ({ comment: e.comment, subject: subject(e.item) })),
    lastId: p.lastId,
  });
  if (queue === 'notices') return of(await openNoticesPage(deps, opts), (notice) => ({ notice }));
  if (queue === 'appeals') return of(await openAppealsPage(deps, opts), (appeal) => ({ appeal }));
  // Items about people, not comments: `moderationQueue` answers them with `suspensionsPage`.
  if (queue === 'suspensions') throw new Error('The suspensions queue has no comments: see moderationQueue.');
  const p = await deps.repo.listQueue(queue, opts);
  return { items: p.items.map((comment) => ({ comment, subject: {} })), lastId: p.lastId };
}

/**
 * One page of a queue: one Query, plus BatchGetItems for the authors' histories and the replies' parents
 * (and, for the notices and appeals queues, the items' comments: one queue item per open notice or
 * appeal, `notice` or `appeal` set).
 */
export async function listQueue(
  deps: QueueDeps,
  q: QueueQuery,
): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  const scope = queueScope(q);
  const afterId = q.cursor === undefined ? undefined : deps.cursors.decode(scope, q.cursor);
  const opts = { articleId: q.articleId, limit: q.limit, newestFirst: q.sort === 'newest', afterId };
  const page = await queuePage(deps, q.queue, opts);
  const comments = page.items.map((e) => e.comment);
  const [authors, parents] = await Promise.all([
    deps.repo.getAuthors(comments.map((c) => c.authorId)),
    deps.repo.commentBodies(comments.flatMap((c) => (c.parentId === null ? [] : [c.parentId]))),
  ]);
  return {
    items: page.items.map((e) => toQueueItem(e.comment, authors.get(e.comment.authorId), parents, e.subject)),
    nextCursor: page.lastId ? deps.cursors.encode(scope, page.lastId) : null,
  };
}

/** GET /moderation/queue: a page of a comment or item queue, or of the suspension proposals (`suspensions.ts`). */
export const moderationQueue = (
  deps: QueueDeps & DepsWith<SuspensionsPort & Pick<TrustedFlaggersPort, 'getTrustedFlagger'>>,
  q: QueueQuery,
) => (q.queue === 'suspensions' ? suspensionsPage(deps, q) : listQueue(deps, q));

async function loadComment(deps: DepsWith<CommentsPort>, commentId: string): Promise<CommentRecord> {
  const c = isId(commentId) ? await deps.repo.getComment(commentId, true) : null;
  if (!c) throw new CommentNotFoundError();
  return c;
}

/**
 * Approves or rejects one comment. With `expectedVersion`, a comment that changed since the moderator
 * loaded it is a 409, and the losing attempt is written to the audit trail too. The automatic checks
 * deciding the same text meanwhile (the moderator was quicker than the pipeline) is no such change: the
 * decision is made again on the comment as it now is, since a human decision binds.
 */
export async function decide(
  deps: DecideDeps,
  moderator: Moderator,
  commentId: string,
  input: Omit<DecisionInput, 'note'> & { note?: string | undefined },
): Promise<{ comment: ModeratorComment }> {
  const c = await loadComment(deps, commentId);
  // A deleted comment first: its notes are erased, and a refused attempt must not write a new one.
  if (c.status === 'deleted') throw new InvalidTransitionError('The author deleted this comment.');
  if (input.expectedVersion !== undefined && input.expectedVersion !== c.version) {
    // The moderator read it in `received` and the checks have decided it since: no conflict (see above).
    if (await decidedAutomaticallySince(deps, c, input.expectedVersion))
      return decideOn(deps, moderator, c, input);
    await recordConflict(deps, moderator, c, input, deps.now());
    throw new VersionConflictError(
      `The comment is at version ${c.version}, not ${input.expectedVersion}: another decision came first.`,
    );
  }
  return decideOn(deps, moderator, c, input);
}

/**
 * Whether the only move since `version` (the one the moderator read) was the automatic checks deciding it:
 * the comment is one version on, its last move took it out of `received` into a verdict, and that move's
 * audit event names the system as its actor (a moderator's move out of `received` names the moderator).
 */
async function decidedAutomaticallySince(
  deps: DepsWith<AuditPort>,
  c: CommentRecord,
  version: number,
): Promise<boolean> {
  if (!movedIntoVerdict(c, version)) return false;
  const events = await deps.repo.eventsAt(c.id, c.updatedAt);
  return events.some((e) => e.actor.type === 'system' && e.from === 'received' && e.to === c.status);
}

async function decideOn(
  deps: DecideDeps,
  moderator: Moderator,
  c: CommentRecord,
  input: Omit<DecisionInput, 'note' | 'expectedVersion'> & { note?: string | undefined },
): Promise<{ comment: ModeratorComment }> {
  const now = deps.now();
  const to: CommentStatus = input.action === 'approve' ? 'approved' : 'rejected';
  // Approving an approved comment only makes sense to dismiss reader reports; otherwise nothing changes.
  if (c.status === to && !(to === 'approved' && c.reported)) return { comment: toModeratorComment(c) };

  const reason = input.action === 'reject' ? (input.reason ?? 'other') : (input.reason ?? null);
  const humanDecision: HumanDecision = {
    action: input.action,
    by: signatureOf(moderator),
    at: now.toISOString(),
    reason,
    ...(input.note ? { note: input.note } : {}),
  };
  const grounds = to === 'rejected' ? (await deps.policies.get()).statementGrounds : undefined;
  try {
    const next = await deps.repo.transition({
      comment: c,
      to,
      now,
      actor: actorOf(moderator),
      action: c.status === to ? 'dismiss_flags' : input.action,
      reason,
      ...(input.note ? { note: input.note } : {}),
      humanDecision,
      clearReport: input.action === 'approve',
      ...(to === 'rejected' ? { publicReason: reason ?? 'other' } : {}),
      ...(grounds ? { grounds } : {}),
    });
    await rememberDecision(deps, c, next, now);
    await closeUndoneAppeals(deps, moderator, c, next, now);
    return { comment: toModeratorComment(next) };
  } catch (err) {
    if (!(err instanceof VersionConflictError)) throw err;
    // What came first may be the author's delete: then the attempt is recorded without its note.
    const current = (await deps.repo.getComment(c.id, true)) ?? c;
    // Once at most: the comment is no longer `received` when this decision is made again.
    if (decidedAutomatically(c, current)) return decideOn(deps, moderator, current, input);
    // Only readers' flags moved (they leave the version): decide on the comment with them.
    if (current.status === c.status && current.version === c.version)
      return decideOn(deps, moderator, current, input);
    await recordConflict(deps, moderator, current, input, now);
    throw new VersionConflictError(
      'Another decision on this comment came first; reload it and decide again.',
    );
  }
}

async function recordConflict(
  deps: DecideDeps,
  moderator: Moderator,
  c: CommentRecord,
  input: { action: string; reason?: string | undefined; note?: string | undefined },
  now: Date,
) {
  // The refusal follows the decision that came first, whatever the clocks said when each began: the
  // trail is read in time order, and a refusal listed before its cause would tell the story backwards.
  const at = Math.max(now.getTime(), Date.parse(c.updatedAt) + 1);
  const event: AuditEvent = {
    entity: 'audit',
    eventId: newId(at),
    commentId: c.id,
    at: new Date(at).toISOString(),
    actor: actorOf(moderator),
    action: `${input.action}_refused`,
    from: c.status,
    to: c.status,
    reason: 'version_conflict',
    version: c.version,
    // A deleted comment's notes were erased with it; a note written now could quote the erased text.
    ...(input.note && c.status !== 'deleted' ? { note: input.note } : {}),
  };
  await deps.repo.appendAudit(event);
}

/** One item of a bulk decision: the decided comment, or the code and message of its refusal. */
export type BulkOutcome =
  | { commentId: string; ok: true; comment: ModeratorComment }
  | { commentId: string; ok: false; code: ErrorCode; message: string };

/** Up to 50 decisions, each on its own (one refused does not stop the others), with each one's outcome. */
export async function decideBulk(
  deps: DecideDeps,
  moderator: Moderator,
  input: BulkDecisionInput,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const item of input.items) {
    try {
      const { comment } = await decide(deps, moderator, item.commentId, {
        action: input.action,
        reason: input.reason,
        note: input.note,
        expectedVersion: item.expectedVersion,
      });
      outcomes.push({ commentId: item.commentId, ok: true, comment });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      outcomes.push({ commentId: item.commentId, ok: false, code: err.code, message: err.message });
    }
  }
  return outcomes;
}

/**
 * A page of a comment's audit trail, oldest first. A comment purged by retention keeps its trail (the
 * purge is its last event): it answers with status `purged`; a comment that never existed is a 404.
 */
export async function commentHistory(
  deps: DepsWith<CommentsPort & AuditPort>,
  commentId: string,
  q: HistoryQuery = { limit: 50 },
) {
  const c = isId(commentId) ? await deps.repo.getComment(commentId, true) : null;
  if (!c && !isId(commentId)) throw new CommentNotFoundError();
  const scope = `history:${commentId}`;
  const afterKey = q.cursor === undefined ? undefined : deps.cursors.decodeKey(scope, q.cursor);
  const page = await deps.repo.history(commentId, { limit: q.limit, afterKey });
  if (!c && page.items.length === 0 && afterKey === undefined) throw new CommentNotFoundError();
  return {
    commentId,
    status: c ? c.status : ('purged' as const),
    version: c ? c.version : null,
    statement: c?.statement ?? null,
    events: page.items.map(({ entity: _e, ...e }) => e),
    nextCursor: page.lastKey ? deps.cursors.encodeKey(scope, page.lastKey) : null,
  };
}
