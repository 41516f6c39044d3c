/**
 * The construct refuses props that would deploy a stack that does not work (outside platform review,
 * stop 31): a library user gets one clear error at synth time, as the `-c` layer gives a CLI user.
 */
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import type { CommentModerationProps } from '../../infra/constructs/comment-moderation-props';
import { minimumWriteCeiling } from '../../infra/constructs/props-check';
import { throttlePlan } from '../../infra/constructs/api-throttling';
import { unbundledApp } from './support';

const CONSOLE = { consoleUrl: 'https://news.example.com/moderation/' };
const build = (props: CommentModerationProps) => {
  const stack = new Stack(unbundledApp(), 'Site');
  return () => new CommentModeration(stack, 'Comments', { ...CONSOLE, ...props });
};

describe('the construct’s props check', () => {
  it('refuses an imported app client without its pool: the authorizer would point at a new, empty pool', () => {
    const stack = new Stack(unbundledApp(), 'Site');
    const client = cognito.UserPoolClient.fromUserPoolClientId(stack, 'Client', 'abc');
    expect(() => new CommentModeration(stack, 'Comments', { userPoolClient: client })).toThrow(
      /userPoolClient needs userPool/,
    );
  });

  it('names every problem at once', () => {
    let message = '';
    try {
      build({
        moderationReservedConcurrency: 0,
        apiThrottle: { rateLimit: 0, burstLimit: 0 },
        tableMaxReadRequestUnits: -5,
        alarmEmail: 'not-an-email',
        serverErrorRatePercent: 500,
        removalPolicy: RemovalPolicy.SNAPSHOT,
        hostedUiDomainPrefix: 'aws-parley',
        allowedOrigins: ['https://news.example.com', 'https://a.com/path', 'notaurl'],
      })();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Site\/Comments: invalid props:/);
    for (const problem of [
      'moderationReservedConcurrency must be a whole number of at least 1 (got 0)',
      'apiThrottle.rateLimit must be above 0',
      'apiThrottle.burstLimit must be a whole number of at least 1',
      'tableMaxReadRequestUnits must be a whole number of at least 1 (got -5)',
      'alarmEmail must be an e-mail address',
      'serverErrorRatePercent must be above 0 and at most 100 (got 500)',
      'removalPolicy must be RemovalPolicy.RETAIN or RemovalPolicy.DESTROY',
      'hostedUiDomainPrefix may not contain "aws"',
      // Every bad origin, in the same error (a valid one is no problem).
      'allowedOrigins: "https://a.com/path" is not an origin',
      'allowedOrigins: "notaurl" is not an origin',
    ])
      expect(message).toContain(problem);
    expect(message).not.toContain('"https://news.example.com"');
  });

  it('refuses a write ceiling that would throttle a reader’s erasure or an appeal to nothing', () => {
    const min = minimumWriteCeiling(routes);
    const ratesAt = (units: number) =>
      [
        ...throttlePlan({
          routes,
          maxWriteRequestUnits: units,
          maxReadRequestUnits: 1,
          publicReads: { rateLimit: 1, burstLimit: 1 },
          moderators: { rateLimit: 1, burstLimit: 1 },
        }).entries(),
      ].filter(([, t]) => t.class === 'public-write');
    // The minimum is exact: one unit less leaves some public write route at 0.
    expect(ratesAt(min).every(([, t]) => t.rateLimit > 0)).toBe(true);
    expect(ratesAt(min - 1).some(([, t]) => t.rateLimit === 0)).toBe(true);
    expect(build({ tableMaxWriteRequestUnits: min - 1 })).toThrow(
      new RegExp(`tableMaxWriteRequestUnits ${min - 1} is too low: .* below ${min}`),
    );
    expect(build({ tableMaxWriteRequestUnits: 0 })).toThrow(/at least 1 \(got 0\)/);
  });

  it('accepts what the docs show', () => {
    expect(
      build({
        moderationReservedConcurrency: 2,
        apiThrottle: { rateLimit: 50, burstLimit: 100 },
        tableMaxWriteRequestUnits: 2000,
        alarmEmail: 'oncall@news.example.com',
        serverErrorRatePercent: 5,
        removalPolicy: RemovalPolicy.DESTROY,
        hostedUiDomainPrefix: 'news-example-moderators',
      }),
    ).not.toThrow();
  });
});
