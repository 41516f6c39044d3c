import middy from '@middy/core';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { sweepReceived, type SweepReport } from '../shared/app/sweep';
import { checks } from './lib/checks';
import { deps } from './lib/deps';

// The `service` dimension comes from POWERTOOLS_SERVICE_NAME, set by the construct.
const metrics = new Metrics({ namespace: 'Parley' });

/**
 * Scheduled every few minutes: moderates comments stuck in `received` and publishes the figures the
 * alarms watch (`StuckReceived`, `OldestPendingAgeSeconds`) and `SweptDecided`.
 *
 * Only figures above zero are published. CloudWatch bills a custom metric for each hour it receives
 * data, so an idle site's sweeper costs no metrics at all; the alarms read missing data as healthy.
 */
export const handler = middy<unknown, SweepReport>().handler(async () => {
  const report = await sweepReceived(deps(), checks());
  const figures: [string, (typeof MetricUnit)[keyof typeof MetricUnit], number][] = [
    ['StuckReceived', MetricUnit.Count, report.stuck],
    ['OldestPendingAgeSeconds', MetricUnit.Seconds, report.oldestPendingAgeSeconds ?? 0],
    ['SweptDecided', MetricUnit.Count, report.decided],
  ];
  const published = figures.filter(([, , value]) => value > 0);
  for (const [name, unit, value] of published) metrics.addMetric(name, unit, value);
  if (published.length > 0) metrics.publishStoredMetrics();
  return report;
});
