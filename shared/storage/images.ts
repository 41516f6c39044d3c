/** Turning raw stored items (stream images, scans) back into domain records, checking what we rely on. */
import { COMMENT_STATUSES, type CommentRecord } from '../domain/comment';
import { INDEX_ATTRIBUTES } from './keys';

/** A comment record from an unmarshalled item, or null when the item is not a well-formed comment. */
export function commentFromImage(item: Record<string, unknown>): CommentRecord | null {
  if (item.entity !== 'comment') return null;
  if (typeof item.id !== 'string' || typeof item.articleId !== 'string' || typeof item.body !== 'string')
    return null;
  if (typeof item.version !== 'number' || !COMMENT_STATUSES.includes(item.status as CommentRecord['status']))
    return null;
  const { PK: _pk, SK: _sk, repliesVersion: _rv, ...rest } = item;
  for (const a of INDEX_ATTRIBUTES) delete rest[a];
  return {
    ...(rest as unknown as CommentRecord),
    replyCount: Number(item.replyCount ?? 0),
    firstReplies: Array.isArray(item.firstReplies)
      ? (item.firstReplies as CommentRecord['firstReplies'])
      : [],
  };
}
