/** Dependencies built once per container (module scope) and shared by every invocation. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../../shared/app/deps';
import { CursorCodec } from '../../shared/cursor';
import { CachedPolicyStore, type InvalidPolicyReport } from '../../shared/storage/policy-store';
import { Repository } from '../../shared/storage/repository';
import { PARLEY_METRICS } from '../../shared/runtime-contract';
import { loadConfig, type Config } from './config';
import { logger } from './logger';
import { MetricUnit, metrics } from './metrics';
import { parleySecret } from './secret-values';

/** Loud on purpose: a broken policy must page someone, not quietly change how comments are judged. */
export function reportInvalidPolicy(report: InvalidPolicyReport): void {
  logger.error(
    report.fallback === 'last-valid'
      ? 'stored moderation policy is invalid: serving the last valid policy'
      : 'stored moderation policy is invalid and no valid one was seen yet: serving the DEFAULT policy',
    { ...report },
  );
  metrics.singleMetric().addMetric(PARLEY_METRICS.policyInvalid, MetricUnit.Count, 1);
}

type SecretFree = Omit<Deps, 'secret' | 'cursors'>;

function buildBase(config: Config): SecretFree {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: config.AWS_REGION,
      ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
      maxAttempts: 4,
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const tableName = config.TABLE_NAME;
  return {
    repo: new Repository({ client, tableName }),
    policies: new CachedPolicyStore({ client, tableName, onInvalid: reportInvalidPolicy }),
    now: () => new Date(),
  };
}

/**
 * The dependencies with a secret's salt and cursor key. Without a secret (a function the construct does
 * not give it to), touching either fails with a message that says where the grant is decided.
 */
function withSecret(base: SecretFree, secret: string | undefined): Deps {
  if (secret !== undefined) return { ...base, secret, cursors: new CursorCodec(`cursor:${secret}`) };
  const missing = (): never => {
    throw new Error(
      'PARLEY_SECRET is not available to this function: add its handler to SECRET_READERS in ' +
        'infra/constructs/comment-moderation.ts (tests/infra/secrets.test.ts lists who needs it)',
    );
  };
  return {
    ...base,
    get secret(): string {
      return missing();
    },
    get cursors(): CursorCodec {
      return missing();
    },
  };
}

/** Dependencies from a validated config (tests and the benchmark build their own with this). */
export function buildDeps(config: Config, secret: string | undefined = config.PARLEY_SECRET): Deps {
  return withSecret(buildBase(config), secret);
}

let base: SecretFree | undefined;
let current: { secret: string | undefined; deps: Deps } | undefined;

/**
 * The container's dependencies, built on first use from the environment. The clients and caches are built
 * once; the secret-keyed parts follow the secret the middleware last loaded (it may change on rotation).
 */
export function deps(): Deps {
  const secret = parleySecret();
  if (!current || current.secret !== secret) {
    base ??= buildBase(loadConfig());
    current = { secret, deps: withSecret(base, secret) };
  }
  return current.deps;
}
