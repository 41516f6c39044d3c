import { Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as logs from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeKey } from '../../functions/routes';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import { MODERATOR_GROUPS } from '../../infra/constructs/moderator-identity';
import {
  FIXTURE_FUNCTIONS,
  FIXTURE_ROUTES,
  FIXTURE_TRIGGERS,
  actionsOf,
  logicalIdOf,
  nagFindings,
  resourcesOf,
  statementsOfRole,
  synthModeration,
  unbundledApp,
  type Statement,
  type Synthesized,
} from './support';

const ORIGINS = ['https://news.example.com', 'https://www.news.example.com'];
/** The partitions a write statement is limited to (its `dynamodb:LeadingKeys` StringLike patterns). */
const partitionsOf = (s: Statement): unknown =>
  s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];

/** One synth with every option a platform team is likely to set, over a route table of each kind of route. */
let site: Synthesized;
beforeAll(() => {
  site = synthModeration({
    routes: FIXTURE_ROUTES,
    triggers: FIXTURE_TRIGGERS,
    functionsDirectory: FIXTURE_FUNCTIONS,
    allowedOrigins: ORIGINS,
    toxicityProvider: 'comprehend',
    alarmEmail: 'oncall@news.example.com',
    logRetention: logs.RetentionDays.TWO_WEEKS,
    pendingReviewSla: Duration.minutes(30),
    moderationReservedConcurrency: 3,
    apiThrottle: { rateLimit: 20, burstLimit: 40 },
    sweepInterval: Duration.minutes(2),
    consoleUrl: 'https://news.example.com/moderation/',
  });
}, 60_000);

const statementsOf = (handler: string): Statement[] =>
  statementsOfRole(site.template, logicalIdOf(site.moderation.functions.get(handler)!.role!));
const dynamoStatements = (handler: string) =>
  statementsOf(handler).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
const writeStatements = (handler: string) =>
  dynamoStatements(handler).filter((s) => actionsOf(s).some((a) => /PutItem|UpdateItem|DeleteItem/.test(a)));

describe('moderator routes', () => {
  it('sit behind the JWT authorizer, public routes never', () => {
    const [authorizer] = Object.keys(resourcesOf(site.template, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizer).toBeDefined();
    const byKey = new Map(
      Object.values(resourcesOf(site.template, 'AWS::ApiGatewayV2::Route')).map((r) => [
        r.Properties!['RouteKey'] as string,
        r.Properties!,
      ]),
    );
    expect([...byKey.keys()].sort()).toEqual(FIXTURE_ROUTES.map(routeKey).sort());
    for (const route of FIXTURE_ROUTES) {
      const props = byKey.get(routeKey(route))!;
      if (route.auth === 'public') {
        expect(props['AuthorizationType'] ?? 'NONE', routeKey(route)).toBe('NONE');
        expect(props['AuthorizerId'], routeKey(route)).toBeUndefined();
      } else {
        expect(props['AuthorizationType'], routeKey(route)).toBe('JWT');
        expect(props['AuthorizerId'], routeKey(route)).toEqual({ Ref: authorizer });
      }
    }
  });

  it('trust tokens whose issuer is the user pool and whose audience is the console client', () => {
    const poolId = logicalIdOf(site.moderation.userPool);
    const clientId = logicalIdOf(site.moderation.userPoolClient);
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: clientId }],
        Issuer: {
          'Fn::Join': [
            '',
            ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: poolId }],
          ],
        },
      },
    });
  });

  it('come with a user pool that has the moderators and admins groups, MFA and no self sign-up', () => {
    site.template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const groups = Object.values(resourcesOf(site.template, 'AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties!['GroupName'],
    );
    expect(groups.sort()).toEqual(Object.values(MODERATOR_GROUPS).sort());
  });

  it('come with a public PKCE client that returns to the console', () => {
    site.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: ['https://news.example.com/moderation/'],
      LogoutURLs: ['https://news.example.com/moderation/'],
      // Hosted-UI sign-in only: no SRP or password sign-in through the API.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
    site.template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    expect(site.moderation.consoleSignInUrl).toBeDefined();
  });
});

