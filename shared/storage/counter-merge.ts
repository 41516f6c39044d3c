/**
 * Counter updates merged per item before a transaction is sent. The sharded counters (queue sizes, the
 * transparency report's days) each pick a random shard, and one transaction may carry several of them —
 * a decision's own audit event and the appeal or notice it closes, say. When two pick the same shard,
 * DynamoDB refuses the whole transaction ("cannot include multiple operations on one item"). Such
 * updates are unconditional `ADD`s of numbers, so two on one item are the same as one adding the sums.
 */
import type { TransactItem } from './dynamo';

type Update = NonNullable<TransactItem['Update']>;

/** `ADD #a :a, #b :b`: the only shape merged (placeholders for every name and value). */
const COUNTER_ADD = /^ADD #\w+ :\w+(?:, #\w+ :\w+)*$/;

/** The attribute names and amounts an unconditional counter `ADD` adds, or null for any other item. */
function counterAdds(u: Update | undefined): Map<string, number> | null {
  if (!u || u.ConditionExpression || !u.UpdateExpression || !COUNTER_ADD.test(u.UpdateExpression))
    return null;
  const adds = new Map<string, number>();
  for (const pair of u.UpdateExpression.slice('ADD '.length).split(', ')) {
    const [nameRef, valueRef] = pair.split(' ') as [string, string];
    const name = u.ExpressionAttributeNames?.[nameRef];
    const value: unknown = u.ExpressionAttributeValues?.[valueRef];
    if (name === undefined || typeof value !== 'number') return null;
    adds.set(name, (adds.get(name) ?? 0) + value);
  }
  return adds;
}

const itemOf = (u: Update): string => JSON.stringify([u.TableName, u.Key]);

/**
 * `items` with every counter `ADD` that lands on an item already added to merged into the first one (at
 * its place, so the guards a transaction lists first keep their indexes); the rest unchanged.
 */
export function mergeCounterAdds(items: readonly TransactItem[]): TransactItem[] {
  const first = new Map<string, { at: number; adds: Map<string, number>; merged: boolean }>();
  const out: TransactItem[] = [];
  for (const item of items) {
    const adds = counterAdds(item.Update);
    if (!adds) {
      out.push(item);
      continue;
    }
    const key = itemOf(item.Update!);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { at: out.length, adds, merged: false });
      out.push(item);
      continue;
    }
    for (const [name, n] of adds) seen.adds.set(name, (seen.adds.get(name) ?? 0) + n);
    seen.merged = true;
  }
  for (const { at, adds, merged } of first.values()) {
    if (!merged) continue;
    const {
      UpdateExpression: _e,
      ExpressionAttributeNames: _n,
      ExpressionAttributeValues: _v,
      ...rest
    } = out[at]!.Update!;
    const names = [...adds.keys()];
    out[at] = {
      Update: {
        ...rest,
        UpdateExpression: `ADD ${names.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#c${i}`, n])),
        ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:c${i}`, adds.get(n)!])),
      },
    };
  }
  return out;
}
