/**
 * The comment moderation construct, continued from `comment-moderation.test.ts`: alarms and the
 * dashboard, policy as code (cdk-nag, CDK annotations), and the honeypot metric.
 */
import { readFileSync } from 'node:fs';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARLEY_METRICS } from '../../infra/constructs/moderation-monitoring';
import { tableDefinition } from '../../shared/storage/table';
import {
  acknowledgements,
  logicalIdOf,
  nagFindings,
  resourcesOf,
  sharedDefaultSite,
  synthModeration,
  type Synthesized,
} from './support';

let site: Synthesized;
beforeAll(() => {
  site = sharedDefaultSite();
}, 60_000);

describe('operations', () => {
  const alarms = () =>
    Object.values(resourcesOf(site.template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);
  const alarmOn = (metricName: string) => alarms().filter((a) => a['MetricName'] === metricName);

  it('alarms as soon as the dead-letter queue holds a message', () => {
    expect(alarmOn('ApproximateNumberOfMessagesVisible')).toEqual([
      expect.objectContaining({
        Namespace: 'AWS/SQS',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        // Stays in alarm after SQS stops publishing for an idle queue, until the queue is drained.
        TreatMissingData: 'ignore',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': [logicalIdOf(site.moderation.deadLetterQueue), 'QueueName'] },
          },
        ],
      }),
    ]);
  });

  it('alarms on comments stuck in received and on pending comments older than the SLA (2 h)', () => {
    const service = [{ Name: 'service', Value: site.moderation.serviceName }];
    expect(alarmOn(PARLEY_METRICS.stuckReceived)).toEqual([
      expect.objectContaining({ Namespace: 'Parley', Threshold: 1, Dimensions: service }),
    ]);
    expect(alarmOn(PARLEY_METRICS.oldestPendingAgeSeconds)).toEqual([
      expect.objectContaining({
        Namespace: 'Parley',
        Threshold: 7200,
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: service,
      }),
    ]);
  });

  it('alarms as soon as a function finds the stored moderation policy invalid', () => {
    expect(alarmOn(PARLEY_METRICS.policyInvalid)).toEqual([
      expect.objectContaining({
        Namespace: 'Parley',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Dimensions: [{ Name: 'service', Value: site.moderation.serviceName }],
      }),
    ]);
  });

  it('alarms on the API 5xx rate above 5 %', () => {
    const rate = alarms().filter((a) => JSON.stringify(a['Metrics'] ?? []).includes('"5xx"'));
    expect(rate).toHaveLength(1);
    expect(rate[0]).toMatchObject({ Threshold: 5, ComparisonOperator: 'GreaterThanThreshold' });
  });

  it('alarms on errors and throttles of the consumer and the sweeper', () => {
    for (const fn of [site.moderation.moderationFunction, site.moderation.sweeperFunction!]) {
      for (const metric of ['Errors', 'Throttles']) {
        const match = alarmOn(metric).filter((a) =>
          JSON.stringify(a['Dimensions']).includes(logicalIdOf(fn)),
        );
        expect(match, `${fn.node.path} ${metric}`).toEqual([expect.objectContaining({ Threshold: 1 })]);
      }
    }
  });

  it('watches HTTP functions through the API: a 5xx count alarm catches errors at any traffic', () => {
    const count = alarmOn('5xx');
    expect(count).toEqual([expect.objectContaining({ Threshold: 5, Namespace: 'AWS/ApiGateway' })]);
  });

  it('keeps the alarms to a few billed metrics (CloudWatch bills each metric an alarm reads)', () => {
    const billed = alarms().reduce(
      (n, a) =>
        n +
        (a['Metrics'] ? (a['Metrics'] as { MetricStat?: unknown }[]).filter((m) => m.MetricStat).length : 1),
      0,
    );
    expect(billed).toBeLessThanOrEqual(22);
    // docs/deploy.md prices the idle stack with this count.
    const doc = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    expect(doc).toContain(`| Alarms: ${billed} alarm metrics`);
  });

  it('alarms on DynamoDB throttling of table writes (which index writes throttle too) and of the read paths', () => {
    const [alarm, ...rest] = alarms().filter((a) =>
      JSON.stringify(a['Metrics'] ?? []).includes('ThrottleEvents'),
    );
    expect(rest).toEqual([]);
    expect(alarm).toMatchObject({ Threshold: 1 });
    const metrics = (
      alarm!['Metrics'] as {
        MetricStat?: { Metric: { MetricName: string; Dimensions: { Name: string; Value: unknown }[] } };
      }[]
    )
      .filter((m) => m.MetricStat)
      .map((m) => {
        const index = m.MetricStat!.Metric.Dimensions.find(
          (d) => d.Name === 'GlobalSecondaryIndexName',
        )?.Value;
        return `${m.MetricStat!.Metric.MetricName}:${typeof index === 'string' ? index : 'table'}`;
      });
    expect(metrics.sort()).toEqual(
      [
        ...tableDefinition.globalSecondaryIndexes.map((i) => `ReadThrottleEvents:${i.indexName}`),
        'ReadThrottleEvents:table',
        'WriteThrottleEvents:table',
      ].sort(),
    );
    expect(metrics).toContain('ReadThrottleEvents:GSI7');
  });

  it('alarms when the privacy purge fails (RetentionFailed, published only above zero)', () => {
    expect(alarmOn(PARLEY_METRICS.retentionFailed)).toEqual([
      expect.objectContaining({
        Namespace: 'Parley',
        Statistic: 'Sum',
        Threshold: 1,
        TreatMissingData: 'notBreaching',
        Dimensions: [{ Name: 'service', Value: site.moderation.serviceName }],
      }),
    ]);
  });

  it('reads a silent StuckReceived as healthy, and alarms when the sweeper stops being invoked', () => {
    // The sweeper publishes StuckReceived only above zero (publishNonZero): missing data is the idle case.
    expect(alarmOn(PARLEY_METRICS.stuckReceived)).toEqual([
      expect.objectContaining({ TreatMissingData: 'notBreaching', EvaluationPeriods: 2 }),
    ]);
    const sweeper = logicalIdOf(site.moderation.sweeperFunction!);
    expect(alarmOn('Invocations').filter((a) => JSON.stringify(a['Dimensions']).includes(sweeper))).toEqual([
      expect.objectContaining({
        Namespace: 'AWS/Lambda',
        Statistic: 'Sum',
        Period: 600,
        EvaluationPeriods: 2,
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'breaching',
      }),
    ]);
  });

  it('builds a dashboard with requests, latency, decisions by outcome and queues', () => {
    const [dashboard] = Object.values(resourcesOf(site.template, 'AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard!.Properties!['DashboardBody']);
    for (const text of [
      'API requests',
      'API latency',
      'Decisions',
      'outcome',
      'Queues',
      'ApproximateNumberOfMessagesVisible',
    ]) {
      expect(body).toContain(text);
    }
  });
});

describe('policy as code', () => {
  it('has no unacknowledged cdk-nag finding (AwsSolutions and Serverless packs)', () => {
    expect(nagFindings(site.app)).toEqual([]);
  });

  it('synthesizes without CDK errors, and warns only that the alarms notify nobody (no alarmEmail here)', () => {
    const annotations = Annotations.fromStack(site.stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    const warnings = annotations.findWarning('*', Match.anyValue());
    expect(warnings.map((w) => w.entry.data)).toEqual([
      expect.stringMatching(/^None of the \d+ alarms notifies anyone: pass alarmEmail .* or alarmTopic/),
    ]);
    expect(warnings[0]!.id).toBe(`/${site.moderation.node.path}`);
  });

  it('does not warn once the alarms have a destination', () => {
    const withTopic = synthModeration({ alarmEmail: 'oncall@news.example.com' });
    expect(Annotations.fromStack(withTopic.stack).findWarning('*', Match.anyValue())).toEqual([]);
    expect(withTopic.moderation.alarmTopic).toBeDefined();
  });

  it('writes a reason for every acknowledged finding', () => {
    const acks = acknowledgements(site.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) expect(ack.reason.length, `${ack.path} ${ack.id}`).toBeGreaterThan(40);
  });
});

describe('dropped honeypot posts', () => {
  it('are counted by the function itself (EMF, service dimension), not by a metric filter', () => {
    // A metric filter on the log line had no service dimension (two sites mixed) and stopped at WARN.
    expect(resourcesOf(site.template, 'AWS::Logs::MetricFilter')).toEqual({});
  });
});

describe('log levels', () => {
  it("keep Lambda's own filter at INFO when logLevel is WARN, so EMF lines (level-less, so INFO) pass", () => {
    const warn = synthModeration({ logLevel: 'WARN' });
    const functions = Object.values(resourcesOf(warn.template, 'AWS::Lambda::Function')).filter(
      (f) =>
        (f.Properties!['Environment'] as { Variables?: Record<string, unknown> })?.Variables?.['LOG_LEVEL'],
    );
    expect(functions.length).toBeGreaterThan(30);
    for (const fn of functions) {
      expect(fn.Properties!['LoggingConfig']).toMatchObject({
        ApplicationLogLevel: 'INFO',
        LogFormat: 'JSON',
      });
      // The application's own lines are filtered by the logger.
      expect(fn.Properties!['Environment']).toMatchObject({ Variables: { LOG_LEVEL: 'WARN' } });
    }
  });

  it('pass DEBUG through to Lambda', () => {
    const debug = synthModeration({ logLevel: 'DEBUG' });
    const [consumer] = Object.values(resourcesOf(debug.template, 'AWS::Lambda::Function')).filter(
      (f) => f.Properties!['LoggingConfig'] !== undefined,
    );
    expect(consumer!.Properties!['LoggingConfig']).toMatchObject({ ApplicationLogLevel: 'DEBUG' });
  });
});
