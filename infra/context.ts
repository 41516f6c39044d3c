import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct, Node } from 'constructs';
import * as z from 'zod';
import type { CommentModerationProps } from './constructs/comment-moderation';

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
  tableMaxReadRequestUnits: positiveInt.optional(),
  tableMaxWriteRequestUnits: positiveInt.optional(),
  alarmEmail: z.email().optional(),
  pendingReviewSlaMinutes: positiveInt.optional(),
  dashboard: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
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
  return defined({
    allowedOrigins: ctx.allowedOrigins,
    consoleUrl: ctx.consoleUrl,
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
    tableMaxReadRequestUnits: ctx.tableMaxReadRequestUnits,
    tableMaxWriteRequestUnits: ctx.tableMaxWriteRequestUnits,
    alarmEmail: ctx.alarmEmail,
    pendingReviewSla:
      ctx.pendingReviewSlaMinutes === undefined ? undefined : Duration.minutes(ctx.pendingReviewSlaMinutes),
    dashboard: ctx.dashboard,
  });
}
