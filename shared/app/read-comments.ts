/** The reader's views: pages of threads, pages of replies, one comment, counts. */
import {
  INLINE_REPLIES,
  isListed,
  toAuthorComment,
  toPublicComment,
  toPublicThread,
  type PublicComment,
} from '../domain/comment';
import type { OwnComment, RepliesPage, ThreadsPage } from '../domain/responses';
import type { ListCommentsQuery, ListRepliesQuery } from '../domain/schemas';
import { CommentNotFoundError, InvalidAuthorTokenError } from '../errors';
import { authorTokenMatches, isId } from '../ids';
import type { DepsWith } from './deps';
import { authorAppealView } from './appeals';
import type { AppealsPort, ArticlesPort, CommentsPort, SuspensionsPort } from './ports';
import { accountView } from './suspensions';
import { isShown, threadShown } from './shown';

const threadsScope = (articleId: string, sort: string) => `threads:${articleId}:${sort}`;
const repliesScope = (rootId: string) => `replies:${rootId}`;

/**
 * One page of an article's approved threads: a single Query, plus the article's record, read whole for its
 * counter, which also says whether the article is closed (no second read for it).
 */
export async function listThreads(
  deps: DepsWith<CommentsPort & ArticlesPort>,
  articleId: string,
  q: ListCommentsQuery,
): Promise<ThreadsPage> {
  const scope = threadsScope(articleId, q.sort);
  const afterId = q.cursor === undefined ? undefined : deps.cursors.decode(scope, q.cursor);
  const [page, article] = await Promise.all([
    deps.repo.listThreads(articleId, { limit: q.limit, newestFirst: q.sort === 'newest', afterId }),
    deps.repo.getArticle(articleId),
  ]);
  return {
    articleId,
    comments: page.items.map((c) => {
      const lastInline = c.firstReplies[c.firstReplies.length - 1];
      return {
        ...toPublicThread(c),
        repliesCursor:
          c.replyCount > c.firstReplies.length && c.firstReplies.length === INLINE_REPLIES && lastInline
            ? deps.cursors.encode(repliesScope(c.id), lastInline.id)
            : null,
      };
    }),
    nextCursor: page.lastId ? deps.cursors.encode(scope, page.lastId) : null,
    totalApproved: article.totalApproved,
    closed: article.closed,
  };
}

/**
 * One page of a thread's approved replies, oldest first; the thread's root must be listed (published, or
 * a tombstone kept for its replies).
 */
export async function listReplies(
  deps: DepsWith<CommentsPort>,
  commentId: string,
  q: ListRepliesQuery,
): Promise<RepliesPage> {
  const root = isId(commentId) ? await deps.repo.getComment(commentId) : null;
  if (!root || !isListed(root)) throw new CommentNotFoundError();
  // Threads are one level deep: a reply's replies are listed, flat, under its thread's first comment.
  if (root.parentId !== null)
    throw new CommentNotFoundError(
      `This comment is a reply: its thread's replies, answers to it among them, are listed under ${root.rootId}.`,
    );
  const scope = repliesScope(root.id);
  const afterId = q.cursor === undefined ? undefined : deps.cursors.decode(scope, q.cursor);
  const page = await deps.repo.listReplies(root.id, { limit: q.limit, afterId });
  return {
    commentId: root.id,
    comments: page.items.map(toPublicComment),
    nextCursor: page.lastId ? deps.cursors.encode(scope, page.lastId) : null,
  };
}

/**
 * A published comment for anyone; with the author's token, the author's own comment in any state,
 * with its status in plain language, the author's latest appeal of it, and the author's latest warning
 * and suspension for repeat abuse (Art. 23) if they have any.
 */
export async function getComment(
  deps: DepsWith<CommentsPort & AppealsPort & SuspensionsPort>,
  commentId: string,
  authorToken?: string,
): Promise<PublicComment | OwnComment> {
  const c = isId(commentId) ? await deps.repo.getComment(commentId, authorToken !== undefined) : null;
  if (!c) throw new CommentNotFoundError();
  if (authorToken !== undefined) {
    if (!authorTokenMatches(authorToken, c.authorTokenHash)) throw new InvalidAuthorTokenError();
    const [appeal, account, shown] = await Promise.all([
      authorAppealView(deps, c.id),
      accountView(deps, { kind: 'author', id: c.authorId }),
      c.status === 'approved' ? threadShown(deps, c) : true,
    ]);
    return { ...toAuthorComment(c, shown), appeal, ...(account ? { account } : {}) };
  }
  if (!(await isShown(deps, c))) throw new CommentNotFoundError();
  return toPublicComment(c);
}

/** Approved-comment counts for up to 100 articles. */
export async function countComments(deps: DepsWith<ArticlesPort>, articleIds: readonly string[]) {
  return { counts: await deps.repo.countApproved(articleIds) };
}
