/**
 * The environment the semantic-check tests deploy with (`semantic-checks.test.ts`,
 * `semantic-factories.test.ts`).
 */

const BASE_ENV = { TABLE_NAME: 'parley-unit', AWS_REGION: 'eu-west-1' } as const;
export const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...BASE_ENV, ...extra });
export const GUARDRAIL_ENV = { BEDROCK_GUARDRAIL_ID: 'abc123xyz', BEDROCK_GUARDRAIL_VERSION: '2' };
export const ENDPOINT_SECRET = 'e'.repeat(40);
export const ENDPOINT_ENV = {
  MODERATION_ENDPOINT_URL: 'https://moderation.news.example.com/judge',
  MODERATION_ENDPOINT_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:endpoint-AbCdEf',
};
