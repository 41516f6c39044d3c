/**
 * Finding comments by the keyed hash of an e-mail address, for an erasure request that names only the
 * address. No index is keyed on `authorEmailHash` (one would be written on every post for a request
 * that is rare), so this reads the table: a Scan whose filter keeps the matching comments and whose
 * projection returns only their keys and author id. The read is billed in full all the same (a Scan
 * is billed for what it reads, not what it returns), so the caller bounds the pages of one request and
 * continues from `nextKey` (docs/privacy.md, section 5).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { CommentSearchPort, EmailHashMatches } from '../app/ports';
import type { Dynamo } from './dynamo';
import { commentIdOf, commentKey } from './keys';

/** The key a Scan stopped after, as one string (`PK`, a newline, `SK`) for a cursor. */
const keyText = (key: Record<string, unknown>): string => `${String(key.PK)}\n${String(key.SK)}`;
const keyOf = (text: string): Record<string, string> => {
  const [PK = '', SK = ''] = text.split('\n');
  return { PK, SK };
};

export class EmailSearch implements CommentSearchPort {
  constructor(private readonly db: Dynamo) {}

  async commentsWithEmailHash(
    hash: string,
    opts: { afterKey?: string | undefined; maxPages: number },
  ): Promise<EmailHashMatches> {
    const matches: EmailHashMatches['matches'] = [];
    let startKey: Record<string, unknown> | undefined =
      opts.afterKey === undefined ? undefined : keyOf(opts.afterKey);
    for (let page = 0; page < opts.maxPages; page++) {
      const out = await this.db.client.send(
        new ScanCommand({
          TableName: this.db.tableName,
          FilterExpression: 'SK = :comment AND authorEmailHash = :h',
          ProjectionExpression: 'PK, authorId',
          ExpressionAttributeValues: { ':comment': commentKey('').SK, ':h': hash },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of out.Items ?? [])
        matches.push({ commentId: commentIdOf(item.PK), authorId: String(item.authorId) });
      startKey = out.LastEvaluatedKey;
      if (!startKey) return { matches, nextKey: null };
    }
    return { matches, nextKey: startKey ? keyText(startKey) : null };
  }
}
