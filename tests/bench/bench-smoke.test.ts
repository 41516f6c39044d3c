/**
 * The benchmark's own arithmetic (bench/lib), without running the benchmark and without any timing: the
 * capacity meter sums and corrects units as documented, item sizes follow DynamoDB's rules, the response
 * tape replays in order, percentiles are right.
 */
import { describe, expect, it } from 'vitest';
import {
  CapacityMeter,
  summarizeCommands,
  unitsOf,
  unitsTotal,
  type ShadowReplayer,
  type Units,
} from '../../bench/lib/capacity';
import { SEMANTIC_ESTIMATES, semanticCosts } from '../../bench/lib/cost';
import { itemSize, readUnits, writeUnits } from '../../bench/lib/item-size';
import { ResponseTape, requestIdentity, requestSignature } from '../../bench/lib/sdk-hooks';
import { quantileSorted, summarize } from '../../bench/lib/stats';

const cc = (units: number, indexes: Record<string, number> = {}) => ({
  TableName: 't',
  CapacityUnits: units + Object.values(indexes).reduce((a, b) => a + b, 0),
  Table: { CapacityUnits: units },
  ...(Object.keys(indexes).length
    ? {
        GlobalSecondaryIndexes: Object.fromEntries(
          Object.entries(indexes).map(([k, v]) => [k, { CapacityUnits: v }]),
        ),
      }
    : {}),
});

/** Runs one command through the meter with a canned DynamoDB Local answer. */
async function observe(
  meter: CapacityMeter,
  command: string,
  input: Record<string, unknown>,
  output: Record<string, unknown>,
) {
  return meter.observe(command, input, () => Promise.resolve({ output }));
}

describe('capacity meter', () => {
  it('sums table and index units of one or many ConsumedCapacity entries', () => {
    expect(unitsOf(cc(2, { GSI1: 3 }))).toEqual({ table: 2, indexes: { GSI1: 3 } });
    expect(unitsOf([cc(1, { GSI2: 1 }), cc(0.5)])).toEqual({ table: 1.5, indexes: { GSI2: 1 } });
    expect(unitsOf({ TableName: 't', CapacityUnits: 4 })).toEqual({ table: 4, indexes: {} });
    expect(unitsOf(undefined)).toEqual({ table: 0, indexes: {} });
    expect(unitsTotal({ table: 2, indexes: { a: 1, b: 0.5 } })).toBe(3.5);
  });

  it('asks for INDEXES on every command, counts command names and keeps Local figures where they are right', async () => {
    const meter = new CapacityMeter({ mode: 'full' });
    const input: Record<string, unknown> = { TableName: 't', Key: { PK: 'a', SK: 'b' } };
    const out = { Item: {}, ConsumedCapacity: cc(0.5) };
    await observe(meter, 'GetItemCommand', input, out);
    await observe(meter, 'PutItemCommand', {}, { ConsumedCapacity: cc(2, { GSI2: 2, GSI4: 2 }) });
    expect(input.ReturnConsumedCapacity).toBe('INDEXES');
    expect(out).not.toHaveProperty('ConsumedCapacity');
    expect(Object.fromEntries(meter.counts)).toEqual({ GetItemCommand: 1, PutItemCommand: 1 });
    const sum = summarizeCommands(meter.drain());
    expect(sum).toMatchObject({ rcu: 0.5, wcu: 6, rcuMeasured: 0.5, wcuMeasured: 6, corrections: [] });
    expect(sum.byTarget).toEqual({
      table: { read: 0.5, write: 2 },
      GSI2: { read: 0, write: 2 },
      GSI4: { read: 0, write: 2 },
    });
    expect(meter.drain()).toEqual([]);
  });

  it('charges an empty Query at least one read and every missing BatchGetItem key as a GetItem', async () => {
    const meter = new CapacityMeter({ mode: 'full' });
    await observe(
      meter,
      'QueryCommand',
      { IndexName: 'GSI2' },
      { Items: [], ConsumedCapacity: cc(0, { GSI2: 0 }) },
    );
    await observe(meter, 'QueryCommand', { ConsistentRead: true }, { Items: [], ConsumedCapacity: cc(0) });
    await observe(
      meter,
      'BatchGetItemCommand',
      { RequestItems: { t: { Keys: [{}, {}, {}, {}] } } },
      { Responses: { t: [{}] }, UnprocessedKeys: { t: { Keys: [{}] } }, ConsumedCapacity: [cc(0.5)] },
    );
    const [emptyIndexQuery, emptyQuery, batch] = meter.drain();
    expect(emptyIndexQuery!.corrected.indexes.GSI2).toBe(0.5);
    expect(emptyQuery!.corrected.table).toBe(1);
    // 4 requested, 1 found, 1 unprocessed: 2 missing at 0.5 each on top of Local's 0.5.
    expect(batch!.corrected.table).toBe(1.5);
    expect(batch!.corrections).toEqual(['batch-get-missing']);
  });

  it('bills a transaction as its shadow replay: table share doubled, index share as is', async () => {
    const replayed: Units = { table: 3, indexes: { GSI1: 2 } };
    const shadow = { replay: () => Promise.resolve(replayed) } as unknown as ShadowReplayer;
    const meter = new CapacityMeter({ mode: 'full', shadow });
    // What the fake replayer returns is already doubled on the table (ShadowReplayer does that).
    await observe(meter, 'TransactWriteItemsCommand', { TransactItems: [] }, { ConsumedCapacity: [cc(2)] });
    const [tx] = meter.drain();
    expect(tx!.measured).toEqual({ table: 2, indexes: {} });
    expect(tx!.corrected).toEqual({ table: 3, indexes: { GSI1: 2 } });
    expect(summarizeCommands([tx!])).toMatchObject({ wcu: 5, wcuMeasured: 2, corrections: ['transaction'] });
  });

  it('in count mode only counts, and records failures with their error name', async () => {
    const counting = new CapacityMeter({ mode: 'count' });
    const input: Record<string, unknown> = {};
    await observe(counting, 'ScanCommand', input, {});
    expect(input).not.toHaveProperty('ReturnConsumedCapacity');
    expect(counting.counts.get('ScanCommand')).toBe(1);
    expect(counting.drain()).toEqual([]);

    const full = new CapacityMeter({ mode: 'full' });
    const failure = Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' });
    await expect(full.observe('PutItemCommand', {}, () => Promise.reject(failure))).rejects.toThrow(
      'condition',
    );
    expect(summarizeCommands(full.drain()).failed).toEqual([
      'PutItemCommand: ConditionalCheckFailedException',
    ]);
  });
});

