/** Function configuration, read from the environment once and validated, so a bad deploy fails at init. */
import * as z from 'zod';

const configSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Set by the local runtime and tests only; on AWS the SDK finds DynamoDB itself. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Salt for hashed personal data and key for cursor MACs. */
  PARLEY_SECRET: z.string().min(16),
  /** `comprehend` uses Amazon Comprehend DetectToxicContent; `lexicon` (default) is offline. */
  TOXICITY_PROVIDER: z.enum(['lexicon', 'comprehend']).default('lexicon'),
  /** How long the toxicity check waits for the provider before holding the comment as degraded. */
  TOXICITY_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(2000),
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
