/**
 * Client settings for DynamoDB Local. Always an explicit endpoint and dummy credentials, so nothing the
 * local runtime does can ever reach a real AWS account, whatever credentials the developer has.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'parleylocal', secretAccessKey: 'parleylocal' } as const;

/** The default region of the local runtime (any value works: DynamoDB Local runs with -sharedDb). */
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
  credentials: { ...LOCAL_CREDENTIALS },
  maxAttempts: 3,
});
