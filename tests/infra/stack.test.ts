import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { contextSchema, readContext } from '../../infra/context';
import { ParleyStack } from '../../infra/stack';
import { nagFindings, resourcesOf, unbundledApp } from './support';

const appWithContext = (context: Record<string, unknown>): App =>
  new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });

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
