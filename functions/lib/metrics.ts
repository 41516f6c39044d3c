/**
 * The container's one Powertools Metrics instance (namespace and names from shared/runtime-contract.ts).
 * The `service` dimension comes from POWERTOOLS_SERVICE_NAME, set by the construct.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SweepRunReport } from '../../shared/app/sweep';
import { DECISIONS_DIMENSION, PARLEY_METRICS } from '../../shared/runtime-contract';
import { logger } from './logger';

export { MetricUnit };
export const metrics = new Metrics({ namespace: PARLEY_METRICS.namespace });

/** `Decisions` by outcome, one EMF line per outcome, for the dashboard. */
export function publishDecisions(outcomes: ReadonlyMap<string, number>): void {
  for (const [outcome, count] of outcomes) {
    const single = metrics.singleMetric();
    single.addDimension(DECISIONS_DIMENSION, outcome);
    single.addMetric(PARLEY_METRICS.decisions, MetricUnit.Count, count);
  }
}

/**
 * A post dropped for its filled honeypot (a bot): one `HoneypotDropped`, in the `service` dimension of the
 * site like every Parley metric, and a WARN log line (a security event, kept at `logLevel=WARN`).
 */
export function reportHoneypotDropped(): void {
  logger.warn('post dropped', { dropped: 'honeypot' });
  metrics.singleMetric().addMetric(PARLEY_METRICS.honeypotDropped, MetricUnit.Count, 1);
}

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

/**
 * Publishes the figures above zero, in one EMF line. CloudWatch bills a custom metric for each hour it
 * receives data, so an idle site publishes nothing; the alarms read missing data as healthy.
 */
export function publishNonZero(
  figures: readonly (readonly [name: string, unit: Unit, value: number])[],
): void {
  const published = figures.filter(([, , value]) => value > 0);
  for (const [name, unit, value] of published) metrics.addMetric(name, unit, value);
  if (published.length > 0) metrics.publishStoredMetrics();
}

/** A sweep's figures: what the stuck-comment and oldest-pending alarms watch, and what it decided or purged. */
export function publishSweep(report: SweepRunReport): void {
  publishNonZero([
    [PARLEY_METRICS.stuckReceived, MetricUnit.Count, report.stuck],
    [PARLEY_METRICS.oldestPendingAgeSeconds, MetricUnit.Seconds, report.oldestPendingAgeSeconds ?? 0],
    [PARLEY_METRICS.sweptDecided, MetricUnit.Count, report.decided],
    [PARLEY_METRICS.retentionPurged, MetricUnit.Count, report.retention.purged],
    [PARLEY_METRICS.retentionFailed, MetricUnit.Count, report.retention.failed],
  ]);
}
