/**
 * A refused request costs no table writes (issue 11, item 3): every refusal of a POST is decided from
 * reads, so rate-limited, closed, banned and orphan posts — and a refused edit — send no write command
 * to DynamoDB at all (a failed conditional write is billed too, so "changes nothing" is not enough).
 * And bans of anonymous authors reach their network for the time the moderator chose (item 5).
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/lib/config';
import { buildDeps } from '../../functions/lib/deps';
import type { Deps } from '../../shared/app/deps';
import { editComment } from '../../shared/app/author-actions';
import { flagComment } from '../../shared/app/flags';
import { banAuthor, decide, unbanAuthor } from '../../shared/app/moderation';
import { submitNotice } from '../../shared/app/notices';
import { postComment } from '../support/post-comment';
import type { PostCommentInput } from '../../shared/domain/schemas';
import { DomainError } from '../../shared/errors';
import { Repository } from '../../shared/storage/repository';
import { earlyInMinute } from '../support/clock';
import { startTestStack, type TestStack } from '../support/stack';

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems', 'BatchWriteItem']);

let stack: TestStack;
let deps: Deps;
/** Every DynamoDB command the use cases below sent, by name. */
const sent: string[] = [];
let n = 0;
const article = () => `refuse-${Date.now().toString(36)}-${n++}`;
const writes = () => sent.filter((c) => WRITES.has(c));

