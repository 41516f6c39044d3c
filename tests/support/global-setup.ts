/**
 * vitest globalSetup: ONE in-memory DynamoDB Local for the whole run, shared by every test file (each
 * file uses its own table) of every project that lists this setup (`stack` and `browser`: vitest calls
 * it once per project, and the second call reuses what the first started). Its endpoint reaches tests through `inject('dynamodbEndpoint')` and the
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

/**
 * JVM options of the run's DynamoDB Local. C1 only (TieredStopAtLevel=1): C2 recompiling DynamoDB Local's
 * hot paths cost more CPU over a test run than its faster code saved; measured on the xss and bad-input
 * files against a fresh instance, Java's CPU went from ~24 s to ~13 s. The serial collector: no GC
 * threads competing with the test workers on 2 cores for a heap this small.
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** The run's instance and how many projects use it; on globalThis, whichever copy of this module runs. */
interface SharedDynamoDB {
  endpoint: Promise<string>;
  stop: () => Promise<void>;
  users: number;
}
const SHARED = Symbol.for('parley.test.sharedDynamoDB');
const registry = globalThis as { [SHARED]?: SharedDynamoDB };

function startShared(): SharedDynamoDB {
  const external = process.env.PARLEY_DYNAMODB_ENDPOINT;
  if (external) return { endpoint: Promise.resolve(external), stop: async () => {}, users: 0 };
  const started = startDynamoDBLocal({
    inMemory: true,
    sharedDb: false, // a database per test file (per-file.ts)
    jvmOptions: JVM_OPTIONS,
    logger: silentLogger,
  });
  return {
    endpoint: started.then((ddb) => ddb.endpoint),
    stop: async () => (await started).stop(),
    users: 0,
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[SHARED] ??= startShared());
  shared.users++;
  const endpoint = await shared.endpoint;
  project.provide('dynamodbEndpoint', endpoint);
  process.env.PARLEY_TEST_DYNAMODB_ENDPOINT = endpoint; // inherited by the test workers
  return async () => {
    if (--shared.users > 0) return;
    delete registry[SHARED];
    await shared.stop();
  };
}
