import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { HandlerRegistry } from './handler-registry';
import type { ModerationChecks } from './moderation-checks';
import type { ModerationMonitoring } from './moderation-monitoring';

export interface SweeperProps {
  /** The sweeper's handler (`triggers.sweeper`). */
  readonly handler: string;
  readonly handlers: HandlerRegistry;
  /** The consumer's checks: the sweeper moderates the comments the stream path left in `received`. */
  readonly checks: ModerationChecks;
  /** Where the alarm on a sweeper that stops running goes. */
  readonly monitoring: ModerationMonitoring;
  /**
   * How often the sweeper runs.
   * @default Duration.minutes(5)
   */
  readonly sweepInterval?: Duration;
}

/**
 * The scheduled sweeper: re-drives comments stuck in `received`, purges rejected comments past the
 * policy's retention period (so it alone may delete a comment item: the `purge` access level), and
 * publishes the queue metrics.
 *
 * Its function and schedule are created in `scope` (beside this construct, not under it), so they keep
 * the logical ids they had before CommentModeration was split: a new id would replace them on deploy.
 */
export class Sweeper extends Construct {
  public readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: SweeperProps) {
    super(scope, id);
    const sweeper = props.handlers.add(props.handler, 'consume', {
      ...props.checks.functionOptions,
      description:
        'Parley: re-drives comments stuck in `received`, purges old rejected ones, publishes queue metrics (scheduled)',
    });
    props.handlers.add(props.handler, 'purge');
    props.checks.grantTo(sweeper);
    const interval = props.sweepInterval ?? Duration.minutes(5);
    // EventBridge invokes the sweeper asynchronously. Lambda's default would retry a failed sweep twice
    // and then drop the event; the next scheduled run redoes the whole sweep anyway, so no retry, and an
    // event that waited longer than one interval is stale. A failed run shows in `<sweeper>-Errors`.
    sweeper.configureAsyncInvoke({
      retryAttempts: 0,
      maxEventAge: Duration.seconds(Math.min(Math.max(interval.toSeconds(), 60), 6 * 3600)),
    });
    const invokeConfig = sweeper.node.tryFindChild('EventInvokeConfig');
    if (invokeConfig) {
      Validations.of(invokeConfig).acknowledge({
        id: 'Serverless-LambdaAsyncFailureDestination',
        reason:
          'A failed sweep is a schedule tick with no data in it: the next run redoes the sweep, and the ' +
          "sweeper's Errors alarm reports the failure. A failure destination would collect stale ticks.",
      });
    }
    const schedule = new events.Rule(scope, 'SweepSchedule', {
      description: 'Parley: run the sweeper',
      schedule: events.Schedule.rate(interval),
      // A failed sweep is simply redone by the next one.
      targets: [new eventTargets.LambdaFunction(sweeper, { retryAttempts: 0 })],
    });
    Validations.of(schedule).acknowledge({
      id: 'Serverless-EventBusDLQ',
      reason:
        'A schedule tick that cannot be delivered is replaced by the next one minutes later; a sweeper that ' +
        'cannot run shows in its Lambda throttle and error alarms and, soon after, in the stuck-comment alarm.',
    });
    props.monitoring.monitorSchedule(props.handler, sweeper, interval);
    this.function = sweeper;
  }
}
