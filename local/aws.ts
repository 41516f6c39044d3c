/**
 * Client settings for DynamoDB Local. Always an explicit endpoint and dummy credentials, so nothing the
 * local runtime does can ever reach a real AWS account, whatever credentials the developer has.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'parleylocal', secretAccessKey: 'parleylocal' } as const;

/**
 * The access key of the local clients made from now on: LOCAL_CREDENTIALS' unless a test file has named its
 * own with `useLocalAccessKey`. DynamoDB Local run without -sharedDb (the test run's) keeps a database per
 * access key and region, so each test file then has a database of its own.
 */
let accessKeyId: string = LOCAL_CREDENTIALS.accessKeyId;

/** Makes the local clients made from now on (and the handlers' environment) use this access key. */
export function useLocalAccessKey(id: string = LOCAL_CREDENTIALS.accessKeyId): void {
  accessKeyId = id;
}

/** The dummy credentials of the local clients (see `useLocalAccessKey`). */
export const localCredentials = (): { accessKeyId: string; secretAccessKey: string } => ({
  accessKeyId,
  secretAccessKey: LOCAL_CREDENTIALS.secretAccessKey,
});

/** The default region of the local runtime (any value works with -sharedDb; without it, a database is per key and region). */
export const DEFAULT_LOCAL_REGION = 'us-east-1';

export interface LocalClientConfig {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  maxAttempts: number;
}

/** SDK v3 client config for talking to DynamoDB Local at `endpoint`. */
export const localClientConfig = (endpoint: string, region = DEFAULT_LOCAL_REGION): LocalClientConfig => ({
  endpoint,
  region,
  credentials: localCredentials(),
  maxAttempts: 3,
});
