/** Comments and moderators for the use-case and lifecycle tests. */
import type { Deps } from '../../../shared/app/deps';
import { decide } from '../../../shared/app/moderation';
import { submitNotice } from '../../../shared/app/notices';
import type { Moderator } from '../../../shared/app/moderator';
import type { Actor } from '../../../shared/domain/lifecycle';
import { postComment } from '../post-comment';
import type { AuthorComment, CommentRecord } from '../../../shared/domain/comment';
import type { NoticeInput, PostCommentInput } from '../../../shared/domain/schemas';
import { newId, sha256 } from '../../../shared/ids';

export const MODERATOR: Moderator = { id: 'mod-1', name: 'Maria', groups: ['moderators'] };

/** The actors of the lifecycle tests: the automatic checks, a moderator, the comment's author. */
export const SYSTEM_ACTOR: Actor = { type: 'system', id: 'auto-moderator' };
export const MODERATOR_ACTOR: Actor = { type: 'moderator', id: 'mod-1' };
export const AUTHOR_ACTOR: Actor = { type: 'author', id: 'a_author' };
export const ADMIN: Moderator = { id: 'admin-1', groups: ['admins', 'moderators'] };

/** A notice of illegal content as a reader sends it, anonymous. */
export const DEFAMATION_NOTICE: NoticeInput = {
  category: 'defamation',
  explanation: 'It says false things about a named person.',
  goodFaith: true,
};

/** A notice about a comment, from one network (a notifier has one notice about a comment open at a time). */
export const notify = (
  deps: Deps,
  commentId: string,
  input: NoticeInput = DEFAMATION_NOTICE,
  sourceIp = '192.0.2.1',
) => submitNotice(deps, { commentId, input, sourceIp });

let at = Date.parse('2026-03-02T09:00:00.000Z');

/** A comment record in `received`, as post-comment stores it; fields may be overridden. */
export function commentRecord(over: Partial<CommentRecord> = {}): CommentRecord {
  at += 1000;
  const id = over.id ?? newId(at);
  const createdAt = new Date(at).toISOString();
  return {
    entity: 'comment',
    id,
    articleId: 'article-1',
    parentId: null,
    rootId: id,
    authorId: 'a_author',
    authorName: 'Reader',
    authorTokenHash: sha256('token'),
    networkHash: 'net-1',
    body: 'A thoughtful comment.',
    status: 'received',
    version: 1,
    createdAt,
    updatedAt: createdAt,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
    ...over,
  };
}

let readers = 0;

/**
 * Posts through the use case and reads its answer back (what the HTTP handler would send). Each post
 * has its own author name unless one is given, so a test's posts stay under the per-author rate limit.
 */
export async function post(
  deps: Deps,
  articleId: string,
  input: Partial<PostCommentInput> = {},
  opts: { sourceIp?: string; idempotencyKey?: string } = {},
): Promise<{ comment: AuthorComment; authorToken: string }> {
  const result = await postComment(deps, {
    articleId,
    input: { authorName: `Reader ${++readers}`, body: 'A thoughtful comment.', ...input },
    sourceIp: opts.sourceIp ?? '192.0.2.10',
    ...(opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey } : {}),
  });
  return JSON.parse(result.json) as { comment: AuthorComment; authorToken: string };
}

/** Posts a comment and has a moderator approve it: a published comment. */
export async function published(deps: Deps, articleId: string, input: Partial<PostCommentInput> = {}) {
  const posted = await post(deps, articleId, input);
  await decide(deps, MODERATOR, posted.comment.id, { action: 'approve' });
  return posted;
}
