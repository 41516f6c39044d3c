/**
 * What an author can do with the token they were given once: edit within the edit window (the comment
 * re-enters moderation) and delete (the text and name are erased everywhere; a root with published
 * replies stays as a tombstone so the replies keep their place). Both are rate limited per network
 * bucket, decided on a read first so that a refused request writes nothing. An edit is new text, refused
 * where a post would be (closed article, banned author or network); a deletion never is.
 */
import { toAuthorComment, type AuthorComment, type CommentRecord } from '../domain/comment';
import {
  AuthorTokenRequiredError,
  CommentNotFoundError,
  EditWindowClosedError,
  InvalidAuthorTokenError,
  InvalidTransitionError,
  RateLimitedError,
} from '../errors';
import { networkBucket } from '../domain/network';
import { authorTokenMatches, isId } from '../ids';
import { networkHashFor, refuseIfNotOpen } from './post-comment';
import type { DepsWith } from './deps';
import { againWhenMoved } from './conflict-retry';
import { eraseComment } from './erasure';
import type { AppealsPort, CommentsPort, PostContextPort, RateLimitsPort } from './ports';

/** What an author's actions read and write. */
type AuthorDeps = DepsWith<CommentsPort & RateLimitsPort>;
/** An edit also reads the article, the author and the network's ban: a post's standing. */
type EditDeps = DepsWith<CommentsPort & RateLimitsPort & PostContextPort>;
/** A deletion also erases the author's appeals of the comment. */
type DeleteDeps = DepsWith<CommentsPort & RateLimitsPort & AppealsPort>;

const AUTHOR = (c: CommentRecord) => ({ type: 'author' as const, id: c.authorId });

export interface AuthorRequest {
  commentId: string;
  token: string | undefined;
  sourceIp: string;
}

/**
 * An author's edits and deletions are rate limited per network bucket. The budget is read first, so a
 * request over it is refused (429) before anything else and writes nothing; only a request that is about
 * to change a comment is counted (a refused one, wrong token or closed window, writes nothing either).
 */
export function authorActionBudget(deps: AuthorDeps, sourceIp: string) {
  const now = deps.now();
  const subject = networkHashFor(deps.secret, networkBucket(sourceIp));
  const refused = () =>
    new RateLimitedError(
      Math.max(1, Math.ceil(((Math.floor(now.getTime() / 60_000) + 1) * 60_000 - now.getTime()) / 1000)),
    );
  return {
    async check() {
      const policy = await deps.policies.get();
      if (
        (await deps.repo.requestsThisMinute('author-action', subject, now)) >=
        policy.rateLimits.authorActionsPerMinute
      )
        throw refused();
    },
    async count() {
      const policy = await deps.policies.get();
      const limit = policy.rateLimits.authorActionsPerMinute;
      if ((await deps.repo.hitRateLimit('author-action', subject, limit, now)) !== null) throw refused();
    },
  };
}

async function ownComment(
  deps: AuthorDeps,
  commentId: string,
  token: string | undefined,
): Promise<CommentRecord> {
  if (token === undefined) throw new AuthorTokenRequiredError();
  const c = isId(commentId) ? await deps.repo.getComment(commentId, true) : null;
  if (!c) throw new CommentNotFoundError();
  if (!authorTokenMatches(token, c.authorTokenHash)) throw new InvalidAuthorTokenError();
  return c;
}

/**
 * Replaces the text within the edit window; the comment goes back to `received` and is moderated again.
 * Refused as a post would be, from the same reads: 403 `comments_closed` while a moderator has the
 * article closed (an edit would take a published comment off the page into a thread that takes nothing
 * new), 403 `author_banned` for a banned author or from a banned network bucket, 403 `author_suspended`
 * while the author's suspension for repeat abuse runs (an edit would put their text back in the queue).
 */
export async function editComment(
  deps: EditDeps,
  req: AuthorRequest & { body: string },
): Promise<{ comment: AuthorComment }> {
  const budget = authorActionBudget(deps, req.sourceIp);
  await budget.check();
  // A moderator or the consumer moved it meanwhile: edit the comment as it is now.
  return againWhenMoved(async (attempt) => {
    const c = await ownComment(deps, req.commentId, req.token);
    if (c.status === 'deleted') throw new InvalidTransitionError('A deleted comment cannot be edited.');
    const policy = await deps.policies.get();
    const now = deps.now();
    if (now.getTime() - Date.parse(c.createdAt) > policy.editWindowMinutes * 60_000)
      throw new EditWindowClosedError();
    if (req.body === c.body) return { comment: toAuthorComment(c) };
    refuseIfNotOpen(
      await deps.repo.getStanding({
        articleId: c.articleId,
        authorId: c.authorId,
        // The network the edit comes from, as a post's: a ban covers whoever writes from it.
        networkHash: networkHashFor(deps.secret, networkBucket(req.sourceIp)),
        now,
      }),
      now,
    );
    if (attempt === 1) await budget.count();
    // A comment a moderator rejected is re-checked but never published without a human: the
    // consumer's `human-decision` check holds it (see shared/moderation/checks/human-decision.ts).
    const next = await deps.repo.transition({
      comment: c,
      to: 'received',
      now,
      actor: AUTHOR(c),
      action: 'edit',
      reason: null,
      // Reader reports survive an edit: the reported queue shows the comment again with its new text.
      edit: { body: req.body },
    });
    return { comment: toAuthorComment(next) };
  });
}

/**
 * Deletes the comment: any state → `deleted`, its text, name and e-mail hash erased from the item, from
 * the decision record's evidence and from the notes beside it (moderators' and readers'), as
 * `eraseComment` does for every erasure. Repeating a deletion finishes an erasure that an earlier attempt
 * left half done. Neither a closed article nor a ban refuses it: removing one's own words is the
 * author's right (GDPR Art. 17), adds nothing to a page and puts nothing in the queue.
 */
export async function deleteComment(
  deps: DeleteDeps,
  req: AuthorRequest,
): Promise<{ comment: AuthorComment }> {
  const budget = authorActionBudget(deps, req.sourceIp);
  await budget.check();
  const c = await ownComment(deps, req.commentId, req.token);
  await budget.count();
  const { comment } = await eraseComment(deps, c, {
    actor: AUTHOR(c),
    action: 'delete',
    reason: null,
    person: false,
  });
  return { comment: toAuthorComment(comment) };
}
