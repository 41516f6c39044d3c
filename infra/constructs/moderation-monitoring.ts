import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { tableDefinition } from '../../shared/storage/table';
import { DECISIONS_DIMENSION, PARLEY_METRICS } from '../../shared/runtime-contract';
import type { CommentsTable } from './comments-table';

// The metric names live in the runtime contract beside the functions that publish them.
export { PARLEY_METRICS };

export interface ModerationMonitoringProps {
  readonly serviceName: string;
  readonly api: apigwv2.HttpApi;
  readonly table: CommentsTable;
  readonly deadLetterQueue: sqs.IQueue;
  readonly pendingReviewSla: Duration;
  /** Percentage of API requests answered 5xx over 5 minutes that raises the alarm. */
  readonly serverErrorRatePercent: number;
  readonly alarmTopic?: sns.ITopic;
  readonly dashboard: boolean;
}

const FIVE_MINUTES = Duration.minutes(5);
/** Metrics one metric-math alarm may read (CloudWatch quota). */
const MAX_ALARM_METRICS = 10;

/** Parley's alarms and dashboard; functions join with `monitorFunction` as they are created. */
export class ModerationMonitoring extends Construct {
  public readonly alarms: cloudwatch.Alarm[] = [];
  public readonly dashboard: cloudwatch.Dashboard | undefined;
  private readonly alarmTopic: sns.ITopic | undefined;
  private readonly widgets:
    Record<'errors' | 'duration' | 'throttles' | 'pendingAge', cloudwatch.GraphWidget> | undefined;

