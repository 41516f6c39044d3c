/** Bans against in-memory storage: posting refused, queued comments rejected in batches, the network too. */
import { describe, expect, it } from 'vitest';
import { banAuthor, unbanAuthor } from '../../../shared/app/bans';
import { AuthorBannedError, AuthorNotFoundError } from '../../../shared/errors';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

const IP = '192.0.2.44';
const BAN = { reason: 'Abuse', rejectPending: true, networkHours: 24 };

describe('banAuthor', () => {
  it('rejects what the author has queued or published, and bans their network for the time given', async () => {
    const { deps, repo } = memoryDeps();
    const shown = await published(deps, 'art', { authorName: 'Troll' });
    await post(deps, 'art', { authorName: 'Troll' }, { sourceIp: '192.0.2.1' });
    const authorId = repo.comments.get(shown.comment.id)!.authorId;
    const out = await banAuthor(deps, MODERATOR, authorId, BAN);
    expect(out).toMatchObject({
      rejected: 2,
      remaining: false,
      // The counts as the rejections this call made left them, not as they were at the ban.
      author: { banned: true, banReason: 'Abuse', approved: 0, rejected: 2 },
    });
    expect(out.author.networkBannedUntil).toBe(new Date(deps.now().getTime() + 24 * 3600_000).toISOString());
    expect((await repo.getArticle('art')).totalApproved).toBe(0);
    // Each rejection is the moderator's decision, as the console's card shows it (a web audit, stop 46).
    expect(repo.comments.get(shown.comment.id)!.humanDecision).toMatchObject({
      action: 'reject',
      by: { id: MODERATOR.id },
      note: 'Author banned: Abuse',
    });
    await expect(post(deps, 'art', { authorName: 'Troll' })).rejects.toThrow(AuthorBannedError);
    await expect(post(deps, 'art', { authorName: 'New name' })).rejects.toThrow(AuthorBannedError);

    await unbanAuthor(deps, MODERATOR, authorId);
    await expect(post(deps, 'art', { authorName: 'New name' })).resolves.toBeDefined();
    expect(repo.networkBans.size).toBe(0);
  });

  it('an unban racing a ban leaves no network ban the record does not show', async () => {
    // An outside audit: the unban read the record before the ban wrote its network ban, lifted the author's
    // ban, and left the network refused with nothing in the record to show it or lift it (9 of 20 runs).
    const { deps, repo } = memoryDeps();
    const shown = await published(deps, 'art', { authorName: 'Troll' });
    const authorId = repo.comments.get(shown.comment.id)!.authorId;
    const read = repo.getAuthor.bind(repo);
    let raced = false;
    repo.getAuthor = async (id, consistent) => {
      const before = await read(id, consistent);
      if (!raced) {
        raced = true;
        await banAuthor(deps, MODERATOR, authorId, { ...BAN, rejectPending: false });
      }
      return before;
    };
    const out = await unbanAuthor(deps, MODERATOR, authorId);
    expect(out.author).toMatchObject({ banned: false, networkBannedUntil: null });
    expect(repo.networkBans.size).toBe(0);
    await expect(post(deps, 'art', { authorName: 'New name' })).resolves.toBeDefined();
  });

  it('rejects at most a batch per request and says when more remain', async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ rateLimits: { authorPerMinute: 1000, networkPerMinute: 10000 } });
    for (let i = 0; i < 101; i++)
      await post(deps, 'art', { authorName: 'Flood', body: `Flood ${i}` }, { sourceIp: IP });
    const authorId = [...repo.comments.values()][0]!.authorId;
    expect(await banAuthor(deps, MODERATOR, authorId, BAN)).toMatchObject({
      rejected: 100,
      remaining: true,
      author: { rejected: 100 },
    });
    expect(await banAuthor(deps, MODERATOR, authorId, BAN)).toMatchObject({
      rejected: 1,
      remaining: false,
      author: { rejected: 101 },
    });
    expect((await repo.getAuthor(authorId)).rejected).toBe(101);
  });

  it('refuses an id that names nobody, writing nothing; an author known only by a past ban stays reachable', async () => {
    const { deps, repo } = memoryDeps();
    const nobody = `a_${'x'.repeat(20)}`;
    await expect(banAuthor(deps, MODERATOR, nobody, BAN)).rejects.toThrow(AuthorNotFoundError);
    await expect(unbanAuthor(deps, MODERATOR, nobody)).rejects.toThrow(AuthorNotFoundError);
    expect(repo.authors.size).toBe(0);

    const shown = await published(deps, 'art', { authorName: 'Gone' });
    const authorId = repo.comments.get(shown.comment.id)!.authorId;
    await banAuthor(deps, MODERATOR, authorId, BAN);
    repo.comments.clear();
    await expect(unbanAuthor(deps, MODERATOR, authorId)).resolves.toMatchObject({
      author: { banned: false },
    });
  });
});