describe('least-privilege table access', () => {
  it('public readers cannot write anything', () => {
    expect(writeStatements('fake-read')).toEqual([]);
    expect(dynamoStatements('fake-read').flatMap(actionsOf).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
  });

  it('public writers may write comments, delete only their own claims and windows, never the policy, nor read the queues', () => {
    const writes = writeStatements('fake-post');
    expect(writes.flatMap(actionsOf)).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:DeleteItem']),
    );
    for (const s of writes) expect(partitionsOf(s)).not.toContain('POLICY');
    const deletes = writes.filter((s) => actionsOf(s).includes('dynamodb:DeleteItem'));
    expect(deletes.map(partitionsOf)).toEqual([['IDEMPOTENCY#*', 'RATE#*']]);
    const indexes = JSON.stringify(dynamoStatements('fake-post').map((s) => s.Resource)).match(/index\/\w+/g);
    expect(indexes?.sort()).toEqual(['index/GSI1', 'index/GSI4', 'index/GSI7']);
  });

  it('the consumer and the sweeper read every queue, write, and never the policy; only the sweeper deletes, and only comments', () => {
    for (const handler of [FIXTURE_TRIGGERS.moderateComment, FIXTURE_TRIGGERS.sweeper]) {
      const writes = writeStatements(handler);
      expect(writes.length, handler).toBeGreaterThan(0);
      for (const s of writes) expect(partitionsOf(s), handler).not.toContain('POLICY');
      expect(JSON.stringify(dynamoStatements(handler).map((s) => s.Resource)), handler).toMatch(
        /index\/GSI2/,
      );
    }
    expect(dynamoStatements(FIXTURE_TRIGGERS.moderateComment).flatMap(actionsOf)).not.toContain(
      'dynamodb:DeleteItem',
    );
    // The retention purge deletes a rejected comment's item.
    const deletes = writeStatements(FIXTURE_TRIGGERS.sweeper).filter((s) =>
      actionsOf(s).includes('dynamodb:DeleteItem'),
    );
    expect(deletes.map(partitionsOf)).toEqual([['COMMENT#*']]);
  });

  it('moderators read every queue and write, delete only network bans, and never the policy', () => {
    const writes = writeStatements('fake-moderation');
    const deletes = writes.filter((s) => actionsOf(s).includes('dynamodb:DeleteItem'));
    expect(deletes.map(partitionsOf)).toEqual([['NETWORK#*']]);
    for (const s of writes) expect(partitionsOf(s)).not.toContain('POLICY');
    expect(JSON.stringify(dynamoStatements('fake-moderation').map((s) => s.Resource))).toMatch(/index\/GSI2/);
  });

  it('only admin handlers may write the moderation policy, and besides it only the trusted flaggers', () => {
    expect(writeStatements('fake-admin').map((s) => [actionsOf(s), partitionsOf(s)])).toEqual([
      [['dynamodb:PutItem'], ['POLICY', 'FLAGGER#*', 'FLAGGERTOKEN#*']],
      [['dynamodb:UpdateItem'], ['FLAGGER#*']],
    ]);
    for (const handler of site.moderation.functions.keys()) {
      for (const s of writeStatements(handler)) {
        // Every write statement is limited to listed partitions; no wildcard pattern can match POLICY.
        const partitions = partitionsOf(s) as string[];
        expect(partitions, handler).toBeDefined();
        if (handler !== 'fake-admin')
          expect(
            partitions.some((p) => 'POLICY'.startsWith(p.replace(/\*.*$/, ''))),
            handler,
          ).toBe(false);
      }
    }
  });
});

describe('toxicity provider comprehend', () => {
  it('grants comprehend:DetectToxicContent to the consumer and the sweeper only', () => {
    for (const handler of site.moderation.functions.keys()) {
      const canDetect = statementsOf(handler).some((s) =>
        actionsOf(s).includes('comprehend:DetectToxicContent'),
      );
      expect(canDetect, handler).toBe(
        handler === FIXTURE_TRIGGERS.moderateComment || handler === FIXTURE_TRIGGERS.sweeper,
      );
    }
    site.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TOXICITY_PROVIDER: 'comprehend' }) },
    });
  });
});

