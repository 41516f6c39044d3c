/**
 * The optional CloudFront + WAF front door: a rate-based web ACL (created in us-east-1, or passed by ARN),
 * the origin-verify header from Secrets Manager, the viewer address forwarded, the functions told to
 * trust CloudFront's header only with that secret; and synth errors that say how to fix a misconfiguration.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_ENV, ORIGIN_VERIFY_HEADER } from '../../functions/lib/client-ip';
import { SECRET_ARN_ENV } from '../../functions/lib/secrets';
import { routes } from '../../functions/routes';
import { EdgeRateLimitAcl } from '../../infra/constructs/api-edge';
import { CommentModeration } from '../../infra/constructs/comment-moderation';
import { moderationPropsFromContext, readContext } from '../../infra/context';
import {
  CONSOLE_URL,
  actionsOf,
  logicalIdOf,
  nagFindings,
  resourcesOf,
  statementsOfRole,
  synthModeration,
  unbundledApp,
  type Synthesized,
} from './support';

const US_EAST_1 = { env: { account: '123456789012', region: 'us-east-1' } };
const ACL_ARN =
  'arn:aws:wafv2:us-east-1:123456789012:global/webacl/parley-edge/0a1b2c3d-1111-2222-3333-444455556666';

describe('CloudFront mode in us-east-1 (web ACL created here)', () => {
  let site: Synthesized;
  beforeAll(() => {
    site = synthModeration({ cloudFront: { rateLimitPerFiveMinutes: 500 } }, US_EAST_1);
  }, 60_000);

  const distribution = () =>
    Object.values(resourcesOf(site.template, 'AWS::CloudFront::Distribution'))[0]!.Properties![
      'DistributionConfig'
    ] as Record<string, any>;

  it('creates a CLOUDFRONT web ACL that blocks a client address over the rate with a 429, keeping no samples', () => {
    site.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Statement: { RateBasedStatement: { Limit: 500, AggregateKeyType: 'IP', EvaluationWindowSec: 300 } },
          Action: { Block: { CustomResponse: Match.objectLike({ ResponseCode: 429 }) } },
          VisibilityConfig: Match.objectLike({ SampledRequestsEnabled: false }),
        }),
      ],
    });
    expect(distribution()['WebACLId']).toEqual({
      'Fn::GetAtt': [Object.keys(resourcesOf(site.template, 'AWS::WAFv2::WebACL'))[0], 'Arn'],
    });
  });

  it('deletes the origin-verify secret with the distribution, while PARLEY_SECRET is retained', () => {
    const secrets = resourcesOf(site.template, 'AWS::SecretsManager::Secret');
    const policies = Object.fromEntries(
      Object.entries(secrets).map(([id, r]) => [id.replace(/[0-9A-F]{8}$/, ''), r['DeletionPolicy']]),
    );
    expect(policies).toEqual({ ModerationSecret: 'Retain', ModerationEdgeOriginVerify: 'Delete' });
  });

  it('sends every origin request with the origin-verify header from Secrets Manager, over TLS 1.2, uncached', () => {
    const [origin] = distribution()['Origins'] as Record<string, any>[];
    expect(origin!['CustomOriginConfig']).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    const [header] = origin!['OriginCustomHeaders'] as { HeaderName: string; HeaderValue: unknown }[];
    expect(header!.HeaderName).toBe(ORIGIN_VERIFY_HEADER);
    const secretId = logicalIdOf(site.moderation.edge!.originVerifySecret);
    expect(JSON.stringify(header!.HeaderValue)).toContain('{{resolve:secretsmanager:');
    expect(JSON.stringify(header!.HeaderValue)).toContain(secretId);
    const caching = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad'; // the managed CachingDisabled policy
    expect(distribution()['DefaultCacheBehavior']).toMatchObject({ CachePolicyId: caching });
    // Moderators' bearer tokens: only the managed all-viewer-except-Host policy forwards Authorization.
    expect(distribution()['CacheBehaviors']).toEqual([
      expect.objectContaining({
        PathPattern: '/moderation/*',
        CachePolicyId: caching,
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
      }),
    ]);
  });

  it('forwards CloudFront-Viewer-Address and the contract headers on public routes, never Host', () => {
    site.template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: Match.objectLike({
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          Headers: Match.arrayWith([
            'CloudFront-Viewer-Address',
            'idempotency-key',
            'x-author-token',
            'x-notice-token',
            'x-flagger-token',
          ]),
        },
      }),
    });
    const [policy] = Object.values(resourcesOf(site.template, 'AWS::CloudFront::OriginRequestPolicy'));
    expect(JSON.stringify(policy).toLowerCase()).not.toContain('"host"');
  });

  it('tells every HTTP function to trust the viewer header only with the origin-verify secret, which they may read', () => {
    const secretId = logicalIdOf(site.moderation.edge!.originVerifySecret);
    for (const handler of new Set(routes.map((r) => r.handler))) {
      const fn = site.moderation.functions.get(handler)!;
      const env = (
        resourcesOf(site.template, 'AWS::Lambda::Function')[logicalIdOf(fn)]!.Properties!['Environment'] as {
          Variables: Record<string, unknown>;
        }
      ).Variables;
      expect(env[CLIENT_ADDRESS_ENV], handler).toBe('cloudfront');
      expect(env[SECRET_ARN_ENV.originVerify], handler).toEqual({ Ref: secretId });
      expect(JSON.stringify(env), handler).not.toContain('{{resolve:');
      const canRead = statementsOfRole(site.template, logicalIdOf(fn.role!)).some(
        (s) =>
          actionsOf(s).includes('secretsmanager:GetSecretValue') &&
          JSON.stringify(s.Resource).includes(secretId),
      );
      expect(canRead, handler).toBe(true);
    }
    // The consumer takes no requests: it gets neither.
    const consumer = resourcesOf(site.template, 'AWS::Lambda::Function')[
      logicalIdOf(site.moderation.moderationFunction)
    ]!;
    expect(JSON.stringify(consumer.Properties!['Environment'])).not.toContain(CLIENT_ADDRESS_ENV);
  });

  it('publishes the CloudFront URL as the API URL', () => {
    expect(site.moderation.apiUrl).toBe(site.moderation.edge!.url);
    expect(site.stack.resolve(site.moderation.apiUrl)).toEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.any(String), 'DomainName'] }, '/']],
    });
  });

  it('has no unacknowledged cdk-nag finding', () => {
    expect(nagFindings(site.app)).toEqual([]);
  });
});

describe('CloudFront mode elsewhere', () => {
  it('uses a web ACL passed by ARN from any region', () => {
    const site = synthModeration(
      { cloudFront: { webAclArn: ACL_ARN } },
      { env: { account: '123456789012', region: 'eu-west-1' } },
    );
    site.template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    site.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: ACL_ARN }),
    });
  }, 60_000);

  it('fails synth, naming both fixes, when no ARN is given outside us-east-1 or without a known region', () => {
    for (const stackProps of [{ env: { account: '123456789012', region: 'eu-west-1' } }, {}]) {
      expect(() => synthModeration({ cloudFront: {} }, stackProps)).toThrow(
        /must be created in us-east-1.*cloudFront\.webAclArn.*region: 'us-east-1'/s,
      );
    }
  });

  it('fails synth on an ARN that is not a CLOUDFRONT web ACL, or a rate for an ACL it does not create', () => {
    const regional = ACL_ARN.replace('us-east-1', 'eu-west-1').replace('global/', 'regional/');
    expect(() => synthModeration({ cloudFront: { webAclArn: regional } })).toThrow(
      /scope CLOUDFRONT.*us-east-1.*That is a REGIONAL web ACL/s,
    );
    // A global ARN whose id is not a UUID is not called regional (platform review, stop 31).
    const shortId = ACL_ARN.replace(/[0-9a-f-]{36}$/, 'abc');
    let message = '';
    try {
      synthModeration({ cloudFront: { webAclArn: shortId } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/the id a UUID/);
    expect(message).not.toMatch(/REGIONAL/);
    expect(() =>
      synthModeration({ cloudFront: { webAclArn: ACL_ARN, rateLimitPerFiveMinutes: 100 } }),
    ).toThrow(/rateLimitPerFiveMinutes/);
    expect(() => synthModeration({ cloudFront: { rateLimitPerFiveMinutes: 5 } }, US_EAST_1)).toThrow(
      /from 10/,
    );
  });

  it('offers the web ACL as its own construct for a us-east-1 stack of the same app', () => {
    const app = unbundledApp();
    const edge = new Stack(app, 'Edge', US_EAST_1);
    const acl = new EdgeRateLimitAcl(edge, 'Acl');
    Template.fromStack(edge).hasResourceProperties('AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' });
    expect(acl.webAclArn).toBeDefined();
    expect(
      () => new EdgeRateLimitAcl(new Stack(app, 'Elsewhere', { env: { region: 'eu-west-1' } }), 'Acl'),
    ).toThrow(/us-east-1/);
  });

  it('is switched on from CDK context', () => {
    const app = new App({
      context: { cloudFront: 'true', cloudFrontWebAclArn: ACL_ARN, consoleUrl: CONSOLE_URL },
    });
    const props = moderationPropsFromContext(readContext(app.node), new Stack(app, 'S'));
    expect(props.cloudFront).toEqual({ webAclArn: ACL_ARN });
    const off = new App({ context: { cloudFrontWebAclArn: ACL_ARN } });
    expect(() => moderationPropsFromContext(readContext(off.node), new Stack(off, 'S'))).toThrow(
      /cloudFront=true/,
    );
  });

  it('is off by default: no distribution, the functions keep API Gateway’s source IP', () => {
    const app = unbundledApp();
    const stack = new Stack(app, 'Plain');
    new CommentModeration(stack, 'Moderation', { consoleUrl: CONSOLE_URL });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::CloudFront::Distribution', 0);
    template.resourceCountIs('AWS::WAFv2::WebACL', 0);
    expect(JSON.stringify(template.toJSON())).not.toContain(CLIENT_ADDRESS_ENV);
  }, 60_000);
});
