/**
 * Notices of illegal content (EU Digital Services Act, Art. 16) and their decisions (Art. 17): anyone may
 * send a notice about a published comment, and gets a receipt and a token to follow it; moderators see
 * open notices as a queue of their own and decide each once. `remove` rejects the comment through the
 * ordinary transition (counters, audit event, a statement of reasons naming the notice); `keep` leaves it
 * as it is. Either closes the notice with an event on the comment's trail, in the same transaction, with
 * the strike a removal counts against the author or an unfounded notice against its notifier (Art. 23,
 * `suspensions.ts`).
 */
import type { CommentRecord, HumanDecision } from '../domain/comment';
import type { AuditEvent } from '../domain/lifecycle';
import type { NoticeDecisionInput } from '../domain/moderation-schemas';
import {
  NOTICE_REJECT_REASON,
  toModeratorNotice,
  toNoticeView,
  type NoticeDecision,
  type NoticeRecord,
} from '../domain/notice';
import { networkBucket } from '../domain/network';
import type { ModeratorNotice, NoticeView } from '../domain/notice';
import { notifierOf, type AbuseSubject } from '../domain/repeat-abuse';
import type { ModeratorComment } from '../domain/responses';
import type { NoticeInput } from '../domain/schemas';
import {
  InvalidNoticeTokenError,
  NoticeAlreadyDecidedError,
  NoticeExistsError,
  NoticeNotFoundError,
} from '../errors';
import { authorTokenMatches, isId, keyedHash, newAuthorToken, newId, sha256 } from '../ids';
import { noticeAppealView } from './appeals';
import { authorActionBudget } from './author-actions';
import { againWhenMoved } from './conflict-retry';
import type { DepsWith } from './deps';
import { shownComment } from './shown';
import { actorOf, signatureOf, type Moderator } from './moderator';
import { emailHashFor, networkHashFor } from './post-comment';
import type {
  AppealsPort,
  CommentsPort,
  NoticeDecisionWrite,
  NoticesPort,
  OpenItemsQuery,
  Page,
  RateLimitsPort,
  SuspensionsPort,
  TextsPort,
  TrustedFlaggersPort,
} from './ports';
import { rememberDecision } from './text-memory';
import { toModeratorComment, withComments } from './queue-items';
import { accountView, refuseIfSuspended, strikeWrite } from './suspensions';
import { flaggerOfToken } from './trusted-flaggers';

/** A decision as asked: `manifestlyUnfounded` defaults to false. */
type DecisionOfNotice = Omit<NoticeDecisionInput, 'manifestlyUnfounded'> & { manifestlyUnfounded?: boolean };

export interface NoticeRequest {
  commentId: string;
  input: NoticeInput;
  sourceIp: string;
  /** `X-Flagger-Token`: a trusted flagger's notice (EU DSA Art. 22), marked and put in front of the queue. */
  flaggerToken?: string | undefined;
}

/**
 * Records a notice about a published comment (any other, or none, is a 404, as the public view answers:
 * the route never reveals an unpublished comment). Rate limited per network bucket with the authors'
 * actions; the e-mail address is kept only as its keyed hash, the token only as its hash. A flagger token
 * that opens no unrevoked trusted flagger is a 403, before anything is counted or written; so is a notice
 * from a notifier under a running suspension (EU DSA Art. 23(2)), named by the flagger or the e-mail hash.
 */
