/**
 * Batched reads when DynamoDB throttles: keys left unprocessed are asked again (as a batch, with backoff)
 * until every key is answered, and a read that never completes fails instead of reporting zeros.
 */
import { describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { articleKey } from '../../shared/storage/keys';
import { Repository } from '../../shared/storage/repository';

const TABLE = 'batch-reads';
const article = (id: string, totalApproved: number) => ({
  ...articleKey(id),
  entity: 'article',
  articleId: id,
  totalApproved,
});

function repository() {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
  return { repo: new Repository({ client: doc, tableName: TABLE }), mock: mockClient(doc) };
}

describe('batched reads', () => {
  it('asks again for the keys DynamoDB left unprocessed, and only those', async () => {
    const { repo, mock } = repository();
    mock
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE]: [article('a', 3)] },
        UnprocessedKeys: { [TABLE]: { Keys: [articleKey('b')] } },
      })
      .resolvesOnce({ Responses: { [TABLE]: [article('b', 5)] } });
    expect(await repo.countApproved(['a', 'b', 'c'])).toEqual({ a: 3, b: 5, c: 0 });
    const calls = mock.commandCalls(BatchGetCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input.RequestItems?.[TABLE]?.Keys).toEqual([articleKey('b')]);
  });

  it('fails when keys stay unprocessed after its retries', async () => {
    const { repo, mock } = repository();
    mock.on(BatchGetCommand).resolves({ UnprocessedKeys: { [TABLE]: { Keys: [articleKey('a')] } } });
    await expect(repo.countApproved(['a'])).rejects.toThrow(/unprocessed/);
    expect(mock.commandCalls(BatchGetCommand)).toHaveLength(5);
  });
});
