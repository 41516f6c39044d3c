import { readFileSync } from 'node:fs';
import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct, Node } from 'constructs';
import * as z from '../shared/zod';
import { EXAMPLE_PRICES, priceTableSchema, type PriceTable } from '../shared/moderation/providers/cost';
import type { CommentModerationProps } from './constructs/comment-moderation';
import type { SemanticOptions } from './constructs/semantic-providers';
import { DeploymentRefusal } from './refusal';

/**
 * Deployment options read from CDK context (`cdk deploy -c key=value`, or `context` in cdk.json), turned
 * into construct props. Everything is optional; docs/deploy.md lists the keys.
 */
const list = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((v: string | string[]) =>
    (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s !== ''),
  ),
);
const positiveInt = z.coerce.number().check(z.int(), z.positive());
const retentionDays = z.coerce.number().check(
  z.int(),
  z.refine((d: number) => Object.values(logs.RetentionDays).includes(d), {
    message: `must be one of CloudWatch's retention periods (${Object.values(logs.RetentionDays)
      .filter((d) => typeof d === 'number')
      .join(', ')})`,
  }),
);

/** What AWS allows in a tag; `aws:` keys are AWS's own. */
const tagKey = z.string().check(
  z.regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u, 'a tag key is 1-128 letters, digits, spaces or _.:/=+-@'),
  z.refine((k: string) => !k.toLowerCase().startsWith('aws:'), 'tag keys starting with aws: are reserved'),
);
const tagValue = z
  .string()
  .check(
    z.regex(
      /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u,
      'a tag value is 0-256 letters, digits, spaces or _.:/=+-@',
    ),
  );
/** Keys checked one by one: as a record's key schema, a bad key only read "Invalid key in record". */
const tagMap = z.record(z.string(), tagValue).check(
  z.superRefine((map: Record<string, string>, ctx) => {
    for (const key of Object.keys(map)) {
      const checked = tagKey.safeParse(key);
      if (!checked.success)
        ctx.issues.push({
          code: 'custom',
          path: [key],
          input: key,
          message: `"${key}": ${checked.error.issues[0]!.message}`,
        });
    }
  }),
);

/** `-c tags=team=news,env=prod`, `-c tags='{"team":"news"}'`, or an object under `context` in cdk.json. */
const tags = z.pipe(
  z.union([z.string(), z.record(z.string(), z.unknown())]),
  z.pipe(
    z.transform((v: string | Record<string, unknown>, ctx): unknown => {
      if (typeof v !== 'string') return v;
      if (v.trim().startsWith('{')) {
        try {
          return JSON.parse(v);
        } catch {
          ctx.issues.push({ code: 'custom', message: 'must be a JSON object of tag values', input: v });
          return z.NEVER;
        }
      }
      const pairs = v.split(',').filter((pair) => pair.trim() !== '');
      if (!pairs.every((pair) => pair.includes('='))) {
        ctx.issues.push({ code: 'custom', message: 'must be key=value pairs separated by commas', input: v });
        return z.NEVER;
      }
      return Object.fromEntries(
        pairs.map((pair) => [
          pair.slice(0, pair.indexOf('=')).trim(),
          pair.slice(pair.indexOf('=') + 1).trim(),
        ]),
      );
    }),
    tagMap,
  ),
);

/** `example` (EXAMPLE_PRICES, unverified) or a JSON price table `{ "tokens"?: …, "guardrail"?: … }`. */
const semanticPrices = z.union(
  [z.literal('example'), z.jsonText(priceTableSchema(), 'must be `example` or a JSON price table')],
  {
    // zod sums up a failed union as "Invalid input"; the price table's own complaint says what to fix.
    error: (issue) => {
      const problem = issue.code === 'invalid_union' ? issue.errors[1]?.[0] : undefined;
      if (!problem) return undefined;
      return problem.path.length ? `${problem.path.join('.')}: ${problem.message}` : problem.message;
    },
  },
);

/** An on/off option: `true`/`false` in cdk.json, the same words as strings from `-c`. */
const switchOption = z.optional(
  z.pipe(
    z.union([z.boolean(), z.enum(['true', 'false'])]),
    z.transform((v: boolean | 'true' | 'false') => v === true || v === 'true'),
  ),
);