describe('item sizes and units', () => {
  it('follows DynamoDB’s size rules', () => {
    expect(itemSize({ PK: 'a' })).toBe(3);
    expect(itemSize({ n: 123 })).toBe(1 + 3); // two digits per byte, plus one
    expect(itemSize({ ok: true, none: null })).toBe(2 + 1 + 4 + 1);
    expect(itemSize({ m: { a: 'xy' } })).toBe(1 + 3 + 1 + 1 + 2);
    expect(itemSize({ l: ['a', 'b'] })).toBe(1 + 3 + 2 + 2);
    expect(itemSize({ body: 'é' })).toBe(4 + 2);
    expect(itemSize({ a: 'x', b: 'y' }, ['a'])).toBe(2);
  });

  it('rounds writes to 1 KB and reads to 4 KB, halving eventually consistent reads', () => {
    expect(writeUnits(1)).toBe(1);
    expect(writeUnits(1024)).toBe(1);
    expect(writeUnits(1025)).toBe(2);
    expect(readUnits(0, false)).toBe(0.5);
    expect(readUnits(4096, true)).toBe(1);
    expect(readUnits(20 * 1024, false)).toBe(2.5);
  });
});

describe('response tape', () => {
  const rec = (body: string) => ({ statusCode: 200, headers: {}, body: new TextEncoder().encode(body) });

  it('replays by request signature in recorded order, then repeats the last answer', () => {
    const tape = new ResponseTape();
    const sig = requestSignature(
      'DynamoDB_20120810.GetItem',
      JSON.stringify({ TableName: 't', Key: { PK: { S: 'a' } } }),
    );
    tape.push('DynamoDB_20120810.GetItem', sig, rec('one'));
    tape.push('DynamoDB_20120810.GetItem', sig, rec('one'));
    tape.push('DynamoDB_20120810.GetItem', sig, rec('two'));
    expect(tape.recorded).toBe(3);
    const text = (r: ReturnType<ResponseTape['take']>) => new TextDecoder().decode(r!.body);
    expect([1, 2, 3, 4].map(() => text(tape.take('DynamoDB_20120810.GetItem', sig)))).toEqual([
      'one',
      'one',
      'two',
      'two',
    ]);
    tape.rewind();
    expect(text(tape.take('DynamoDB_20120810.GetItem', sig))).toBe('one');
  });

  it('tells requests apart by their values, and falls back to a request of the same shape first', () => {
    const q = 'DynamoDB_20120810.Query';
    const window = (minute: string) =>
      requestIdentity(
        q,
        JSON.stringify({
          TableName: 't',
          KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': { S: 'RATE#n#x' },
            ':from': { S: minute },
            ':to': { S: minute },
          },
          ProjectionExpression: 'requests',
        }),
      );
    const page = requestIdentity(
      q,
      JSON.stringify({
        TableName: 't',
        IndexName: 'GSI4',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: 'AUTHOR#a' } },
      }),
    );
    expect(window('1').signature).not.toBe(window('2').signature);
    expect(window('1').shape).toBe(window('2').shape);
    expect(window('1').shape).not.toBe(page.shape);
    const tape = new ResponseTape();
    tape.push(q, window('1').signature, rec('window'), window('1').shape);
    tape.push(q, page.signature, rec('page'), page.shape);
    // A later minute: not seen, answered by the recorded window, not by the index page recorded last.
    const later = window('2');
    expect(new TextDecoder().decode(tape.take(q, later.signature, later.shape)!.body)).toBe('window');
    expect(tape.fallbacks).toBe(1);
  });

  it('falls back to the operation for a request it has not seen, and says so', () => {
    const tape = new ResponseTape();
    tape.push(
      'DynamoDB_20120810.UpdateItem',
      requestSignature('DynamoDB_20120810.UpdateItem', '{"Key":{"PK":{"S":"RATE#1"}}}'),
      rec('{}'),
    );
    const other = requestSignature('DynamoDB_20120810.UpdateItem', '{"Key":{"PK":{"S":"RATE#2"}}}');
    expect(tape.take('DynamoDB_20120810.UpdateItem', other)).toBeDefined();
    expect(tape.fallbacks).toBe(1);
    expect(tape.take('DynamoDB_20120810.Query', 'nothing')).toBeUndefined();
    expect(tape.misses).toBe(1);
  });

  it('tells reads apart by key, never by what else the request carries', () => {
    const get = (pk: string, extra: object) =>
      requestSignature(
        'DynamoDB_20120810.GetItem',
        JSON.stringify({ TableName: 't', Key: { PK: { S: pk } }, ...extra }),
      );
    expect(get('a', { ConsistentRead: true })).toBe(get('a', {}));
    expect(get('a', {})).not.toBe(get('b', {}));
    // Puts answer the same whatever they write: one reel per operation.
    const put = (body: string) =>
      requestSignature('DynamoDB_20120810.PutItem', JSON.stringify({ Item: { PK: { S: body } } }));
    expect(put('one')).toBe(put('two'));
  });
});

