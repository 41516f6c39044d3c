/**
 * The web hosting (issue 14): widget, counter and console on a private bucket behind CloudFront with
 * origin access control, a strict CSP and security headers, cache lifetimes by kind of file, the
 * console's Cognito config, and the API's CORS and the Cognito callback pointing at the hosting.
 */
import type { App } from 'aws-cdk-lib';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import { CACHE_CONTROL } from '../../infra/constructs/web-hosting';
import { readContext } from '../../infra/context';
import { ParleyStack } from '../../infra/stack';
import { buildWebAssetsSync, hostedLayout, type WebAsset } from '../../web/build';
import { nagFindings, resourcesOf, unbundledApp } from './support';

let assets: WebAsset[];
let app: App;
let moderation: CommentModeration;
let template: Template;

beforeAll(() => {
  assets = buildWebAssetsSync();
  app = unbundledApp();
  const stack = new Stack(app, 'Site');
  moderation = new CommentModeration(stack, 'Moderation', { webHosting: { assets } });
  template = Template.fromStack(stack);
}, 120_000);

const json = () => JSON.stringify(template.toJSON());
const logicalId = (type: string) => Object.keys(resourcesOf(template, type))[0]!;

describe('web hosting', () => {
  it('keeps the bucket private: CloudFront reads it through origin access control, nobody else', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: [
          Match.objectLike({ OriginAccessControlId: Match.anyValue(), S3OriginConfig: Match.anyValue() }),
        ],
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', Compress: true }),
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('answers with a strict CSP and the security headers', () => {
    const policy = Object.values(resourcesOf(template, 'AWS::CloudFront::ResponseHeadersPolicy'))[0]!;
    const config = (policy.Properties!['ResponseHeadersPolicyConfig'] as Record<string, any>)[
      'SecurityHeadersConfig'
    ];
    const csp = JSON.stringify(config.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain('execute-api.');
    expect(csp).toContain('amazoncognito.com');
    expect(config.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 31_536_000,
      Override: true,
    });
    expect(config.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    expect(config.ContentTypeOptions).toMatchObject({ Override: true });
    expect(config.ReferrerPolicy).toMatchObject({ ReferrerPolicy: 'strict-origin-when-cross-origin' });
  });

  it('caches the entry scripts briefly, hashed files for a year and HTML and config not at all', () => {
    const deployments = Object.values(resourcesOf(template, 'Custom::CDKBucketDeployment'));
    const cacheControls = deployments.map((d) => JSON.stringify(d.Properties!['SystemMetadata']));
    for (const value of Object.values(CACHE_CONTROL))
      expect(
        cacheControls.some((c) => c.includes(value)),
        value,
      ).toBe(true);
    // The unhashed paths are invalidated on every deploy.
    expect(
      deployments.some((d) => JSON.stringify(d.Properties!['DistributionPaths'] ?? '').includes('/embed.js')),
    ).toBe(true);
    expect(deployments.every((d) => d.Properties!['Prune'] === false)).toBe(true);
  });

  it('names hosted files by content, except the entry scripts, and points the console page at them', () => {
    const files = hostedLayout(
      assets,
      (p) => p === '/embed.js' || p === '/count.js' || p.startsWith('/console/'),
    );
    const byPath = new Map(files.map((f) => [f.path, f]));
    expect(byPath.get('/embed.js')?.cache).toBe('entry');
    expect(byPath.get('/count.js')?.cache).toBe('entry');
    expect([...byPath.keys()].some((p) => p.startsWith('/index.html') || p.startsWith('/demo'))).toBe(false);
    const consoleScript = files.find((f) => /^\/console\/console\.[0-9a-f]{10}\.js$/.test(f.path));
    expect(consoleScript?.cache).toBe('immutable');
    const page = byPath.get('/console/index.html');
    expect(page?.cache).toBe('document');
    expect(page?.body.toString()).toContain(`"${consoleScript!.path}"`);
    expect(page?.body.toString()).not.toContain('"/console/console.js"');
  });

  it('writes the console config for Cognito and makes the hosting the console URL and an allowed origin', () => {
    const distribution = logicalId('AWS::CloudFront::Distribution');
    const client = logicalId('AWS::Cognito::UserPoolClient');
    const config = Object.values(resourcesOf(template, 'Custom::CDKBucketDeployment')).find((d) =>
      JSON.stringify(d.Properties!['DistributionPaths'] ?? '').includes('config.json'),
    );
    expect(JSON.stringify(config?.Properties!['SourceMarkers'])).toContain(client);
    expect(moderation.consoleUrl).toBe(moderation.webHosting!.consoleUrl);
    const [clientProps] = Object.values(resourcesOf(template, 'AWS::Cognito::UserPoolClient'));
    expect(JSON.stringify(clientProps!.Properties!['CallbackURLs'])).toContain(distribution);
    const [api] = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Api'));
    expect(JSON.stringify((api!.Properties!['CorsConfiguration'] as any).AllowOrigins)).toContain(
      distribution,
    );
    expect(json()).not.toContain('localhost');
  });

  it('signs the hosted console in to itself beside a console URL of your own (platform review, stop 31)', () => {
    const both = unbundledApp();
    const stack = new Stack(both, 'Both');
    new CommentModeration(stack, 'Moderation', {
      consoleUrl: 'https://news.example.com/moderation/',
      webHosting: { assets },
    });
    const t = Template.fromStack(stack);
    const idOf = (type: string) => Object.keys(t.findResources(type))[0]!;
    const distribution = idOf('AWS::CloudFront::Distribution');
    const [clientProps] = Object.values(t.findResources('AWS::Cognito::UserPoolClient'));
    const callbacks = JSON.stringify(clientProps!.Properties['CallbackURLs']);
    expect(callbacks).toContain('https://news.example.com/moderation/');
    expect(callbacks).toContain(distribution);
    const config = Object.values(t.findResources('Custom::CDKBucketDeployment')).find((d) =>
      JSON.stringify(d.Properties['DistributionPaths'] ?? '').includes('config.json'),
    );
    // The hosted config.json's redirect is the hosting's own console URL (the distribution's domain).
    expect(JSON.stringify(config?.Properties['SourceMarkers'])).toContain(distribution);
  });

  it('names its account-wide CloudFront resources with the region (platform review, stop 31)', () => {
    const [policy] = Object.values(resourcesOf(template, 'AWS::CloudFront::ResponseHeadersPolicy'));
    const [oac] = Object.values(resourcesOf(template, 'AWS::CloudFront::OriginAccessControl'));
    const nameOf = (config: unknown) => JSON.stringify((config as { Name: unknown }).Name);
    expect(nameOf(policy!.Properties!['ResponseHeadersPolicyConfig'])).toContain('AWS::Region');
    expect(nameOf(oac!.Properties!['OriginAccessControlConfig'])).toContain('AWS::Region');
  });

  it("gives the deployment handler a log group of its own with the site's retention (not kept forever)", () => {
    const groups = resourcesOf(template, 'AWS::Logs::LogGroup');
    const [deploymentLogs] = Object.keys(groups).filter((id) => id.includes('WebDeploymentLogs'));
    expect(groups[deploymentLogs!]!.Properties).toEqual({ RetentionInDays: 30 });
    const handlers = Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).filter(([id]) =>
      id.startsWith('CustomCDKBucketDeployment'),
    );
    expect(handlers).toHaveLength(1);
    expect(handlers[0]![1].Properties!['LoggingConfig']).toEqual({ LogGroup: { Ref: deploymentLogs } });
  });

  it('leaves no cdk-nag finding unacknowledged, also with a disposable bucket', () => {
    expect(nagFindings(app)).toEqual([]);
    const disposable = unbundledApp();
    new CommentModeration(new Stack(disposable, 'Dev'), 'Moderation', {
      webHosting: { assets },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    expect(nagFindings(disposable)).toEqual([]);
  });

  it('leaves none either in a known account and region, as `cdk deploy` synthesizes it (platform review, stop 46)', () => {
    const deployed = unbundledApp();
    new CommentModeration(
      new Stack(deployed, 'Deployed', { env: { account: '123456789012', region: 'eu-west-1' } }),
      'Moderation',
      { webHosting: { assets } },
    );
    expect(nagFindings(deployed)).toEqual([]);
  });

  it('is off unless asked for, and refuses an imported pool whose sign-in it cannot configure', () => {
    const plain = new CommentModeration(new Stack(unbundledApp(), 'Plain'), 'Moderation', {
      consoleUrl: 'https://news.example.com/moderation/',
    });
    expect(plain.webHosting).toBeUndefined();
    const stack = new Stack(unbundledApp(), 'Imported');
    const pool = cognito.UserPool.fromUserPoolId(stack, 'Pool', 'eu-west-1_AbCdEf123');
    expect(
      () =>
        new CommentModeration(stack, 'Moderation', {
          userPool: pool,
          consoleUrl: 'https://news.example.com/moderation/',
          webHosting: { assets },
        }),
    ).toThrow(/hosted-UI domain/);
  });

  it('is switched on by `-c webHosting=true` and outputs the script URLs', () => {
    const contextApp = unbundledApp({ webHosting: 'true' });
    const stack = new ParleyStack(contextApp, 'Parley', { deployment: readContext(contextApp.node) });
    const outputs = Template.fromStack(stack).toJSON()['Outputs'] as Record<string, unknown>;
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['EmbedScriptUrl', 'CountScriptUrl', 'ConsoleUrl']),
    );
  });
});
