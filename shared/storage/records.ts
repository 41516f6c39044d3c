/** Stored shapes of the non-comment items (the comment lives in `domain/comment.ts`). */

export interface ArticleRecord {
  entity: 'article';
  articleId: string;
  totalApproved: number;
  /** Per-article override of the site moderation mode; null inherits the policy. */
  mode: 'pre' | 'post' | null;
  closed: boolean;
}

export interface AuthorRecord {
  entity: 'author';
  authorId: string;
  approved: number;
  rejected: number;
  banned: boolean;
  banReason?: string;
  /** The network bucket banned with the author, and until when (epoch seconds). */
  networkBan?: { hash: string; until: number };
}

/* The defaults of records never written: every reader of these items applies them. */

/** An article's record; one nobody has touched yet is open and inherits the site mode. */
export const articleOf = (articleId: string, found: Partial<ArticleRecord> | null): ArticleRecord => ({
  entity: 'article',
  articleId,
  totalApproved: found?.totalApproved ?? 0,
  mode: found?.mode ?? null,
  closed: found?.closed ?? false,
});

/** An author's record; an author with no record yet simply has a clean history. */
export function authorOf(authorId: string, found: Partial<AuthorRecord> | null): AuthorRecord {
  const author: AuthorRecord = {
    entity: 'author',
    authorId,
    approved: found?.approved ?? 0,
    rejected: found?.rejected ?? 0,
    banned: found?.banned ?? false,
  };
  if (found?.banReason) author.banReason = found.banReason;
  if (found?.networkBan) author.networkBan = found.networkBan;
  return author;
}

/** The audit trail's shapes belong to the comment lifecycle, which produces them. */
export type { Actor, AuditEvent } from '../domain/lifecycle';

/**
 * A claimed Idempotency-Key: `in_progress` while the first request runs (short expiry, so a crash
 * cannot lock the key), then `completed` with the response to replay.
 */
export interface IdempotencyRecord {
  entity: 'idempotency';
  state: 'in_progress' | 'completed';
  requestHash: string;
  statusCode?: number;
  responseBody?: string;
  createdAt: string;
  expiresAt: number;
}

/** A record is live until its expiry, whether or not DynamoDB's TTL has deleted it yet. */
export const liveRecord = (rec: IdempotencyRecord | null, now: Date): IdempotencyRecord | null =>
  rec && rec.expiresAt > now.getTime() / 1000 ? rec : null;
