import middy from '@middy/core';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { sweepReceived, type SweepReport } from '../shared/app/sweep';
import { deps } from './lib/deps';

const metrics = new Metrics({ namespace: 'Parley', serviceName: 'parley' });

/**
 * Scheduled every few minutes: moderates comments stuck in `received` and publishes the figures the
 * alarms watch (`StuckReceived`, `OldestPendingAgeSeconds`).
 */
export const handler = middy<unknown, SweepReport>().handler(async () => {
  const report = await sweepReceived(deps());
  metrics.addMetric('StuckReceived', MetricUnit.Count, report.stuck);
  metrics.addMetric('SweptDecided', MetricUnit.Count, report.decided);
  metrics.addMetric('OldestPendingAgeSeconds', MetricUnit.Seconds, report.oldestPendingAgeSeconds ?? 0);
  metrics.publishStoredMetrics();
  return report;
});
