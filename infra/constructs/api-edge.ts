import { Fn, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER } from '../../shared/runtime-contract';
import { DeploymentRefusal } from '../refusal';

/**
 * The optional CloudFront + AWS WAF front door of the API (issue 11, T3). An HTTP API cannot be associated
 * with a WAF web ACL; a CloudFront distribution in front of it can. A web ACL for CloudFront has the scope
 * CLOUDFRONT and must be created in us-east-1, whatever the region of the API: pass the ARN of one
 * (`webAclArn`), or deploy the stack in us-east-1 and let the construct create one with a rate-based rule.
 */
export interface ApiEdgeOptions {
  /**
   * ARN of an AWS WAF web ACL with scope CLOUDFRONT (`arn:aws:wafv2:us-east-1:<account>:global/webacl/…`),
   * for example an `EdgeRateLimitAcl` in a us-east-1 stack of the same app.
   * @default - one is created here with a rate-based rule, which needs this stack in us-east-1
   */
  readonly webAclArn?: string;
  /**
   * Requests one client address may send in any 5 minutes before the created web ACL answers it 429 for a
   * while. Only for the web ACL created here.
   * @default 2000 (about 7 a second, sustained; a page view makes two or three)
   */
  readonly rateLimitPerFiveMinutes?: number;
  /**
   * Which edge locations serve the API.
   * @default cloudfront.PriceClass.PRICE_CLASS_100 (North America, Europe, Israel)
   */
  readonly priceClass?: cloudfront.PriceClass;
}

const WEB_ACL_ARN =
  /^arn:aws(-[a-z]+)*:wafv2:us-east-1:\d{12}:global\/webacl\/[A-Za-z0-9_-]{1,128}\/[0-9a-f-]{36}$/;
const DEFAULT_RATE_LIMIT = 2000;

/** The 429 the created web ACL answers, in the API's error shape. */
const RATE_LIMITED_BODY = JSON.stringify({
  error: {
    code: 'rate_limited',
    message: 'Too many requests from your network. Try again in a few minutes.',
  },
});

export interface EdgeRateLimitAclProps {
  /** @default 2000 requests per client address per 5 minutes */
  readonly rateLimitPerFiveMinutes?: number;
}

/**
 * A WAF web ACL for CloudFront with one rule: a client address over the rate is blocked with a 429 until
 * its rate falls again. Only in a us-east-1 stack (synth fails elsewhere, naming the fix). No sampled
 * requests are kept: they would store readers' addresses.
 */
export class EdgeRateLimitAcl extends Construct {
  public readonly webAcl: wafv2.CfnWebACL;
  public readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeRateLimitAclProps = {}) {
    super(scope, id);
    const region = Stack.of(this).region;
    if (Token.isUnresolved(region) || region !== 'us-east-1') {
      throw new DeploymentRefusal(
        `${this.node.path}: a WAF web ACL for CloudFront must be created in us-east-1, and this stack's region is ` +
          `${Token.isUnresolved(region) ? 'not known at synth time (environment-agnostic)' : region}. Either ` +
          'create the ACL in a us-east-1 stack (EdgeRateLimitAcl) and pass its ARN as cloudFront.webAclArn, or ' +
          "deploy this stack with env: { region: 'us-east-1' }.",
      );
    }
    const limit = props.rateLimitPerFiveMinutes ?? DEFAULT_RATE_LIMIT;
    if (!Number.isInteger(limit) || limit < 10 || limit > 2_000_000_000) {
      throw new DeploymentRefusal(
        `rateLimitPerFiveMinutes must be an integer from 10 to 2,000,000,000 (got ${limit})`,
      );
    }
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: false,
    });
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Parley: per-address rate limit in front of the comments API',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${Stack.of(this).stackName}-parley-edge`),
      customResponseBodies: { RateLimited: { contentType: 'APPLICATION_JSON', content: RATE_LIMITED_BODY } },
      rules: [
        {
          name: 'RatePerClientAddress',
          priority: 0,
          statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'RateLimited',
                responseHeaders: [{ name: 'retry-after', value: '300' }],
              },
            },
          },
          visibilityConfig: visibility(`${Stack.of(this).stackName}-parley-rate-per-address`),
        },
      ],
    });
    this.webAclArn = this.webAcl.attrArn;
  }
}

export interface ApiEdgeProps extends ApiEdgeOptions {
  readonly api: apigwv2.IHttpApi;
  /**
   * The deployment's removal policy. Nothing of the edge holds data: the origin-verify secret is always
   * deleted with the distribution, whatever this says (kept so that callers need not change).
   */
  readonly removalPolicy: RemovalPolicy;
}

