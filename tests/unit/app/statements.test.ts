/**
 * Every use case that rejects hands the site policy's clause to the statement of reasons, and the author
 * view, the queue and the history show the statement stored at the time.
 */
import { describe, expect, it } from 'vitest';
import { banAuthor } from '../../../shared/app/bans';
import { moderateComment } from '../../../shared/app/moderate';
import { commentHistory, decide, listQueue } from '../../../shared/app/moderation';
import { getComment } from '../../../shared/app/read-comments';
import type { AuthorComment } from '../../../shared/domain/comment';
import type { CheckResult, ModerationCheck } from '../../../shared/moderation/types';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

const check = (name: string, result: CheckResult): ModerationCheck => ({ name, run: () => result });
const spamCheck = check('spam', { outcome: 'reject', reason: 'spam', evidence: [] });
const QUEUE = { queue: 'rejected', limit: 20, sort: 'oldest' } as const;

describe('statements of reasons through the use cases', () => {
  it("the automatic checks cite the policy's clause as it reads at the decision, and keep it", async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ statementGrounds: { spam: 'Section 2.1: no commercial messages.' } });
    const first = await post(deps, 'art');
    await moderateComment(deps, repo.comments.get(first.comment.id)!, [spamCheck]);
    policies.set({ statementGrounds: { spam: 'Section 3: no advertising of any kind.' } });
    const second = await post(deps, 'art');
    await moderateComment(deps, repo.comments.get(second.comment.id)!, [spamCheck]);

    const own = (await getComment(deps, first.comment.id, first.authorToken)) as AuthorComment;
    expect(own.statement).toMatchObject({
      automated: { detection: true, decision: true },
      ground: { reason: 'spam', clause: 'Section 2.1: no commercial messages.' },
    });
    const later = (await getComment(deps, second.comment.id, second.authorToken)) as AuthorComment;
    expect(later.statement?.ground.clause).toBe('Section 3: no advertising of any kind.');
  });

  it("a moderator's rejection cites the clause, and the queue and history show the statement", async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ statementGrounds: { off_topic: 'Stay on the subject of the article, please.' } });
    const { comment, authorToken } = await published(deps, 'art');
    await decide(deps, MODERATOR, comment.id, { action: 'reject', reason: 'off_topic', note: 'meh' });

    const own = (await getComment(deps, comment.id, authorToken)) as AuthorComment;
    expect(own.statement).toMatchObject({
      restriction: 'removed',
      automated: { detection: false, decision: false },
      ground: { reason: 'off_topic', clause: 'Stay on the subject of the article, please.' },
    });
    const queue = await listQueue(deps, QUEUE);
    expect(queue.items[0]?.statement).toEqual(own.statement);
    expect((await commentHistory(deps, comment.id)).statement).toEqual(own.statement);
    expect(repo.comments.get(comment.id)!.statement).toEqual(own.statement);

    await decide(deps, MODERATOR, comment.id, { action: 'approve' });
    expect(((await getComment(deps, comment.id, authorToken)) as AuthorComment).statement).toBeUndefined();
    expect((await commentHistory(deps, comment.id)).statement).toBeNull();
  });

  it("a ban's rejections cite the clause of the reason chosen for them and say the author was banned", async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({
      statementGrounds: {
        abuse: 'No abuse of other readers.',
        spam: 'No advertising.',
        other: 'House rules.',
      },
    });
    /** Bans a new author of one comment; answers the public ground of that comment's rejection. */
    const banned = async (ban: { reason: string; rejectReason?: 'abuse' }) => {
      const { comment, authorToken } = await post(deps, 'art', { authorName: ban.reason });
      await banAuthor(deps, MODERATOR, repo.comments.get(comment.id)!.authorId, {
        ...ban,
        rejectPending: true,
        networkHours: 0,
      });
      const own = (await getComment(deps, comment.id, authorToken)) as AuthorComment;
      expect(own.statement).toMatchObject({ restriction: 'not_published' });
      expect(own.statement?.facts).toMatch(/^The author was banned from commenting/);
      expect(JSON.stringify(own.statement)).not.toContain(ban.reason);
      return own.statement?.ground;
    };
    expect(await banned({ reason: 'Repeated abuse', rejectReason: 'abuse' })).toEqual({
      kind: 'terms',
      reason: 'abuse',
      clause: 'No abuse of other readers.',
    });
    // Without one: the ban's reason when it is a reason code, else `other` (never a guess such as abuse).
    expect(await banned({ reason: 'Spam ' })).toMatchObject({ reason: 'spam', clause: 'No advertising.' });
    expect(await banned({ reason: 'Repeated off-topic trolling' })).toMatchObject({
      reason: 'other',
      clause: 'House rules.',
    });
  });
});
