/**
 * Counter updates that land on one item in one transaction are merged (shared/storage/counter-merge.ts):
 * DynamoDB refuses two operations on one item, and the sharded counters pick their shard at random.
 */
import { describe, expect, it } from 'vitest';
import { mergeCounterAdds } from '../../shared/storage/counter-merge';
import type { TransactItem } from '../../shared/storage/dynamo';

const key = (shard: number) => ({ PK: 'STATS#TRANSPARENCY#DECIDED', SK: `DAY#2026-12-03#${shard}` });
const add = (shard: number, counters: Record<string, number>): TransactItem => {
  const names = Object.keys(counters);
  return {
    Update: {
      TableName: 't',
      Key: key(shard),
      UpdateExpression: `ADD ${names.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#c${i}`, n])),
      ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:c${i}`, counters[n]!])),
    },
  };
};
const guard: TransactItem = {
  Update: {
    TableName: 't',
    Key: key(3),
    UpdateExpression: 'SET #s = :s',
    ConditionExpression: 'version = :v',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':s': 'decided', ':v': 1 },
  },
};
const put: TransactItem = { Put: { TableName: 't', Item: { PK: 'A', SK: 'B' } } };

/** The counters an item adds, by attribute name. */
function added(item: TransactItem): Record<string, number> {
  const u = item.Update!;
  const pairs = u
    .UpdateExpression!.slice(4)
    .split(', ')
    .map((p) => p.split(' ') as [string, string]);
  return Object.fromEntries(
    pairs.map(([n, v]) => [u.ExpressionAttributeNames![n]!, u.ExpressionAttributeValues![v] as number]),
  );
}

describe('mergeCounterAdds', () => {
  it('leaves a transaction whose counters sit on different items as it is', () => {
    const items = [guard, add(1, { 'removed.hate': 1 }), put, add(2, { 'appeals.decided': 1 })];
    expect(mergeCounterAdds(items)).toEqual(items);
  });

  it('merges two adds on one shard into the first, summing a counter they share', () => {
    const items = [
      guard,
      add(4, { 'removed.hate': 1, total: 1 }),
      put,
      add(4, { 'appeals.decided': 1, total: 2 }),
    ];
    const out = mergeCounterAdds(items);
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(guard);
    expect(out[2]).toBe(put);
    expect(out[1]!.Update!.Key).toEqual(key(4));
    expect(added(out[1]!)).toEqual({ 'removed.hate': 1, total: 3, 'appeals.decided': 1 });
  });

  it('never merges a conditional update, or a guard, even on a counter item', () => {
    const conditional = {
      Update: { ...add(3, { total: 1 }).Update!, ConditionExpression: 'attribute_exists(PK)' },
    };
    const items = [guard, conditional, add(3, { total: 1 })];
    expect(mergeCounterAdds(items)).toEqual(items);
  });
});
