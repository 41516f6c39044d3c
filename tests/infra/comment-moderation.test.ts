/**
 * The comment moderation construct on the default props: the table, the HTTP API, the moderation
 * consumer and the functions. Alarms, policy as code and the honeypot metric:
 * `comment-moderation-operations.test.ts`.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, routeKey } from '../../functions/routes';
import { defaultTriggers } from '../../infra/constructs/comment-moderation';
import { PARLEY_METRICS } from '../../infra/constructs/moderation-monitoring';
import { moderationStreamFilters } from '../../shared/moderation/stream-filter';
import { indexKeyAttributes, tableDefinition } from '../../shared/storage/table';
import {
  actionsOf,
  logicalIdOf,
  resourcesOf,
  statementsOfRole,
  sharedDefaultSite,
  type Synthesized,
} from './support';

/** Actions AWS offers no resource-level permissions for: the only ones allowed a "*" resource. */
const STAR_RESOURCE_ACTIONS = new Set([
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'dynamodb:ListStreams',
  'comprehend:DetectToxicContent',
]);
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

let site: Synthesized;
beforeAll(() => {
  site = sharedDefaultSite();
}, 60_000);

describe('the table', () => {
  it('has the key schema, indexes and TTL attribute of tableDefinition', () => {
    const [table] = Object.values(resourcesOf(site.template, 'AWS::DynamoDB::Table'));
    const props = table!.Properties!;
    expect(props['KeySchema']).toEqual([
      { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
    ]);
    const indexes = props['GlobalSecondaryIndexes'] as {
      IndexName: string;
      KeySchema: unknown;
      Projection: unknown;
    }[];
    expect(indexes.map((i) => [i.IndexName, i.KeySchema, i.Projection])).toEqual(
      tableDefinition.globalSecondaryIndexes.map((g) => [
        g.indexName,
        indexKeyAttributes(g).map((name, i) => ({
          AttributeName: name,
          KeyType: i === 0 ? 'HASH' : 'RANGE',
        })),
        g.projection.type === 'INCLUDE'
          ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...g.projection.attributes] }
          : { ProjectionType: 'KEYS_ONLY' },
      ]),
    );
    expect(props['TimeToLiveSpecification']).toEqual({
      AttributeName: tableDefinition.timeToLiveAttribute,
      Enabled: true,
    });
  });

  it('streams new and old images, keeps point-in-time recovery, bills on demand under a ceiling', () => {
    site.template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: tableDefinition.streamViewType },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      BillingMode: 'PAY_PER_REQUEST',
      OnDemandThroughput: { MaxReadRequestUnits: Match.anyValue(), MaxWriteRequestUnits: Match.anyValue() },
    });
  });

  it('is retained and deletion-protected by default', () => {
    site.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });
});

describe('the HTTP API', () => {
  const integrationTargetOf = (routeKeyValue: string): string => {
    const [route] = Object.values(resourcesOf(site.template, 'AWS::ApiGatewayV2::Route')).filter(
      (r) => r.Properties?.['RouteKey'] === routeKeyValue,
    );
    expect(route, `route ${routeKeyValue}`).toBeDefined();
    const integrationId = JSON.stringify(route!.Properties!['Target']).match(/"Ref":"([^"]+)"/)?.[1];
    const integration = resourcesOf(site.template, 'AWS::ApiGatewayV2::Integration')[integrationId!];
    return JSON.stringify(integration?.Properties?.['IntegrationUri']);
  };

  it('wires every route of the shared route table to the function of its handler', () => {
    expect(Object.keys(resourcesOf(site.template, 'AWS::ApiGatewayV2::Route'))).toHaveLength(routes.length);
    for (const route of routes) {
      const fn = site.moderation.functions.get(route.handler)!;
      expect(integrationTargetOf(routeKey(route))).toContain(logicalIdOf(fn));
    }
  });

  it('leaves public routes without an authorizer', () => {
    for (const route of Object.values(resourcesOf(site.template, 'AWS::ApiGatewayV2::Route'))) {
      const key = route.Properties!['RouteKey'] as string;
      if (routes.find((r) => routeKey(r) === key)?.auth === 'public') {
        expect(route.Properties!['AuthorizationType'] ?? 'NONE', key).toBe('NONE');
      }
    }
  });

  it('answers no cross-origin requests unless origins are configured', () => {
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });

  it('throttles the stage', () => {
    site.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
  });

  it('writes access logs without source IP, user agent, path or query string', () => {
    const [stage] = Object.values(resourcesOf(site.template, 'AWS::ApiGatewayV2::Stage'));
    const format = (stage!.Properties!['AccessLogSettings'] as { Format: string }).Format;
    const fields = Object.values(JSON.parse(format) as Record<string, string>);
    expect(fields).toContain('$context.requestId');
    expect(fields).toContain('$context.routeKey');
    for (const leak of ['sourceIp', 'userAgent', '$context.path', 'rawQueryString', 'identity', 'claims']) {
      expect(format, leak).not.toContain(leak);
    }
  });
});

