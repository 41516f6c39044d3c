/**
 * What moderators see of a comment, alone (a decision's answer) and as a moderation queue's item (the
 * comment queues of `moderation.ts` and the notices queue of `notices.ts`).
 */
import { toModeratorAppeal, type AppealRecord } from '../domain/appeal';
import { toPublicComment, type CommentRecord } from '../domain/comment';
import { toModeratorNotice, type NoticeRecord } from '../domain/notice';
import type { ModeratorComment, QueueItem } from '../domain/responses';
import type { AuthorRecord } from '../storage/records';
import type { DepsWith } from './deps';
import type { CommentsPort, Page } from './ports';

/** What a queue item is for beside its comment: the open notice or appeal (item queues only). */
export interface QueueItemSubject {
  notice?: NoticeRecord;
  appeal?: AppealRecord;
}

/**
 * The comments of a page of open items (one BatchGetItem), each item with its comment; an item whose
 * comment retention has purged is left out.
 */
export async function withComments<T extends { commentId: string }>(
  deps: DepsWith<CommentsPort>,
  page: Page<T>,
): Promise<Page<{ comment: CommentRecord; item: T }>> {
  const comments = await deps.repo.getComments(page.items.map((i) => i.commentId));
  return {
    items: page.items.flatMap((item) => {
      const comment = comments.get(item.commentId);
      return comment ? [{ comment, item }] : [];
    }),
    lastId: page.lastId,
  };
}

export function toModeratorComment(c: CommentRecord): ModeratorComment {
  return {
    ...toPublicComment(c),
    replyCount: c.parentId === null ? c.replyCount : 0,
    status: c.status,
    version: c.version,
    authorId: c.authorId,
    updatedAt: c.updatedAt,
    publicReason: c.publicReason ?? null,
  };
}

/** How much of the replied-to comment moderators see beside a reply. */
const PARENT_EXCERPT_CHARS = 200;
const excerpt = (text: string | undefined) =>
  text ? [...text].slice(0, PARENT_EXCERPT_CHARS).join('') : null;

export function toQueueItem(
  c: CommentRecord,
  author: Pick<AuthorRecord, 'approved' | 'rejected' | 'banned'> | undefined,
  parents: ReadonlyMap<string, string>,
  subject: QueueItemSubject = {},
): QueueItem {
  return {
    comment: toModeratorComment(c),
    status: c.status,
    version: c.version,
    articleId: c.articleId,
    decision: c.decision ?? null,
    humanDecision: c.humanDecision ?? null,
    statement: c.statement ?? null,
    flags: {
      open: c.openFlags ?? 0,
      byReason: c.flagReasons ?? {},
      recent: c.recentFlags ?? [],
      reported: c.reported === true,
    },
    parent: c.parentId === null ? null : { id: c.parentId, excerpt: excerpt(parents.get(c.parentId)) },
    author: {
      id: c.authorId,
      approved: author?.approved ?? 0,
      rejected: author?.rejected ?? 0,
      banned: author?.banned ?? false,
    },
    trustedFlagger: (subject.notice ? subject.notice.trustedFlagger : c.trustedFlagger) ?? null,
    ...(subject.notice ? { notice: toModeratorNotice(subject.notice) } : {}),
    ...(subject.appeal ? { appeal: toModeratorAppeal(subject.appeal) } : {}),
  };
}
