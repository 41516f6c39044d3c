/**
 * Retention against DynamoDB Local through the local stack: the site policy's `retention.rejectedDays`
 * (validated on PUT /moderation/policy), and the sweeper's purge of rejected comments past it, run with an
 * injected clock — the item is deleted, its audit trail ends with a non-personal `purge` event, its notes
 * are erased, the `rejected` count and the queue agree, and nothing but rejected comments is touched.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SweepRunReport } from '../../shared/app/sweep';
import { VersionConflictError } from '../../shared/errors';
import { startTestStack, type TestStack } from '../support/stack';

const DAY = 86_400_000;
let stack: TestStack;
let admin: string;
let mod: string;
let n = 0;

beforeAll(async () => {
  stack = await startTestStack();
  [admin, mod] = await Promise.all([
    stack.token('admin', { sub: 'admin-1' }),
    stack.token('moderator', { sub: 'mod-1', name: 'Maria' }),
  ]);
});
afterAll(async () => {
  await stack?.stop();
});

/** One run of the sweeper's handler, as the schedule runs it, on a clock moved `days` ahead. */
async function sweepAfter(days: number): Promise<SweepRunReport> {
  const { makeHandler } = await import('../../functions/sweep-received');
  const deps = stack.deps; // the stack's handlers' own
  const later = () => new Date(Date.now() + days * DAY);
  return makeHandler(() => ({ ...deps, now: later }))({}, {} as Context);
}

async function post(articleId: string, body: string, parentId?: string): Promise<string> {
  const res = await stack.request('POST', `/articles/${articleId}/comments`, {
    body: { authorName: `Retention ${n++}`, body, ...(parentId ? { parentId } : {}) },
  });
  expect(res.status, res.text).toBe(202);
  return res.json.comment.id as string;
}

async function decide(id: string, action: 'approve' | 'reject', note?: string) {
  const res = await stack.request('POST', `/moderation/comments/${id}/decision`, {
    token: mod,
    body: { action, ...(action === 'reject' ? { reason: 'abuse' } : {}), ...(note ? { note } : {}) },
  });
  expect(res.status, res.text).toBe(200);
}

const putPolicy = (body: unknown) => stack.request('PUT', '/moderation/policy', { token: admin, body });

const item = async (PK: string, SK: string) =>
  (
    await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: { PK, SK }, ConsistentRead: true }),
    )
  ).Item;

