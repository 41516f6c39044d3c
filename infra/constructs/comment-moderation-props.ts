// CommentModeration's props and the trigger table, apart from the construct so that each file stays readable.
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { triggers as sharedTriggers, type RouteDefinition } from '../../functions/routes';
import type { ApiEdgeOptions } from './api-edge';
import type { ApiThrottle } from './api-throttling';
import type { LogLevel } from './handler-registry';
import type { ToxicityProvider } from './moderation-checks';
import type { SemanticOptions } from './semantic-providers';
import type { WebHostingOptions } from './web-hosting';

export type { LogLevel } from './handler-registry';
export type { ToxicityProvider } from './moderation-checks';

/** Functions that are not HTTP routes, by role; the values name files in `functions/`. */
export interface ParleyTriggers {
  /** Consumes the table's stream, filtered by `moderationStreamFilters`. */
  readonly moderateComment: string;
  /** Runs on a schedule, re-drives comments stuck in `received` and publishes the queue metrics. */
  readonly sweeper?: string;
}

/** The shared `triggers` (functions/routes.ts). */
export const defaultTriggers = (): ParleyTriggers => ({ ...sharedTriggers });

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
   * @default - a new topic when `alarmEmail` is set, else alarms without actions (the synth warns)
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
