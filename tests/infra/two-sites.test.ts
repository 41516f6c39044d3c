import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import { nagFindings, unbundledApp } from './support';

/** Properties that fix a resource's physical name: two copies of such a resource in one account collide. */
const PHYSICAL_NAMES = [
  'TableName',
  'FunctionName',
  'QueueName',
  'TopicName',
  'RoleName',
  'LogGroupName',
  'DashboardName',
  'SecretName',
  'Name', // Secrets Manager, Events rules
  'UserPoolName',
  'AlarmName',
];

describe('two sites in one app', () => {
  let templates: Template[];
  let sites: CommentModeration[];
  let app: ReturnType<typeof unbundledApp>;

  beforeAll(() => {
    app = unbundledApp();
    // Three sites in one app, a stack each: a site is over half of the 500 resources a stack may hold
    // (docs/deploy.md), so two construct ids in one stack cannot both fit.
    const news = new Stack(app, 'Newsroom');
    const opinion = new Stack(app, 'Opinion');
    const other = new Stack(app, 'Magazine');
    sites = [
      new CommentModeration(news, 'News', {
        allowedOrigins: ['https://news.example.com'],
        consoleUrl: 'https://news.example.com/moderation/',
      }),
      new CommentModeration(opinion, 'Opinion', {
        allowedOrigins: ['https://opinion.example.com'],
        consoleUrl: 'https://opinion.example.com/moderation/',
      }),
      new CommentModeration(other, 'Moderation', { consoleUrl: 'https://magazine.example.com/moderation/' }),
    ];
    templates = [news, opinion, other].map((stack) => Template.fromStack(stack));
  }, 60_000);

  it('synthesizes without hard-coded physical names', () => {
    for (const template of templates) {
      const resources = template.toJSON()['Resources'] as Record<
        string,
        { Type: string; Properties?: object }
      >;
      for (const [id, resource] of Object.entries(resources)) {
        // A literal string fixes the name; a reference ({ Ref } / Fn::GetAtt) points at another resource.
        const names = Object.entries(resource.Properties ?? {})
          .filter(([k, v]) => PHYSICAL_NAMES.includes(k) && typeof v === 'string')
          .map(([k]) => k);
        // Labels unique only within their API (the API's name comes from the per-site service name).
        const allowed = ['AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::Authorizer'].includes(resource.Type)
          ? ['Name']
          : [];
        expect(
          names.filter((n) => !allowed.includes(n)),
          `${id} ${resource.Type}`,
        ).toEqual([]);
      }
    }
  });

  it('keeps metrics, API names and hosted-UI domains apart', () => {
    const serviceNames = sites.map((s) => s.serviceName);
    expect(new Set(serviceNames).size).toBe(sites.length);
    const prefixes = templates.flatMap((t) =>
      Object.values(t.findResources('AWS::Cognito::UserPoolDomain')).map((d) =>
        JSON.stringify(d['Properties']['Domain']),
      ),
    );
    expect(prefixes).toHaveLength(sites.length);
    expect(new Set(prefixes).size).toBe(sites.length);
  });

  it('keeps each site in its own table, pool and API, with room in its stack to grow', () => {
    for (const template of templates) {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.resourceCountIs('AWS::Cognito::UserPool', 1);
      template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
      // CloudFormation refuses a stack over 500 resources; a site is about 7 per route.
      expect(Object.keys(template.toJSON()['Resources'] as object).length).toBeLessThan(400);
    }
  });

  it('stays cdk-nag clean', () => {
    expect(nagFindings(app)).toEqual([]);
  });
});
