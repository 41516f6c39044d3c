/**
 * The stack wiring, with fake handlers: the environment is set before handlers load, a request's write
 * reaches the consumer through the real stream, and drain() waits for it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCredentials } from '../../local/aws';
import type { HttpHandler, StreamHandler } from '../../local/handler-loader';
import { startTestStack, type TestStack } from '../support/stack';

const seenEnv: Record<string, string | undefined>[] = [];
const consumed: DynamoDBRecord[] = [];

/** Reads its configuration when loaded, as the real handlers do at module scope. */
function loadFakePost(): Promise<HttpHandler> {
  const env = { ...process.env };
  seenEnv.push({
    TABLE_NAME: env.TABLE_NAME,
    DYNAMODB_ENDPOINT: env.DYNAMODB_ENDPOINT,
    AWS_REGION: env.AWS_REGION,
    PARLEY_SECRET: env.PARLEY_SECRET,
    AWS_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID,
  });
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: env.AWS_REGION!, endpoint: env.DYNAMODB_ENDPOINT! }),
  );
  const post: HttpHandler = async (event) => {
    const id = `COMMENT#${event.pathParameters!.articleId}`;
    await doc.send(
      new PutCommand({
        TableName: env.TABLE_NAME,
        Item: { PK: id, SK: 'COMMENT', entity: 'comment', status: 'received' },
      }),
    );
    return { statusCode: 202, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id }) };
  };
  return Promise.resolve(post);
}

const consumer: StreamHandler = (event) => {
  consumed.push(...event.Records);
  return Promise.resolve({ batchItemFailures: [] });
};

let stack: TestStack;
beforeAll(async () => {
  let post: Promise<HttpHandler> | undefined;
  stack = await startTestStack({
    loadHandler: (name) => {
      if (name !== 'post-comment') return Promise.reject(new Error(`unexpected handler ${name}`));
      return (post ??= loadFakePost());
    },
    loadConsumer: () => Promise.resolve(consumer),
  });
});
afterAll(() => stack?.stop());

describe('startLocalStack (through startTestStack)', () => {
  it('sets the handler environment before the first handler is imported', async () => {
    const res = await fetch(`${stack.url}/articles/env-check/comments`, { method: 'POST' });
    expect(res.status).toBe(202);
    expect(seenEnv).toEqual([
      {
        TABLE_NAME: stack.tableName,
        DYNAMODB_ENDPOINT: stack.endpoint,
        AWS_REGION: 'us-east-1',
        PARLEY_SECRET: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        // The local dummy key: this file's own (tests/support/per-file.ts).
        AWS_ACCESS_KEY_ID: localCredentials().accessKeyId,
      },
    ]);
    expect(stack.tableName).toMatch(/^parley-test-stack-[0-9a-f]{8}$/);
  });

  it('carries a request’s write through the real stream to the consumer; drain() waits for it', async () => {
    const res = await fetch(`${stack.url}/articles/through-the-stream/comments`, { method: 'POST' });
    expect(res.status).toBe(202);
    await stack.drain();
    expect(consumed.map((r) => r.dynamodb?.NewImage?.PK?.S)).toContain('COMMENT#through-the-stream');
    const item = await stack.doc.send(
      new GetCommand({
        TableName: stack.tableName,
        Key: { PK: 'COMMENT#through-the-stream', SK: 'COMMENT' },
      }),
    );
    expect(item.Item).toMatchObject({ status: 'received' });
  });

  it('answers 500 when a route’s handler cannot be loaded, and keeps serving', async () => {
    expect((await fetch(`${stack.url}/counts`)).status).toBe(500);
    expect((await fetch(`${stack.url}/articles/still-up/comments`, { method: 'POST' })).status).toBe(202);
  });

  it('mints tokens for its own issuer', async () => {
    const token = await stack.token('admin');
    expect(await stack.issuer.verify(token)).toMatchObject({ 'cognito:groups': ['admins', 'moderators'] });
  });
});

describe('the poller and the gateway', () => {
  it('moderates a write through the API at once, however long the idle pause: the gateway wakes the poller', async () => {
    const seen: DynamoDBRecord[] = [];
    // A pause no test waits out: only the wake can deliver the write in time.
    const idle = await startTestStack({
      name: 'stack-wake',
      poller: { pollIntervalMs: 120_000 },
      loadHandler: () => loadFakePost(),
      loadConsumer: () =>
        Promise.resolve((event) => {
          seen.push(...event.Records);
          return Promise.resolve({ batchItemFailures: [] });
        }),
    });
    try {
      // Let the poller's first pass end: it is then in its pause.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const res = await fetch(`${idle.url}/articles/woken/comments`, { method: 'POST' });
      expect(res.status).toBe(202);
      await expect
        .poll(() => seen.map((r) => r.dynamodb?.NewImage?.PK?.S), { timeout: 10_000 })
        .toContain('COMMENT#woken');
    } finally {
      await idle.stop();
    }
  });
});
