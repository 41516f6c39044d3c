/**
 * The secret values a container has loaded (functions/lib/secrets.ts loads them), read synchronously. Kept
 * apart from the loader so that functions which are given no secret (the stream consumer, the sweeper)
 * do not bundle the Secrets Manager client just to ask whether there is one.
 */
import { ENV } from '../../shared/runtime-contract';

/** The secrets a function may be given, by the name the loader uses. */
export type SecretName = 'parley' | 'originVerify';

const loaded: Partial<Record<SecretName, string>> = {};

/** Records a value the loader fetched. */
export function rememberSecret(name: SecretName, value: string): void {
  loaded[name] = value;
}

/** Forgets loaded values (tests only: a container never needs it). */
export function forgetLoadedSecrets(): void {
  for (const name of Object.keys(loaded) as SecretName[]) delete loaded[name];
}

/** PARLEY_SECRET: the local runtime's variable, else the value the middleware loaded, else undefined. */
export const parleySecret = (env: NodeJS.ProcessEnv = process.env): string | undefined =>
  env[ENV.parleySecret] ?? loaded.parley;

/** The origin-verify value CloudFront sends (CloudFront mode only), once loaded. */
export const originVerifyValue = (): string | undefined => loaded.originVerify;