describe('the moderation consumer', () => {
  const mapping = () => {
    const [m] = Object.values(resourcesOf(site.template, 'AWS::Lambda::EventSourceMapping'));
    return m!.Properties!;
  };

  it('reads the table stream, filtered by exactly moderationStreamFilters', () => {
    expect(JSON.stringify(mapping()['EventSourceArn'])).toContain('StreamArn');
    expect(mapping()['FunctionName']).toEqual({ Ref: logicalIdOf(site.moderation.moderationFunction) });
    expect(mapping()['FilterCriteria']).toEqual({
      Filters: moderationStreamFilters.map((pattern) => ({ Pattern: JSON.stringify(pattern) })),
    });
  });

  it('bisects failing batches, reports item failures, and bounds retries and record age', () => {
    const m = mapping();
    expect(m['BisectBatchOnFunctionError']).toBe(true);
    expect(m['FunctionResponseTypes']).toEqual(['ReportBatchItemFailures']);
    expect(m['MaximumRetryAttempts']).toBeGreaterThanOrEqual(1);
    expect(m['MaximumRetryAttempts']).toBeLessThanOrEqual(10);
    expect(m['MaximumRecordAgeInSeconds']).toBeLessThanOrEqual(6 * 3600);
    expect(m['BatchSize']).toBeLessThanOrEqual(100);
    expect(m['MaximumBatchingWindowInSeconds']).toBeGreaterThan(0);
  });

  it('sends exhausted batches to an encrypted, TLS-only SQS dead-letter queue', () => {
    const dlqId = logicalIdOf(site.moderation.deadLetterQueue);
    expect(mapping()['DestinationConfig']).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
    });
    site.template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    site.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: dlqId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('is told to use the local lexicon scorer and gets no Comprehend permission by default', () => {
    site.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TOXICITY_PROVIDER: 'lexicon' }) },
    });
    expect(JSON.stringify(site.template.toJSON())).not.toContain('comprehend:');
  });

  it('may not delete items nor write the moderation policy', () => {
    const statements = statementsOfRole(site.template, logicalIdOf(site.moderation.moderationFunction.role!));
    expect(statements.flatMap(actionsOf)).not.toContain('dynamodb:DeleteItem');
    const writes = statements.filter((s) => actionsOf(s).some((a) => WRITE_ACTIONS.includes(a)));
    expect(writes.length).toBeGreaterThan(0);
    for (const s of writes) {
      const partitions = s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
      expect(partitions).toEqual(expect.arrayContaining(['COMMENT#*']));
      expect(partitions).not.toContain('POLICY');
    }
  });
});

describe('functions', () => {
  const functions = () => Object.values(resourcesOf(site.template, 'AWS::Lambda::Function'));

  it('one per handler of the route table and the consumer', () => {
    const handlers = new Set([...routes.map((r) => r.handler), ...Object.values(defaultTriggers())]);
    expect([...site.moderation.functions.keys()].sort()).toEqual([...handlers].sort());
    expect(functions()).toHaveLength(handlers.size);
  });

  it('run nodejs24.x on arm64, traced, with JSON logs into a log group kept 30 days', () => {
    const logGroups = resourcesOf(site.template, 'AWS::Logs::LogGroup');
    for (const fn of functions()) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
      });
      const logGroupId = (fn.Properties!['LoggingConfig'] as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(logGroups[logGroupId]?.Properties?.['RetentionInDays']).toBe(30);
    }
    for (const group of Object.values(logGroups)) expect(group.Properties?.['RetentionInDays']).toBe(30);
  });

  it('get Powertools settings that keep comment bodies out of traces, and never the secret itself', () => {
    for (const fn of functions()) {
      const env = (fn.Properties!['Environment'] as { Variables: Record<string, unknown> }).Variables;
      expect(env).toMatchObject({
        POWERTOOLS_SERVICE_NAME: site.moderation.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: PARLEY_METRICS.namespace,
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
        LOG_LEVEL: 'INFO',
        TABLE_NAME: { Ref: logicalIdOf(site.moderation.table) },
      });
      // The value is read at run time by the functions that need it (tests/infra/secrets.test.ts).
      expect(env['PARLEY_SECRET']).toBeUndefined();
      expect(JSON.stringify(env)).not.toContain('{{resolve:secretsmanager:');
    }
  });

  it('public readers get read-only access to the table and the public indexes', () => {
    // GET /me/export counts a rate window (`writes`): tests/infra/personal-data.test.ts.
    for (const route of routes.filter(
      (r) => r.auth === 'public' && r.method === 'GET' && r.writes !== true,
    )) {
      const fn = site.moderation.functions.get(route.handler)!;
      const statements = statementsOfRole(site.template, logicalIdOf(fn.role!));
      const dynamo = statements.flatMap(actionsOf).filter((a) => a.startsWith('dynamodb:'));
      expect(dynamo.sort(), route.handler).toEqual([
        'dynamodb:BatchGetItem',
        'dynamodb:GetItem',
        'dynamodb:Query',
      ]);
      const resources = JSON.stringify(statements.map((s) => s.Resource));
      expect(resources).not.toMatch(/\/index\/GSI[2-9]/);
    }
  });

  it('no policy grants "*" except for actions AWS offers no resource-level permission for', () => {
    const statements = Object.values(resourcesOf(site.template, 'AWS::IAM::Policy')).flatMap(
      (p) =>
        (p.Properties!['PolicyDocument'] as { Statement: { Action: string | string[]; Resource: unknown }[] })
          .Statement,
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
      for (const action of actions) expect(action).not.toContain('*');
      const resources = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
      if (resources.includes('*')) {
        for (const action of actions) expect(STAR_RESOURCE_ACTIONS, action).toContain(action);
      }
    }
  });
});
