/**
 * A test stack for the storage integration suites: DynamoDB Local and the repository over its table, with
 * a consumer that does nothing, so the comments stay exactly as the tests write them.
 */
import { Repository } from '../../shared/storage/repository';
import { startTestStack, type TestStack } from './stack';

export async function startRepositoryStack(): Promise<{ stack: TestStack; repo: Repository }> {
  const stack = await startTestStack({
    loadConsumer: () => Promise.resolve(() => Promise.resolve({ batchItemFailures: [] })),
  });
  return { stack, repo: new Repository({ client: stack.doc, tableName: stack.tableName }) };
}
