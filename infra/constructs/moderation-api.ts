import { Duration, Lazy, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../../functions/routes';
import { CLIENT_ADDRESS_ENV, CORS_EXPOSED_HEADERS, SECRET_ARN_ENV } from '../../shared/runtime-contract';
import { ApiEdge, type ApiEdgeOptions } from './api-edge';
import { throttlePlan, type ApiThrottle, type PlannedThrottle } from './api-throttling';
import type { TableAccess } from './comments-table';

/**
 * The DynamoDB access a route's handler needs, from who may call it and whether it changes anything: a
 * GET writes nothing unless the route table says `writes` (tests/infra/table-writes.test.ts records every
 * route's writes against DynamoDB Local and fails on one its level does not allow).
 */
export function accessForRoute(route: RouteDefinition): TableAccess {
  const writes = route.method !== 'GET' || route.writes === true;
  if (route.auth === 'public') return writes ? 'author' : 'read';
  if (!writes) return 'review';
  return route.auth === 'admin' ? 'admin' : 'moderate';
}

const CORS_METHODS = [
  apigwv2.CorsHttpMethod.GET,
  apigwv2.CorsHttpMethod.POST,
  apigwv2.CorsHttpMethod.PUT,
  apigwv2.CorsHttpMethod.PATCH,
  apigwv2.CorsHttpMethod.DELETE,
  apigwv2.CorsHttpMethod.OPTIONS,
];
/** Request headers of the public contract (DESIGN.md) plus the moderators' bearer token. */
const CORS_HEADERS = [
  'content-type',
  'authorization',
  'idempotency-key',
  'x-author-token',
  'x-notice-token',
  'x-flagger-token',
];

/**
 * Access-log fields: enough to see what failed and how slowly, and nothing about who asked. No source IP,
 * no user agent, no raw path or query string (ids and cursors live there); the route key is the template.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  error: '$context.error.message',
};

export interface ModerationApiProps {
  /** The API's name (the construct's service name). */
  readonly apiName: string;
  /**
   * Origins whose pages may call the API from a browser: the deployer's, checked beforehand with every other
   * prop (`checkProps`, props-check.ts), and hosting origins known only at deploy time.
   * @default - none: no CORS headers
   */
  readonly allowedOrigins?: readonly string[];
  /** Moderator routes accept tokens of this pool's `userPoolClient` only. */
  readonly userPool: cognito.IUserPool;
  readonly userPoolClient: cognito.IUserPoolClient;
  /** Retention of the access logs. */
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  /**
   * Throttling of each public read route (and the stage default).
   * @default { rateLimit: 100, burstLimit: 200 }
   */
  readonly apiThrottle?: ApiThrottle;
  /**
   * Throttling of each moderator and admin route.
   * @default { rateLimit: 10, burstLimit: 20 }
   */
  readonly moderatorThrottle?: ApiThrottle;
  /** The table's on-demand write ceiling, from which the public write routes' rates are computed. */
  readonly tableMaxWriteRequestUnits: number;
  /** The table's on-demand read ceiling, from which the Scan route's rate is computed. */
  readonly tableMaxReadRequestUnits: number;
  /**
   * CloudFront with a WAF rate-based rule in front of the API (api-edge.ts).
   * @default - no CloudFront
   */
  readonly cloudFront?: ApiEdgeOptions;
}

/**
 * The HTTP API: CORS, JSON access logs without personal data, a throttle per route (api-throttling.ts),
 * the JWT authorizer on every non-public route and, with `cloudFront`, the CloudFront front door.
 *
 * Its resources are created in `scope` (beside this construct, not under it), so they keep the logical ids
 * they had before CommentModeration was split: a new id would replace the API, and its URL, on deploy.
 */
export class ModerationApi extends Construct {
  public readonly api: apigwv2.HttpApi;
  public readonly stage: apigwv2.HttpStage;
  /** The CloudFront front door, when `cloudFront` is set. */
  public readonly edge: ApiEdge | undefined;
  /** Base URL clients call, ending in `/`: the CloudFront distribution's with `cloudFront`, else the stage's. */
  public readonly url: string;
  /** Base URL without the trailing slash, as the hosted console's config.json wants it. */
  public readonly endpoint: string;

  private readonly authorizer: HttpUserPoolAuthorizer;
  private readonly servedRoutes: RouteDefinition[] = [];
  private readonly throttles: { readonly publicReads: ApiThrottle; readonly moderators: ApiThrottle };
  private readonly tableMaxWriteRequestUnits: number;
  private readonly tableMaxReadRequestUnits: number;
  /** HTTP functions already given the front door's settings. */
  private readonly edgeWired = new Set<string>();

