import { Annotations, Duration, Names, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { routes as sharedRoutes, type RouteDefinition } from '../../functions/routes';
import type { ApiEdge } from './api-edge';
import type { PlannedThrottle } from './api-throttling';
import { defaultTriggers, type CommentModerationProps } from './comment-moderation-props';
import { CommentsTable } from './comments-table';
import { FUNCTIONS_DIR } from './handler-function';
import { HandlerRegistry } from './handler-registry';
import { ModerationApi, accessForRoute } from './moderation-api';
import { ModerationChecks } from './moderation-checks';
import { ModerationMonitoring } from './moderation-monitoring';
import { ModeratorIdentity } from './moderator-identity';
import { SemanticProviders } from './semantic-providers';
import { StreamConsumer, moderationDeadLetterQueue } from './stream-consumer';
import { checkProps } from './props-check';
import { Sweeper } from './sweeper';
import { WebHosting, regionalConnectSources } from './web-hosting';
import { DeploymentRefusal } from '../refusal';

export * from './comment-moderation-props';
export { accessForRoute } from './moderation-api';
export { CONSUMER_BATCH_SIZE, consumerTimeoutSeconds } from './moderation-checks';
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

/**
 * The handlers that hash or sign with PARLEY_SECRET: only these get its ARN and `secretsmanager:GetSecretValue`.
 * - post-comment: author ids, network buckets, the e-mail hash, the seal of stored idempotent answers;
 * - flag-comment: the reporter's hash; edit-comment, delete-comment, me-export, me-erase: the network
 *   bucket of their rate limit; notice-submit: the same, and the notifier's e-mail hash;
 * - moderation-author-lookup: the e-mail address's keyed hash (and its cursor);
 * - moderation-suspension-get, moderation-suspension-decide (and moderation-queue's suspensions tab): the id
 *   an e-mail notifier is shown by, a keyed hash of its e-mail hash;
 * - list-comments, list-replies, moderation-queue, moderation-history, moderation-author-export,
 *   moderation-author-erase, moderation-transparency-statements: HMAC-signed pagination cursors.
 * tests/infra/secrets.test.ts derives this list from the code (who reaches `deps.secret` or
 * `deps.cursors`) and fails when they differ; a handler missing here fails at run time with a message
 * naming this list. Only HTTP routes load secrets (`runtimeSecrets()` in functions/lib/route.ts): the
 * stream consumer and the sweeper hash and sign nothing, and their bundles stay without the Secrets
 * Manager client; a trigger that comes to need the secret must add that middleware too.
 */
export const SECRET_READERS: readonly string[] = [
  'post-comment',
  'flag-comment',
  'notice-submit',
  'edit-comment',
  'delete-comment',
  'me-export',
  'me-erase',
  'list-comments',
  'list-replies',
  'moderation-queue',
  'moderation-suspension-get',
  'moderation-suspension-decide',
  'moderation-history',
  'moderation-author-export',
  'moderation-author-erase',
  'moderation-author-lookup',
  'moderation-transparency-statements',
];

/** What a deployer may forget: a localhost default would become the production sign-in callback. */
const CONSOLE_URL =
  /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s?#]*)?$/;

/**
 * Parley, the comment moderation backend, as one construct: the table, the HTTP API over the shared route
 * table (JWT authorizer on moderator routes), the stream-driven moderation consumer with its dead-letter
 * queue, the scheduled sweeper, the moderators' Cognito pool, alarms and a dashboard.
 *
 * The API, the consumer and the sweeper are constructs of their own (moderation-api.ts, stream-consumer.ts,
 * sweeper.ts) that create their resources in this construct's scope, where they were before the split:
 * their logical ids, and so every deployed stack, stay as they are.
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
    return this.moderationApi.routeThrottles;
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

  private readonly moderationApi: ModerationApi;
  private readonly handlers: HandlerRegistry;

  constructor(scope: Construct, id: string, props: CommentModerationProps = {}) {
    super(scope, id);
    checkProps(this.node.path, props, props.routes ?? sharedRoutes);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const deletionProtection = props.deletionProtection ?? removalPolicy !== RemovalPolicy.DESTROY;
    const logRetention = props.logRetention ?? logs.RetentionDays.ONE_MONTH;
    const triggers = props.triggers ?? defaultTriggers();
    // Checked with every other prop above (`checkProps`), so one error names all the problems.
    const allowedOrigins = [...(props.allowedOrigins ?? [])];
    this.serviceName =
      props.serviceName ??
      [Stack.of(this).stackName, ...Names.stackRelativeConstructPath(this).split('/')].join('-');
    const hosting = props.webHosting === true ? {} : props.webHosting || undefined;
    this.webHosting = hosting
      ? new WebHosting(this, 'Web', {
          ...hosting,
          connectSources: regionalConnectSources(props.cloudFront !== undefined),
          removalPolicy,
          logRetention,
        })
      : undefined;
    if (this.webHosting) allowedOrigins.push(this.webHosting.origin);
    this.consoleUrl = props.consoleUrl ?? this.webHosting?.consoleUrl;
    this.checkConsoleUrl(props);

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
    this.secret = this.parleySecret(props.secret, removalPolicy);

    const identity = new ModeratorIdentity(this, 'Moderators', {
      ...(this.consoleUrl === undefined ? {} : { consoleUrl: this.consoleUrl }),
      // The hosted console signs in too when a console URL of your own is the primary one.
      ...(this.webHosting && this.webHosting.consoleUrl !== this.consoleUrl
        ? { otherConsoleUrls: [this.webHosting.consoleUrl] }
        : {}),
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

    this.moderationApi = new ModerationApi(this, 'ModerationApi', {
      apiName: this.serviceName,
      allowedOrigins,
      userPool: this.userPool,
      userPoolClient: this.userPoolClient,
      logRetention,
      removalPolicy,
      tableMaxWriteRequestUnits: this.commentsTable.maxWriteRequestUnits,
      tableMaxReadRequestUnits: this.commentsTable.maxReadRequestUnits,
      ...(props.apiThrottle ? { apiThrottle: props.apiThrottle } : {}),
      ...(props.moderatorThrottle ? { moderatorThrottle: props.moderatorThrottle } : {}),
      ...(props.cloudFront ? { cloudFront: props.cloudFront } : {}),
    });
    this.api = this.moderationApi.api;
    this.edge = this.moderationApi.edge;
    this.apiUrl = this.moderationApi.url;
    if (this.webHosting) this.configureHostedConsole(this.webHosting);

    // Before the monitoring, which alarms on it; the consumer that sends to it comes later.
    const dlq = moderationDeadLetterQueue(this);
    this.deadLetterQueue = dlq;
    const alarmTopic =
      props.alarmTopic ?? (props.alarmEmail ? this.createAlarmTopic(props.alarmEmail) : undefined);
    this.alarmTopic = alarmTopic;
    // Before any function exists: each function registers its own alarms as it is created.
    const monitoring = new ModerationMonitoring(this, 'Monitoring', {
      serviceName: this.serviceName,
      api: this.api,
      table: this.commentsTable,
      deadLetterQueue: dlq,
      pendingReviewSla: props.pendingReviewSla ?? Duration.hours(2),
      serverErrorRatePercent: props.serverErrorRatePercent ?? 5,
      dashboard: props.dashboard ?? true,
      ...(alarmTopic ? { alarmTopic } : {}),
    });
    this.alarms = monitoring.alarms;
    this.dashboard = monitoring.dashboard;

    const semanticOptions = props.semantic;
    this.semanticProviders =
      semanticOptions?.guardrail || semanticOptions?.llmJudge || semanticOptions?.endpoint
        ? new SemanticProviders(this, 'Semantic', { ...semanticOptions, removalPolicy })
        : undefined;
    const checks = new ModerationChecks(props.toxicityProvider ?? 'lexicon', this.semanticProviders);

    this.handlers = new HandlerRegistry(this, {
      serviceName: this.serviceName,
      logLevel: props.logLevel ?? 'INFO',
      logRetention,
      removalPolicy,
      functionsDirectory: props.functionsDirectory ?? FUNCTIONS_DIR,
      table: this.commentsTable,
      secret: this.secret,
      secretReaders: new Set(props.secretReaders ?? SECRET_READERS),
      monitoring,
    });
    this.moderationFunction = new StreamConsumer(this, 'StreamConsumer', {
      handler: triggers.moderateComment,
      handlers: this.handlers,
      table: this.table,
      deadLetterQueue: dlq,
      checks,
      monitoring,
      ...(props.moderationReservedConcurrency === undefined
        ? {}
        : { moderationReservedConcurrency: props.moderationReservedConcurrency }),
    }).function;
    this.sweeperFunction =
      triggers.sweeper === undefined
        ? undefined
        : new Sweeper(this, 'Sweeper', {
            handler: triggers.sweeper,
            handlers: this.handlers,
            checks,
            monitoring,
            ...(props.sweepInterval ? { sweepInterval: props.sweepInterval } : {}),
          }).function;

    for (const route of props.routes ?? sharedRoutes) this.addRoute(route);
    if (alarmTopic === undefined) {
      // Alarms without an action turn red in the console and tell nobody: say so at every synth.
      Annotations.of(this).addWarningV2(
        'parley:alarms-without-destination',
        `None of the ${this.alarms.length} alarms notifies anyone: pass alarmEmail (-c alarmEmail=…) or ` +
          'alarmTopic (an SNS topic your on-call tooling subscribes to).',
      );
    }
  }

  /** Every function, by handler name. */
  public get functions(): ReadonlyMap<string, lambda.IFunction> {
    return this.handlers.functions;
  }

  /**
   * Serves one more route: creates its handler's function on first use (or widens its table access), wires
   * the integration, and puts the JWT authorizer in front of every non-public route.
   */
  public addRoute(route: RouteDefinition): void {
    const fn = this.handlers.add(route.handler, accessForRoute(route));
    if (route.scans === true) this.commentsTable.grantSearchComments(fn);
    this.moderationApi.addRoute(route, fn);
  }

  /** Refuses a console URL missing where it is needed, or one that is not https (localhost aside). */
  private checkConsoleUrl(props: CommentModerationProps): void {
    if (this.consoleUrl === undefined && !props.userPoolClient) {
      throw new DeploymentRefusal(
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
      throw new DeploymentRefusal(
        `consoleUrl: "${this.consoleUrl}" is not an https URL (http is accepted for localhost only, which ` +
          'Cognito allows for development)',
      );
    }
  }

  /** PARLEY_SECRET: the one given, or a generated one. */
  private parleySecret(
    given: secretsmanager.ISecret | undefined,
    removalPolicy: RemovalPolicy,
  ): secretsmanager.ISecret {
    const secret =
      given ??
      new secretsmanager.Secret(this, 'Secret', {
        description: 'Parley: salt for hashed personal data and key of the pagination-cursor MAC',
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
        // Losing it orphans every stored hash (bans, rate windows) and every cursor in flight.
        removalPolicy,
      });
    if (secret instanceof secretsmanager.Secret) {
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'PARLEY_SECRET salts stored hashes of personal data and keys cursors: rotating it unlinks every ' +
          'stored hash (bans, rate windows, flags) from new ones. Rotation is a planned manual step ' +
          '(docs/deploy.md), not a schedule.',
      });
    }
    return secret as secretsmanager.ISecret;
  }

  /** The hosted console's config.json: this API and the Cognito hosted UI (web/console/config.ts). */
  private configureHostedConsole(hosting: WebHosting): void {
    if (this.hostedUiUrl === undefined || this.consoleUrl === undefined) {
      throw new DeploymentRefusal(
        `${this.node.path}: webHosting writes the console's sign-in settings, which need the user pool's ` +
          'hosted-UI domain: with an imported userPool, host the console yourself (leave webHosting off).',
      );
    }
    hosting.configureConsole({
      // No trailing slash (the console adds paths to it).
      apiUrl: this.moderationApi.endpoint,
      auth: {
        kind: 'cognito',
        domain: this.hostedUiUrl,
        clientId: this.userPoolClient.userPoolClientId,
        // The hosted console comes back to itself, whichever console URL is the primary one.
        redirectUri: hosting.consoleUrl,
        logoutUri: hosting.consoleUrl,
        scopes: ['openid', 'email', 'profile'],
      },
    });
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
