/**
 * Appeals against moderation decisions (EU Digital Services Act, Art. 20): the author of a rejected
 * comment, or the notifier whose notice was decided `keep`, asks for a person to review the decision,
 * once per decision and within six months of it. Moderators see open appeals as a queue of their own; a
 * moderator other than the one who took the decision (`reviewOf`) upholds or reverses it. A reversal
 * restores a rejected comment, or removes a kept one, through the ordinary transition; every appeal and
 * every outcome is an event on the comment's trail (`appeal_received`, `appeal_decided`).
 */
import {
  authorAppealable,
  noticeAppealable,
  reversalOf,
  reviewOf,
  toAppealView,
  toModeratorAppeal,
  type AppealDecision,
  type AppealDecisionInput,
  type AppealedDecision,
  type AppealInput,
  type AppealRecord,
  type AppealView,
  type Appellant,
  type ModeratorAppeal,
} from '../domain/appeal';
import type { CommentRecord } from '../domain/comment';
import type { Actor, AuditEvent, TransitionInput } from '../domain/lifecycle';
import { NOTICE_REJECT_REASON } from '../domain/notice';
import type { ModeratorComment } from '../domain/responses';
import {
  AppealAlreadyDecidedError,
  AppealNotFoundError,
  CommentNotFoundError,
  InvalidAuthorTokenError,
  InvalidNoticeTokenError,
  NoticeNotFoundError,
  VersionConflictError,
} from '../errors';
import { authorTokenMatches, isId, newId } from '../ids';
import { againWhenMoved } from './conflict-retry';
import type { DepsWith } from './deps';
import { actorOf, signatureOf, type Moderator } from './moderator';
import { notifierOf } from '../domain/repeat-abuse';
import type {
  AbuseWrite,
  AppealsPort,
  AuditPort,
  CommentsPort,
  NoticesPort,
  OpenItemsQuery,
  SuspensionsPort,
  TextsPort,
} from './ports';
import { rememberDecision } from './text-memory';
import { toModeratorComment, withComments } from './queue-items';
import { strikeWrite, withdrawalWrite } from './suspensions';

/** An appeal as asked: the comment's or the notice's id, the token that proves who asks, the reasons. */
export interface AppealRequest {
  id: string;
  token: string | undefined;
  input: AppealInput;
}

/**
 * Who the trail names for a notifier's appeal: the audit actor has kinds for the checks, moderators and
 * authors only, and a notifier is none of them nor identified; `appellant: 'notifier'` says who it was.
 */
export const NOTIFIER_ACTOR: Actor = { type: 'system', id: 'notifier', name: 'Notifier' };

const receipt = (a: AppealRecord) => ({
  appeal: { id: a.id, status: 'received' as const, receivedAt: a.receivedAt },
});

/**
 * Records the author's appeal of their comment's rejection: 404 for an unknown comment, 403 without its
 * author token, 409 when it is not rejected (`not_appealable`), past its six months
 * (`appeal_window_closed`) or already appealed (`appeal_exists`).
 */
export async function submitAuthorAppeal(
  deps: DepsWith<CommentsPort & AppealsPort & AuditPort>,
  req: AppealRequest,
) {
  const c = isId(req.id) ? await deps.repo.getComment(req.id, true) : null;
  if (!c) throw new CommentNotFoundError();
  if (!authorTokenMatches(req.token, c.authorTokenHash)) throw new InvalidAuthorTokenError();
  const now = deps.now();
  const appealed = authorAppealable(c, await rejectedBy(deps, c), now);
  const appeal = newAppeal(now, 'author', { commentId: c.id, articleId: c.articleId }, req.input, appealed);
  await deps.repo.createAppeal(appeal, receivedEvent(appeal, c, now, { type: 'author', id: c.authorId }));
  return receipt(appeal);
}

/**
 * Records the notifier's appeal of a decision to keep the comment their notice was about: 404 for an
 * unknown notice, 403 without its token, 409 when it is undecided or decided `remove`, past six months or
 * already appealed.
 */