  constructor(scope: Construct, id: string, props: ModerationMonitoringProps) {
    super(scope, id);
    this.alarmTopic = props.alarmTopic;
    const parley = (metricName: string, statistic: string) =>
      new cloudwatch.Metric({
        namespace: PARLEY_METRICS.namespace,
        metricName,
        dimensionsMap: { service: props.serviceName },
        statistic,
        period: FIVE_MINUTES,
      });

    const dlqDepth = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      statistic: cloudwatch.Stats.MAXIMUM,
      period: FIVE_MINUTES,
    });
    this.alarm('DeadLetterQueueNotEmpty', dlqDepth, {
      threshold: 1,
      // SQS stops publishing metrics for a queue idle for six hours: keep the alarm until someone drains it.
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
      alarmDescription:
        'Stream records failed moderation after every retry. The sweeper re-drives the comments; find the cause in the consumer logs, then purge the queue.',
    });

    const stuck = parley(PARLEY_METRICS.stuckReceived, cloudwatch.Stats.MAXIMUM);
    // Missing data stays healthy: the sweeper publishes StuckReceived only above zero (publishNonZero in
    // functions/lib/metrics.ts), so silence is the normal idle case. A sweeper that stops running is what
    // `monitorSchedule`'s alarm is for.
    this.alarm('CommentsStuckInReceived', stuck, {
      threshold: 1,
      evaluationPeriods: 2,
      alarmDescription:
        'Comments stayed in `received` across two sweeps: the stream path is not moderating them.',
    });

    const oldestPending = parley(PARLEY_METRICS.oldestPendingAgeSeconds, cloudwatch.Stats.MAXIMUM);
    this.alarm('PendingReviewOverSla', oldestPending, {
      threshold: props.pendingReviewSla.toSeconds(),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      alarmDescription: `A held comment has waited longer than the review SLA (${props.pendingReviewSla.toHumanString()}).`,
    });

    this.alarm('StoredPolicyInvalid', parley(PARLEY_METRICS.policyInvalid, cloudwatch.Stats.SUM), {
      threshold: 1,
      alarmDescription:
        'The stored moderation policy fails validation: functions serve the last valid policy they read, or ' +
        'the defaults (banned terms included). Fix it with PUT /moderation/policy; the error log says which fields.',
    });

    this.alarm('RetentionPurgeFailed', parley(PARLEY_METRICS.retentionFailed, cloudwatch.Stats.SUM), {
      threshold: 1,
      alarmDescription:
        'The sweeper could not purge rejected comments past the retention period (docs/privacy.md): they ' +
        'keep personal data longer than the policy says. It retries every run; the sweeper logs say why.',
    });

    const requests = props.api.metricCount({ period: FIVE_MINUTES });
    const serverErrors = props.api.metricServerError({ period: FIVE_MINUTES });
    const serverErrorRate = new cloudwatch.MathExpression({
      // Below 20 requests in 5 minutes one error would read as a high rate; the Lambda alarms cover that.
      expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      label: 'API 5xx rate (%)',
      period: FIVE_MINUTES,
    });
    this.alarm('Api5xxRate', serverErrorRate, {
      threshold: props.serverErrorRatePercent,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 2,
      alarmDescription: `More than ${props.serverErrorRatePercent}% of API requests failed with 5xx for 10 minutes.`,
    });

    this.alarm('Api5xx', serverErrors, {
      threshold: 5,
      alarmDescription:
        'Five or more API requests failed with 5xx in 5 minutes (a handler error or throttle, whatever the traffic).',
    });

    // Index write throttling throttles the table's writes too, so the table's metrics cover every write;
    // reads are watched on the table and on every index of the table definition (each is read by a route).
    const indexNames = tableDefinition.globalSecondaryIndexes.map((i) => i.indexName);
    const tableThrottles = [undefined, ...indexNames].map((indexName) =>
      props.table.metricThrottleEvents(indexName, { period: FIVE_MINUTES }),
    );
    const throttle = (metricName: string, indexName?: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: {
          TableName: props.table.table.tableName,
          ...(indexName === undefined ? {} : { GlobalSecondaryIndexName: indexName }),
        },
        statistic: cloudwatch.Stats.SUM,
        period: FIVE_MINUTES,
      });
    const watched: Record<string, cloudwatch.Metric> = {
      tw: throttle('WriteThrottleEvents'),
      tr: throttle('ReadThrottleEvents'),
      ...Object.fromEntries(
        indexNames.map((name) => [name.toLowerCase(), throttle('ReadThrottleEvents', name)]),
      ),
    };
    if (Object.keys(watched).length > MAX_ALARM_METRICS) {
      throw new Error(
        `DynamoDbThrottles would read ${Object.keys(watched).length} metrics; a CloudWatch alarm reads at ` +
          `most ${MAX_ALARM_METRICS}: split it before adding indexes`,
      );
    }
    this.alarm(
      'DynamoDbThrottles',
      new cloudwatch.MathExpression({
        expression: Object.keys(watched)
          .map((k) => `FILL(${k}, 0)`)
          .join(' + '),
        usingMetrics: watched,
        label: 'throttled DynamoDB requests',
        period: FIVE_MINUTES,
      }),
      {
        threshold: 1,
        alarmDescription:
          'DynamoDB turned requests away: the on-demand ceiling (maxRead/WriteRequestUnits) was reached. The dashboard shows which index.',
      },
    );

    if (props.dashboard) {
      [this.dashboard, this.widgets] = this.buildDashboard(props, {
        dlqDepth,
        stuck,
        oldestPending,
        requests,
        serverErrorRate,
        tableThrottles,
      });
    } else {
      this.dashboard = undefined;
      this.widgets = undefined;
    }
  }

  /**
   * A function's lines on the dashboard and, for functions nothing else watches (the stream consumer and
   * the sweeper), error and throttle alarms. HTTP functions need none of their own: an error or a
   * throttle there is a 5xx answer, which the API alarms see. CloudWatch bills every metric an alarm
   * reads, so two alarms per function would cost more than the whole idle stack.
   */
  public monitorFunction(name: string, fn: lambda.IFunction, options: { alarms: boolean }): void {
    const sum = { period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM };
    if (options.alarms) {
      this.alarm(`${name}-Errors`, fn.metricErrors(sum), {
        threshold: 1,
        alarmDescription: `${name} raised unhandled errors.`,
      });
      this.alarm(`${name}-Throttles`, fn.metricThrottles(sum), {
        threshold: 1,
        alarmDescription: `${name} was throttled (account concurrency or its reserved concurrency).`,
      });
    }
    this.widgets?.errors.addLeftMetric(fn.metricErrors({ ...sum, label: name }));
    this.widgets?.duration.addLeftMetric(
      fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p95', label: name }),
    );
    this.widgets?.throttles.addLeftMetric(fn.metricThrottles({ ...sum, label: name }));
  }

  /**
   * An alarm when a scheduled function stops being invoked (a disabled or deleted rule, a broken target):
   * its own metrics then go silent, which the other alarms read as healthy. Lambda publishes Invocations
   * only while there are some, so missing data breaches here. Two periods of two intervals each without
   * an invocation (20 minutes at the default 5-minute sweep) ride out a late tick.
   */
  public monitorSchedule(name: string, fn: lambda.IFunction, interval: Duration): void {
    const period = Duration.minutes(Math.max(5, Math.ceil((2 * interval.toSeconds()) / 60)));
    this.alarm(`${name}-NotRunning`, fn.metricInvocations({ period, statistic: cloudwatch.Stats.SUM }), {
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 2,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      alarmDescription:
        `${name} was not invoked for ${Duration.minutes(2 * period.toMinutes()).toHumanString()}: its schedule (EventBridge rule) is ` +
        'disabled, deleted or cannot invoke it. Comments stuck in received and pending-age figures go unwatched meanwhile.',
    });
  }

  /** The stream consumer's iterator age: how far behind the table's writes moderation runs. */
  public monitorStreamConsumer(fn: lambda.IFunction): void {
    this.widgets?.pendingAge.addRightMetric(
      fn.metric('IteratorAge', {
        statistic: cloudwatch.Stats.MAXIMUM,
        period: FIVE_MINUTES,
        label: 'stream iterator age (ms)',
      }),
    );
  }

  private alarm(
    id: string,
    metric: cloudwatch.Metric | cloudwatch.MathExpression,
    options: Omit<cloudwatch.CreateAlarmOptions, 'evaluationPeriods'> & { evaluationPeriods?: number },
  ): cloudwatch.Alarm {
    const alarm = metric.createAlarm(this, id, {
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // Most of these metrics exist only while something happens; silence is health.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      ...options,
      evaluationPeriods: options.evaluationPeriods ?? 1,
    });
    if (this.alarmTopic) {
      const action = new actions.SnsAction(this.alarmTopic);
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    this.alarms.push(alarm);
    return alarm;
  }

  private buildDashboard(
    props: ModerationMonitoringProps,
    m: Record<
      'dlqDepth' | 'stuck' | 'oldestPending' | 'requests' | 'serverErrorRate',
      cloudwatch.Metric | cloudwatch.MathExpression
    > & { tableThrottles: cloudwatch.MathExpression[] },
  ): [cloudwatch.Dashboard, NonNullable<ModerationMonitoring['widgets']>] {
    // SEARCH shows every value of the dimension the functions publish, without listing them here.
    const search = (metricName: string, dimension: string) =>
      new cloudwatch.MathExpression({
        expression: `SEARCH('{${PARLEY_METRICS.namespace},${dimension},service} MetricName="${metricName}" service="${props.serviceName}"', 'Sum', 300)`,
        usingMetrics: {},
        period: FIVE_MINUTES,
      });
    const latency = (stat: string) =>
      props.api.metricLatency({ statistic: stat, period: FIVE_MINUTES, label: `latency ${stat}` });
    const widgets = {
      errors: new cloudwatch.GraphWidget({ title: 'Lambda errors', width: 8 }),
      duration: new cloudwatch.GraphWidget({ title: 'Lambda duration p95 (ms)', width: 8 }),
      throttles: new cloudwatch.GraphWidget({
        title: 'Throttles (Lambda and DynamoDB)',
        left: m.tableThrottles,
        width: 8,
      }),
      pendingAge: new cloudwatch.GraphWidget({
        title: 'Oldest pending comment (s), stream iterator age (ms)',
        left: [m.oldestPending.with({ label: 'oldest pending (s)' })],
        leftAnnotations: [{ value: props.pendingReviewSla.toSeconds(), label: 'review SLA' }],
        width: 8,
      }),
    };

    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(24),
    });
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API requests (per 5 min)',
        left: [
          m.requests,
          props.api.metricClientError({ period: FIVE_MINUTES }),
          props.api.metricServerError({ period: FIVE_MINUTES }),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'API latency (ms)',
        left: [latency('p50'), latency('p95'), latency('p99')],
        width: 8,
      }),
      new cloudwatch.GraphWidget({ title: 'API 5xx rate (%)', left: [m.serverErrorRate], width: 8 }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Moderation decisions by outcome',
        left: [search(PARLEY_METRICS.decisions, DECISIONS_DIMENSION)],
        stacked: true,
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Queues',
        // Queue sizes are the stats route's (GET /moderation/stats), read on demand: publishing them from
        // the sweeper would bill five custom metrics every hour even on an idle site.
        left: [m.stuck.with({ label: 'stuck in received' }), m.dlqDepth.with({ label: 'dead-letter queue' })],
        width: 8,
      }),
      widgets.pendingAge,
    );
    dashboard.addWidgets(widgets.errors, widgets.duration, widgets.throttles);
    return [dashboard, widgets];
  }
}
