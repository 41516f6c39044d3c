/**
 * The stream consumer and the sweeper against DynamoDB Local: redelivery changes nothing, a comment
 * whose stream record never arrived is decided by the sweeper, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
let n = 0;

beforeAll(async () => {
  // The poller delivers to a consumer that does nothing: these tests drive the real one by hand.
  stack = await startTestStack({
    loadConsumer: () => Promise.resolve(() => Promise.resolve({ batchItemFailures: [] })),
  });
});
afterAll(async () => {
  await stack?.stop();
});

async function post(articleId: string, body: string) {
  const res = await fetch(`${stack.url}/articles/${articleId}/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ authorName: `Consumer ${n++}`, body }),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { comment: { id: string } }).comment.id;
}

const item = async (PK: string, SK: string) =>
  (
    await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: { PK, SK }, ConsistentRead: true }),
    )
  ).Item;

async function streamEventFor(commentId: string): Promise<DynamoDBStreamEvent> {
  const stored = await item(`COMMENT#${commentId}`, 'COMMENT');
  return {
    Records: [
      {
        eventID: '1',
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        awsRegion: 'us-east-1',
        dynamodb: {
          Keys: marshall({ PK: stored!.PK, SK: stored!.SK }) as never,
          NewImage: marshall(stored!, { removeUndefinedValues: true }) as never,
          SequenceNumber: `seq-${commentId}`,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
    ],
  };
}

const context = {} as Context;
const audit = async (commentId: string) =>
  (
    await stack.doc.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :e)',
        ExpressionAttributeValues: { ':pk': `COMMENT#${commentId}`, ':e': 'EVENT#' },
      }),
    )
  ).Items ?? [];

describe('moderate-comment consumer', () => {
  it('decides a received comment once; a redelivered record changes nothing', async () => {
    const { handler } = await import('../../functions/moderate-comment');
    const articleId = `consumer-${n++}`;
    const id = await post(articleId, 'A calm observation about the talks.');
    const event = await streamEventFor(id);
    expect(await handler(event, context)).toEqual({ batchItemFailures: [] });
    const after = await item(`COMMENT#${id}`, 'COMMENT');
    expect(after).toMatchObject({ status: 'approved', version: 2 });
    expect((await item(`ARTICLE#${articleId}`, 'ARTICLE'))?.totalApproved).toBe(1);

    for (let i = 0; i < 3; i++) expect(await handler(event, context)).toEqual({ batchItemFailures: [] });
    expect(await item(`COMMENT#${id}`, 'COMMENT')).toMatchObject({ status: 'approved', version: 2 });
    expect((await item(`ARTICLE#${articleId}`, 'ARTICLE'))?.totalApproved).toBe(1);
    expect((await audit(id)).filter((e) => e.action === 'auto_decision')).toHaveLength(1);
  });

  it('reports the failing record so Lambda retries from it', async () => {
    const { handler } = await import('../../functions/moderate-comment');
    const broken: DynamoDBStreamEvent = {
      Records: [
        {
          eventName: 'INSERT',
          dynamodb: {
            // A poison record: a comment image missing most of its fields makes moderation throw.
            NewImage: marshall({
              entity: 'comment',
              id: '',
              articleId: 'x',
              body: 'b',
              status: 'received',
              version: 1,
            }) as never,
            SequenceNumber: 'seq-broken',
          },
        },
      ],
    };
    const result = await handler(broken, context);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'seq-broken' }]);
  });
});

describe('sweeper', () => {
  it('decides comments stuck in received, exactly once, and reports the oldest pending age', async () => {
    const { sweepReceived } = await import('../../shared/app/sweep');
    const { deps } = await import('../../functions/lib/deps');
    const { checks } = await import('../../functions/lib/checks');
    const articleId = `sweep-${n++}`;
    const ids = [await post(articleId, 'Stuck one.'), await post(articleId, 'Stuck two.')];
    const first = await sweepReceived(deps(), checks(), { olderThanMs: 0, limit: 100 });
    expect(first.decided).toBeGreaterThanOrEqual(2);
    for (const id of ids) expect((await item(`COMMENT#${id}`, 'COMMENT'))?.status).toBe('approved');
    const second = await sweepReceived(deps(), checks(), { olderThanMs: 0, limit: 100 });
    expect(second.stuck).toBe(0);
    expect((await item(`ARTICLE#${articleId}`, 'ARTICLE'))?.totalApproved).toBe(2);
    for (const id of ids)
      expect((await audit(id)).filter((e) => e.action === 'auto_decision')).toHaveLength(1);
  });

  it('leaves young received comments to the stream', async () => {
    const { sweepReceived } = await import('../../shared/app/sweep');
    const { deps } = await import('../../functions/lib/deps');
    const { checks } = await import('../../functions/lib/checks');
    const id = await post(`sweep-${n++}`, 'Just arrived.');
    const report = await sweepReceived(deps(), checks(), { olderThanMs: 60_000, limit: 100 });
    expect(report.stuck).toBe(0);
    expect((await item(`COMMENT#${id}`, 'COMMENT'))?.status).toBe('received');
  });
});
