/**
 * The safety net behind the stream: comments still `received` some minutes after they were written
 * (their stream record failed every retry, or was lost) are moderated here. Moderation is conditional
 * on status and version, so a comment the stream consumer decides at the same moment is decided once.
 * Each scheduled run then purges rejected comments past the retention period (`retention.ts`).
 */
import type { DepsWith } from './deps';
import { moderateComment, type ModerateDeps } from './moderate';
import type { AppealsPort, ModerationQueuePort } from './ports';
import { DEFAULT_RETENTION, purgeRejected, type RetentionOptions, type RetentionReport } from './retention';
import type { ModerationCheck } from '../moderation/types';

export interface SweepOptions {
  /** A comment counts as stuck once it has been `received` this long. */
  olderThanMs: number;
  /** At most this many comments per run; the next run takes the rest. */
  limit: number;
}

export const DEFAULT_SWEEP: SweepOptions = { olderThanMs: 3 * 60_000, limit: 100 };

export interface SweepReport {
  /** Received comments older than the threshold found in this run. */
  stuck: number;
  decided: number;
  /** Decided by someone else meanwhile: nothing to do. */
  stale: number;
  failed: number;
  /** Age in seconds of the oldest pending comment (for the SLA alarm), or null. */
  oldestPendingAgeSeconds: number | null;
}

export async function sweepReceived(
  deps: ModerateDeps & DepsWith<ModerationQueuePort & AppealsPort>,
  checks: readonly ModerationCheck[],
  options: SweepOptions = DEFAULT_SWEEP,
): Promise<SweepReport> {
  const now = deps.now();
  const cutoff = now.getTime() - options.olderThanMs;
  const [page, oldestPending] = await Promise.all([
    deps.repo.listQueue('received', { limit: options.limit, newestFirst: false }),
    deps.repo.oldestIn('pending'),
  ]);
  const report: SweepReport = {
    stuck: 0,
    decided: 0,
    stale: 0,
    failed: 0,
    oldestPendingAgeSeconds: oldestPending
      ? Math.max(0, Math.round((now.getTime() - Date.parse(oldestPending.createdAt)) / 1000))
      : null,
  };
  for (const c of page.items) {
    if (Date.parse(c.updatedAt) > cutoff) continue;
    report.stuck++;
    try {
      const outcome = await moderateComment(deps, c, checks);
      if (outcome.result === 'decided') report.decided++;
      else report.stale++;
    } catch {
      // Left for the next run; the count feeds the "stuck in received" alarm.
      report.failed++;
    }
  }
  return report;
}

/** What a scheduled run did: the stuck comments it moderated, then the rejected comments it purged. */
export interface SweepRunReport extends SweepReport {
  retention: RetentionReport;
}

/**
 * One scheduled run: `sweepReceived`, then `purgeRejected`. A retention run that cannot even read its
 * queue counts as one failure, so the moderation figures are still reported.
 */
export async function sweep(
  deps: ModerateDeps & DepsWith<ModerationQueuePort & AppealsPort>,
  checks: readonly ModerationCheck[],
  options: { received?: SweepOptions; retention?: RetentionOptions } = {},
): Promise<SweepRunReport> {
  const report = await sweepReceived(deps, checks, options.received);
  const retention = await purgeRejected(deps, options.retention ?? DEFAULT_RETENTION).catch(
    (): RetentionReport => ({ purged: 0, stale: 0, underAppeal: 0, failed: 1 }),
  );
  return { ...report, retention };
}
