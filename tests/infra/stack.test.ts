import { readFileSync } from 'node:fs';
import type { App } from 'aws-cdk-lib';
import { type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { contextSchema, readContext } from '../../infra/context';
import { ParleyStack } from '../../infra/stack';
import { nagFindings, resourcesOf, unbundledApp } from './support';

const appWithContext = (context: Record<string, unknown>): App => unbundledApp(context);

describe('deployment context', () => {
  it('reads strings the way `cdk deploy -c key=value` passes them', () => {
    const ctx = readContext(
      appWithContext({
        allowedOrigins: 'https://a.example, https://b.example',
        logRetentionDays: '90',
        apiRateLimit: '50',
        apiBurstLimit: '100',
        dashboard: 'false',
        toxicityProvider: 'comprehend',
      }).node,
    );
    expect(ctx).toMatchObject({
      stackName: 'Parley',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      logRetentionDays: 90,
      apiRateLimit: 50,
      apiBurstLimit: 100,
      dashboard: false,
      toxicityProvider: 'comprehend',
    });
  });

  it('rejects values that would deploy something else than asked', () => {
    for (const bad of [
      { logRetentionDays: '31' },
      { toxicityProvider: 'perspective' },
      { removalPolicy: 'snapshot' },
      { alarmEmail: 'not-an-address' },
      { stackName: '1-starts-with-a-digit' },
    ]) {
      expect(() => readContext(appWithContext(bad).node), JSON.stringify(bad)).toThrow(/Invalid CDK context/);
    }
  });

  it('rejects a misspelt option, naming it and the valid keys, and leaves the CDK its own keys', () => {
    const typo = () =>
      readContext(appWithContext({ alarmEmial: 'oncall@news.example.com', dashbord: 'false' }).node);
    expect(typo).toThrow(/Unknown keys alarmEmial, dashbord: not a Parley option/);
    expect(typo).toThrow(/The options are stackName, .*alarmEmail, /);
    // Reported together with the bad values.
    expect(() => readContext(appWithContext({ alarmEmial: 'x', logRetentionDays: '31' }).node)).toThrow(
      /logRetentionDays[\s\S]*Unknown key alarmEmial/,
    );
    const cdkKeys = {
      '@aws-cdk/core:newStyleStackSynthesis': true,
      '@aws-cdk/aws-lambda:recognizeLayerVersion': true,
      'aws:cdk:enable-path-metadata': true,
      'acknowledged-issue-numbers': [32775],
      'cli-telemetry': false,
      'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a'],
    };
    expect(readContext(appWithContext(cdkKeys).node)).toMatchObject({ stackName: 'Parley' });
  });

  it('accepts every key of cdk.json', () => {
    const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
      context: Record<string, unknown>;
    };
    expect(() => readContext(appWithContext(cdkJson.context).node)).not.toThrow();
  });

  it('knows only keys documented in docs/deploy.md', () => {
    const doc = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    for (const key of Object.keys(contextSchema.shape)) expect(doc, key).toContain(`\`${key}\``);
  });
});

