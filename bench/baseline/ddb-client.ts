/**
 * The cold-start baseline: a function that does nothing but construct a DynamoDB client at init, bundled
 * exactly like Parley's functions. Every function's bundle size and init time is reported as a ratio to it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const client = new DynamoDBClient({});

export const handler = (): Promise<{ statusCode: number; body: string }> =>
  Promise.resolve({ statusCode: 200, body: String(client.config.serviceId) });
