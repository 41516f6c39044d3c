import middy from '@middy/core';
import type { Deps } from '../shared/app/deps';
import { sweepReceived, type SweepReport } from '../shared/app/sweep';
import type { ModerationCheck } from '../shared/moderation/types';
import { PARLEY_METRICS } from '../shared/runtime-contract';
import { checks as containerChecks } from './lib/checks';
import { deps as containerDeps } from './lib/deps';
import { MetricUnit, publishNonZero } from './lib/metrics';

/**
 * Scheduled every few minutes: moderates comments stuck in `received` and publishes the figures the
 * alarms watch (`StuckReceived`, `OldestPendingAgeSeconds`) and `SweptDecided`, only those above zero
 * (an idle site's sweeper costs no metrics at all).
 */
export const makeHandler = (
  deps: () => Deps = containerDeps,
  checks: () => readonly ModerationCheck[] = containerChecks,
) =>
  middy<unknown, SweepReport>().handler(async () => {
    const report = await sweepReceived(deps(), checks());
    publishNonZero([
      [PARLEY_METRICS.stuckReceived, MetricUnit.Count, report.stuck],
      [PARLEY_METRICS.oldestPendingAgeSeconds, MetricUnit.Seconds, report.oldestPendingAgeSeconds ?? 0],
      [PARLEY_METRICS.sweptDecided, MetricUnit.Count, report.decided],
    ]);
    return report;
  });

export const handler = makeHandler();