describe('statistics', () => {
  it('interpolates quantiles and summarises', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([5], 0.99)).toBe(5);
    expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
    const s = summarize([3, 1, 2, 100]);
    expect(s).toMatchObject({ n: 4, min: 1, max: 100, p50: 2.5 });
    expect(s.p99).toBeCloseTo(97.09, 2);
  });
});

describe('semantic provider costs', () => {
  it('prices the estimates with the providers’ cost functions and the example table, marked unverified', () => {
    // 720 characters: a 200-token comment, the size docs/providers.md works its examples with.
    const c = semanticCosts(720, 0.85, 'test');
    expect(Math.ceil(720 / SEMANTIC_ESTIMATES.charsPerToken) + SEMANTIC_ESTIMATES.commentWrapperTokens).toBe(
      200,
    );
    expect(c.verified).toBe(false);
    const [guardrail, judge, cached, endpoint] = c.lines;
    // One unit each of content ($0.15), topics ($0.15) and PII ($0.10) per 1,000 units.
    expect(guardrail!.perMillionJudged).toBeCloseTo(400, 6);
    // 3,000 × $1.00/1M + 110 × $5.00/1M per comment.
    expect(judge!.perMillionJudged).toBeCloseTo(3550, 6);
    expect(judge!.perMillionPosted).toBeCloseTo(3550 * 0.85, 6);
    // 200 × $1.00 + 4,300 × $0.10 + 110 × $5.00 per million.
    expect(cached!.perMillionJudged).toBeCloseTo(200 + 430 + 550, 6);
    expect(endpoint!.perMillionJudged).toBe(0);
    // 256 MB for one second, a million times.
    expect(c.lambdaWaitPerSecond).toBeCloseTo(3.33335, 4);
  });

  it('bills a guardrail text unit per started 1,000 characters', () => {
    expect(semanticCosts(1024, 1, 'test').lines[0]!.perMillionJudged).toBeCloseTo(800, 6);
  });
});
