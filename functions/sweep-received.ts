import middy from '@middy/core';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { sweepReceived, type SweepReport } from '../shared/app/sweep';
import { checks } from './lib/checks';
import { deps } from './lib/deps';

// The `service` dimension comes from POWERTOOLS_SERVICE_NAME, set by the construct.
const metrics = new Metrics({ namespace: 'Parley' });

/**
 * Scheduled every few minutes: moderates comments stuck in `received` and publishes the figures the
 * alarms watch (`StuckReceived`, `OldestPendingAgeSeconds`).
 */
export const handler = middy<unknown, SweepReport>().handler(async () => {
  const report = await sweepReceived(deps(), checks());
  metrics.addMetric('StuckReceived', MetricUnit.Count, report.stuck);
  metrics.addMetric('OldestPendingAgeSeconds', MetricUnit.Seconds, report.oldestPendingAgeSeconds ?? 0);
  metrics.addMetric('SweptDecided', MetricUnit.Count, report.decided);
  metrics.publishStoredMetrics();
  return report;
});
