/**
 * Trusted flaggers against DynamoDB Local: the flagger item and its token's look-up written together,
 * the list from the keys-only queue index, revocation once; and the front of the queues: a trusted
 * notice and a comment a trusted flagger flagged are read first, in either direction, across pages of the
 * ordinary cursor (the last sort key), with the trusted count in the day's transparency counters.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../shared/domain/comment';
import type { NoticeRecord } from '../../shared/domain/notice';
import { summarizeTransparency } from '../../shared/domain/transparency';
import type { TrustedFlaggerRecord } from '../../shared/domain/trusted-flagger';
import { newId, sha256 } from '../../shared/ids';
import { flaggerTokenKey, noticeKey, trustedFlaggerKey } from '../../shared/storage/keys';
import type { Repository } from '../../shared/storage/repository';
import { openNotice, startRepositoryStack, storedComment } from '../support/repository-stack';
import type { TestStack } from '../support/stack';

let stack: TestStack;
let repo: Repository;
let n = 0;

beforeAll(async () => ({ stack, repo } = await startRepositoryStack()));
afterAll(() => stack?.stop());

const raw = async (key: { PK: string; SK: string }) =>
  (await stack.doc.send(new GetCommand({ TableName: stack.tableName, Key: key, ConsistentRead: true }))).Item;

function flagger(over: Partial<TrustedFlaggerRecord> = {}): TrustedFlaggerRecord {
  return {
    entity: 'trusted_flagger',
    id: newId(),
    name: `Hotline ${n++}`,
    contact: 'desk@hotline.example',
    tokenHash: sha256(`flagger-token-${n++}`),
    createdAt: new Date().toISOString(),
    createdBy: { id: 'admin-1' },
    ...over,
  };
}

const publishedComment = (articleId: string): Promise<CommentRecord> =>
  storedComment(repo, {
    articleId,
    authorId: `a_trusted${n++}`,
    authorName: 'Flagged',
    body: 'A comment a flagger reports.',
  });

const noticeOn = openNotice;

/** Every id of a queue, a page of `limit` at a time, following the cursor. */
async function allPages<T extends { id: string }>(
  page: (afterId: string | undefined) => Promise<{ items: T[]; lastId: string | null }>,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (let i = 0; i < 20; i++) {
    const p = await page(after);
    ids.push(...p.items.map((x) => x.id));
    if (p.lastId === null) return ids;
    after = p.lastId;
  }
  throw new Error('more pages than items');
}

describe('the trusted flagger store', () => {
  it('writes the flagger and its token’s look-up together, lists it, finds it by the hash, revokes it once', async () => {
    const f = flagger();
    await repo.createTrustedFlagger(f);
    expect(await raw(flaggerTokenKey(f.tokenHash))).toMatchObject({ flaggerId: f.id });
    expect(await repo.trustedFlaggerByTokenHash(f.tokenHash)).toEqual(f);
    expect(await repo.trustedFlaggerByTokenHash(sha256('nobody'))).toBeNull();
    expect((await repo.listTrustedFlaggers()).find((x) => x.id === f.id)).toEqual(f);

    const at = new Date().toISOString();
    const revoked = await repo.revokeTrustedFlagger(f.id, at);
    expect(revoked).toMatchObject({ revokedAt: at });
    expect(revoked).not.toHaveProperty('contact');
    expect(await repo.revokeTrustedFlagger(f.id, new Date(Date.now() + 1000).toISOString())).toEqual(revoked);
    expect(await repo.revokeTrustedFlagger(newId(), at)).toBeNull();
    expect(await raw(trustedFlaggerKey(newId()))).toBeUndefined();
  });
});

describe('the front of the queues', () => {
  it('reads trusted notices first, oldest first within each group, newest first too, across pages', async () => {
    const articleId = `trusted-notices-${Date.now().toString(36)}`;
    const c = await publishedComment(articleId);
    const ref = { id: newId(), name: 'Hotline' };
    const plain = [noticeOn(c), noticeOn(c), noticeOn(c)];
    const trusted = [noticeOn(c, { trustedFlagger: ref }), noticeOn(c, { trustedFlagger: ref })];
    for (const x of [...plain, ...trusted]) await repo.createNotice(x, `sender-${x.id}`);
    expect(await raw(noticeKey(trusted[0]!.id))).toMatchObject({ GSI3SK: `!${trusted[0]!.id}` });

    const ids = (xs: NoticeRecord[]) => xs.map((x) => x.id);
    for (const limit of [1, 2, 5, 20]) {
      const oldest = await allPages((afterId) =>
        repo.listOpenNotices({ articleId, limit, newestFirst: false, afterId }),
      );
      expect(oldest, `limit ${limit}`).toEqual([...ids(trusted), ...ids(plain)]);
      const newest = await allPages((afterId) =>
        repo.listOpenNotices({ articleId, limit, newestFirst: true, afterId }),
      );
      expect(newest, `limit ${limit}`).toEqual([...ids(trusted).reverse(), ...ids(plain).reverse()]);
    }

    const day = trusted[0]!.receivedAt.slice(0, 10);
    const report = summarizeTransparency(await repo.transparencyDays(day, day), day, day);
    expect(report.notices.fromTrustedFlaggers).toBeGreaterThanOrEqual(2);
  });

  it('reads comments a trusted flagger flagged first in the reported queue, and moves a reported one there', async () => {
    const articleId = `trusted-reported-${Date.now().toString(36)}`;
    const [a, b, c] = [
      await publishedComment(articleId),
      await publishedComment(articleId),
      await publishedComment(articleId),
    ];
    const trustedFlagger = { id: newId(), name: 'Hotline' };
    const flag = (id: string, reporter: string, trusted = false) =>
      repo.addFlag(
        id,
        { reporter, reason: 'hate', at: new Date(), ...(trusted ? { trustedFlagger } : {}) },
        1,
      );
    await flag(a.id, 'net:1');
    await flag(b.id, 'net:1');
    // Above the threshold of 1 or not, a trusted flag reports at once and in front.
    await flag(c.id, `flagger:${trustedFlagger.id}`, true);
    const page = (afterId: string | undefined, limit = 1) =>
      repo.listQueue('reported', { articleId, limit, newestFirst: false, afterId });
    expect(await allPages((after) => page(after))).toEqual([c.id, a.id, b.id]);

    // b, already reported, moves to the front, where it is the older of the two trusted ones.
    await flag(b.id, `flagger:${trustedFlagger.id}`, true);
    expect(await allPages((after) => page(after, 2))).toEqual([b.id, c.id, a.id]);
    const first = await page(undefined, 5);
    expect(first.items.find((x) => x.id === b.id)).toMatchObject({ trustedFlagger, reported: true });
  });
});