export const contextSchema = z.object({
  stackName: z._default(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/)), 'Parley'),
  allowedOrigins: z.optional(list),
  consoleUrl: z.optional(z.url()),
  hostedUiDomainPrefix: z.optional(z.string()),
  /** A Cognito pool id is its region and a key: `eu-west-1_AbCdEf123`. */
  userPoolId: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[a-z]{2}(?:-[a-z]+)+-\d_[0-9A-Za-z]+$/,
          'must be a Cognito user pool id, its region then its key (eu-west-1_AbCdEf123)',
        ),
      ),
  ),
  userPoolClientId: z.optional(z.string()),
  toxicityProvider: z.optional(z.enum(['lexicon', 'comprehend'])),
  removalPolicy: z.optional(z.enum(['retain', 'destroy'])),
  logRetentionDays: z.optional(retentionDays),
  logLevel: z.optional(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR'])),
  moderationReservedConcurrency: z.optional(positiveInt),
  apiRateLimit: z.optional(positiveInt),
  apiBurstLimit: z.optional(positiveInt),
  moderatorRateLimit: z.optional(positiveInt),
  moderatorBurstLimit: z.optional(positiveInt),
  cloudFront: switchOption,
  cloudFrontWebAclArn: z.optional(z.string().check(z.startsWith('arn:'))),
  /** Host the widget, counter and console on S3 + CloudFront (`-c webHosting=true`). */
  webHosting: switchOption,
  cloudFrontRateLimit: z.optional(positiveInt),
  tableMaxReadRequestUnits: z.optional(positiveInt),
  tableMaxWriteRequestUnits: z.optional(positiveInt),
  alarmEmail: z.optional(z.email()),
  pendingReviewSlaMinutes: z.optional(positiveInt),
  dashboard: switchOption,
  semanticProviders: z.optional(
    z.pipe(
      list,
      z
        .array(z.enum(['guardrail', 'llm', 'endpoint']))
        .check(z.refine((l) => new Set(l).size === l.length, 'a provider is named twice')),
    ),
  ),
  guardrailTier: z.optional(z.enum(['CLASSIC', 'STANDARD'])),
  guardrailProfileArn: z.optional(z.string().check(z.startsWith('arn:'))),
  guardrailProfileRegions: z.optional(list),
  llmJudgeModelId: z.optional(z.string().check(z.minLength(1))),
  llmJudgeRegions: z.optional(list),
  llmJudgeSiteName: z.optional(z.string().check(z.minLength(1))),
  llmJudgeGuidelinesFile: z.optional(z.string().check(z.minLength(1))),
  llmJudgeMaxCostUsd: z.optional(z.coerce.number().check(z.positive())),
  endpointUrl: z.optional(z.url({ protocol: /^https$/ })),
  endpointSecretArn: z.optional(z.string().check(z.startsWith('arn:'))),
  semanticPrices: z.optional(semanticPrices),
  /** Tags on every resource of the stack that supports them (`Tags.of(stack)`). */
  tags: z.optional(tags),
  /** An existing PARLEY_SECRET (a retained one after `cdk destroy`): its complete ARN, random suffix included. */
  parleySecretArn: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+-[A-Za-z0-9]{6}$/,
          'must be the complete ARN of a Secrets Manager secret (arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 characters>)',
        ),
      ),
  ),
});

export type DeploymentContext = z.infer<typeof contextSchema>;

/**
 * What a Parley option looks like: a camelCase word. The CDK's own keys and feature flags have a `:`, `@`,
 * `/` or `-` in them (`@aws-cdk/core:…`, `aws:cdk:…`, `acknowledged-issue-numbers`, `cli-telemetry`, the
 * lookups cached in cdk.context.json), and are left to the CDK.
 */
const OPTION_LIKE = /^[a-z][A-Za-z0-9]*$/;

/** Context keys shaped like Parley's options that are none of them: a misspelt option. */
export function unknownContextKeys(node: Node): string[] {
  return Object.keys(node.getAllContext() as Record<string, unknown>).filter(
    (key) => OPTION_LIKE.test(key) && !Object.hasOwn(contextSchema.shape, key),
  );
}

/**
 * Reads every known context key from `node` and validates them together (one error lists all problems),
 * unknown option-like keys included: `-c alarmEmial=…` would otherwise deploy without the alarm e-mail.
 */