export async function submitNoticeAppeal(
  deps: DepsWith<CommentsPort & NoticesPort & AppealsPort>,
  req: AppealRequest,
) {
  const n = isId(req.id) ? await deps.repo.getNotice(req.id, true) : null;
  if (!n) throw new NoticeNotFoundError();
  if (!authorTokenMatches(req.token, n.tokenHash)) throw new InvalidNoticeTokenError();
  const now = deps.now();
  const appealed = noticeAppealable(n, now);
  const c = await deps.repo.getComment(n.commentId, true);
  const appeal = newAppeal(now, 'notifier', n, req.input, appealed);
  await deps.repo.createAppeal(appeal, receivedEvent(appeal, c, now, NOTIFIER_ACTOR));
  return receipt(appeal);
}

/** The moderator who moved the comment into `rejected`, from the event of that move; null if none was. */
async function rejectedBy(deps: DepsWith<AuditPort>, c: CommentRecord) {
  const s = c.statement;
  if (c.status !== 'rejected' || !s || s.automated.decision) return null;
  const events = await deps.repo.eventsAt(c.id, s.decidedAt);
  const move = events.find((e) => e.to === 'rejected' && e.actor.type === 'moderator');
  return move ? { id: move.actor.id, ...(move.actor.name ? { name: move.actor.name } : {}) } : null;
}

function newAppeal(
  now: Date,
  appellant: Appellant,
  about: { commentId: string; articleId: string },
  input: AppealInput,
  appealed: AppealedDecision,
): AppealRecord {
  return {
    entity: 'appeal',
    id: newId(now.getTime()),
    appellant,
    commentId: about.commentId,
    articleId: about.articleId,
    explanation: input.explanation,
    appealed,
    status: 'received',
    receivedAt: now.toISOString(),
  };
}

/** An event on the comment's trail that moves nothing (the comment may be gone: as `deleted`, version 0). */
function trailEvent(
  a: AppealRecord,
  c: CommentRecord | null,
  now: Date,
  actor: Actor,
  fields: Partial<AuditEvent> & Pick<AuditEvent, 'action'>,
): AuditEvent {
  const status = c?.status ?? 'deleted';
  return {
    entity: 'audit',
    eventId: newId(now.getTime()),
    commentId: a.commentId,
    at: now.toISOString(),
    actor,
    from: status,
    to: status,
    reason: a.appealed.reason,
    version: c?.version ?? 0,
    appealId: a.id,
    ...(a.appealed.noticeId ? { noticeId: a.appealed.noticeId } : {}),
    ...fields,
  };
}

const receivedEvent = (a: AppealRecord, c: CommentRecord | null, now: Date, actor: Actor) =>
  trailEvent(a, c, now, actor, { action: 'appeal_received', appellant: a.appellant });

/**
 * A page of open appeals with their comments, oldest first unless asked otherwise; an appeal whose comment
 * retention has purged is left out.
 */
export async function openAppealsPage(deps: DepsWith<AppealsPort & CommentsPort>, opts: OpenItemsQuery) {
  return withComments(deps, await deps.repo.listOpenAppeals(opts));
}

/** The author's latest appeal of their comment, as the author sees it (null: none). */
export async function authorAppealView(
  deps: DepsWith<AppealsPort>,
  commentId: string,
): Promise<AppealView | null> {
  const a = (await deps.repo.authorAppeals(commentId)).at(-1);
  return a ? toAppealView(a) : null;
}

/** The notifier's appeal of their notice's decision, as the notifier sees it (null: none). */
export async function noticeAppealView(
  deps: DepsWith<AppealsPort>,
  noticeId: string,
): Promise<AppealView | null> {
  const a = await deps.repo.noticeAppeal(noticeId);
  return a ? toAppealView(a) : null;
}

