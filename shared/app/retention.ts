/**
 * Retention (issue 16): a rejected comment is purged once its rejection is older than the site policy's
 * `retention.rejectedDays` (null: kept forever). Each purge deletes the comment with its queue counter, a
 * non-personal audit event and the notes beside it (`applyPurge`, `CommentsPort.purge`), then the texts
 * of its author's appeals; a rejection under an open appeal waits for its decision. Only the `rejected`
 * queue is read: received, pending, approved and deleted comments are never purged.
 */
import { dueForPurge } from '../domain/lifecycle';
import { VersionConflictError } from '../errors';
import type { DepsWith } from './deps';
import type { AppealsPort, CommentsPort, ModerationQueuePort } from './ports';

export interface RetentionOptions {
  /** At most this many rejected comments are read per run, oldest first; the next run takes the rest. */
  limit: number;
}

export const DEFAULT_RETENTION: RetentionOptions = { limit: 100 };

export interface RetentionReport {
  /** Rejected comments purged in this run. */
  purged: number;
  /** Moved since they were read (approved on appeal, edited, deleted): left as they are. */
  stale: number;
  /** Under an open appeal: kept until it is decided (a later run purges the comment if still rejected). */
  underAppeal: number;
  /** Could not be purged (throttling, an error): the next run tries again. */
  failed: number;
}

const DAY_MS = 86_400_000;

/** Purges the rejected comments whose rejection is past the retention period, up to `limit` read. */
export async function purgeRejected(
  deps: DepsWith<CommentsPort & ModerationQueuePort & AppealsPort>,
  options: RetentionOptions = DEFAULT_RETENTION,
): Promise<RetentionReport> {
  const report: RetentionReport = { purged: 0, stale: 0, underAppeal: 0, failed: 0 };
  const days = (await deps.policies.get()).retention.rejectedDays;
  if (days === null) return report;
  const now = deps.now();
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  // A comment posted after the cut-off was rejected after it too: those are not even read.
  const page = await deps.repo.listQueue('rejected', {
    limit: options.limit,
    newestFirst: false,
    postedBefore: cutoff,
  });
  for (const comment of page.items.filter((c) => dueForPurge(c, cutoff))) {
    try {
      if ((await deps.repo.authorAppeals(comment.id)).some((a) => a.status === 'received')) {
        report.underAppeal++;
        continue;
      }
      await deps.repo.purge({ comment, now });
      // The author's words about the comment go with it; a decided appeal's outcome stays until its TTL.
      await deps.repo.eraseAuthorAppeals(comment.id, now);
      report.purged++;
    } catch (err) {
      if (err instanceof VersionConflictError) report.stale++;
      else report.failed++;
    }
  }
  return report;
}
