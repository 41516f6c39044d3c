import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { moderationStreamFilters } from '../../shared/moderation/stream-filter';
import type { HandlerRegistry } from './handler-registry';
import { CONSUMER_BATCH_SIZE, type ModerationChecks } from './moderation-checks';
import type { ModerationMonitoring } from './moderation-monitoring';

/**
 * The consumer's dead-letter queue, created in `scope` as `ModerationDlq`. A function of its own rather
 * than part of StreamConsumer: the monitoring alarms on it and must exist before any function does.
 */
export function moderationDeadLetterQueue(scope: Construct): sqs.Queue {
  const dlq = new sqs.Queue(scope, 'ModerationDlq', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(dlq).acknowledge(
    {
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination of the stream consumer.',
    },
    {
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'This queue is itself the dead-letter destination of the stream consumer.',
    },
  );
  return dlq;
}

export interface StreamConsumerProps {
  /** The consumer's handler (`triggers.moderateComment`). */
  readonly handler: string;
  readonly handlers: HandlerRegistry;
  /** The comments table, whose stream the consumer reads. */
  readonly table: dynamodb.ITable;
  /** Where batches go once their retries are spent (`moderationDeadLetterQueue`). */
  readonly deadLetterQueue: sqs.IQueue;
  readonly checks: ModerationChecks;
  readonly monitoring: ModerationMonitoring;
  /**
   * Reserved concurrency: guarantees the consumer capacity and caps its spend.
   * @default - unreserved
   */
  readonly moderationReservedConcurrency?: number;
}

/**
 * The automatic moderation of comments entering `received`: the only function the table's stream reaches,
 * through filter criteria its own writes never match, with bisection, bounded retries, partial batch
 * responses and the dead-letter queue.
 *
 * Its function is created in `scope` (beside this construct, not under it) by the handler registry, so it
 * keeps the logical id it had before CommentModeration was split: a new id would replace it on deploy.
 */
export class StreamConsumer extends Construct {
  public readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: StreamConsumerProps) {
    super(scope, id);
    const { checks } = props;
    const consumer = props.handlers.add(props.handler, 'consume', {
      ...checks.functionOptions,
      description: 'Parley: automatic moderation of comments entering `received` (table stream)',
      ...(props.moderationReservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: props.moderationReservedConcurrency }),
    });
    checks.grantTo(consumer);
    consumer.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: CONSUMER_BATCH_SIZE,
        maxBatchingWindow: Duration.seconds(1),
        // A poison record is isolated by halving the batch instead of blocking its shard.
        bisectBatchOnError: true,
        retryAttempts: 5,
        // The stream keeps 24 h; past an hour the sweeper is the better path back.
        maxRecordAge: Duration.hours(1),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(props.deadLetterQueue),
        filters: moderationStreamFilters.map((pattern) => lambda.FilterCriteria.filter(pattern)),
      }),
    );
    // Its error and throttle alarms come with the registry (`consume` access); the iterator age joins here.
    props.monitoring.monitorStreamConsumer(consumer);
    this.function = consumer;
  }
}
