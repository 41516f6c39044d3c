/** Dependencies built once per container (module scope) and shared by every invocation. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../../shared/app/deps';
import { CursorCodec } from '../../shared/cursor';
import { CachedPolicyStore } from '../../shared/storage/policy-store';
import { Repository } from '../../shared/storage/repository';
import { loadConfig, type Config } from './config';

export function buildDeps(config: Config): Deps {
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
    cursors: new CursorCodec(`cursor:${config.PARLEY_SECRET}`),
    policies: new CachedPolicyStore({ client, tableName }),
    secret: config.PARLEY_SECRET,
    now: () => new Date(),
  };
}

let built: Deps | undefined;

/** The container's dependencies, built on first use from the environment. */
export const deps = (): Deps => (built ??= buildDeps(loadConfig()));