/**
 * Decides an open appeal once (a decided one is a 409, so is the original decider unless an admin). A
 * reversal moves the comment when it still can be (`reversalOf`), and takes back the repeat-abuse strike
 * (Art. 23) the reversed decision counted; the write is conditional on the appeal still open, the comment
 * and the people's records as read, and what moved meanwhile is read again.
 */
export async function decideAppeal(
  deps: DepsWith<AppealsPort & CommentsPort & NoticesPort & SuspensionsPort & TextsPort>,
  moderator: Moderator,
  appealId: string,
  input: AppealDecisionInput,
): Promise<{ appeal: ModeratorAppeal; comment: ModeratorComment | null }> {
  return againWhenMoved(async () => {
    const a = isId(appealId) ? await deps.repo.getAppeal(appealId, true) : null;
    if (!a) throw new AppealNotFoundError();
    if (a.status !== 'received') throw new AppealAlreadyDecidedError(a.status === 'withdrawn');
    // An admin's group is the one escape from the four-eyes rule (functions/lib/auth.ts `hasRole`).
    const { selfReview } = reviewOf(a.appealed, {
      id: moderator.id,
      admin: moderator.groups.includes('admins'),
    });
    const c = await deps.repo.getComment(a.commentId, true);
    // An author's appeal raced by another decision on the comment (a moderator overturned the rejection
    // appealed): upholding would tell the author a rejection stands that no longer does. Reversing it
    // closes it, changing nothing. (A notifier's appeal of a decision to keep may still be upheld when
    // the comment was removed on another ground since: the decision on their notice stands.)
    if (
      input.action === 'uphold' &&
      a.appellant === 'author' &&
      c &&
      c.status !== 'deleted' &&
      reversalOf(a, c) === 'nothing'
    )
      throw new VersionConflictError(
        'The decision appealed no longer stands: the comment was decided again since. Reverse the appeal to close it.',
      );
    const now = deps.now();
    const decision: AppealDecision = {
      outcome: input.action,
      note: input.note,
      decidedAt: now.toISOString(),
      by: signatureOf(moderator),
      ...(selfReview ? { selfReview: true as const } : {}),
    };
    const transition = input.action === 'reverse' ? await reversal(deps, moderator, a, c, decision) : null;
    const audit = trailEvent(a, c, now, actorOf(moderator), {
      action: 'appeal_decided',
      outcome: input.action,
      ...(selfReview ? { selfReview: true as const } : {}),
      // A deleted comment's notes were erased with it; a note written now could quote the erased text.
      ...(c && c.status !== 'deleted' ? { note: input.note } : {}),
    });
    const abuse = input.action === 'reverse' ? await reversalStrikes(deps, a, c, transition, now) : [];
    const out = await deps.repo.decideAppeal({
      appeal: a,
      decision,
      audit,
      ...(transition ? { transition } : {}),
      ...(abuse.length ? { abuse } : {}),
    });
    await rememberDecision(deps, c, out.comment, now);
    const comment = out.comment ?? c;
    return { appeal: toModeratorAppeal(out.appeal), comment: comment ? toModeratorComment(comment) : null };
  });
}

/** What the author of an appeal closed by `closeUndoneAppeals` is told. */
export const UNDONE_APPEAL_NOTE =
  'A moderator restored your comment before your appeal was reviewed: the decision you appealed no longer stands.';

/**
 * The author's open appeals of a rejection a moderator has just undone (`decide` in `moderation.ts`): the
 * decision appealed no longer stands, so each is closed as reversed by that moderator, its author told at
 * once (an appeal left open waited in the queue for a review of nothing, and could only be reversed). The
 * strike of a removal on a notice is taken back as a reversal takes it back. An appeal decided or withdrawn
 * meanwhile is left as it is.
 */
