/**
 * The repository's reads against DynamoDB Local, where the table's index projections decide what a read
 * gets back: queue pages read their comments from the table, the author index carries texts and times
 * only, and small partitions are read with one range Query; copied-text records gather their sets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig } from '../../functions/lib/config';
import { buildDeps } from '../../functions/lib/deps';
import { banAuthor } from '../../shared/app/moderation';
import type { CommentRecord } from '../../shared/domain/comment';
import { MAX_TEXT_AUTHORS, textExpiry } from '../../shared/domain/copied-text';
import { CommentNotFoundError, VersionConflictError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { commentKey } from '../../shared/storage/keys';
import type { Repository } from '../../shared/storage/repository';
import { startRepositoryStack } from '../support/repository-stack';
import type { TestStack } from '../support/stack';

let stack: TestStack;
let repo: Repository;
let n = 0;

beforeAll(async () => ({ stack, repo } = await startRepositoryStack()));
afterAll(() => stack?.stop());

function comment(overrides: Partial<CommentRecord> = {}): CommentRecord {
  const id = newId();
  const at = new Date().toISOString();
  return {
    entity: 'comment',
    id,
    articleId: `repo-${n++}`,
    parentId: null,
    rootId: id,
    authorId: `a_repo${n}`,
    authorName: 'Repo',
    authorTokenHash: 'hash',
    networkHash: 'net',
    body: `Comment ${n}.`,
    status: 'received',
    version: 1,
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
    ...overrides,
  };
}

describe('moderation queue pages', () => {
  it('read their comments from the table, in index order, and leave out one decided since', async () => {
    const articleId = `queue-${n++}`;
    const stored = [];
    for (let i = 0; i < 3; i++) {
      const c = comment({ articleId, body: `Queued ${i}.` });
      await repo.createComment(c);
      stored.push(c);
    }
    // The index entries say `received`; the second comment's item has moved on (as when a decision lands
    // between the index read and the table read).
    await stack.doc.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: commentKey(stored[1]!.id),
        UpdateExpression: 'SET #s = :approved',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':approved': 'approved' },
      }),
    );
    const page = await repo.listQueue('received', { articleId, limit: 10, newestFirst: false });
    expect(page.items.map((c) => c.id)).toEqual([stored[0]!.id, stored[2]!.id]);
    // Full comments, not index entries: what the moderator's view needs is there.
    expect(page.items[0]).toMatchObject({ body: 'Queued 0.', authorId: stored[0]!.authorId, version: 1 });
    expect(page.lastId).toBeNull();

    const first = await repo.listQueue('received', { articleId, limit: 1, newestFirst: false });
    expect(first.items.map((c) => c.id)).toEqual([stored[0]!.id]);
    expect(first.lastId).toBe(stored[0]!.id);
    const next = await repo.listQueue('received', {
      articleId,
      limit: 1,
      newestFirst: false,
      afterId: first.lastId!,
    });
    // The next index entry is the comment that moved on: the page is empty but says more follow.
    expect(next.items).toEqual([]);
    expect(next.lastId).toBe(stored[1]!.id);
  });
});

describe("an author's history", () => {
  const authorId = `a_history${Date.now().toString(36)}`;
  const ids: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 5; i++) {
      const c = comment({ authorId, body: `History ${i}.` });
      await repo.createComment(c);
      ids.push(c.id);
    }
  });

  it('pages newest first through whole comments', async () => {
    const seen: string[] = [];
    let afterId: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = await repo.commentsByAuthor(authorId, { limit: 2, afterId });
      seen.push(...page.items.map((c) => c.id));
      for (const c of page.items) expect(c).toMatchObject({ authorId, status: 'received', version: 1 });
      if (page.lastId === null) break;
      afterId = page.lastId;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('gives the repeat and flood checks texts and times only, from the index', async () => {
    const recent = await repo.recentTextsByAuthor(authorId, 3);
    expect(recent.map((r) => r.body)).toEqual(['History 4.', 'History 3.', 'History 2.']);
    for (const r of recent) expect(Object.keys(r).sort()).toEqual(['body', 'createdAt', 'id']);
  });
});

describe('small partitions', () => {
  it('sums the request windows of the last minutes with one range Query', async () => {
    const now = new Date('2031-07-08T09:10:30.000Z');
    const minute = 60_000;
    const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * minute);
    // Three requests now, two 9 minutes ago (inside a 10-minute look-back), one 10 minutes ago (outside).
    for (const t of [0, 0, 0, 9, 9, 10])
      expect(await repo.hitRateLimit('network', 'net-range', 100, at(t))).toBeNull();
    expect(await repo.recentRequests('network', 'net-range', 10, now)).toBe(5);
    expect(await repo.recentRequests('network', 'net-range', 1, now)).toBe(3);
    expect(await repo.recentRequests('network', 'net-none', 10, now)).toBe(0);
  });

  it('reads what a post needs in one batch: defaults for an untouched article and a new author', async () => {
    const parent = comment({ status: 'approved' });
    await repo.createComment(parent);
    const now = new Date();
    const ask = (articleId: string, authorId: string, parentId: string | null, idempotencyKey?: string) =>
      repo.getPostContext({
        articleId,
        authorId,
        networkHash: `net-ctx-${n}`,
        parentId,
        now,
        idempotencyKey,
      });
    const ctx = await ask(`untouched-${n++}`, `a_new${n}`, parent.id, 'no-such-key');
    expect(ctx.article).toMatchObject({ closed: false, mode: null, totalApproved: 0 });
    expect(ctx.author).toMatchObject({ banned: false, approved: 0, rejected: 0 });
    expect(ctx.parent).toMatchObject({ id: parent.id, status: 'approved', body: parent.body });
    expect(ctx).toMatchObject({
      networkBanned: false,
      requests: { author: 0, network: 0 },
      idempotency: null,
    });
    expect((await ask('untouched', 'a_new', null)).parent).toBeNull();
  });

  it('reads what an edit is refused on in one batch: a closed article, a banned author, a running network ban', async () => {
    const now = new Date();
    const articleId = `standing-${n++}`;
    const ask = (authorId: string, networkHash: string, at = now) =>
      repo.getStanding({ articleId, authorId, networkHash, now: at });
    expect(await ask(`a_clean${n}`, `net-clean-${n}`)).toMatchObject({
      article: { closed: false },
      author: { banned: false },
      networkBanned: false,
    });
    await repo.putArticleSettings(articleId, { closed: true });
    const by = { type: 'moderator' as const, id: 'mod-1' };
    await repo.setBan(`a_banned${n}`, { banned: true, reason: 'Abuse', by, at: now });
    const until = Math.floor(now.getTime() / 1000) + 3600;
    await repo.setNetworkBan(`net-banned-${n}`, until);
    expect(await ask(`a_banned${n}`, `net-banned-${n}`)).toMatchObject({
      article: { closed: true },
      author: { banned: true },
      networkBanned: true,
    });
    // A network ban ends by itself, before TTL removes its item.
    expect((await ask(`a_banned${n}`, `net-banned-${n}`, new Date((until + 1) * 1000))).networkBanned).toBe(
      false,
    );
  });
});

describe('copied-text records', () => {
  it('gathers authors and articles once each, keeps a rejection, and stops adding authors when full', async () => {
    const fp = `fp-${n++}`;
    const now = new Date('2031-07-08T09:10:30.000Z');
    expect(await repo.textRecord(fp)).toBeNull();
    const posts: Array<[string, string]> = [
      ['t1', 'a1'],
      ['t2', 'a1'],
      ['t1', 'a2'],
      ['t2', 'a1'],
    ];
    for (const [authorTag, articleId] of posts) await repo.noteText(fp, { authorTag, articleId, now });
    const noted = await repo.textRecord(fp);
    expect([...noted!.authors].sort()).toEqual(['t1', 't2']);
    expect([...noted!.articles].sort()).toEqual(['a1', 'a2']);
    expect(noted!.rejected).toBeUndefined();

    await repo.markText(fp, { reason: 'spam', at: now.toISOString() }, now);
    await repo.noteText(fp, { authorTag: 't3', articleId: 'a3', now });
    const { Item } = await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: { PK: `TEXT#${fp}`, SK: 'TEXT' } }),
    );
    // A post after the rejection still counts, without cutting the rejection's 90 days short.
    expect(Item).toMatchObject({ rejected: { reason: 'spam' }, expiresAt: textExpiry(now, true) });
    expect(Item!.authors.size).toBe(3);
    await repo.markText(fp, null, now);
    expect((await repo.textRecord(fp))!.rejected).toBeUndefined();

    const full = `fp-${n++}`;
    for (let i = 0; i < MAX_TEXT_AUTHORS + 3; i++)
      await repo.noteText(full, { authorTag: `t${i}`, articleId: 'a1', now });
    expect((await repo.textRecord(full))!.authors).toHaveLength(MAX_TEXT_AUTHORS);
  });
});

describe('a ban that rejects what the author has queued', () => {
  it('works through more comments than one request rejects: a repeat goes on where the first stopped', async () => {
    const deps = buildDeps(loadConfig());
    const authorId = `a_banned${Date.now().toString(36)}`;
    const total = 103;
    for (let i = 0; i < total; i++) await repo.createComment(comment({ authorId, body: `Spam ${i}.` }));
    const moderator = { id: 'ban-mod', groups: ['moderators'] };
    const input = { reason: 'spam run', rejectPending: true, networkHours: 0 };

    const first = await banAuthor(deps, moderator, authorId, input);
    expect(first).toMatchObject({ rejected: 100, remaining: true });
    // The newest 100 are rejected now; the second request reads past them to the last three.
    const second = await banAuthor(deps, moderator, authorId, input);
    expect(second).toMatchObject({ rejected: 3, remaining: false });
    const third = await banAuthor(deps, moderator, authorId, input);
    expect(third).toMatchObject({ rejected: 0, remaining: false });

    let afterId: string | undefined;
    const statuses: string[] = [];
    do {
      const page = await repo.commentsByAuthor(authorId, { limit: 50, afterId });
      statuses.push(...page.items.map((c) => c.status));
      afterId = page.lastId ?? undefined;
    } while (afterId);
    expect(statuses).toHaveLength(total);
    expect(new Set(statuses)).toEqual(new Set(['rejected']));
  });
});

describe('readers’ flags racing a move (an outside audit of races)', () => {
  const flag = (reporter: string) => ({
    reporter,
    reason: 'abuse' as const,
    at: new Date(),
    note: 'A reader note',
  });

  it('a move made on a read from before a flag is made again with it: a rejection clears the report', async () => {
    const c = comment({ status: 'approved' });
    await repo.createComment(c);
    // Two reports, then a moderator reads the comment; the third report lands before the decision.
    await repo.addFlag(c.id, flag('net:r1'), 3);
    await repo.addFlag(c.id, flag('net:r2'), 3);
    const read = (await repo.getComment(c.id, true))!;
    expect(await repo.addFlag(c.id, flag('net:r3'), 3)).toMatchObject({ reported: true });
    const move = {
      to: 'rejected' as const,
      now: new Date(),
      actor: { type: 'moderator' as const, id: 'm' },
      action: 'reject' as const,
      reason: 'abuse',
      publicReason: 'abuse' as const,
    };
    // The stale read no longer writes (it would leave `reported` behind on a rejected comment)…
    await expect(repo.transition({ ...move, comment: read })).rejects.toThrow(VersionConflictError);
    // …and the read taken again does, clearing the report.
    const next = await repo.transition({ ...move, comment: (await repo.getComment(c.id, true))! });
    expect(next).toMatchObject({ status: 'rejected' });
    expect((await repo.getComment(c.id, true))!.reported).not.toBe(true);
  });

  it('a flag on a comment rejected or deleted since the reader loaded it is a 404, and writes nothing', async () => {
    const c = comment({ status: 'rejected' });
    await repo.createComment(c);
    await expect(repo.addFlag(c.id, flag('net:r4'), 3)).rejects.toThrow(CommentNotFoundError);
    const item = await stack.doc.send(
      new GetCommand({ TableName: stack.tableName, Key: commentKey(c.id), ConsistentRead: true }),
    );
    expect(item.Item?.['openFlags']).toBeUndefined();
  });
});
