import { Duration, Lazy, Names, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  routes as sharedRoutes,
  triggers as sharedTriggers,
  type RouteDefinition,
} from '../../functions/routes';
import {
  CLIENT_ADDRESS_ENV,
  ENV,
  PARLEY_METRICS,
  POWERTOOLS_ENV,
  SECRET_ARN_ENV,
  SEMANTIC_CODE_BUNDLED,
  SEMANTIC_CODE_DEFINE,
  SEMANTIC_CODE_OMITTED,
  type ToxicityProviderName,
} from '../../shared/runtime-contract';
import { moderationStreamFilters } from '../../shared/moderation/stream-filter';
import { ApiEdge, type ApiEdgeOptions } from './api-edge';
import { throttlePlan, type ApiThrottle, type PlannedThrottle } from './api-throttling';
import { CommentsTable, type TableAccess } from './comments-table';
import { FUNCTIONS_DIR, HandlerFunction, handlerEntry, type HandlerFunctionProps } from './handler-function';
import { ModerationMonitoring } from './moderation-monitoring';
import { ModeratorIdentity } from './moderator-identity';
import { SemanticProviders, type SemanticOptions } from './semantic-providers';
import { WebHosting, regionalConnectSources, type WebHostingOptions } from './web-hosting';

export type ToxicityProvider = ToxicityProviderName;
export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** Functions that are not HTTP routes, by role; the values name files in `functions/`. */
export interface ParleyTriggers {
  /** Consumes the table's stream, filtered by `moderationStreamFilters`. */
  readonly moderateComment: string;
  /** Runs on a schedule, re-drives comments stuck in `received` and publishes the queue metrics. */
  readonly sweeper?: string;
}

/** The shared `triggers` (functions/routes.ts). */
export const defaultTriggers = (): ParleyTriggers => ({ ...sharedTriggers });

export type { ApiThrottle } from './api-throttling';
export type { ApiEdgeOptions } from './api-edge';
export type { WebHostingOptions } from './web-hosting';
export type {
  SemanticEndpointOptions,
  SemanticGuardrailOptions,
  SemanticLlmJudgeOptions,
  SemanticOptions,
  SemanticProviderName,
} from './semantic-providers';

/** Records the stream consumer takes per invocation. */
export const CONSUMER_BATCH_SIZE = 10;

/**
 * The consumer's and sweeper's timeout: a whole batch at the worst case per comment (every provider's
 * timeout, plus a second for the comment's own reads and writes), with 15 s to spare, at least the usual
 * 60 s and at most Lambda's 900 s. Records are moderated one after another (docs/providers.md, "Wiring" 7).
 */
export function consumerTimeoutSeconds(worstProvidersMsPerComment: number): number {
  const perComment = worstProvidersMsPerComment + 1000;
  return Math.min(900, Math.max(60, Math.ceil((CONSUMER_BATCH_SIZE * perComment) / 1000) + 15));
}

/**
 * The handlers that hash or sign with PARLEY_SECRET: only these get its ARN and `secretsmanager:GetSecretValue`.
 * - post-comment: author ids, network buckets, the e-mail hash, the seal of stored idempotent answers;
 * - flag-comment: the reporter's hash; edit-comment, delete-comment: the network bucket of their rate limit;
 * - list-comments, list-replies, moderation-queue, moderation-history: HMAC-signed pagination cursors.
 * tests/infra/secrets.test.ts derives this list from the code (who reaches `deps.secret` or
 * `deps.cursors`) and fails when they differ; a handler missing here fails at run time with a message
 * naming this list. Only HTTP routes load secrets (`runtimeSecrets()` in functions/lib/route.ts): the
 * stream consumer and the sweeper hash and sign nothing, and their bundles stay without the Secrets
 * Manager client; a trigger that comes to need the secret must add that middleware too.
 */
