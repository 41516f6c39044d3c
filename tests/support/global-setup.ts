/**
 * vitest globalSetup: ONE in-memory DynamoDB Local for the whole run, shared by every test file (each
 * file uses its own table). Its endpoint reaches tests through `inject('dynamodbEndpoint')` and the
 * PARLEY_TEST_DYNAMODB_ENDPOINT environment variable. Set PARLEY_DYNAMODB_ENDPOINT to reuse one that
 * is already running instead of starting Java.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoDBLocal } from '../../local/dynamodb-local';
import { silentLogger } from '../../local/log';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` of the shared DynamoDB Local. */
    dynamodbEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.PARLEY_DYNAMODB_ENDPOINT;
  const ddb = external ? undefined : await startDynamoDBLocal({ inMemory: true, logger: silentLogger });
  const endpoint = external ?? ddb!.endpoint;
  project.provide('dynamodbEndpoint', endpoint);
  process.env.PARLEY_TEST_DYNAMODB_ENDPOINT = endpoint; // inherited by the test workers
  return async () => {
    await ddb?.stop();
  };
}