beforeAll(async () => {
  stack = await startTestStack({
    // Nothing here needs the consumer: comments stay as posted.
    loadConsumer: () => Promise.resolve(() => Promise.resolve({ batchItemFailures: [] })),
  });
  await stack.setPolicy({
    rateLimits: { authorPerMinute: 2, networkPerMinute: 1000, authorActionsPerMinute: 1 },
  });
  const base = buildDeps(loadConfig());
  // A document client of our own whose every command is recorded by name before it is sent.
  const client = DynamoDBDocumentClient.from(stack.client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  client.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  deps = { ...base, repo: new Repository({ client, tableName: stack.tableName }) };
});
afterAll(async () => {
  await stack?.stop();
});

const post = (articleId: string, input: PostCommentInput, sourceIp = '127.0.120.1', key?: string) =>
  postComment(deps, { articleId, input, sourceIp, ...(key ? { idempotencyKey: key } : {}) });

async function refusedWith(code: string, attempt: () => Promise<unknown>) {
  sent.length = 0;
  const error = await attempt().then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  expect(sent.length, 'the recorder saw the reads').toBeGreaterThan(0);
  expect(writes(), `a refused request (${code}) sent ${writes().join(', ')}`).toEqual([]);
}

describe('a refused POST sends no write', () => {
  it('rate limited (with and without an Idempotency-Key)', async () => {
    earlyInMinute();
    const a = article();
    const author = { authorName: 'Busy' };
    await post(a, { ...author, body: 'One.' });
    await post(a, { ...author, body: 'Two.' });
    await refusedWith('rate_limited', () => post(a, { ...author, body: 'Three.' }));
    await refusedWith('rate_limited', () =>
      post(a, { ...author, body: 'Three.' }, '127.0.120.1', randomUUID()),
    );
  });

  it('closed article, missing parent, banned author', async () => {
    const closed = article();
    await stack.setArticle(closed, { closed: true });
    await refusedWith('comments_closed', () =>
      post(closed, { authorName: 'Late', body: 'Too late.' }, '127.0.121.1', randomUUID()),
    );
    await refusedWith('parent_not_found', () =>
      post(
        article(),
        { authorName: 'Orphan', body: 'To nobody.', parentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        '127.0.122.1',
        randomUUID(),
      ),
    );
    const a = article();
    const first = JSON.parse((await post(a, { authorName: 'Troll', body: 'Bait.' }, '127.0.123.1')).json);
    const authorId = (await deps.repo.getComment(first.comment.id))!.authorId;
    await banAuthor(deps, { id: 'mod', groups: ['moderators'] }, authorId, {
      reason: 'trolling',
      rejectPending: false,
      networkHours: 0,
    });
    await refusedWith('author_banned', () =>
      post(a, { authorName: 'Troll', body: 'Again.' }, '127.0.123.1', randomUUID()),
    );
  });

  it('a filled honeypot: answered 202, nothing written', async () => {
    sent.length = 0;
    const res = await post(article(), { authorName: 'Bot', body: 'Buy now', website: 'http://x.example' });
    expect(res).toMatchObject({ statusCode: 202, dropped: 'honeypot' });
    expect(sent).toEqual([]);
  });

  it("an edit over the network's budget", async () => {
    earlyInMinute();
    const a = article();
    const res = JSON.parse((await post(a, { authorName: 'Editor', body: 'v0' }, '127.0.124.1')).json);
    const req = { commentId: res.comment.id, token: res.authorToken, sourceIp: '127.0.124.1' };
    await editComment(deps, { ...req, body: 'v1' });
    await refusedWith('rate_limited', () => editComment(deps, { ...req, body: 'v2' }));
  });
});

describe('refused reader actions send no write', () => {
  /** A comment posted and approved by a moderator, to flag and report. */
  async function publishedComment(sourceIp: string) {
    const res = JSON.parse((await post(article(), { authorName: 'Published', body: 'Fine' }, sourceIp)).json);
    await decide(deps, { id: 'mod-1', groups: ['moderators'] }, res.comment.id, { action: 'approve' });
    return res.comment.id as string;
  }

  it("a notice over the network's budget", async () => {
    earlyInMinute();
    const commentId = await publishedComment('127.0.125.1');
    const notice = {
      commentId,
      input: { category: 'defamation', explanation: 'A false claim about a named person.', goodFaith: true },
      sourceIp: '127.0.126.1',
    } as const;
    await submitNotice(deps, notice);
    await refusedWith('rate_limited', () => submitNotice(deps, notice));
  });

  it('a second flag from the same reporter', async () => {
    const commentId = await publishedComment('127.0.127.1');
    const flag = { commentId, input: { reason: 'spam' }, sourceIp: '127.0.128.1' } as const;
    await flagComment(deps, flag);
    await refusedWith('already_flagged', () => flagComment(deps, flag));
  });
});

describe('a ban on an anonymous author covers their network for the chosen time', () => {
  it('another name from the same /24 is refused until the ban is lifted; other networks are not', async () => {
    const a = article();
    const mod = { id: 'mod', groups: ['moderators'] };
    const troll = JSON.parse((await post(a, { authorName: 'Troll One', body: 'Bait.' }, '127.0.130.5')).json);
    const authorId = (await deps.repo.getComment(troll.comment.id))!.authorId;
    const banned = await banAuthor(deps, mod, authorId, {
      reason: 'trolling',
      rejectPending: false,
      networkHours: 24,
    });
    expect(banned.author.networkBannedUntil).toEqual(expect.any(String));
    expect(Date.parse(banned.author.networkBannedUntil!)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    // A new name on the same network: still the troll, as far as anyone can tell.
    await expect(
      post(a, { authorName: 'Troll Two', body: 'New name.' }, '127.0.130.77'),
    ).rejects.toMatchObject({
      code: 'author_banned',
    });
    await expect(
      post(a, { authorName: 'Neighbour', body: 'Other network.' }, '127.0.131.5'),
    ).resolves.toMatchObject({
      statusCode: 202,
    });
    await unbanAuthor(deps, mod, authorId);
    await expect(
      post(a, { authorName: 'Troll Two', body: 'Unbanned.' }, '127.0.130.77'),
    ).resolves.toMatchObject({
      statusCode: 202,
    });
  });

  it('networkHours: 0 bans the author alone', async () => {
    const a = article();
    const mod = { id: 'mod', groups: ['moderators'] };
    const troll = JSON.parse((await post(a, { authorName: 'Solo', body: 'Bait.' }, '127.0.132.5')).json);
    const authorId = (await deps.repo.getComment(troll.comment.id))!.authorId;
    const banned = await banAuthor(deps, mod, authorId, {
      reason: 'x',
      rejectPending: false,
      networkHours: 0,
    });
    expect(banned.author.networkBannedUntil).toBeNull();
    await expect(post(a, { authorName: 'Solo', body: 'Again.' }, '127.0.132.5')).rejects.toMatchObject({
      code: 'author_banned',
    });
    await expect(
      post(a, { authorName: 'Other', body: 'Same network.' }, '127.0.132.6'),
    ).resolves.toMatchObject({
      statusCode: 202,
    });
  });
});