export const SECRET_READERS: readonly string[] = [
  'post-comment',
  'flag-comment',
  'edit-comment',
  'delete-comment',
  'list-comments',
  'list-replies',
  'moderation-queue',
  'moderation-history',
];

/** What a deployer may forget: a localhost default would become the production sign-in callback. */
const CONSOLE_URL =
  /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s?#]*)?$/;

export interface CommentModerationProps {
  /**
   * Origins (scheme, host and port, no path) whose pages may call the API from a browser, e.g.
   * `https://news.example.com`. A `*` must be asked for explicitly.
   * @default - none: no CORS headers, so only same-origin and server-side callers
   */
  readonly allowedOrigins?: readonly string[];
  /**
   * An existing Cognito user pool for moderators. It must already have the `moderators` and `admins` groups.
   * @default - a new pool with those groups, MFA required, and a hosted-UI domain
   */
  readonly userPool?: cognito.IUserPool;
  /**
   * The app client whose tokens moderator routes accept (the JWT authorizer's audience).
   * @default - a new public client using the authorization code grant with PKCE
   */
  readonly userPoolClient?: cognito.IUserPoolClient;
  /**
   * Where the moderator console is served (https, or http://localhost for a developer's own stack): the app
   * client's sign-in callback and sign-out URL. Required when the construct creates the app client
   * (no `userPoolClient`): synth fails without it rather than send moderators' sign-ins to a default.
   * @default - none; only allowed with an imported `userPoolClient`, whose callbacks are managed elsewhere
   */
  readonly consoleUrl?: string;
  /**
   * Host the reader widget (`embed.js`), the listing counter (`count.js`) and the moderator console on a
   * private S3 bucket behind CloudFront (web-hosting.ts). The hosting's origin joins `allowedOrigins`,
   * `consoleUrl` defaults to the hosted console, and the console's config.json is written for this API
   * and user pool (which then needs its hosted-UI domain: a pool created here has one).
   * @default - not hosted: serve the files yourself (`web/build.ts`)
   */
  readonly webHosting?: boolean | WebHostingOptions;
  /**
   * Prefix of the hosted-UI domain when the pool is created here; unique within the region.
   * @default - `parley-<construct hash>-<account id>`
   */
  readonly hostedUiDomainPrefix?: string;
  /**
   * The automatic toxicity scorer. `comprehend` grants the consumer `comprehend:DetectToxicContent` (and
   * adds Comprehend's per-request charge); `lexicon` runs locally at no cost.
   * @default 'lexicon'
   */
  readonly toxicityProvider?: ToxicityProvider;
  /**
   * Semantic providers (docs/providers.md): Amazon Bedrock Guardrails, an LLM judge on Bedrock, the
   * newsroom's own HTTPS endpoint, each switched on by its key. Their checks run in the consumer and the
   * sweeper right after the toxicity check; each gets only the permission its provider needs, and the two
   * functions' timeout grows to cover a batch at the providers' worst case.
   * @default - none: the local checks decide alone
   */
  readonly semantic?: SemanticOptions;
  /**
   * What happens to stateful resources (table, user pool, secret, logs) when they leave the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Deletion protection on the table and the user pool.
   * @default true unless `removalPolicy` is DESTROY
   */
  readonly deletionProtection?: boolean;
  /**
   * Retention of function logs and API access logs.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * Log level of every function (LOG_LEVEL and Lambda's own log filter).
   * @default 'INFO'
   */
  readonly logLevel?: LogLevel;
  /**
   * Reserved concurrency for the moderation consumer: guarantees it capacity and caps its spend.
   * @default - unreserved (accounts with a concurrency quota of 10 cannot reserve any)
   */
  readonly moderationReservedConcurrency?: number;
  /**
   * Throttling of each public read route (and the stage default). Public write routes get rates computed
   * from `tableMaxWriteRequestUnits` instead (infra/constructs/api-throttling.ts).
   * @default { rateLimit: 100, burstLimit: 200 }
   */
  readonly apiThrottle?: ApiThrottle;
  /**
   * Throttling of each moderator and admin route: their own budget, which public traffic cannot use up.
   * @default { rateLimit: 10, burstLimit: 20 }
   */
  readonly moderatorThrottle?: ApiThrottle;
  /**
   * Put CloudFront with an AWS WAF rate-based rule in front of the API. The functions then take the client
   * address from `CloudFront-Viewer-Address`, believed only on requests carrying the secret origin-verify
   * header CloudFront adds; direct calls to the execute-api URL are refused with 403. The web ACL must be in
   * us-east-1: pass `webAclArn`, or deploy this stack in us-east-1 to create one here.
   * @default - no CloudFront: clients call the execute-api URL, and the source IP is API Gateway's
   */
  readonly cloudFront?: ApiEdgeOptions;
  /**
   * On-demand ceiling on the table's read request units per second (table and each index).
   * @default 1000
   */
  readonly tableMaxReadRequestUnits?: number;
  /**
   * On-demand ceiling on the table's write request units per second (table and each index).
   * @default 500
   */
  readonly tableMaxWriteRequestUnits?: number;
  /**
   * An SNS topic that receives every alarm and its recovery. Takes precedence over `alarmEmail`.
   * @default - a new topic when `alarmEmail` is set, else alarms without actions
   */
  readonly alarmTopic?: sns.ITopic;
  /**
   * An address subscribed (after it confirms) to a new alarm topic.
   * @default - no e-mail
   */
  readonly alarmEmail?: string;
  /**
   * How long a held comment may wait for a moderator before the review-SLA alarm fires.
   * @default Duration.hours(2)
   */
  readonly pendingReviewSla?: Duration;
  /**
   * Percentage of API requests answered 5xx (over 5 minutes, twice in a row) that raises the alarm.
   * @default 5
   */
  readonly serverErrorRatePercent?: number;
  /**
   * Whether to create the CloudWatch dashboard (beyond three per account, a dashboard is billed monthly).
   * @default true
   */
  readonly dashboard?: boolean;
  /**
   * The Powertools service name: the `service` dimension of every Parley metric and the alarms that read
   * them, so two sites in one account keep their metrics apart.
   * @default - the stack name and this construct's path, e.g. `Parley-Moderation`
   */
  readonly serviceName?: string;
  /**
   * PARLEY_SECRET (salt for hashed personal data, cursor MAC key), kept in Secrets Manager: the functions
   * that use it get its ARN (`PARLEY_SECRET_ARN`) and read it at run time; its value is never in their
   * configuration. An imported secret must hold the value as a plain SecretString of 16+ characters.
   * @default - a generated 64-character secret in Secrets Manager
   */
  readonly secret?: secretsmanager.ISecret;
  /**
   * Handlers (file names in `functionsDirectory`) that may read PARLEY_SECRET.
   * @default SECRET_READERS
   */
  readonly secretReaders?: readonly string[];
  /**
   * The HTTP route table to serve.
   * @default - the shared table in `functions/routes.ts`
   */
  readonly routes?: readonly RouteDefinition[];
  /**
   * The non-HTTP functions.
   * @default - `triggers` from `functions/routes.ts`
   */
  readonly triggers?: ParleyTriggers;
  /**
   * Where the handler files named by `routes` and `triggers` live (`<name>.ts`, exporting `handler`). Must be
   * inside this checkout, which is the bundling root.
   * @default - the checkout's `functions/` folder
   */
  readonly functionsDirectory?: string;
  /**
   * How often the sweeper runs.
   * @default Duration.minutes(5)
   */
  readonly sweepInterval?: Duration;
}

