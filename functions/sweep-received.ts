import middy from '@middy/core';
import type { Deps } from '../shared/app/deps';
import { sweep, type SweepRunReport } from '../shared/app/sweep';
import type { ModerationCheck } from '../shared/moderation/types';
import { PARLEY_METRICS } from '../shared/runtime-contract';
import { checks as containerChecks } from './lib/checks';
import { deps as containerDeps } from './lib/deps';
import { MetricUnit, publishNonZero } from './lib/metrics';

/**
 * Scheduled every few minutes: moderates comments stuck in `received`, purges rejected comments past the
 * retention period, and publishes the figures the alarms watch (`StuckReceived`,
 * `OldestPendingAgeSeconds`), `SweptDecided`, `RetentionPurged` and `RetentionFailed`, only those above
 * zero (an idle site's sweeper costs no metrics at all).
 */
export const makeHandler = (
  deps: () => Deps = containerDeps,
  checks: () => readonly ModerationCheck[] = containerChecks,
) =>
  middy<unknown, SweepRunReport>().handler(async () => {
    const report = await sweep(deps(), checks());
    publishNonZero([
      [PARLEY_METRICS.stuckReceived, MetricUnit.Count, report.stuck],
      [PARLEY_METRICS.oldestPendingAgeSeconds, MetricUnit.Seconds, report.oldestPendingAgeSeconds ?? 0],
      [PARLEY_METRICS.sweptDecided, MetricUnit.Count, report.decided],
      [PARLEY_METRICS.retentionPurged, MetricUnit.Count, report.retention.purged],
      [PARLEY_METRICS.retentionFailed, MetricUnit.Count, report.retention.failed],
    ]);
    return report;
  });

export const handler = makeHandler();
