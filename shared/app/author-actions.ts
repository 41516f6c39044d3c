/**
 * What an author can do with the token they were given once: edit within the edit window (the comment
 * re-enters moderation) and delete (the text and name are erased; a root with published replies stays
 * as a tombstone so the replies keep their place).
 */
import { toAuthorComment, type AuthorComment, type CommentRecord } from '../domain/comment';
import {
  AuthorTokenRequiredError,
  CommentNotFoundError,
  EditWindowClosedError,
  InvalidAuthorTokenError,
  InvalidTransitionError,
  VersionConflictError,
} from '../errors';
import { authorTokenMatches, isId } from '../ids';
import type { Deps } from './deps';

const AUTHOR = (c: CommentRecord) => ({ type: 'author' as const, id: c.authorId });
const MAX_ATTEMPTS = 3;

async function ownComment(deps: Deps, commentId: string, token: string | undefined): Promise<CommentRecord> {
  if (token === undefined) throw new AuthorTokenRequiredError();
  const c = isId(commentId) ? await deps.repo.getComment(commentId, true) : null;
  if (!c) throw new CommentNotFoundError();
  if (!authorTokenMatches(token, c.authorTokenHash)) throw new InvalidAuthorTokenError();
  return c;
}

/** Replaces the text within the edit window; the comment goes back to `received` and is moderated again. */
export async function editComment(
  deps: Deps,
  commentId: string,
  token: string | undefined,
  body: string,
): Promise<{ comment: AuthorComment }> {
  for (let attempt = 1; ; attempt++) {
    const c = await ownComment(deps, commentId, token);
    if (c.status === 'deleted') throw new InvalidTransitionError('A deleted comment cannot be edited.');
    const policy = await deps.policies.get();
    const now = deps.now();
    if (now.getTime() - Date.parse(c.createdAt) > policy.editWindowMinutes * 60_000)
      throw new EditWindowClosedError();
    if (body === c.body) return { comment: toAuthorComment(c) };
    try {
      const next = await deps.repo.transition({
        comment: c,
        to: 'received',
        now,
        actor: AUTHOR(c),
        action: 'edit',
        reason: null,
        edit: { body },
        clearReport: true,
      });
      return { comment: toAuthorComment(next) };
    } catch (err) {
      // A moderator or the consumer moved it meanwhile: edit the comment as it is now.
      if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/** Deletes the comment: any state → `deleted`, personal data erased from the item. */
export async function deleteComment(
  deps: Deps,
  commentId: string,
  token: string | undefined,
): Promise<{ comment: AuthorComment }> {
  for (let attempt = 1; ; attempt++) {
    const c = await ownComment(deps, commentId, token);
    if (c.status === 'deleted') return { comment: toAuthorComment(c) };
    try {
      const next = await deps.repo.transition({
        comment: c,
        to: 'deleted',
        now: deps.now(),
        actor: AUTHOR(c),
        action: 'delete',
        reason: null,
        erase: true,
      });
      return { comment: toAuthorComment(next) };
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
