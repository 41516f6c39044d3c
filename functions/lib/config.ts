/** Function configuration, read from the environment once and validated, so a bad deploy fails at init. */
import * as z from '../../shared/zod';
import { CONTENT_FILTER_TYPES } from '../../shared/moderation/providers/guardrail-definition';
import { priceTableSchema } from '../../shared/moderation/providers/cost';
import { SEMANTIC_CATEGORIES } from '../../shared/moderation/providers/types';
import {
  ENV,
  SECRET_ARN_ENV,
  SEMANTIC_ENV,
  SEMANTIC_PROVIDER_NAMES,
  TOXICITY_PROVIDERS,
  type SemanticProviderName,
} from '../../shared/runtime-contract';

const configSchema = z.object({
  [ENV.tableName]: z.string().check(z.minLength(1)),
  [ENV.region]: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
  /** Set by the local runtime and tests only; on AWS the SDK finds DynamoDB itself. */
  [ENV.dynamodbEndpoint]: z.optional(z.url()),
  /**
   * Salt for hashed personal data and key for cursor MACs, set directly by the local runtime and tests
   * only. On AWS the functions that need it get PARLEY_SECRET_ARN instead and read the value from Secrets
   * Manager at run time (functions/lib/secrets.ts).
   */
  [ENV.parleySecret]: z.optional(z.string().check(z.minLength(16))),
  [SECRET_ARN_ENV.parley]: z.optional(z.string().check(z.startsWith('arn:'))),
  /** `comprehend` uses Amazon Comprehend DetectToxicContent; `lexicon` (default) is offline. */
  [ENV.toxicityProvider]: z._default(z.enum(TOXICITY_PROVIDERS), 'lexicon'),
  /** How long the toxicity check waits for the provider before holding the comment as degraded. */
  [ENV.toxicityTimeoutMs]: z._default(z.coerce.number().check(z.int(), z.gte(100), z.lte(10_000)), 2000),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid function configuration: ${names}`);
  }
  return parsed.data;
}

/**
 * The semantic providers (docs/providers.md), read only by the stream consumer and the sweeper
 * (functions/lib/checks.ts). Everything is optional and off by default: without `SEMANTIC_PROVIDERS` no
 * semantic check runs. A provider that is named must have its settings, or the function fails at init.
 */
export { SEMANTIC_PROVIDER_NAMES, type SemanticProviderName };

const timeoutMs = (fallback: number) =>
  z._default(z.coerce.number().check(z.int(), z.gte(100), z.lte(30_000)), fallback);

/** A JSON document in an environment variable, then validated by `schema`. */
const jsonEnv = <T extends z.ZodMiniType>(schema: T) => z.jsonText(schema, 'not JSON');

/**
 * Built on first use, inside a function: the HTTP functions import this module for `loadConfig` and must
 * not carry (or evaluate) the semantic schemas.
 */
function buildSemanticSchema() {
  const severity = z.enum(['hold', 'reject']);
  const confidences = z.partialRecord(z.enum(['LOW', 'MEDIUM', 'HIGH']), severity);
  const category = z.enum(SEMANTIC_CATEGORIES);
  return z
    .object({
      [ENV.region]: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
      [SEMANTIC_ENV.providers]: z.pipe(
        z.pipe(
          z._default(z.string(), ''),
          z.transform((v: string) =>
            v
              .split(',')
              .map((s) => s.trim())
              .filter((s) => s !== ''),
          ),
        ),
        z
          .array(z.enum(SEMANTIC_PROVIDER_NAMES))
          .check(z.refine((list) => new Set(list).size === list.length, 'a provider is named twice')),
      ),
      [SEMANTIC_ENV.prices]: z.optional(jsonEnv(priceTableSchema())),
      [SEMANTIC_ENV.guardrailId]: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,64}$|^arn:/))),
      [SEMANTIC_ENV.guardrailVersion]: z.optional(z.string().check(z.regex(/^(\d{1,8}|DRAFT)$/))),
      [SEMANTIC_ENV.guardrailTimeoutMs]: timeoutMs(1500),
      [SEMANTIC_ENV.guardrailActions]: z.optional(
        jsonEnv(
          z.strictObject({
            content: z.optional(z.partialRecord(z.enum(CONTENT_FILTER_TYPES), confidences)),
            topics: z.optional(z.record(z.string(), severity)),
            customWords: z.optional(severity),
            profanity: z.optional(severity),
            pii: z.optional(severity),
            regexes: z.optional(severity),
          }),
        ),
      ),
      [SEMANTIC_ENV.guardrailTopics]: z.optional(
        jsonEnv(z.record(z.string().check(z.minLength(1)), category)),
      ),
      [SEMANTIC_ENV.llmModelId]: z.optional(z.string().check(z.minLength(1))),
      [SEMANTIC_ENV.llmTimeoutMs]: timeoutMs(4000),
      [SEMANTIC_ENV.llmMaxCostUsd]: z.optional(z.coerce.number().check(z.positive())),
      [SEMANTIC_ENV.siteName]: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
      [SEMANTIC_ENV.endpointUrl]: z.optional(z.url({ protocol: /^https?$/ })),
      [SEMANTIC_ENV.endpointSecretArn]: z.optional(z.string().check(z.startsWith('arn:'))),
      [SEMANTIC_ENV.endpointSecret]: z.optional(z.string().check(z.minLength(32))),
      [SEMANTIC_ENV.endpointTimeoutMs]: timeoutMs(2000),
    })
    .check(
      z.superRefine((c, ctx) => {
        const on = new Set(c[SEMANTIC_ENV.providers]);
        const need = (provider: SemanticProviderName, names: readonly (keyof typeof c)[]) => {
          if (!on.has(provider)) return;
          for (const name of names)
            if (c[name] === undefined)
              ctx.addIssue({ code: 'custom', path: [name], message: `required by ${provider}` });
        };
        need('guardrail', [SEMANTIC_ENV.guardrailId, SEMANTIC_ENV.guardrailVersion]);
        need('endpoint', [SEMANTIC_ENV.endpointUrl]);
        if (
          on.has('endpoint') &&
          c[SEMANTIC_ENV.endpointSecretArn] === undefined &&
          c[SEMANTIC_ENV.endpointSecret] === undefined
        )
          ctx.addIssue({
            code: 'custom',
            path: [SEMANTIC_ENV.endpointSecretArn],
            message: 'required by endpoint',
          });
      }),
    );
}

let semanticSchema: ReturnType<typeof buildSemanticSchema> | undefined;

export type SemanticConfig = z.infer<ReturnType<typeof buildSemanticSchema>>;

/** The semantic providers' configuration; throws naming every bad or missing variable (never a value). */
export function loadSemanticConfig(env: NodeJS.ProcessEnv = process.env): SemanticConfig {
  semanticSchema ??= buildSemanticSchema();
  const parsed = semanticSchema.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join('.')} (${i.message})`).join(', ');
    throw new Error(`Invalid semantic provider configuration: ${names}`);
  }
  return parsed.data;
}