export async function submitNotice(
  deps: DepsWith<CommentsPort & NoticesPort & RateLimitsPort & TrustedFlaggersPort & SuspensionsPort>,
  req: NoticeRequest,
) {
  const trustedFlagger = await flaggerOfToken(deps, req.flaggerToken);
  const emailHash = req.input.notifierEmail ? emailHashFor(deps.secret, req.input.notifierEmail) : undefined;
  const notifierKey = emailHash && notifierKeyFor(deps.secret, emailHash, req.sourceIp);
  const notifier = notifierOf({
    ...(notifierKey ? { notifierKey } : {}),
    ...(trustedFlagger ? { trustedFlagger } : {}),
  });
  if (notifier) refuseIfSuspended(await deps.repo.getAbuseRecord(notifier), deps.now());
  const c = await shownComment(deps, req.commentId);
  // Read first: a notice refused for the budget, or sent twice, writes nothing (a failed conditional
  // write is billed).
  const budget = authorActionBudget(deps, req.sourceIp);
  await budget.check();
  // One open notice a sender about a comment: copies add nothing to review. Once it is decided, a new
  // notice (another ground) may follow; contesting the decision itself is an appeal.
  const sender = noticeSender(deps.secret, req.sourceIp, notifier);
  const earlier = await deps.repo.noticeSentBy(c.id, sender);
  if (earlier !== null && (await deps.repo.getNotice(earlier, true))?.status === 'received')
    throw new NoticeExistsError();
  await budget.count();
  const { input } = req;
  const now = deps.now();
  const token = newAuthorToken();
  const notice: NoticeRecord = {
    entity: 'notice',
    id: newId(now.getTime()),
    commentId: c.id,
    articleId: c.articleId,
    category: input.category,
    explanation: input.explanation,
    ...(input.lawOrGround ? { lawOrGround: input.lawOrGround } : {}),
    ...(input.notifierName ? { notifierName: input.notifierName } : {}),
    ...(emailHash ? { notifierEmailHash: emailHash } : {}),
    ...(notifierKey ? { notifierKey } : {}),
    // A trusted flagger's registration names it, so its notice is never anonymous.
    anonymous: !trustedFlagger && !(input.notifierName && input.notifierEmail),
    ...(trustedFlagger ? { trustedFlagger } : {}),
    tokenHash: sha256(token),
    status: 'received',
    receivedAt: now.toISOString(),
  };
  await deps.repo.createNotice(notice, sender, earlier ?? undefined);
  return {
    notice: { id: notice.id, status: 'received' as const, receivedAt: notice.receivedAt },
    noticeToken: token,
  };
}

/**
 * Who sent a notice, for sending one notice about a comment once: the notifier as Parley counts them (a
 * trusted flagger, or an address within its network bucket), or for an anonymous notice its network
 * bucket, as a reader's flag is counted (one anonymous network may not fill the queue with copies).
 */
function noticeSender(secret: string, sourceIp: string, notifier: AbuseSubject | null): string {
  return notifier ? notifier.id : `network:${networkHashFor(secret, networkBucket(sourceIp))}`;
}

/** A notifier as Parley counts them: the address's keyed hash within the network bucket it came from. */
const notifierKeyFor = (secret: string, emailHash: string, sourceIp: string) =>
  keyedHash(secret, `notifier:${emailHash}:${networkBucket(sourceIp)}`);

/**
 * The notice's status for its notifier, with their warning and suspension if any (Art. 23): an unknown id
 * is a 404, a wrong or missing token a 403.
 */
export async function noticeStatus(
  deps: DepsWith<NoticesPort & AppealsPort & SuspensionsPort & CommentsPort>,
  noticeId: string,
  token: string | undefined,
): Promise<{ notice: NoticeView }> {
  const n = isId(noticeId) ? await deps.repo.getNotice(noticeId, true) : null;
  if (!n) throw new NoticeNotFoundError();
  if (!authorTokenMatches(token, n.tokenHash)) throw new InvalidNoticeTokenError();
  const [appeal, account, againAt] = await Promise.all([
    noticeAppealView(deps, n.id),
    accountView(deps, notifierOf(n)),
    publishedAgainAt(deps, n),
  ]);
  return { notice: toNoticeView(n, appeal, account, againAt) };
}

/**
 * When the comment a notice had removed was published again since (a reversed appeal, an overturn), so that
 * the notifier is not left reading "removed" about a comment readers see; undefined otherwise.
 */
async function publishedAgainAt(deps: DepsWith<CommentsPort>, n: NoticeRecord): Promise<string | undefined> {
  if (n.decision?.action !== 'remove') return undefined;
  const c = await deps.repo.getComment(n.commentId);
  return c?.status === 'approved' && c.updatedAt > n.decision.decidedAt ? c.updatedAt : undefined;
}

/**
 * A page of open notices with their comments (one Query, one BatchGetItem of notices, one of comments),
 * oldest first unless asked otherwise; a notice whose comment retention has purged is left out.
 */
