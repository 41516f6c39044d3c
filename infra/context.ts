import { readFileSync } from 'node:fs';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct, Node } from 'constructs';
import * as z from 'zod';
import { EXAMPLE_PRICES, priceTableSchema, type PriceTable } from '../shared/moderation/providers/cost';
import type { CommentModerationProps } from './constructs/comment-moderation';
import type { SemanticOptions } from './constructs/semantic-providers';

/**
 * Deployment options read from CDK context (`cdk deploy -c key=value`, or `context` in cdk.json), turned
 * into construct props. Everything is optional; docs/deploy.md lists the keys.
 */
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s !== ''));
const positiveInt = z.coerce.number().int().positive();
const retentionDays = z.coerce
  .number()
  .int()
  .refine((d) => Object.values(logs.RetentionDays).includes(d), {
    message: `must be one of CloudWatch's retention periods (${Object.values(logs.RetentionDays)
      .filter((d) => typeof d === 'number')
      .join(', ')})`,
  });

/** `example` (EXAMPLE_PRICES, unverified) or a JSON price table `{ "tokens"?: …, "guardrail"?: … }`. */
const semanticPrices = z.union([
  z.literal('example'),
  z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be `example` or a JSON price table' });
        return z.NEVER;
      }
    })
    .pipe(priceTableSchema()),
]);

export const contextSchema = z.object({
  stackName: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/)
    .default('Parley'),
  allowedOrigins: list.optional(),
  consoleUrl: z.url().optional(),
  hostedUiDomainPrefix: z.string().optional(),
  userPoolId: z.string().optional(),
  userPoolClientId: z.string().optional(),
  toxicityProvider: z.enum(['lexicon', 'comprehend']).optional(),
  removalPolicy: z.enum(['retain', 'destroy']).optional(),
  logRetentionDays: retentionDays.optional(),
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).optional(),
  moderationReservedConcurrency: positiveInt.optional(),
  apiRateLimit: positiveInt.optional(),
  apiBurstLimit: positiveInt.optional(),
  moderatorRateLimit: positiveInt.optional(),
  moderatorBurstLimit: positiveInt.optional(),
  cloudFront: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
  cloudFrontWebAclArn: z.string().startsWith('arn:').optional(),
  /** Host the widget, counter and console on S3 + CloudFront (`-c webHosting=true`). */
  webHosting: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
  cloudFrontRateLimit: positiveInt.optional(),
  tableMaxReadRequestUnits: positiveInt.optional(),
  tableMaxWriteRequestUnits: positiveInt.optional(),
  alarmEmail: z.email().optional(),
  pendingReviewSlaMinutes: positiveInt.optional(),
  dashboard: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
  semanticProviders: list
    .pipe(
      z
        .array(z.enum(['guardrail', 'llm', 'endpoint']))
        .refine((l) => new Set(l).size === l.length, 'a provider is named twice'),
    )
    .optional(),
  guardrailTier: z.enum(['CLASSIC', 'STANDARD']).optional(),
  guardrailProfileArn: z.string().startsWith('arn:').optional(),
  guardrailProfileRegions: list.optional(),
  llmJudgeModelId: z.string().min(1).optional(),
  llmJudgeRegions: list.optional(),
  llmJudgeSiteName: z.string().min(1).optional(),
  llmJudgeGuidelinesFile: z.string().min(1).optional(),
  llmJudgeMaxCostUsd: z.coerce.number().positive().optional(),
  endpointUrl: z.url({ protocol: /^https$/ }).optional(),
  endpointSecretArn: z.string().startsWith('arn:').optional(),
  semanticPrices: semanticPrices.optional(),
});

export type DeploymentContext = z.infer<typeof contextSchema>;

/** Reads every known context key from `node` and validates them together (one error lists all problems). */
export function readContext(node: Node): DeploymentContext {
  const raw = Object.fromEntries(
    Object.keys(contextSchema.shape).flatMap((key) => {
      const value: unknown = node.tryGetContext(key);
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid CDK context:\n${z.prettifyError(parsed.error)}`);
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
    throw new Error('Invalid CDK context: userPoolClientId needs userPoolId');
  }
  if ((ctx.apiRateLimit === undefined) !== (ctx.apiBurstLimit === undefined)) {
    throw new Error('Invalid CDK context: set apiRateLimit and apiBurstLimit together');
  }
  if ((ctx.moderatorRateLimit === undefined) !== (ctx.moderatorBurstLimit === undefined)) {
    throw new Error('Invalid CDK context: set moderatorRateLimit and moderatorBurstLimit together');
  }
  if (ctx.cloudFront !== true && (ctx.cloudFrontWebAclArn ?? ctx.cloudFrontRateLimit) !== undefined) {
    throw new Error('Invalid CDK context: cloudFrontWebAclArn and cloudFrontRateLimit need cloudFront=true');
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
      throw new Error(
        `Invalid CDK context: ${stray.join(', ')} need semanticProviders to include ${provider}`,
      );
    }
  }
  if (on.size === 0) {
    if (ctx.semanticPrices !== undefined)
      throw new Error('Invalid CDK context: semanticPrices needs semanticProviders');
    return undefined;
  }
  if (on.has('endpoint') && ctx.endpointUrl === undefined) {
    throw new Error('Invalid CDK context: semanticProviders=endpoint needs endpointUrl');
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
      throw new Error(
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