export function readContext(node: Node): DeploymentContext {
  const raw = Object.fromEntries(
    Object.keys(contextSchema.shape).flatMap((key) => {
      const value: unknown = node.tryGetContext(key);
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = contextSchema.safeParse(raw);
  const problems = parsed.success ? [] : [z.prettifyError(parsed.error)];
  const unknown = unknownContextKeys(node);
  if (unknown.length) {
    problems.push(
      `✖ Unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: not a Parley option. ` +
        `The options are ${Object.keys(contextSchema.shape).join(', ')} (docs/deploy.md). Keys with a ` +
        "':', '@', '/' or '-' belong to the CDK and are not checked.",
    );
  }
  if (problems.length || !parsed.success) {
    throw new DeploymentRefusal(`Invalid CDK context:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** `o` without its undefined values, so optional props stay absent (exactOptionalPropertyTypes). */
const defined = <T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

/** The construct props a deployment context asks for; an imported user pool is referenced in `scope`. */
export function moderationPropsFromContext(ctx: DeploymentContext, scope: Construct): CommentModerationProps {
  if (ctx.userPoolClientId !== undefined && ctx.userPoolId === undefined) {
    throw new DeploymentRefusal('Invalid CDK context: userPoolClientId needs userPoolId');
  }
  // The authorizer's issuer is the pool's URL in the stack's region: a pool elsewhere would answer every
  // moderator request with a 401 after a deployment that succeeded.
  const region = Stack.of(scope).region;
  const poolRegion = ctx.userPoolId?.slice(0, ctx.userPoolId.indexOf('_'));
  if (poolRegion !== undefined && !Token.isUnresolved(region) && poolRegion !== region) {
    throw new DeploymentRefusal(
      `Invalid CDK context: userPoolId ${ctx.userPoolId} is a pool in ${poolRegion}, and this stack deploys to ${region}: ` +
        'the JWT authorizer only accepts tokens of a pool in its own region',
    );
  }
  if ((ctx.apiRateLimit === undefined) !== (ctx.apiBurstLimit === undefined)) {
    throw new DeploymentRefusal('Invalid CDK context: set apiRateLimit and apiBurstLimit together');
  }
  if ((ctx.moderatorRateLimit === undefined) !== (ctx.moderatorBurstLimit === undefined)) {
    throw new DeploymentRefusal(
      'Invalid CDK context: set moderatorRateLimit and moderatorBurstLimit together',
    );
  }
  if (ctx.cloudFront !== true && (ctx.cloudFrontWebAclArn ?? ctx.cloudFrontRateLimit) !== undefined) {
    throw new DeploymentRefusal(
      'Invalid CDK context: cloudFrontWebAclArn and cloudFrontRateLimit need cloudFront=true',
    );
  }
  const semantic = semanticFromContext(ctx, scope);
  return defined({
    allowedOrigins: ctx.allowedOrigins,
    consoleUrl: ctx.consoleUrl,
    webHosting: ctx.webHosting,
    hostedUiDomainPrefix: ctx.hostedUiDomainPrefix,
    userPool:
      ctx.userPoolId === undefined
        ? undefined
        : cognito.UserPool.fromUserPoolId(scope, 'ImportedUserPool', ctx.userPoolId),
    userPoolClient:
      ctx.userPoolClientId === undefined
        ? undefined
        : cognito.UserPoolClient.fromUserPoolClientId(scope, 'ImportedUserPoolClient', ctx.userPoolClientId),
    toxicityProvider: ctx.toxicityProvider,
    // The stored hashes and cursors were made with this value: a new secret would orphan them.
    secret:
      ctx.parleySecretArn === undefined
        ? undefined
        : secretsmanager.Secret.fromSecretCompleteArn(scope, 'ImportedParleySecret', ctx.parleySecretArn),
    removalPolicy:
      ctx.removalPolicy === undefined
        ? undefined
        : ctx.removalPolicy === 'destroy'
          ? RemovalPolicy.DESTROY
          : RemovalPolicy.RETAIN,
    logRetention: ctx.logRetentionDays,
    logLevel: ctx.logLevel,
    moderationReservedConcurrency: ctx.moderationReservedConcurrency,
    apiThrottle:
      ctx.apiRateLimit === undefined || ctx.apiBurstLimit === undefined
        ? undefined
        : { rateLimit: ctx.apiRateLimit, burstLimit: ctx.apiBurstLimit },
    moderatorThrottle:
      ctx.moderatorRateLimit === undefined || ctx.moderatorBurstLimit === undefined
        ? undefined
        : { rateLimit: ctx.moderatorRateLimit, burstLimit: ctx.moderatorBurstLimit },
    cloudFront:
      ctx.cloudFront === true
        ? defined({
            webAclArn: ctx.cloudFrontWebAclArn,
            rateLimitPerFiveMinutes: ctx.cloudFrontRateLimit,
          })
        : undefined,
    tableMaxReadRequestUnits: ctx.tableMaxReadRequestUnits,
    tableMaxWriteRequestUnits: ctx.tableMaxWriteRequestUnits,
    alarmEmail: ctx.alarmEmail,
    pendingReviewSla:
      ctx.pendingReviewSlaMinutes === undefined ? undefined : Duration.minutes(ctx.pendingReviewSlaMinutes),
    dashboard: ctx.dashboard,
    semantic,
  });
}

/** Context keys that only mean something with a given semantic provider on. */
const SEMANTIC_KEYS = {
  guardrail: ['guardrailTier', 'guardrailProfileArn', 'guardrailProfileRegions'],
  llm: [
    'llmJudgeModelId',
    'llmJudgeRegions',
    'llmJudgeSiteName',
    'llmJudgeGuidelinesFile',
    'llmJudgeMaxCostUsd',
  ],
  endpoint: ['endpointUrl', 'endpointSecretArn'],
} as const satisfies Record<string, readonly (keyof DeploymentContext)[]>;

/** The `semantic` prop the context asks for (`semanticProviders` switches each provider on). */
function semanticFromContext(ctx: DeploymentContext, scope: Construct): SemanticOptions | undefined {
  const on = new Set(ctx.semanticProviders ?? []);
  for (const [provider, keys] of Object.entries(SEMANTIC_KEYS)) {
    const stray = keys.filter((k) => ctx[k] !== undefined);
    if (!on.has(provider as keyof typeof SEMANTIC_KEYS) && stray.length) {
      throw new DeploymentRefusal(
        `Invalid CDK context: ${stray.join(', ')} need semanticProviders to include ${provider}`,
      );
    }
  }
  if (on.size === 0) {
    if (ctx.semanticPrices !== undefined)
      throw new DeploymentRefusal('Invalid CDK context: semanticPrices needs semanticProviders');
    return undefined;
  }
  if (on.has('endpoint') && ctx.endpointUrl === undefined) {
    throw new DeploymentRefusal('Invalid CDK context: semanticProviders=endpoint needs endpointUrl');
  }
  const prices: PriceTable | undefined =
    ctx.semanticPrices === 'example'
      ? { tokens: EXAMPLE_PRICES.claudeHaiku45Global, guardrail: EXAMPLE_PRICES.guardrails }
      : ctx.semanticPrices === undefined
        ? undefined
        : defined(ctx.semanticPrices);
  let guidelines: string | undefined;
  if (ctx.llmJudgeGuidelinesFile !== undefined) {
    try {
      guidelines = readFileSync(ctx.llmJudgeGuidelinesFile, 'utf8');
    } catch (err) {
      throw new DeploymentRefusal(
        `Invalid CDK context: llmJudgeGuidelinesFile cannot be read (${(err as Error).message})`,
        { cause: err },
      );
    }
  }
  return defined({
    order: ctx.semanticProviders,
    guardrail: on.has('guardrail')
      ? defined({
          tier: ctx.guardrailTier,
          crossRegionProfileArn: ctx.guardrailProfileArn,
          profileRegions: ctx.guardrailProfileRegions,
        })
      : undefined,
    llmJudge: on.has('llm')
      ? defined({
          modelId: ctx.llmJudgeModelId,
          inferenceProfileRegions: ctx.llmJudgeRegions,
          siteName: ctx.llmJudgeSiteName,
          guidelines,
          maxCostUsd: ctx.llmJudgeMaxCostUsd,
        })
      : undefined,
    endpoint:
      on.has('endpoint') && ctx.endpointUrl !== undefined
        ? {
            url: ctx.endpointUrl,
            ...defined({
              secret:
                ctx.endpointSecretArn === undefined
                  ? undefined
                  : secretsmanager.Secret.fromSecretCompleteArn(
                      scope,
                      'ImportedEndpointSecret',
                      ctx.endpointSecretArn,
                    ),
            }),
          }
        : undefined,
    prices,
  });
}