describe('other options', () => {
  it('allows exactly the configured origins, with the contract headers', () => {
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ORIGINS,
        AllowHeaders: Match.arrayWith([
          'content-type',
          'authorization',
          'idempotency-key',
          'x-author-token',
          'x-notice-token',
        ]),
        // The console pages the statements export cross-origin by this header.
        ExposeHeaders: Match.arrayWith(['retry-after', 'x-next-cursor', 'idempotent-replayed']),
      }),
    });
  });

  it('rejects an origin that a browser would never send', () => {
    expect(() => synthModeration({ allowedOrigins: ['https://news.example.com/'] })).toThrow(/not an origin/);
  });

  it('keeps logs for the configured retention', () => {
    for (const group of Object.values(resourcesOf(site.template, 'AWS::Logs::LogGroup'))) {
      expect(group.Properties?.['RetentionInDays']).toBe(14);
    }
  });

  it('reserves concurrency for the consumer and throttles the stage as asked', () => {
    const consumer = resourcesOf(site.template, 'AWS::Lambda::Function')[
      logicalIdOf(site.moderation.moderationFunction)
    ];
    expect(consumer?.Properties?.['ReservedConcurrentExecutions']).toBe(3);
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('runs the sweeper on its schedule', () => {
    site.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(2 minutes)',
      Targets: [
        Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalIdOf(site.moderation.sweeperFunction!), 'Arn'] } }),
      ],
    });
  });

  it('does not let Lambda retry a failed sweep (async invocation): the next scheduled run redoes it', () => {
    site.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalIdOf(site.moderation.sweeperFunction!) },
      MaximumRetryAttempts: 0,
      // One sweep interval (2 minutes here): an older tick is superseded by a newer one.
      MaximumEventAgeInSeconds: 120,
    });
    expect(Object.keys(resourcesOf(site.template, 'AWS::Lambda::EventInvokeConfig'))).toHaveLength(1);
  });

  it('sends every alarm and every recovery to a TLS-only topic with the e-mail subscribed', () => {
    const topic = logicalIdOf(site.moderation.alarmTopic!);
    const alarms = Object.values(resourcesOf(site.template, 'AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.Properties!['AlarmActions']).toEqual([{ Ref: topic }]);
      expect(alarm.Properties!['OKActions']).toEqual([{ Ref: topic }]);
    }
    site.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@news.example.com',
    });
    site.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('uses the configured review SLA as the pending-age threshold', () => {
    site.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'OldestPendingAgeSeconds',
      Threshold: 1800,
    });
  });

  it('has no unacknowledged cdk-nag finding with these options either', () => {
    expect(nagFindings(site.app)).toEqual([]);
  });
});

describe('addRoute', () => {
  it('serves a route added after construction, with its function, alarms and the authorizer', () => {
    const app = unbundledApp();
    const stack = new Stack(app, 'Site');
    const moderation = new CommentModeration(stack, 'Moderation', {
      consoleUrl: 'https://news.example.com/moderation/',
      routes: [],
      triggers: { moderateComment: FIXTURE_TRIGGERS.moderateComment },
      functionsDirectory: FIXTURE_FUNCTIONS,
    });
    moderation.addRoute({
      method: 'GET',
      path: '/moderation/stats',
      handler: 'fake-moderation',
      auth: 'moderator',
    });
    const template = Template.fromStack(stack);
    const fn = logicalIdOf(moderation.functions.get('fake-moderation')!);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /moderation/stats',
      AuthorizationType: 'JWT',
    });
    const errorAlarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).filter((a) =>
      (
        (a.Properties!['Metrics'] ?? []) as {
          MetricStat?: { Metric: { MetricName: string; Dimensions: unknown } };
        }[]
      ).some(
        (m) =>
          m.MetricStat?.Metric.MetricName === 'Errors' &&
          JSON.stringify(m.MetricStat.Metric.Dimensions).includes(fn),
      ),
    );
    // An HTTP function is watched through the API's 5xx alarms, not an alarm of its own.
    expect(errorAlarms).toHaveLength(0);
  });
});
