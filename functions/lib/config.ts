/** Function configuration, read from the environment once and validated, so a bad deploy fails at init. */
import * as z from 'zod';
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
  [ENV.tableName]: z.string().min(1),
  [ENV.region]: z.string().min(1).default('us-east-1'),
  /** Set by the local runtime and tests only; on AWS the SDK finds DynamoDB itself. */
  [ENV.dynamodbEndpoint]: z.url().optional(),
  /**
   * Salt for hashed personal data and key for cursor MACs, set directly by the local runtime and tests
   * only. On AWS the functions that need it get PARLEY_SECRET_ARN instead and read the value from Secrets
   * Manager at run time (functions/lib/secrets.ts).
   */
  [ENV.parleySecret]: z.string().min(16).optional(),
  [SECRET_ARN_ENV.parley]: z.string().startsWith('arn:').optional(),
  /** `comprehend` uses Amazon Comprehend DetectToxicContent; `lexicon` (default) is offline. */
  [ENV.toxicityProvider]: z.enum(TOXICITY_PROVIDERS).default('lexicon'),
  /** How long the toxicity check waits for the provider before holding the comment as degraded. */
  [ENV.toxicityTimeoutMs]: z.coerce.number().int().min(100).max(10_000).default(2000),
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

const timeoutMs = (fallback: number) => z.coerce.number().int().min(100).max(30_000).default(fallback);

/** A JSON document in an environment variable, then validated by `schema`. */
const jsonEnv = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

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
      [ENV.region]: z.string().min(1).default('us-east-1'),
      [SEMANTIC_ENV.providers]: z
        .string()
        .default('')
        .transform((v) =>
          v
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        )
        .pipe(
          z
            .array(z.enum(SEMANTIC_PROVIDER_NAMES))
            .refine((list) => new Set(list).size === list.length, 'a provider is named twice'),
        ),
      [SEMANTIC_ENV.prices]: jsonEnv(priceTableSchema()).optional(),
      [SEMANTIC_ENV.guardrailId]: z
        .string()
        .regex(/^[a-z0-9]{1,64}$|^arn:/)
        .optional(),
      [SEMANTIC_ENV.guardrailVersion]: z
        .string()
        .regex(/^(\d{1,8}|DRAFT)$/)
        .optional(),
      [SEMANTIC_ENV.guardrailTimeoutMs]: timeoutMs(1500),
      [SEMANTIC_ENV.guardrailActions]: jsonEnv(
        z.strictObject({
          content: z.partialRecord(z.enum(CONTENT_FILTER_TYPES), confidences).optional(),
          topics: z.record(z.string(), severity).optional(),
          customWords: severity.optional(),
          profanity: severity.optional(),
          pii: severity.optional(),
          regexes: severity.optional(),
        }),
      ).optional(),
      [SEMANTIC_ENV.guardrailTopics]: jsonEnv(z.record(z.string().min(1), category)).optional(),
      [SEMANTIC_ENV.llmModelId]: z.string().min(1).optional(),
      [SEMANTIC_ENV.llmTimeoutMs]: timeoutMs(4000),
      [SEMANTIC_ENV.llmMaxCostUsd]: z.coerce.number().positive().optional(),
      [SEMANTIC_ENV.siteName]: z.string().min(1).max(200).optional(),
      [SEMANTIC_ENV.endpointUrl]: z.url({ protocol: /^https?$/ }).optional(),
      [SEMANTIC_ENV.endpointSecretArn]: z.string().startsWith('arn:').optional(),
      [SEMANTIC_ENV.endpointSecret]: z.string().min(32).optional(),
      [SEMANTIC_ENV.endpointTimeoutMs]: timeoutMs(2000),
    })
    .superRefine((c, ctx) => {
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
    });
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