describe('ParleyStack with an imported user pool', () => {
  let template: Template;
  let app: App;
  beforeAll(() => {
    app = unbundledApp();
    const deployment = readContext(
      appWithContext({
        userPoolId: 'eu-west-1_AbCdEf123',
        userPoolClientId: '4abcdefghijklmnopqrstuvwxy',
        consoleUrl: 'https://news.example.com/moderation/',
      }).node,
    );
    template = Template.fromStack(new ParleyStack(app, 'Parley', { deployment }));
  }, 60_000);

  it('creates no pool, groups or domain and trusts the imported pool and client', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 0);
    const outputs = template.toJSON()['Outputs'] as Record<string, { Value: unknown }>;
    expect(outputs['UserPoolId']?.Value).toBe('eu-west-1_AbCdEf123');
    expect(outputs['UserPoolClientId']?.Value).toBe('4abcdefghijklmnopqrstuvwxy');
    expect(outputs['ConsoleSignInUrl']).toBeUndefined();
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: {
        Audience: ['4abcdefghijklmnopqrstuvwxy'],
        Issuer: {
          'Fn::Join': [
            '',
            ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/eu-west-1_AbCdEf123'],
          ],
        },
      },
    });
  });

  it('refuses a pool id that is none, and a pool in another region than the stack (platform review, stop 46)', () => {
    const context = (userPoolId: string) => ({
      userPoolId,
      userPoolClientId: '4abcdefghijklmnopqrstuvwxy',
      consoleUrl: 'https://news.example.com/moderation/',
    });
    expect(() => readContext(appWithContext(context('my-pool')).node)).toThrow(
      /must be a Cognito user pool id/,
    );
    const deployment = readContext(appWithContext(context('eu-west-1_AbCdEf123')).node);
    const inRegion = (region: string) => () =>
      new ParleyStack(unbundledApp(), 'Stack', { deployment, env: { account: '123456789012', region } });
    expect(inRegion('us-east-1')).toThrow(/a pool in eu-west-1, and this stack deploys to us-east-1/);
    expect(inRegion('eu-west-1')).not.toThrow();
  });

  it('outputs what an operator needs after deploy', () => {
    const outputs = Object.keys(template.toJSON()['Outputs'] as object);
    expect(outputs).toEqual(
      expect.arrayContaining(['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'ConsoleUrl', 'TableName']),
    );
    expect(Object.keys(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'))).toHaveLength(1);
  });

  it('stays cdk-nag clean', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});

describe('ParleyStack with a retained PARLEY_SECRET (parleySecretArn)', () => {
  const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ModerationSecret314065D6-AbC123';

  it('creates no secret and gives the readers the retained one, by ARN', () => {
    const app = unbundledApp();
    const deployment = readContext(
      appWithContext({ consoleUrl: 'https://news.example.com/moderation/', parleySecretArn: ARN }).node,
    );
    const stack = new ParleyStack(app, 'Parley', { deployment });
    const template = Template.fromStack(stack);
    expect(stack.moderation.secret.secretArn).toBe(ARN);
    const secrets = Object.values(resourcesOf(template, 'AWS::SecretsManager::Secret'));
    expect(secrets).toEqual([]);
    const fn = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).find((f) =>
      JSON.stringify(f.Properties!['Environment']).includes('PARLEY_SECRET_ARN'),
    );
    expect(fn!.Properties!['Environment']).toMatchObject({ Variables: { PARLEY_SECRET_ARN: ARN } });
    expect(JSON.stringify(resourcesOf(template, 'AWS::IAM::Policy'))).toContain(ARN);
    expect(nagFindings(app)).toEqual([]);
  });

  it('refuses an ARN that is not a complete Secrets Manager secret ARN', () => {
    for (const bad of [
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ModerationSecret314065D6', // no suffix
      'ModerationSecret314065D6-AbC123',
      'arn:aws:ssm:eu-west-1:123456789012:parameter/parley-AbC123',
    ]) {
      expect(() => readContext(appWithContext({ parleySecretArn: bad }).node), bad).toThrow(
        /complete ARN of a Secrets Manager secret[\s\S]*at parleySecretArn/,
      );
    }
  });
});

describe('tags', () => {
  const tagsOf = (tags: unknown) => readContext(appWithContext({ tags }).node).tags;

  it('reads key=value pairs, a JSON object, or an object from cdk.json', () => {
    expect(tagsOf('team=news, env=prod,cost-centre=4711')).toEqual({
      team: 'news',
      env: 'prod',
      'cost-centre': '4711',
    });
    expect(tagsOf('{"team":"news","owner":"platform@news.example.com"}')).toEqual({
      team: 'news',
      owner: 'platform@news.example.com',
    });
    expect(tagsOf({ team: 'news' })).toEqual({ team: 'news' });
    expect(tagsOf('formula=a=b')).toEqual({ formula: 'a=b' });
  });

  it('refuses what AWS would refuse, naming the key', () => {
    for (const bad of ['team', 'aws:createdBy=me', '{"team":', 'team=news;rm', { team: 5 }]) {
      expect(() => tagsOf(bad), JSON.stringify(bad)).toThrow(/Invalid CDK context[\s\S]*tags/);
    }
    // The key's own rule, not zod's "Invalid key in record" (platform review, stop 31).
    expect(() => tagsOf('aws:team=x')).toThrow(/"aws:team": tag keys starting with aws: are reserved/);
  });

  it('are applied to every taggable resource of the stack', () => {
    const app = unbundledApp();
    const deployment = readContext(
      appWithContext({ consoleUrl: 'https://news.example.com/moderation/', tags: 'team=news,env=prod' }).node,
    );
    const template = Template.fromStack(new ParleyStack(app, 'Parley', { deployment }));
    const expected = expect.arrayContaining([
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'news' },
    ]);
    for (const type of [
      'AWS::Lambda::Function',
      'AWS::IAM::Role',
      'AWS::SQS::Queue',
      'AWS::SecretsManager::Secret',
      'AWS::Logs::LogGroup',
      'AWS::DynamoDB::Table',
      'AWS::SNS::Topic',
    ]) {
      const resources = Object.values(resourcesOf(template, type));
      for (const r of resources) expect(r.Properties!['Tags'], type).toEqual(expected);
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { Tags: { team: 'news', env: 'prod' } });
    template.hasResourceProperties('AWS::Cognito::UserPool', { UserPoolTags: { team: 'news', env: 'prod' } });
  });
});

describe('ParleyStack outputs for on-call', () => {
  /**
   * The stack with nothing but consoleUrl set, synthesized once for both tests (each only reads it): the
   * dashboard test reads its outputs, and it is the alarm test's stack without a topic.
   */
  let plain: { stack: ParleyStack; template: Template } | undefined;
  const plainStack = () => {
    if (!plain) {
      const deployment = readContext(
        appWithContext({ consoleUrl: 'https://news.example.com/moderation/' }).node,
      );
      const stack = new ParleyStack(unbundledApp(), 'Parley', { deployment });
      plain = { stack, template: Template.fromStack(stack) };
    }
    return plain;
  };

  it('gives the dashboard URL in the console when there is a dashboard', () => {
    const { stack, template } = plainStack();
    const url = JSON.stringify(template.toJSON()['Outputs']['DashboardUrl']['Value']);
    expect(url).toContain('https://console.aws.amazon.com/cloudwatch/home?region=');
    expect(url).toContain('#dashboards/dashboard/');
    expect(url).toContain(stack.getLogicalId(stack.moderation.dashboard!.node.defaultChild as CfnElement));
    const noDashboard = readContext(
      appWithContext({ consoleUrl: 'https://news.example.com/moderation/', dashboard: 'false' }).node,
    );
    const without = Template.fromStack(
      new ParleyStack(unbundledApp(), 'Parley', { deployment: noDashboard }),
    );
    expect(Object.keys(without.toJSON()['Outputs'] as object)).not.toContain('DashboardUrl');
  });

  it('gives the alarm topic ARN when alarmEmail creates a topic, and none without a topic', () => {
    const stackOf = (context: Record<string, unknown>) => {
      const app = unbundledApp();
      const deployment = readContext(
        appWithContext({ consoleUrl: 'https://news.example.com/moderation/', ...context }).node,
      );
      return Template.fromStack(new ParleyStack(app, 'Parley', { deployment }));
    };
    const withEmail = stackOf({ alarmEmail: 'oncall@news.example.com' });
    const [topic] = Object.keys(resourcesOf(withEmail, 'AWS::SNS::Topic'));
    withEmail.hasOutput('AlarmTopicArn', { Value: { Ref: topic } });
    expect(Object.keys(plainStack().template.toJSON()['Outputs'] as object)).not.toContain('AlarmTopicArn');
  });
});
