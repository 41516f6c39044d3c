/**
 * Automatic moderation of one received comment: run the ordered checks, then move the comment to the
 * outcome in one transaction. Idempotent: a redelivered or swept record whose comment has moved on
 * finds the condition failed and changes nothing.
 */
import type { CommentRecord } from '../domain/comment';
import { VersionConflictError } from '../errors';
import { runPipeline } from '../moderation/pipeline';
import type { ModerationCheck } from '../moderation/types';
import type { DepsWith } from './deps';
import type { ArticlesPort, AuthorsPort, CommentsPort, RateLimitsPort, TextsPort } from './ports';
import { authorTag, copiedTextOf } from '../domain/copied-text';
import { textFingerprint } from '../domain/text-fingerprint';

/** What moderating a comment reads and writes. */
export type ModerateDeps = DepsWith<CommentsPort & ArticlesPort & AuthorsPort & RateLimitsPort & TextsPort>;

/** How many of the author's latest comments the repeat-post and flood checks look at. */
const RECENT_LIMIT = 20;
const FLOOD_WINDOW_MINUTES = 10;

export const AUTO_MODERATOR = { type: 'system', id: 'auto-moderator', name: 'Automatic moderation' } as const;

export type ModerationOutcome = { result: 'decided'; comment: CommentRecord } | { result: 'stale' };

export async function moderateComment(
  deps: ModerateDeps,
  comment: CommentRecord,
  checks: readonly ModerationCheck[],
  // Each retry follows an edit that landed since the read; edits are rate limited per network (20 a minute by
  // default), so a burst ends long before this does, and the sweeper is left only the rest.
  retriesLeft = 8,
): Promise<ModerationOutcome> {
  if (comment.status !== 'received') return { result: 'stale' };
  // Only an erased (deleted) comment lacks it, and a deleted comment is never moderated.
  const networkHash = comment.networkHash ?? '';
  const now = deps.now();
  const fingerprint = textFingerprint(comment.body);
  // Only a tracked text needs its author's tag.
  const tag = fingerprint ? authorTag(comment.authorId) : '';
  const [policy, article, author, byAuthor, networkRequests, text] = await Promise.all([
    deps.policies.get(),
    deps.repo.getArticle(comment.articleId),
    deps.repo.getAuthor(comment.authorId),
    deps.repo.recentTextsByAuthor(comment.authorId, RECENT_LIMIT),
    deps.repo.recentRequests('network', networkHash, FLOOD_WINDOW_MINUTES, now),
    fingerprint ? deps.repo.textRecord(fingerprint) : null,
  ]);
  const others = byAuthor.filter((c) => c.id !== comment.id);
  const since = now.getTime() - FLOOD_WINDOW_MINUTES * 60_000;
  const decision = await runPipeline(
    {
      comment: { ...comment, networkHash },
      policy,
      article: { mode: article.mode, closed: article.closed },
      author: { approved: author.approved, rejected: author.rejected, banned: author.banned },
      now,
      recent: {
        authorComments: others.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt })),
        authorCount10m: others.filter((c) => Date.parse(c.createdAt) >= since).length,
        // The network's request windows count this comment's own POST too.
        networkCount10m: Math.max(0, networkRequests - 1),
        ...(fingerprint ? { copiedText: copiedTextOf(text, tag, comment.articleId) } : {}),
      },
    },
    checks,
  );
  try {
    const next = await deps.repo.transition({
      comment,
      to: decision.outcome,
      now: deps.now(),
      actor: { ...AUTO_MODERATOR },
      action: 'auto_decision',
      reason: decision.reason,
      decision,
      grounds: policy.statementGrounds,
    });
    // After the decision: a redelivered record adds nothing twice (the record's sets).
    if (fingerprint)
      await deps.repo.noteText(fingerprint, { authorTag: tag, articleId: comment.articleId, now });
    return { result: 'decided', comment: next };
  } catch (err) {
    if (!(err instanceof VersionConflictError)) throw err;
    // Edited while queued (received → received at a newer version matches no stream filter): moderate
    // the current text now rather than leave it to the sweeper.
    const fresh = retriesLeft > 0 ? await deps.repo.getComment(comment.id, true) : null;
    if (fresh?.status === 'received' && fresh.version > comment.version) {
      return moderateComment(deps, fresh, checks, retriesLeft - 1);
    }
    return { result: 'stale' };
  }
}