/** Every item of a comment's partition but the comment: its audit events and flags. */
const besides = async (id: string) =>
  (
    await stack.doc.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: 'PK = :pk AND SK > :comment',
        ExpressionAttributeValues: { ':pk': `COMMENT#${id}`, ':comment': 'COMMENT' },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

/** The rejected queue as moderators see it: its ids, and the size the stats report. */
async function rejectedQueue() {
  const queue = await stack.request('GET', '/moderation/queue?queue=rejected&limit=100', { token: mod });
  const stats = await stack.request('GET', '/moderation/stats', { token: mod });
  expect(queue.status).toBe(200);
  expect(stats.status).toBe(200);
  return {
    ids: (queue.json.items as { comment: { id: string } }[]).map((i) => i.comment.id),
    size: stats.json.queues.rejected as number,
  };
}

describe('PUT /moderation/policy retention', () => {
  it('defaults to 365 days and takes 183 to 3650 days, or null (kept forever)', async () => {
    const got = await stack.request('GET', '/moderation/policy', { token: admin });
    expect(got.json.policy.retention).toEqual({ rejectedDays: 365 });
    for (const rejectedDays of [183, 3650, null, 365]) {
      const res = await putPolicy({ retention: { rejectedDays } });
      expect(res.status, res.text).toBe(200);
      expect(res.json.policy.retention).toEqual({ rejectedDays });
    }
  });

  it('refuses a period shorter than the six-month appeal window, or longer than ten years, with 400', async () => {
    for (const rejectedDays of [182, 0, 3651, 365.5, '365']) {
      const res = await putPolicy({ retention: { rejectedDays } });
      expect(res.status, String(rejectedDays)).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
      expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain('retention.rejectedDays');
    }
    expect((await putPolicy({ retention: { keepDays: 400 } })).status).toBe(400);
    const kept = await stack.request('GET', '/moderation/policy', { token: admin });
    expect(kept.json.policy.retention).toEqual({ rejectedDays: 365 });
  });
});

describe('the sweeper’s retention purge', () => {
  it('deletes rejected comments past the period with their notes, audits it, and leaves everything else', async () => {
    const article = `retention-${n++}`;
    const held = `retention-held-${n++}`;
    await stack.setArticle(held, { mode: 'pre' });
    const rejected = await post(article, 'Rejected and past the period.');
    const root = await post(article, 'A thread that is rejected later.');
    const pending = await post(held, 'Held for review as long as the rejected ones.');
    const approved = await post(article, 'Published, and stays published.');
    await stack.drain();
    const reply = await post(article, 'A reply that stays when its root goes.', root);
    await stack.drain();
    const flag = await stack.request('POST', `/comments/${rejected}/flags`, {
      body: { reason: 'abuse', note: 'Quotes the comment' },
    });
    expect(flag.status).toBe(202);
    await decide(rejected, 'reject', 'Names the author: a note that must go');
    await decide(root, 'reject');
    const before = await rejectedQueue();
    expect(before.ids).toEqual(expect.arrayContaining([rejected, root]));
    const authorId = (await item(`COMMENT#${rejected}`, 'COMMENT'))!.authorId as string;
    const author = await item(`AUTHOR#${authorId}`, 'AUTHOR');

    // A year is not yet past the period (365 days): nothing goes.
    expect((await sweepAfter(300)).retention).toEqual({ purged: 0, stale: 0, underAppeal: 0, failed: 0 });
    const report = await sweepAfter(400);

    expect(report.retention).toEqual({ purged: 2, stale: 0, underAppeal: 0, failed: 0 });
    expect(await item(`COMMENT#${rejected}`, 'COMMENT')).toBeUndefined();
    expect(await item(`COMMENT#${root}`, 'COMMENT')).toBeUndefined();
    expect((await item(`COMMENT#${pending}`, 'COMMENT'))?.status).toBe('pending');
    expect((await item(`COMMENT#${approved}`, 'COMMENT'))?.status).toBe('approved');
    expect((await item(`COMMENT#${reply}`, 'COMMENT'))?.status).toBe('approved');
    expect(await item(`AUTHOR#${authorId}`, 'AUTHOR')).toEqual(author);

    const trail = await besides(rejected);
    const events = trail.filter((i) => String(i.SK).startsWith('EVENT#'));
    expect(events.at(-1)).toMatchObject({
      action: 'purge',
      actor: { type: 'system', id: 'retention' },
      from: 'rejected',
      to: 'deleted',
      reason: 'retention',
    });
    expect(events.map((e) => e.action)).toEqual(['auto_decision', 'reject', 'purge']);
    expect(trail.filter((i) => i.note !== undefined)).toEqual([]);
    expect(trail.filter((i) => String(i.SK).startsWith('FLAG#'))).toHaveLength(1);

    const after = await rejectedQueue();
    expect(after.ids).not.toContain(rejected);
    expect(after.ids).not.toContain(root);
    expect(after.size).toBe(after.ids.length);
    expect(after.size).toBe(before.size - 2);

    // The purged root's reply can still be decided: its thread root is gone, not its moderation.
    await decide(reply, 'reject');
    expect((await item(`COMMENT#${reply}`, 'COMMENT'))?.status).toBe('rejected');
  });

  it('does not purge a comment that moved since it was read: the delete is conditional', async () => {
    const id = await post(`retention-${n++}`, 'Rejected, then approved on appeal.');
    await stack.drain();
    await decide(id, 'reject');
    const { deps } = stack;
    const asRead = (await deps.repo.getComment(id, true))!;
    await decide(id, 'approve');

    await expect(deps.repo.purge({ comment: asRead, now: new Date(Date.now() + 400 * DAY) })).rejects.toThrow(
      VersionConflictError,
    );
    expect((await item(`COMMENT#${id}`, 'COMMENT'))?.status).toBe('approved');
    expect((await besides(id)).filter((e) => e.action === 'purge')).toEqual([]);
  });

  it('purges nothing while the policy keeps rejected comments forever', async () => {
    const id = await post(`retention-${n++}`, 'Rejected, kept forever.');
    await stack.drain();
    await decide(id, 'reject');
    expect((await putPolicy({ retention: { rejectedDays: null } })).status).toBe(200);
    try {
      expect((await sweepAfter(3000)).retention).toEqual({ purged: 0, stale: 0, underAppeal: 0, failed: 0 });
      expect((await item(`COMMENT#${id}`, 'COMMENT'))?.status).toBe('rejected');
    } finally {
      await putPolicy({ retention: { rejectedDays: 365 } });
    }
  });
});