/**
 * CloudFront in front of the HTTP API, with a WAF web ACL, no caching, and a secret origin-verify header on
 * every origin request so the functions can refuse calls that skip CloudFront (functions/lib/client-ip.ts).
 */
export class ApiEdge extends Construct {
  public readonly distribution: cloudfront.Distribution;
  /** The value CloudFront adds as `x-parley-origin-verify`; the HTTP functions read it at run time. */
  public readonly originVerifySecret: secretsmanager.Secret;
  public readonly webAclArn: string;
  /** `https://<distribution domain>/`: the API's public base URL in this mode. */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: ApiEdgeProps) {
    super(scope, id);
    if (props.webAclArn !== undefined) {
      if (!Token.isUnresolved(props.webAclArn) && !WEB_ACL_ARN.test(props.webAclArn)) {
        throw new DeploymentRefusal(
          `cloudFront.webAclArn must be the ARN of a WAF web ACL with scope CLOUDFRONT, which lives in us-east-1 ` +
            `(arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>, the id a UUID); got "${props.webAclArn}".` +
            (/:regional\/webacl\//.test(props.webAclArn)
              ? ' That is a REGIONAL web ACL, which cannot be attached to CloudFront.'
              : ''),
        );
      }
      if (props.rateLimitPerFiveMinutes !== undefined) {
        throw new DeploymentRefusal(
          'cloudFront.rateLimitPerFiveMinutes applies to a web ACL created here, not to webAclArn',
        );
      }
      this.webAclArn = props.webAclArn;
    } else {
      this.webAclArn = new EdgeRateLimitAcl(this, 'RateLimit', {
        ...(props.rateLimitPerFiveMinutes === undefined
          ? {}
          : { rateLimitPerFiveMinutes: props.rateLimitPerFiveMinutes }),
      }).webAclArn;
    }

    this.originVerifySecret = new secretsmanager.Secret(this, 'OriginVerify', {
      description:
        'Parley: the header value CloudFront adds to requests to the API, proving they came through it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      // Goes with the distribution that holds its value (which is never retained): kept after a destroy it
      // would protect nothing and cost $0.40 a month; a new deployment generates a new one.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.originVerifySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The origin-verify value is also held in the CloudFront distribution configuration; rotating it takes a ' +
        'deploy (docs/deploy.md), so it is not on an automatic schedule.',
    });

    const origin = new origins.HttpOrigin(Fn.parseDomainName(props.api.apiEndpoint), {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      // A CloudFormation dynamic reference: resolved at deploy time, never in the template.
      customHeaders: { [ORIGIN_VERIFY_HEADER]: this.originVerifySecret.secretValue.unsafeUnwrap() },
    });
    // What public routes need, and the viewer's address for rate limits and bans; never the Host header
    // (API Gateway answers 403 to a foreign host) and, for readers, no Authorization.
    const publicRequests = new cloudfront.OriginRequestPolicy(this, 'PublicRequests', {
      comment: 'Parley public routes: the contract headers and the viewer address',
      headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList(
        'CloudFront-Viewer-Address',
        'content-type',
        'idempotency-key',
        'x-author-token',
        'x-notice-token',
        'x-flagger-token',
        'origin',
        'access-control-request-method',
        'access-control-request-headers',
      ),
      queryStringBehavior: cloudfront.OriginRequestQueryStringBehavior.all(),
      cookieBehavior: cloudfront.OriginRequestCookieBehavior.none(),
    });
    const behavior = (policy: cloudfront.IOriginRequestPolicy): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: policy,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Parley API',
      defaultBehavior: behavior(publicRequests),
      // Moderators send a bearer token: with caching disabled, only the managed all-viewer policies forward
      // Authorization (a custom policy may not).
      additionalBehaviors: {
        '/moderation/*': behavior(cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER),
      },
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      webAclId: this.webAclArn,
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'A news site’s readers comment from anywhere; abuse is handled by the WAF rate rule, not by country.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'CloudFront access logs record every reader’s address; Parley keeps no IPs in logs (the API access log ' +
          'omits them too). The WAF rule and the API metrics cover operations.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate allows TLS 1.0 viewers; a custom domain with its own ' +
          'certificate (outside this construct) is how to require TLS 1.2. The origin connection is TLS 1.2 only.',
      },
    );
    this.url = `https://${this.distribution.distributionDomainName}/`;
  }
}