/** The DynamoDB access a route's handler needs, from who may call it and whether it changes anything. */
export function accessForRoute(route: RouteDefinition): TableAccess {
  if (route.auth === 'admin') return 'admin';
  if (route.auth === 'moderator') return 'moderate';
  return route.method === 'GET' ? 'read' : 'author';
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
const CORS_HEADERS = ['content-type', 'authorization', 'idempotency-key', 'x-author-token'];

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

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/**
 * Parley, the comment moderation backend, as one construct: the table, the HTTP API over the shared route
 * table (JWT authorizer on moderator routes), the stream-driven moderation consumer with its dead-letter
 * queue, the scheduled sweeper, the moderators' Cognito pool, alarms and a dashboard.
 */
export class CommentModeration extends Construct {
  /** The comments table. */
  public readonly table: dynamodb.ITable;
  /** The table with its intent grants (`grantReadComments`, `grantModerate`, …). */
  public readonly commentsTable: CommentsTable;
  public readonly api: apigwv2.HttpApi;
  /** Base URL clients call, ending in `/`: the CloudFront distribution's with `cloudFront`, else the stage's. */
  public readonly apiUrl: string;
  /** The CloudFront front door, when `cloudFront` is set. */
  public readonly edge: ApiEdge | undefined;
  /** The throttle each route got (route key → rate, burst and class), for docs and tests. */
  public get routeThrottles(): ReadonlyMap<string, PlannedThrottle> {
    return this.plannedThrottles();
  }
  public readonly userPool: cognito.IUserPool;
  public readonly userPoolClient: cognito.IUserPoolClient;
  /** The hosted-UI sign-in URL returning to the console (only when the pool and client were created here). */
  public readonly consoleSignInUrl: string | undefined;
  /** Base URL of the hosted UI (only when the pool was created here). */
  public readonly hostedUiUrl: string | undefined;
  /** Where the moderator console is served (unset only with an imported app client). */
  public readonly consoleUrl: string | undefined;
  /** The hosted widget, counter and console, when `webHosting` is on. */
  public readonly webHosting: WebHosting | undefined;
  /** The stream consumer. */
  public readonly moderationFunction: lambda.IFunction;
  /** The scheduled sweeper, once its handler exists. */
  public readonly sweeperFunction: lambda.IFunction | undefined;
  /** Where stream batches go after their retries are spent (metadata only: shard and sequence numbers). */
  public readonly deadLetterQueue: sqs.IQueue;
  /** PARLEY_SECRET. */
  public readonly secret: secretsmanager.ISecret;
  /** The semantic providers' resources (guardrail, endpoint secret), when `semantic` switches any on. */
  public readonly semanticProviders: SemanticProviders | undefined;
  public readonly alarms: readonly cloudwatch.IAlarm[];
  public readonly alarmTopic: sns.ITopic | undefined;
  public readonly dashboard: cloudwatch.Dashboard | undefined;
  /** The `service` dimension of Parley's metrics. */
  public readonly serviceName: string;

  /** Each handler's function and the table access levels granted to it so far. */
  private readonly handlers = new Map<
    string,
    { readonly fn: HandlerFunction; readonly access: Set<TableAccess> }
  >();
  private readonly functionDefaults: Omit<HandlerFunctionProps, 'entry'>;
  private readonly functionsDirectory: string;
  private readonly authorizer: HttpUserPoolAuthorizer;
  private readonly monitoring: ModerationMonitoring;
  private readonly stage: apigwv2.HttpStage;
  private readonly servedRoutes: RouteDefinition[] = [];
  private readonly throttles: { readonly publicReads: ApiThrottle; readonly moderators: ApiThrottle };
  private readonly secretReaders: ReadonlySet<string>;
  /** HTTP functions already given the front door's settings. */
  private readonly edgeWired = new Set<string>();

  constructor(scope: Construct, id: string, props: CommentModerationProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const deletionProtection = props.deletionProtection ?? removalPolicy !== RemovalPolicy.DESTROY;
    const logRetention = props.logRetention ?? logs.RetentionDays.ONE_MONTH;
    const logLevel = props.logLevel ?? 'INFO';
    const toxicityProvider = props.toxicityProvider ?? 'lexicon';
    this.functionsDirectory = props.functionsDirectory ?? FUNCTIONS_DIR;
    const triggers = props.triggers ?? defaultTriggers();
    const allowedOrigins = [...(props.allowedOrigins ?? [])];
    for (const origin of allowedOrigins) {
      // A trailing slash or a path never matches the browser's Origin header: fail at synth, not in a browser.
      if (origin !== '*' && !ORIGIN.test(origin)) {
        throw new Error(`allowedOrigins: "${origin}" is not an origin like https://news.example.com`);
      }
    }
    this.serviceName =
      props.serviceName ??
      [Stack.of(this).stackName, ...Names.stackRelativeConstructPath(this).split('/')].join('-');
    const hosting = props.webHosting === true ? {} : props.webHosting || undefined;
    this.webHosting = hosting
      ? new WebHosting(this, 'Web', {
          ...hosting,
          connectSources: regionalConnectSources(props.cloudFront !== undefined),
          removalPolicy,
        })
      : undefined;
    if (this.webHosting) allowedOrigins.push(this.webHosting.origin);
    this.consoleUrl = props.consoleUrl ?? this.webHosting?.consoleUrl;
    if (this.consoleUrl === undefined && !props.userPoolClient) {
      throw new Error(
        `${this.node.path}: consoleUrl is required. The construct creates the moderator console's Cognito app ` +
          'client, and consoleUrl is its sign-in callback and sign-out URL: pass the https URL the console is ' +
          'served at (e.g. -c consoleUrl=https://news.example.com/moderation/), or pass userPoolClient to use ' +
          'an app client whose callbacks you manage yourself.',
      );
    }
    if (
      this.consoleUrl !== undefined &&
      !Token.isUnresolved(this.consoleUrl) &&
      !CONSOLE_URL.test(this.consoleUrl)
    ) {
      throw new Error(
        `consoleUrl: "${this.consoleUrl}" is not an https URL (http is accepted for localhost only, which ` +
          'Cognito allows for development)',
      );
    }
    this.secretReaders = new Set(props.secretReaders ?? SECRET_READERS);

    this.commentsTable = new CommentsTable(this, 'Comments', {
      removalPolicy,
      deletionProtection,
      ...(props.tableMaxReadRequestUnits === undefined
        ? {}
        : { maxReadRequestUnits: props.tableMaxReadRequestUnits }),
      ...(props.tableMaxWriteRequestUnits === undefined
        ? {}
        : { maxWriteRequestUnits: props.tableMaxWriteRequestUnits }),
    });
    // CDK classes type optional attributes `T | undefined`, which exactOptionalPropertyTypes rejects
    // against their own interfaces (here and below); the objects are the same.
    this.table = this.commentsTable.table as dynamodb.ITable;

    const secret =
      props.secret ??
      new secretsmanager.Secret(this, 'Secret', {
        description: 'Parley: salt for hashed personal data and key of the pagination-cursor MAC',
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
        // Losing it orphans every stored hash (bans, rate windows) and every cursor in flight.
        removalPolicy,
      });
    this.secret = secret as secretsmanager.ISecret;
    if (secret instanceof secretsmanager.Secret) {
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'PARLEY_SECRET salts stored hashes of personal data and keys cursors: rotating it unlinks every ' +
          'stored hash (bans, rate windows, flags) from new ones. Rotation is a planned manual step ' +
          '(docs/deploy.md), not a schedule.',
      });
    }

    this.functionDefaults = {
      environment: {
        [POWERTOOLS_ENV.serviceName]: this.serviceName,
        [POWERTOOLS_ENV.metricsNamespace]: PARLEY_METRICS.namespace,
        // Traces must not carry comment bodies or personal data: no response or error capture, no event log.
        [POWERTOOLS_ENV.tracerCaptureResponse]: 'false',
        [POWERTOOLS_ENV.tracerCaptureError]: 'false',
        [POWERTOOLS_ENV.loggerLogEvent]: 'false',
        [ENV.logLevel]: logLevel,
        // No secret here: the functions that need PARLEY_SECRET get its ARN and read it at run time.
      },
      logLevel: lambda.ApplicationLogLevel[logLevel],
      logRetention,
      removalPolicy,
    };

    const identity = new ModeratorIdentity(this, 'Moderators', {
      ...(this.consoleUrl === undefined ? {} : { consoleUrl: this.consoleUrl }),
      removalPolicy,
      deletionProtection,
      ...(props.userPool ? { userPool: props.userPool } : {}),
      ...(props.userPoolClient ? { userPoolClient: props.userPoolClient } : {}),
      ...(props.hostedUiDomainPrefix === undefined ? {} : { domainPrefix: props.hostedUiDomainPrefix }),
    });
    this.userPool = identity.userPool;
    this.userPoolClient = identity.userPoolClient;
    this.consoleSignInUrl = identity.consoleSignInUrl;
    this.hostedUiUrl = identity.domain?.baseUrl();
    // Issuer = this pool, audience = this client: tokens of other pools or clients never get through.
    this.authorizer = new HttpUserPoolAuthorizer('ModeratorAuthorizer', this.userPool, {
      userPoolClients: [this.userPoolClient],
    });

    this.api = new apigwv2.HttpApi(this, 'Api', {
      apiName: this.serviceName,
      description: 'Parley comment moderation API',
      createDefaultStage: false,
      ...(allowedOrigins.length === 0
        ? {}
        : {
            corsPreflight: {
              allowOrigins: allowedOrigins,
              allowMethods: CORS_METHODS,
              allowHeaders: CORS_HEADERS,
              exposeHeaders: ['retry-after'],
              maxAge: Duration.hours(1),
            },
          }),
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logRetention, removalPolicy });
    this.throttles = {
      publicReads: props.apiThrottle ?? { rateLimit: 100, burstLimit: 200 },
      moderators: props.moderatorThrottle ?? { rateLimit: 10, burstLimit: 20 },
    };
    const stage = new apigwv2.HttpStage(this, 'DefaultStage', {
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
          [...this.plannedThrottles()].map(([key, t]) => [
            key,
            { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit },
          ]),
        ),
    });
    this.stage = stage;
    this.edge = props.cloudFront
      ? new ApiEdge(this, 'Edge', { ...props.cloudFront, api: this.api as apigwv2.IHttpApi, removalPolicy })
      : undefined;
    this.apiUrl = this.edge?.url ?? stage.url;
    if (this.webHosting) this.configureHostedConsole(this.webHosting);

    const dlq = new sqs.Queue(this, 'ModerationDlq', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(dlq).acknowledge(
      {
        id: 'AwsSolutions-SQS3',
        reason: 'This queue is itself the dead-letter destination of the stream consumer.',
      },
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason: 'This queue is itself the dead-letter destination of the stream consumer.',
      },
    );
    this.deadLetterQueue = dlq;

    const alarmTopic =
      props.alarmTopic ?? (props.alarmEmail ? this.createAlarmTopic(props.alarmEmail) : undefined);
    this.alarmTopic = alarmTopic;
    // Before any function exists: each function registers its own alarms as it is created.
    this.monitoring = new ModerationMonitoring(this, 'Monitoring', {
      serviceName: this.serviceName,
      api: this.api,
      table: this.commentsTable,
      deadLetterQueue: dlq,
      pendingReviewSla: props.pendingReviewSla ?? Duration.hours(2),
      serverErrorRatePercent: props.serverErrorRatePercent ?? 5,
      dashboard: props.dashboard ?? true,
      ...(alarmTopic ? { alarmTopic } : {}),
    });
    this.alarms = this.monitoring.alarms;
    this.dashboard = this.monitoring.dashboard;

    const semanticOptions = props.semantic;
    const semantic =
      semanticOptions?.guardrail || semanticOptions?.llmJudge || semanticOptions?.endpoint
        ? new SemanticProviders(this, 'Semantic', { ...semanticOptions, removalPolicy })
        : undefined;
    this.semanticProviders = semantic;
    // Toxicity's own deadline (TOXICITY_TIMEOUT_MS default) when Comprehend is called, plus the judges'.
    const worstProvidersMs = (toxicityProvider === 'comprehend' ? 2000 : 0) + (semantic?.worstCaseMs ?? 0);
    const moderationTimeout = Duration.seconds(consumerTimeoutSeconds(worstProvidersMs));
    // Without semantic providers their code is left out of the two bundles altogether (SEMANTIC_CODE_DEFINE).
    const moderationBundling = {
      bundlingDefine: {
        [SEMANTIC_CODE_DEFINE]: JSON.stringify(semantic ? SEMANTIC_CODE_BUNDLED : SEMANTIC_CODE_OMITTED),
        ...semantic?.bundlingDefine,
      },
    };

    // The consumer: the only function the stream reaches, and only for comments entering `received`.
    const consumer = this.addHandler(triggers.moderateComment, 'consume', {
      timeout: moderationTimeout,
      ...moderationBundling,
      description: 'Parley: automatic moderation of comments entering `received` (table stream)',
      ...(props.moderationReservedConcurrency === undefined
        ? {}
        : { reservedConcurrentExecutions: props.moderationReservedConcurrency }),
    });
    this.useToxicityProvider(consumer, toxicityProvider);
    semantic?.grantTo(consumer);
    consumer.addEventSource(
      new DynamoEventSource(this.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: CONSUMER_BATCH_SIZE,
        maxBatchingWindow: Duration.seconds(1),
        // A poison record is isolated by halving the batch instead of blocking its shard.
        bisectBatchOnError: true,
        retryAttempts: 5,
        // The stream keeps 24 h; past an hour the sweeper is the better path back.
        maxRecordAge: Duration.hours(1),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(dlq),
        filters: moderationStreamFilters.map((pattern) => lambda.FilterCriteria.filter(pattern)),
      }),
    );
    this.monitoring.monitorStreamConsumer(consumer);
    this.moderationFunction = consumer;

    if (triggers.sweeper !== undefined) {
      const sweeper = this.addHandler(triggers.sweeper, 'consume', {
        timeout: moderationTimeout,
        ...moderationBundling,
        description: 'Parley: re-drives comments stuck in `received`, publishes queue metrics (scheduled)',
      });
      this.useToxicityProvider(sweeper, toxicityProvider);
      semantic?.grantTo(sweeper);
      const schedule = new events.Rule(this, 'SweepSchedule', {
        description: 'Parley: run the sweeper',
        schedule: events.Schedule.rate(props.sweepInterval ?? Duration.minutes(5)),
        // A failed sweep is simply redone by the next one.
        targets: [new eventTargets.LambdaFunction(sweeper, { retryAttempts: 0 })],
      });
      Validations.of(schedule).acknowledge({
        id: 'Serverless-EventBusDLQ',
        reason:
          'A schedule tick that cannot be delivered is replaced by the next one minutes later; a sweeper that ' +
          'cannot run shows in its Lambda throttle and error alarms and, soon after, in the stuck-comment alarm.',
      });
      this.sweeperFunction = sweeper;
    } else {
      this.sweeperFunction = undefined;
    }

    for (const route of props.routes ?? sharedRoutes) this.addRoute(route);
  }

  /** Every function, by handler name. */
  public get functions(): ReadonlyMap<string, lambda.IFunction> {
    return new Map([...this.handlers].map(([name, h]) => [name, h.fn.function]));
  }

  /**
   * Serves one more route: creates its handler's function on first use (or widens its table access), wires
   * the integration, and puts the JWT authorizer in front of every non-public route.
   */
  public addRoute(route: RouteDefinition): void {
    const fn = this.addHandler(route.handler, accessForRoute(route));
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
        reason: 'A public reader route (DESIGN.md): readers post and read without an account.',
      });
    }
  }

  /** The function of a handler, created on first use; each call adds its table access level. */
  private addHandler(
    name: string,
    access: TableAccess,
    options: Partial<
      Pick<
        HandlerFunctionProps,
        'timeout' | 'description' | 'reservedConcurrentExecutions' | 'bundlingDefine'
      >
    > = {},
  ): lambda.Function {
    let handler = this.handlers.get(name);
    if (!handler) {
      const fn = new HandlerFunction(this, `Fn-${name}`, {
        ...this.functionDefaults,
        ...options,
        entry: handlerEntry(name, this.functionsDirectory),
      });
      handler = { fn, access: new Set() };
      this.handlers.set(name, handler);
      if (this.secretReaders.has(name)) {
        fn.function.addEnvironment(SECRET_ARN_ENV.parley, this.secret.secretArn);
        this.secret.grantRead(fn.function);
      }
      if (name === 'post-comment') {
        // A filled honeypot is answered 202 and dropped without a table write: counted from its log line.
        new logs.MetricFilter(this, 'HoneypotDropped', {
          logGroup: fn.logGroup,
          metricNamespace: PARLEY_METRICS.namespace,
          metricName: PARLEY_METRICS.honeypotDropped,
          filterPattern: logs.FilterPattern.stringValue('$.dropped', '=', 'honeypot'),
          metricValue: '1',
        });
      }
      // HTTP functions are watched through the API's 5xx alarms; the others have nobody else.
      this.monitoring.monitorFunction(name, fn.function, { alarms: access === 'consume' });
    }
    if (!handler.access.has(access)) {
      this.commentsTable.grant(handler.fn.function, access);
      handler.access.add(access);
    }
    return handler.fn.function;
  }

  /** The hosted console's config.json: this API and the Cognito hosted UI (web/console/config.ts). */
  private configureHostedConsole(hosting: WebHosting): void {
    if (this.hostedUiUrl === undefined || this.consoleUrl === undefined) {
      throw new Error(
        `${this.node.path}: webHosting writes the console's sign-in settings, which need the user pool's ` +
          'hosted-UI domain: with an imported userPool, host the console yourself (leave webHosting off).',
      );
    }
    hosting.configureConsole({
      // No trailing slash (the console adds paths to it).
      apiUrl: this.edge ? `https://${this.edge.distribution.distributionDomainName}` : this.api.apiEndpoint,
      auth: {
        kind: 'cognito',
        domain: this.hostedUiUrl,
        clientId: this.userPoolClient.userPoolClientId,
        redirectUri: this.consoleUrl,
        logoutUri: this.consoleUrl,
        scopes: ['openid', 'email', 'profile'],
      },
    });
  }

  /** The throttle of every route served so far (api-throttling.ts). */
  private plannedThrottles(): Map<string, PlannedThrottle> {
    return throttlePlan({
      routes: this.servedRoutes,
      maxWriteRequestUnits: this.commentsTable.maxWriteRequestUnits,
      ...this.throttles,
    });
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

  private useToxicityProvider(fn: lambda.Function, provider: ToxicityProvider): void {
    fn.addEnvironment(ENV.toxicityProvider, provider);
    if (provider === 'comprehend') {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['comprehend:DetectToxicContent'],
          // Comprehend's real-time analysis actions have no resource-level permissions: AWS requires "*".
          resources: ['*'],
        }),
      );
    }
  }

  private createAlarmTopic(email: string): sns.Topic {
    const topic = new sns.Topic(this, 'AlarmTopic', { displayName: 'Parley alarms', enforceSSL: true });
    const subscription = topic.addSubscription(new subscriptions.EmailSubscription(email));
    Validations.of(subscription).acknowledge({
      id: 'Serverless-SNSRedrivePolicy',
      reason:
        'An e-mail subscription: SNS retries delivery itself, and a queue of undelivered alarm mails would go unread.',
    });
    return topic;
  }
}
