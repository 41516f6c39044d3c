/**
 * The notes kept beside a comment, in its own partition: moderators' notes on its audit events and
 * readers' notes on its flags (either may quote the comment or describe its author). Erased with the
 * comment, by every erasure (`CommentStore.eraseNotes`) and by a retention purge (`purgeComment`).
 */
import type { Dynamo, TransactItem } from './dynamo';
import { commentKey, type ItemKey } from './keys';

/** The keys of the items with a note in a comment's partition (a Query that returns only those). */
export async function noteKeys(db: Dynamo, commentId: string): Promise<ItemKey[]> {
  const pk = commentKey(commentId).PK;
  const keys: ItemKey[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await db.query({
      KeyConditionExpression: 'PK = :pk AND SK > :comment',
      FilterExpression: 'attribute_exists(note)',
      ExpressionAttributeValues: { ':pk': pk, ':comment': 'COMMENT' },
      ProjectionExpression: 'PK, SK',
      ExclusiveStartKey: startKey,
    });
    for (const item of out.Items ?? []) keys.push({ PK: item.PK as string, SK: item.SK as string });
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return keys;
}

const REMOVE_NOTE = 'REMOVE note';

/** The removal of one note, for a transaction. */
export const noteRemoval = (db: Dynamo, key: ItemKey): TransactItem =>
  db.updateItem({ Key: key, UpdateExpression: REMOVE_NOTE });

/** Removes the notes at `keys`, one write each; how many. */
export async function removeNotes(db: Dynamo, keys: readonly ItemKey[]): Promise<number> {
  for (const key of keys) await db.update({ Key: key, UpdateExpression: REMOVE_NOTE });
  return keys.length;
}