  constructor(scope: Construct, id: string, props: ModerationApiProps) {
    super(scope, id);
    const allowedOrigins = props.allowedOrigins ?? [];
    this.tableMaxWriteRequestUnits = props.tableMaxWriteRequestUnits;
    this.tableMaxReadRequestUnits = props.tableMaxReadRequestUnits;
    // Issuer = this pool, audience = this client: tokens of other pools or clients never get through.
    this.authorizer = new HttpUserPoolAuthorizer('ModeratorAuthorizer', props.userPool, {
      userPoolClients: [props.userPoolClient],
    });

    this.api = new apigwv2.HttpApi(scope, 'Api', {
      apiName: props.apiName,
      description: 'Parley comment moderation API',
      createDefaultStage: false,
      ...(allowedOrigins.length === 0
        ? {}
        : {
            corsPreflight: {
              allowOrigins: [...allowedOrigins],
              allowMethods: CORS_METHODS,
              allowHeaders: CORS_HEADERS,
              exposeHeaders: [...CORS_EXPOSED_HEADERS],
              maxAge: Duration.hours(1),
            },
          }),
    });
    const accessLogs = new logs.LogGroup(scope, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.throttles = {
      publicReads: props.apiThrottle ?? { rateLimit: 100, burstLimit: 200 },
      moderators: props.moderatorThrottle ?? { rateLimit: 10, burstLimit: 20 },
    };
    const stage = new apigwv2.HttpStage(scope, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: this.throttles.publicReads,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    // Each route's own throttle (api-throttling.ts), over every route served, including later addRoute()s.
    (stage.node.defaultChild as apigwv2.CfnStage).routeSettings = Lazy.any({
      produce: () =>
        Object.fromEntries(
          [...this.routeThrottles].map(([key, t]) => [
            key,
            { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit },
          ]),
        ),
    });
    this.stage = stage;
    this.edge = props.cloudFront
      ? new ApiEdge(scope, 'Edge', {
          ...props.cloudFront,
          api: this.api as apigwv2.IHttpApi,
          removalPolicy: props.removalPolicy,
        })
      : undefined;
    this.url = this.edge?.url ?? stage.url;
    this.endpoint = this.edge
      ? `https://${this.edge.distribution.distributionDomainName}`
      : this.api.apiEndpoint;
  }

  /** The throttle each route served so far got (route key → rate, burst and class). */
  public get routeThrottles(): Map<string, PlannedThrottle> {
    return throttlePlan({
      routes: this.servedRoutes,
      maxWriteRequestUnits: this.tableMaxWriteRequestUnits,
      maxReadRequestUnits: this.tableMaxReadRequestUnits,
      ...this.throttles,
    });
  }

  /**
   * Serves `route` with `fn` (its handler's function): the integration, the JWT authorizer in front of
   * every non-public route, the route's throttle and, behind CloudFront, the function's edge settings.
   */
  public addRoute(route: RouteDefinition, fn: lambda.Function): void {
    this.useEdge(route.handler, fn);
    const [httpRoute] = this.api.addRoutes({
      path: route.path,
      methods: [apigwv2.HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${route.method}${route.path}`, fn),
      ...(route.auth === 'public' ? {} : { authorizer: this.authorizer }),
    });
    this.servedRoutes.push(route);
    // The stage's route settings name this route: CloudFormation must create the route first.
    if (httpRoute) this.stage.node.addDependency(httpRoute);
    if (route.auth === 'public' && httpRoute) {
      Validations.of(httpRoute).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'A public reader route (functions/routes.ts, auth "public"): readers post and read without an account.',
      });
    }
  }

  /**
   * In CloudFront mode, an HTTP function takes the client address from CloudFront's header and refuses
   * requests without the origin-verify value, which it reads from Secrets Manager.
   */
  private useEdge(name: string, fn: lambda.Function): void {
    if (!this.edge || this.edgeWired.has(name)) return;
    fn.addEnvironment(CLIENT_ADDRESS_ENV, 'cloudfront');
    fn.addEnvironment(SECRET_ARN_ENV.originVerify, this.edge.originVerifySecret.secretArn);
    this.edge.originVerifySecret.grantRead(fn);
    this.edgeWired.add(name);
  }
}
