/**
 * The table writes each access level may make (`TABLE_WRITES`, infra/constructs/comments-table.ts) against
 * what the handlers really write: DynamoDB Local does not enforce IAM, so a policy too tight for the code
 * would only fail in production. This runs every route, the stream consumer and the sweeper through the
 * local stack, records each write (each item of a TransactWriteItems on its own, as IAM authorizes them)
 * with the handler that made it, and checks it against the level of that handler. The synthesized
 * policies and the key builders are checked in table-writes-policy.test.ts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, triggers } from '../../functions/routes';
import { TABLE_WRITES } from '../../infra/constructs/comments-table';
import { createHandlerLoader, type HttpHandler, type StreamHandler } from '../../local/handler-loader';
import type { AppealDecision, AppealRecord } from '../../shared/domain/appeal';
import { newId } from '../../shared/ids';
import { Repository } from '../../shared/storage/repository';
import { seedRejected, startTestStack, type RequestOptions, type TestStack } from '../support/stack';
import {
  LEVELS,
  allows,
  levelsOf,
  likePattern,
  suspensionScenario,
  trustedFlaggerScenario,
  type WritingLevel,
} from './table-writes-support';

describe('what the handlers really write (DynamoDB Local, every route, the consumer and the sweeper)', () => {
  interface Write {
    handler: string | undefined;
    action: string;
    pk: string;
  }
  const who = new AsyncLocalStorage<string>();
  const writes: Write[] = [];
  const invoked = new Set<string>();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with apply()
  const originalSend = DynamoDBDocumentClient.prototype.send;
  let stack: TestStack;

  /** Records the writes of every command any document client in this process sends. */
  function record(command: { constructor: { name: string }; input: Record<string, any> }) {
    const handler = who.getStore();
    const item = (action: string, key: Record<string, unknown> | undefined) =>
      writes.push({ handler, action, pk: String(key?.['PK']) });
    const input = command.input;
    switch (command.constructor.name) {
      case 'PutCommand':
        return item('PutItem', input['Item']);
      case 'UpdateCommand':
        return item('UpdateItem', input['Key']);
      case 'DeleteCommand':
        return item('DeleteItem', input['Key']);
      case 'TransactWriteCommand':
        for (const t of input['TransactItems'] as Record<string, any>[]) {
          if (t['Put']) item('PutItem', t['Put'].Item);
          if (t['Update']) item('UpdateItem', t['Update'].Key);
          if (t['Delete']) item('DeleteItem', t['Delete'].Key);
          if (t['ConditionCheck']) item('ConditionCheckItem', t['ConditionCheck'].Key);
        }
        return;
      case 'BatchWriteCommand':
        return item('BatchWriteItem', undefined);
      default:
    }
  }

  const attribute =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      invoked.add(name);
      return who.run(name, () => fn(...args));
    };

  beforeAll(async () => {
    DynamoDBDocumentClient.prototype.send = function (this: DynamoDBDocumentClient, ...args: unknown[]) {
      record(args[0] as never);
      return (originalSend as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalSend;
    const load = createHandlerLoader<HttpHandler>();
    stack = await startTestStack({
      loadHandler: async (name) => attribute(name, await load(name)),
      loadConsumer: async () =>
        attribute(
          triggers.moderateComment,
          (await load(triggers.moderateComment)) as unknown as StreamHandler,
        ),
    });
  }, 60_000);
  afterAll(async () => {
    DynamoDBDocumentClient.prototype.send = originalSend;
    await stack?.stop();
  });

  it('are all allowed by the level of the handler that makes them, and exercise every listed write', async () => {
    const mod = await stack.token('moderator', { sub: 'mod-1', name: 'Mia' });
    const admin = await stack.token('admin', { sub: 'admin-1', name: 'Ada' });
    const call = async (method: string, path: string, opts: RequestOptions = {}, expected?: number) => {
      const res = await stack.request(method, path, opts);
      if (expected !== undefined) expect(res.status, `${method} ${path}: ${res.text}`).toBe(expected);
      return res;
    };
    const articleId = `writes-${Date.now().toString(36)}`;
    const held = `${articleId}-held`;

    // Admin: the policy (flag threshold 1, so one flag reports a comment; one strike opens a proposal).
    await call('GET', '/moderation/policy', { token: admin }, 200);
    const repeatAbuse = { illegalRemovals: 1, unfoundedNotices: 1 };
    await call('PUT', '/moderation/policy', { token: admin, body: { flagThreshold: 1, repeatAbuse } }, 200);

    // Authors: a root with an Idempotency-Key (claim, transaction, rate windows), then a reply.
    const root = (
      await call(
        'POST',
        `/articles/${articleId}/comments`,
        {
          body: { authorName: 'Amina', body: 'A calm first comment.' },
          headers: { 'idempotency-key': randomUUID() },
        },
        202,
      )
    ).json as { comment: { id: string }; authorToken: string };
    await stack.drain();
    const reply = (
      await call(
        'POST',
        `/articles/${articleId}/comments`,
        { body: { authorName: 'Jonas', body: 'A calm reply.', parentId: root.comment.id } },
        202,
      )
    ).json as { comment: { id: string }; authorToken: string };
    await stack.drain();

    // Readers.
    await call('GET', `/articles/${articleId}/comments`, {}, 200);
    await call('GET', `/comments/${root.comment.id}/replies`, {}, 200);
    await call('GET', `/comments/${root.comment.id}`, {}, 200);
    await call('GET', `/counts?articleIds=${articleId}`, {}, 200);

    // The automatic checks' own rejection: the day's transparency counters and its statement's entry.
    await call(
      'POST',
      `/articles/${articleId}/comments`,
      { body: { authorName: 'Rude', body: 'you are a f*cking 1d10t and a m0r0n' } },
      202,
    );
    await stack.drain();

    // A reader flag that reports the root (queue counter), an author's edit of the approved reply
    // (counters, the root's replies), re-moderated; then the author deletes the root.
    await call('POST', `/comments/${root.comment.id}/flags`, { body: { reason: 'spam', note: 'ads' } }, 202);
    // Admins' trusted flagger: its flag moves the root to the front, its notice leads its queue.
    await trustedFlaggerScenario(call, admin, root.comment.id, reply.comment.id);
    await call(
      'PATCH',
      `/comments/${reply.comment.id}`,
      { body: { body: 'A calm reply, edited.' }, headers: { 'x-author-token': reply.authorToken } },
      200,
    );
    await stack.drain();
    // Notices of illegal content on the reply: one sent and followed by its notifier, one decided
    // `remove` (the reply's move) and one `keep` (an audit event beside the closed notice).
    // Two notifiers: one has one notice about a comment open at a time.
    const notice = async (notifierEmail: string) =>
      (
        await call(
          'POST',
          `/comments/${reply.comment.id}/notices`,
          {
            body: {
              category: 'defamation',
              explanation: 'It says false things about a named person.',
              notifierEmail,
              goodFaith: true,
            },
          },
          202,
        )
      ).json as { notice: { id: string }; noticeToken: string };
    const [kept, removed] = [await notice('nia@example.org'), await notice('noor@example.org')];
    await call('GET', `/notices/${kept.notice.id}`, { headers: { 'x-notice-token': kept.noticeToken } }, 200);
    await call('GET', '/moderation/queue?queue=notices', { token: mod }, 200);
    for (const [n, action] of [
      [kept, 'keep'],
      [removed, 'remove'],
    ] as const)
      await call(
        'POST',
        `/moderation/notices/${n.notice.id}/decision`,
        { token: mod, body: { action, ground: 'Checked.', manifestlyUnfounded: action === 'keep' } },
        200,
      );
    await suspensionScenario(call, mod);
    // Appeals: the notifier's of the notice kept, the reply's author's of its removal; another moderator
    // decides both, then the author deletes the reply (its appeal's text is erased with it).
    const mod2 = await stack.token('moderator', { sub: 'mod-2', name: 'Max' });
    const explanation = { explanation: 'The decision is wrong, and here is why.' };
    const appeals = [
      await call(
        'POST',
        `/notices/${kept.notice.id}/appeals`,
        { body: explanation, headers: { 'x-notice-token': kept.noticeToken } },
        202,
      ),
      await call(
        'POST',
        `/comments/${reply.comment.id}/appeals`,
        { body: explanation, headers: { 'x-author-token': reply.authorToken } },
        202,
      ),
    ].map((r) => (r.json as { appeal: { id: string } }).appeal.id);
    await call('GET', '/moderation/queue?queue=appeals', { token: mod }, 200);
    for (const appealId of appeals)
      await call(
        'POST',
        `/moderation/appeals/${appealId}/decision`,
        { token: mod2, body: { action: 'uphold', note: 'Reviewed: the decision stands.' } },
        200,
      );
    await call(
      'DELETE',
      `/comments/${reply.comment.id}`,
      { headers: { 'x-author-token': reply.authorToken } },
      200,
    );
    await call(
      'DELETE',
      `/comments/${root.comment.id}`,
      { headers: { 'x-author-token': root.authorToken } },
      200,
    );

    // Moderators: a pre-moderated article, two held comments, a decision, a refused stale decision (its
    // audit event), a bulk decision, history, stats, a ban with a network ban, and the unban.
    await call('PUT', `/moderation/articles/${held}/settings`, { token: mod, body: { mode: 'pre' } }, 200);
    await call('GET', `/moderation/articles/${held}/settings`, { token: mod }, 200);
    for (const name of ['Held One', 'Held Two'])
      await call(
        'POST',
        `/articles/${held}/comments`,
        // Long enough to be tracked as a text (copied-text records: the consumer notes, the bulk reject marks).
        { body: { authorName: name, body: `Waiting for a moderator to read this comment, ${name}.` } },
        202,
      );
    await stack.drain();
    const queue = await call('GET', `/moderation/queue?queue=pending&articleId=${held}`, { token: mod }, 200);
    const [first, second] = queue.json.items as {
      comment: { id: string };
      version: number;
      author: { id: string };
    }[];
    expect(second, 'two held comments').toBeDefined();
    const decide = (expectedVersion: number) =>
      call('POST', `/moderation/comments/${first!.comment.id}/decision`, {
        token: mod,
        body: { action: 'approve', expectedVersion },
      });
    expect((await decide(first!.version)).status).toBe(200);
    expect((await decide(first!.version)).status).toBe(409);
    await call(
      'POST',
      '/moderation/decisions',
      { token: mod, body: { action: 'reject', reason: 'spam', items: [{ commentId: second!.comment.id }] } },
      200,
    );
    await call('GET', `/moderation/comments/${first!.comment.id}/history`, { token: mod }, 200);
    await call('GET', '/moderation/stats', { token: mod }, 200);
    const period = `from=2026-01-01&to=2026-12-31`;
    await call('GET', `/moderation/transparency?${period}`, { token: admin }, 200);
    await call('GET', `/moderation/transparency/statements?${period}`, { token: admin }, 200);
    const author = first!.author.id;
    await call(
      'POST',
      `/moderation/authors/${author}/ban`,
      { token: mod, body: { reason: 'Abuse', rejectPending: true } },
      200,
    );
    await call('DELETE', `/moderation/authors/${author}/ban`, { token: mod }, 200);
    await stack.drain();

    // A person's data: the reader's export and erasure by token, the moderators' look-up by e-mail,
    // export (an audit fact in the author's partition) and erasure of an author id.
    const own = (
      await call(
        'POST',
        `/articles/${articleId}/comments`,
        { body: { authorName: 'Eda', authorEmail: 'eda@example.org', body: 'Mine to take back.' } },
        202,
      )
    ).json as { comment: { id: string }; authorToken: string };
    await stack.drain();
    await call('GET', '/me/export', { headers: { 'x-author-token': own.authorToken } }, 200);
    await call('DELETE', '/me', { headers: { 'x-author-token': own.authorToken } }, 200);
    await call('POST', '/moderation/authors/lookup', { token: mod, body: { email: 'eda@example.org' } }, 200);
    await call('GET', `/moderation/authors/${author}/export`, { token: mod }, 200);
    await call('POST', `/moderation/authors/${author}/erase`, { token: mod, body: {} }, 200);

    // The sweeper, as the schedule runs it, with a comment rejected long ago to purge.
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    const purged = await seedRejected(stack, longAgo);
    // Appealed and decided back then: the purge erases the appeal's text too.
    const repo = new Repository({ client: stack.doc, tableName: stack.tableName });
    const seeded = (await repo.getComment(purged, true))!;
    const old: AppealRecord = {
      entity: 'appeal',
      id: newId(longAgo.getTime()),
      appellant: 'author',
      commentId: purged,
      articleId: seeded.articleId,
      explanation: 'Long ago, the author disagreed.',
      appealed: { statementId: 'S', reason: 'spam', decidedAt: seeded.updatedAt, by: null, automated: true },
      status: 'received',
      receivedAt: longAgo.toISOString(),
    };
    await repo.createAppeal(old, {
      entity: 'audit',
      eventId: newId(longAgo.getTime()),
      commentId: purged,
      at: longAgo.toISOString(),
      actor: { type: 'author', id: seeded.authorId },
      action: 'appeal_received',
      from: 'rejected',
      to: 'rejected',
      reason: 'spam',
      version: seeded.version,
      appealId: old.id,
      appellant: 'author',
    });
    const closed: AppealDecision = {
      outcome: 'uphold',
      note: 'Stands.',
      decidedAt: longAgo.toISOString(),
      by: { id: 'm' },
    };
    await repo.decideAppeal({
      appeal: old,
      decision: closed,
      audit: { ...(await repo.history(purged)).items.at(-1)!, eventId: newId(), action: 'appeal_decided' },
    });
    const sweep = await createHandlerLoader<(e: unknown, c: Context) => Promise<unknown>>()(triggers.sweeper);
    await attribute(triggers.sweeper, sweep)({}, {} as Context);

    // Every handler of the route table and every trigger ran.
    const handlers = [...new Set([...routes.map((r) => r.handler), ...Object.values(triggers)])];
    expect(
      handlers.filter((h) => !invoked.has(h)),
      'handlers the scenario did not run: add them',
    ).toEqual([]);

    // Every write is allowed to the level of the handler that made it.
    const attributed = writes.filter((w): w is Write & { handler: string } => w.handler !== undefined);
    expect(attributed.length).toBeGreaterThan(20);
    const denied = attributed.filter(
      (w) => !levelsOf(w.handler).some((level) => allows(level, w.action, w.pk)),
    );
    expect(
      denied.map((w) => `${w.handler} ${w.action} ${w.pk.replace(/#.*/, '#…')}`),
      'writes IAM would deny in production: list them in TABLE_WRITES, or stop making them',
    ).toEqual([]);

    // And every listed write was made (so the list does not grow stale), but for the failure paths a
    // sequential scenario cannot reach: giving back an idempotency claim after an error, and a rate
    // window counted by a race the read-first check lost.
    const UNREACHED = new Set([
      'author dynamodb:DeleteItem IDEMPOTENCY#*',
      'author dynamodb:DeleteItem RATE#*',
    ]);
    const made = (level: WritingLevel, action: string, partition: string) =>
      attributed.some(
        (w) =>
          levelsOf(w.handler).includes(level) &&
          `dynamodb:${w.action}` === action &&
          likePattern(partition).test(w.pk),
      );
    const unused = LEVELS.flatMap((level) =>
      TABLE_WRITES[level].flatMap((w) =>
        w.actions
          .map((a) => `${level} ${a} ${w.partition}`)
          .filter((key, i) => !made(level, w.actions[i]!, w.partition) && !UNREACHED.has(key)),
      ),
    );
    expect(unused, 'listed writes nothing made: remove them, or extend the scenario').toEqual([]);
  }, 120_000);
});
