import { contentSecurityPolicy } from '../../web/csp';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Aws, Duration, Names, RemovalPolicy, Stack, Token, Validations, type CfnElement } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { ConsoleConfig } from '../../web/console/config';
import {
  buildWebAssetsSync,
  hostedLayout,
  type CacheClass,
  type HostedFile,
  type WebAsset,
} from '../../web/build';

/**
 * Browser caching by kind of file (web/build.ts `CacheClass`). The entry scripts keep the URLs newsrooms
 * paste into their pages, so they cannot be renamed per release: five minutes of freshness, then a
 * day of serving the old copy while revalidating in the background, keeps article pages fast and lets a
 * deploy reach every reader within minutes. Hashed files never change under their names. HTML and the
 * console's config are always revalidated.
 */
export const CACHE_CONTROL: Readonly<Record<CacheClass, string>> = {
  entry: 'public, max-age=300, stale-while-revalidate=86400',
  immutable: 'public, max-age=31536000, immutable',
  document: 'no-cache',
};

export interface WebHostingOptions {
  /**
   * Which edge locations serve the files.
   * @default cloudfront.PriceClass.PRICE_CLASS_100 (North America, Europe, Israel)
   */
  readonly priceClass?: cloudfront.PriceClass;
  /**
   * ARN of a WAF web ACL (scope CLOUDFRONT, in us-east-1) to attach to the distribution.
   * @default - none: the files are static and cached, there is nothing behind them to protect
   */
  readonly webAclArn?: string;
  /**
   * The files to host, already built (web/build.ts); only the entry scripts and `/console/*` are uploaded.
   * @default - `buildWebAssetsSync()`: the widget, the counter and the console, minified
   */
  readonly assets?: readonly WebAsset[];
}

export interface WebHostingProps extends WebHostingOptions {
  /**
   * Where the console may connect besides its own origin (the API, the Cognito token endpoint), as CSP
   * sources. They cannot name the API itself: the API's CORS names this distribution, so the distribution
   * naming the API would be a cycle; regional wildcards are used instead.
   */
  readonly connectSources: readonly string[];
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Retention of the log group of the deployment handler (the CDK BucketDeployment function).
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
}

const BOOTSTRAP_QUALIFIER_CONTEXT = '@aws-cdk/core:bootstrapQualifier';
const DEFAULT_QUALIFIER = 'hnb659fds';

/**
 * The hosted paths: the entry scripts and the console. The demo article page is local only, and the
 * console's config.json is written by `configureConsole` for this deployment, never copied from the build.
 */
const HOSTED = (path: string): boolean =>
  path === '/embed.js' ||
  path === '/count.js' ||
  (path.startsWith('/console/') && path !== '/console/config.json');

/**
 * `/console` → `/console/`, a path ending in `/` → its `index.html`, `/` → the console. Runs at the edge on
 * every viewer request (CloudFront Functions: sub-millisecond, no Lambda).
 */