export async function closeUndoneAppeals(
  deps: DepsWith<AppealsPort & NoticesPort & SuspensionsPort>,
  moderator: Moderator,
  prev: CommentRecord,
  next: CommentRecord,
  now: Date,
): Promise<void> {
  const undone = prev.statement?.id;
  if (prev.status !== 'rejected' || next.status === 'rejected' || next.status === 'deleted' || !undone)
    return;
  const open = (await deps.repo.authorAppeals(prev.id)).filter(
    (a) => a.status === 'received' && a.appealed.statementId === undone,
  );
  for (const a of open) {
    const decision: AppealDecision = {
      outcome: 'reverse',
      note: UNDONE_APPEAL_NOTE,
      decidedAt: now.toISOString(),
      by: signatureOf(moderator),
    };
    const audit = trailEvent(a, next, now, actorOf(moderator), {
      action: 'appeal_decided',
      outcome: 'reverse',
      note: UNDONE_APPEAL_NOTE,
    });
    const abuse = await reversalStrikes(deps, a, next, null, now);
    try {
      await deps.repo.decideAppeal({ appeal: a, decision, audit, ...(abuse.length ? { abuse } : {}) });
    } catch (err) {
      if (!(err instanceof AppealAlreadyDecidedError)) throw err;
    }
  }
}

/**
 * What a reversal changes in people's repeat-abuse records (Art. 23): the strike of the decision reversed
 * is taken back (the author's, for a removal on a notice; the notifier's, for a notice found manifestly
 * unfounded), and a notifier's appeal that removes the comment counts against its author as a notice's
 * removal does.
 */
async function reversalStrikes(
  deps: DepsWith<NoticesPort & SuspensionsPort>,
  a: AppealRecord,
  c: CommentRecord | null,
  move: TransitionInput | null,
  now: Date,
): Promise<AbuseWrite[]> {
  const noticeId = a.appealed.noticeId;
  if (!noticeId || !c) return [];
  const author = { kind: 'author' as const, id: c.authorId };
  if (a.appellant === 'author') {
    const back = await withdrawalWrite(deps, author, noticeId, now);
    return back ? [back] : [];
  }
  const n = await deps.repo.getNotice(noticeId, true);
  const notifier = n ? notifierOf(n) : null;
  const back = notifier ? await withdrawalWrite(deps, notifier, noticeId, now) : null;
  const removed =
    move?.to === 'rejected'
      ? await strikeWrite(deps, author, { noticeId, commentId: c.id, at: now.toISOString() }, now)
      : null;
  return [back, removed].filter((w): w is AbuseWrite => w !== null);
}

/**
 * The move a reversal makes, or null: the author's rejection undone (approved, a human decision that
 * binds), or the kept comment removed as a notice's `remove` removes it, its statement naming the notice
 * and the appeal, the reviewer's note as the ground.
 */
async function reversal(
  deps: DepsWith<CommentsPort>,
  moderator: Moderator,
  a: AppealRecord,
  c: CommentRecord | null,
  d: AppealDecision,
): Promise<TransitionInput | null> {
  const effect = reversalOf(a, c);
  if (!c || effect === 'nothing') return null;
  const now = new Date(d.decidedAt);
  const common = { comment: c, now, actor: actorOf(moderator), note: d.note, appeal: { id: a.id } };
  if (effect === 'restore') {
    const humanDecision = {
      action: 'approve' as const,
      by: d.by,
      at: d.decidedAt,
      reason: null,
      note: d.note,
    };
    return { ...common, to: 'approved', action: 'approve', reason: null, humanDecision, clearReport: true };
  }
  const category = a.appealed.category ?? 'other_illegal';
  const reason = NOTICE_REJECT_REASON[category];
  const humanDecision = { action: 'reject' as const, by: d.by, at: d.decidedAt, reason, note: d.note };
  const { statementGrounds } = await deps.policies.get();
  return {
    ...common,
    to: 'rejected',
    action: 'reject',
    reason,
    humanDecision,
    publicReason: reason,
    grounds: statementGrounds,
    notice: { id: a.appealed.noticeId ?? '', category, ground: d.note },
  };
}
