/**
 * Secrets the functions read at run time from AWS Secrets Manager, never from their configuration: the
 * construct puts only a secret's ARN in the environment and grants `secretsmanager:GetSecretValue` to the
 * functions that use it (`SECRET_READERS` in infra/constructs/comment-moderation.ts), so
 * `lambda:GetFunctionConfiguration` reveals no secret value.
 *
 * `runtimeSecrets()` (in every HTTP route, functions/lib/route.ts) awaits them before the handler runs;
 * afterwards they are read synchronously (functions/lib/secret-values.ts), which keeps `deps()`
 * synchronous for its callers. Powertools Parameters keeps each value in the container for
 * `SECRET_MAX_AGE_SECONDS`, so a warm container asks Secrets Manager at most once per period.
 *
 * The local runtime and the tests set PARLEY_SECRET itself; then nothing is fetched. The AWS build never
 * sets it.
 */
import type { MiddlewareObj } from '@middy/core';
import { ENV, SECRET_ARN_ENV } from '../../shared/runtime-contract';
import { rememberSecret, type SecretName } from './secret-values';

export { SECRET_ARN_ENV };

/** How long a fetched secret is kept in the container before it is asked for again. */
export const SECRET_MAX_AGE_SECONDS = 300;

async function fetchSecret(name: SecretName, arn: string): Promise<string> {
  // Imported on first use: a function given no secret never evaluates the Secrets Manager client.
  const { getSecret } = await import('@aws-lambda-powertools/parameters/secrets');
  const value = await getSecret(arn, { maxAge: SECRET_MAX_AGE_SECONDS });
  if (typeof value !== 'string' || value.length < 16) {
    // Names the variable only: never the value.
    throw new Error(`${SECRET_ARN_ENV[name]} names a secret without a usable SecretString`);
  }
  return value;
}

/**
 * Loads every secret this function is configured with (from the Powertools cache while fresh). Throws when
 * Secrets Manager cannot be read: the request then fails as a 500, which the API alarms see.
 */
export async function loadSecrets(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const names = Object.keys(SECRET_ARN_ENV) as SecretName[];
  await Promise.all(
    names.map(async (name) => {
      // The local runtime hands PARLEY_SECRET over directly.
      if (name === 'parley' && env[ENV.parleySecret] !== undefined) return;
      const arn = env[SECRET_ARN_ENV[name]];
      if (arn) rememberSecret(name, await fetchSecret(name, arn));
    }),
  );
}

/** Middleware: the function's secrets are loaded before the handler (and `deps()`) runs. */
export const runtimeSecrets = <E, R>(): MiddlewareObj<E, R> => ({
  before: async () => {
    await loadSecrets();
  },
});