const INDEX_FUNCTION = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/' || uri === '/console') {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/console/' } } };
  }
  if (uri.charAt(uri.length - 1) === '/') request.uri = uri + 'index.html';
  return request;
}`;

/**
 * A name for a CloudFront resource, which is global to the account: the construct's unique name plus the
 * region, so the same stack deployed in two regions of one account does not collide (CDK's default name
 * has the stack and path, not the region). The longest region name is 14 characters.
 */
function globalName(scope: Construct, id: string, maxLength: number): string {
  const base = Names.uniqueResourceName(scope, { maxLength: maxLength - 16 - id.length - 1 });
  return `${base}-${id}-${Aws.REGION}`;
}

/**
 * Parley's browser files on AWS: a private S3 bucket read only by CloudFront (origin access control), a
 * response headers policy with the CSP and security headers, content-hashed names for long caching, and
 * the console's runtime configuration (`console/config.json`, written by `configureConsole`).
 */
export class WebHosting extends Construct {
  public readonly bucket: s3.IBucket;
  public readonly distribution: cloudfront.Distribution;
  /** `https://<distribution domain>`: the origin the API's CORS must allow. */
  public readonly origin: string;
  /** The embed script readers' pages load. */
  public readonly embedUrl: string;
  /** The listing-page counter. */
  public readonly countUrl: string;
  /** The moderator console (its Cognito callback and sign-out URL). */
  public readonly consoleUrl: string;
  /** The Content-Security-Policy every response carries. */
  public readonly contentSecurityPolicy: string;
  private readonly deployments: s3deploy.BucketDeployment[] = [];
  private readonly files: s3.Bucket;
  /**
   * The deployment handler's logs. It is a stack-wide singleton function, configured by the first
   * BucketDeployment of the stack: every deployment here passes this group, or its logs (Lambda's
   * default group) would be kept forever.
   */
  private readonly deploymentLogs: logs.ILogGroup;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const bucket = new s3.Bucket(this, 'Files', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
      autoDeleteObjects: removalPolicy === RemovalPolicy.DESTROY,
    });
    // CDK classes type optional attributes `T | undefined`, which exactOptionalPropertyTypes rejects against
    // their own interfaces; the object is the same.
    this.bucket = bucket as s3.IBucket;
    this.files = bucket;
    this.deploymentLogs = new logs.LogGroup(this, 'DeploymentLogs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy,
    });
    Validations.of(bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the public widget, counter and console files, written by deployments and read ' +
        'by CloudFront alone (origin access control); access logs would record nothing worth keeping.',
    });

    this.contentSecurityPolicy = contentSecurityPolicy(props.connectSources);
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      responseHeadersPolicyName: globalName(this, 'Headers', 128),
      comment: 'Parley web files: CSP, security headers, CORS for embedding pages',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: this.contentSecurityPolicy, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
      },
      // Newsroom pages on any origin load the scripts (with or without `crossorigin`); no credentials.
      corsBehavior: {
        accessControlAllowCredentials: false,
        accessControlAllowHeaders: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD'],
        accessControlAllowOrigins: ['*'],
        originOverride: true,
      },
    });
    const index = new cloudfront.Function(this, 'DirectoryIndex', {
      comment: 'Parley: /console/ to its index.html',
      code: cloudfront.FunctionCode.fromInline(INDEX_FUNCTION),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Parley widget, counter and moderator console',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket, {
          originAccessControl: new cloudfront.S3OriginAccessControl(this, 'OriginAccess', {
            originAccessControlName: globalName(this, 'OriginAccess', 64),
          }),
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [{ function: index, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      ...(props.webAclArn === undefined ? {} : { webAclId: props.webAclArn }),
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Readers of a news site are everywhere; the files are public scripts and a sign-in page.',
      },
      ...(props.webAclArn === undefined
        ? [
            {
              id: 'AwsSolutions-CFR2',
              reason:
                'Static, cached files with no server behind them; a flood costs CloudFront requests only. ' +
                'Pass webAclArn to attach a web ACL anyway.',
            },
          ]
        : []),
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'CloudFront access logs record every reader’s address for every article page that embeds the widget; ' +
          'Parley keeps no addresses in logs.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate lets CloudFront accept older TLS viewers whatever the minimum ' +
          'protocol says; a custom domain with its own certificate (outside this construct) enforces TLS 1.2.',
      },
    );

    this.origin = `https://${this.distribution.distributionDomainName}`;
    this.embedUrl = `${this.origin}/embed.js`;
    this.countUrl = `${this.origin}/count.js`;
    this.consoleUrl = `${this.origin}/console/`;

    const files = hostedLayout(props.assets ?? buildWebAssetsSync(), HOSTED);
    for (const cache of ['immutable', 'entry', 'document'] as const) {
      const group = files.filter((f) => f.cache === cache);
      if (group.length === 0) continue;
      this.deployments.push(
        new s3deploy.BucketDeployment(this, `Deploy-${cache}`, {
          sources: [s3deploy.Source.asset(writeFolder(group))],
          destinationBucket: this.bucket,
          cacheControl: [s3deploy.CacheControl.fromString(CACHE_CONTROL[cache])],
          // Several deployments share the bucket, and pages cached before a release still name the old
          // hashed files: nothing is deleted.
          prune: false,
          memoryLimit: 256,
          logGroup: this.deploymentLogs,
        }),
      );
    }
    // Hashed files first: when HTML naming them is published, they are already there.
    for (const later of this.deployments.slice(1)) later.node.addDependency(this.deployments[0]!);
    acknowledgeDeploymentHandler(Stack.of(this), this.files);
  }

  /** Writes the console's runtime configuration; its deployment invalidates the unhashed paths. */
  configureConsole(config: ConsoleConfig): void {
    const deployment = new s3deploy.BucketDeployment(this, 'Deploy-config', {
      sources: [s3deploy.Source.jsonData('console/config.json', config)],
      destinationBucket: this.bucket,
      cacheControl: [s3deploy.CacheControl.fromString(CACHE_CONTROL.document)],
      prune: false,
      memoryLimit: 256,
      logGroup: this.deploymentLogs,
      distribution: this.distribution,
      distributionPaths: [
        '/embed.js',
        '/count.js',
        '/console/',
        '/console/index.html',
        '/console/config.json',
      ],
    });
    for (const earlier of this.deployments) deployment.node.addDependency(earlier);
    acknowledgeDeploymentHandler(Stack.of(this), this.files);
  }
}