export async function openNoticesPage(
  deps: DepsWith<NoticesPort & CommentsPort>,
  opts: OpenItemsQuery,
): Promise<Page<{ comment: CommentRecord; item: NoticeRecord }>> {
  return withComments(deps, await deps.repo.listOpenNotices(opts));
}

/**
 * Decides an open notice once (a decided one is a 409). `remove` rejects the comment unless it is already
 * rejected or gone, and that removal counts a strike against its author; `keep` with `manifestlyUnfounded`
 * counts one against the notifier, when the notice names one (EU DSA Art. 23). The write is conditional on
 * the notice still open, the comment and the person's record as read; what moved meanwhile is read again.
 */
export async function decideNotice(
  deps: DepsWith<NoticesPort & CommentsPort & SuspensionsPort & TextsPort>,
  moderator: Moderator,
  noticeId: string,
  input: DecisionOfNotice,
): Promise<{ notice: ModeratorNotice; comment: ModeratorComment | null }> {
  return againWhenMoved(async () => {
    const n = isId(noticeId) ? await deps.repo.getNotice(noticeId, true) : null;
    if (!n) throw new NoticeNotFoundError();
    if (n.status !== 'received') throw new NoticeAlreadyDecidedError();
    const c = await deps.repo.getComment(n.commentId, true);
    const out = await deps.repo.decideNotice(await decisionWrite(deps, moderator, n, c, input));
    await rememberDecision(deps, c, out.comment, deps.now());
    const comment = out.comment ?? c;
    return { notice: toModeratorNotice(out.notice), comment: comment ? toModeratorComment(comment) : null };
  });
}

async function decisionWrite(
  deps: DepsWith<NoticesPort & CommentsPort & SuspensionsPort>,
  moderator: Moderator,
  n: NoticeRecord,
  c: CommentRecord | null,
  input: DecisionOfNotice,
): Promise<NoticeDecisionWrite> {
  const now = deps.now();
  const at = now.toISOString();
  const note = input.note ? { note: input.note } : {};
  const unfounded = input.action === 'keep' && input.manifestlyUnfounded === true;
  const decision: NoticeDecision = {
    action: input.action,
    ground: input.ground,
    ...note,
    ...(unfounded ? { manifestlyUnfounded: true as const } : {}),
    decidedAt: at,
    by: signatureOf(moderator),
  };
  const strike = { noticeId: n.id, commentId: n.commentId, at };
  if (input.action === 'remove' && c && c.status !== 'rejected' && c.status !== 'deleted') {
    const reason = NOTICE_REJECT_REASON[n.category];
    const humanDecision: HumanDecision = { action: 'reject', by: decision.by, at, reason, ...note };
    const { statementGrounds } = await deps.policies.get();
    // The removal counts against the comment's author (Art. 23(1)).
    const abuse = [await strikeWrite(deps, { kind: 'author', id: c.authorId }, strike, now)];
    return {
      notice: n,
      decision,
      abuse,
      transition: {
        comment: c,
        to: 'rejected',
        now,
        actor: actorOf(moderator),
        action: 'reject',
        reason,
        ...note,
        humanDecision,
        publicReason: reason,
        grounds: statementGrounds,
        notice: { id: n.id, category: n.category, ground: input.ground, receivedAt: n.receivedAt },
      },
    };
  }
  // Kept, or nothing left to remove: the comment stays as it is, and its trail says the notice was decided.
  const status = c?.status ?? 'deleted';
  const audit: AuditEvent = {
    entity: 'audit',
    eventId: newId(now.getTime()),
    commentId: n.commentId,
    at,
    actor: actorOf(moderator),
    action: `notice_${input.action}`,
    from: status,
    to: status,
    reason: n.category,
    version: c?.version ?? 0,
    noticeId: n.id,
    // A deleted comment's notes were erased with it; a note written now could quote the erased text.
    ...(status === 'deleted' ? {} : note),
  };
  // A notice found manifestly unfounded counts against its notifier, when it names one (Art. 23(2)).
  const notifier = unfounded ? notifierOf(n) : null;
  const abuse = notifier ? [await strikeWrite(deps, notifier, strike, now)] : [];
  return { notice: n, decision, audit, ...(abuse.length ? { abuse } : {}) };
}
