/** Stored shapes of the non-comment items (the comment lives in `domain/comment.ts`). */
import type { CommentStatus } from '../domain/comment';

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

export interface Actor {
  type: 'system' | 'moderator' | 'author';
  id: string;
  name?: string;
}

/** One immutable audit event: who moved a comment from where to where, and why. */
export interface AuditEvent {
  entity: 'audit';
  eventId: string;
  commentId: string;
  at: string;
  actor: Actor;
  action: string;
  from: CommentStatus | null;
  to: CommentStatus;
  reason: string | null;
  note?: string;
  /** The comment version the event produced. */
  version: number;
}

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