/** The files of one cache class in a fresh folder, laid out by their URL paths (the S3 keys). */
function writeFolder(files: readonly HostedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
  for (const f of files) {
    const target = join(dir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.body);
  }
  return dir;
}

/**
 * The stack-wide function behind every BucketDeployment (a CDK singleton), with why its findings stand.
 * cdk-nag names IAM5 findings by action and resource, so each is acknowledged by name: this bucket, the
 * CDK assets bucket of the default synthesizer (bootstrap qualifier from the context, else the default).
 */
function acknowledgeDeploymentHandler(stack: Stack, bucket: s3.Bucket): void {
  const bucketId = stack.getLogicalId(bucket.node.defaultChild as CfnElement);
  const qualifier =
    (stack.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) as string | undefined) ?? DEFAULT_QUALIFIER;
  const iam5 = [
    'Action::s3:GetObject*',
    'Action::s3:GetBucket*',
    'Action::s3:List*',
    'Action::s3:DeleteObject*',
    'Action::s3:Abort*',
    `Resource::<${bucketId}.Arn>/*`,
    `Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*`,
    // The same bucket as cdk-nag names it once the stack's environment is known (`cdk deploy` sets it
    // from the credentials; without this, every real deployment with web hosting failed its synthesis).
    ...(Token.isUnresolved(stack.account) || Token.isUnresolved(stack.region)
      ? []
      : [`Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${stack.account}-${stack.region}/*`]),
    // cloudfront:CreateInvalidation / GetInvalidation, which the handler is granted on every distribution.
    'Resource::*',
  ];
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    for (const c of child.node.findAll()) {
      Validations.of(c).acknowledge(
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: 'The CDK BucketDeployment handler uses AWSLambdaBasicExecutionRole for its own logs.',
        },
        ...iam5.map((finding) => ({
          id: `AwsSolutions-IAM5[${finding}]`,
          reason:
            'The CDK BucketDeployment handler (aws-cdk-lib) reads the deployment assets, writes every key of the ' +
            'web files bucket and invalidates the distribution (CloudFront invalidation actions take no ' +
            'resource); it runs only while CloudFormation deploys.',
        })),
        {
          id: 'AwsSolutions-L1',
          reason: 'The runtime of the CDK BucketDeployment handler is chosen by aws-cdk-lib, not by Parley.',
        },
        {
          id: 'Serverless-LambdaDLQ',
          reason:
            'Invoked synchronously by CloudFormation as a custom resource; failures fail the deployment.',
        },
        {
          id: 'Serverless-LambdaTracing',
          reason: 'A deploy-time custom resource handler owned by aws-cdk-lib; nothing to trace at run time.',
        },
        {
          id: 'Serverless-LambdaDefaultMemorySize',
          reason: 'Memory is set by the deployment (memoryLimit 256 MB).',
        },
        {
          id: 'Serverless-LambdaLatestVersion',
          reason: 'The runtime of the CDK BucketDeployment handler is chosen by aws-cdk-lib.',
        },
      );
    }
  }
}

/**
 * The region-wide CSP sources of Parley's API and Cognito hosted UI (see `connectSources`). Not the API's
 * own URL, though CloudFront would take it as a token: the API's CORS names this distribution's origin, so
 * a headers policy naming the API would make the distribution and the API depend on each other, which
 * CloudFormation refuses as a cycle. The console's own origin, the CSP's other sources and the bearer
 * token the API requires bound what the wildcard allows.
 */
export const regionalConnectSources = (edge: boolean): string[] => [
  `https://*.execute-api.${Aws.REGION}.amazonaws.com`,
  `https://*.auth.${Aws.REGION}.amazoncognito.com`,
  ...(edge ? ['https://*.cloudfront.net'] : []),
];
