/** Automatic moderation of one received comment against in-memory storage, with stand-in checks. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../shared/app/moderation';
import { editComment } from '../../../shared/app/author-actions';
import { AUTO_MODERATOR, moderateComment } from '../../../shared/app/moderate';
import { humanDecision } from '../../../shared/moderation/checks/human-decision';
import type { CheckResult, ModerationCheck } from '../../../shared/moderation/types';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post } from '../../support/memory/fixtures';

const check = (name: string, result: CheckResult): ModerationCheck => ({ name, run: () => result });
const passes = check('passes', { outcome: 'pass' });
const rejects = check('rejects', { outcome: 'reject', reason: 'spam', evidence: [] });

describe('moderateComment', () => {
  it('publishes a comment every check passes, with its decision, counters and audit event', async () => {
    const { deps, repo } = memoryDeps();
    const { comment } = await post(deps, 'art');
    const outcome = await moderateComment(deps, repo.comments.get(comment.id)!, [passes]);
    expect(outcome).toMatchObject({ result: 'decided', comment: { status: 'approved', version: 2 } });
    expect(repo.comments.get(comment.id)!.decision).toMatchObject({ outcome: 'approved', decidedBy: null });
    expect((await repo.getArticle('art')).totalApproved).toBe(1);
    expect(repo.events.at(-1)).toMatchObject({
      actor: AUTO_MODERATOR,
      action: 'auto_decision',
      to: 'approved',
    });
  });

  it('rejects with the reason a reader is shown', async () => {
    const { deps, repo } = memoryDeps();
    const { comment } = await post(deps, 'art');
    await moderateComment(deps, repo.comments.get(comment.id)!, [passes, rejects]);
    expect(repo.comments.get(comment.id)).toMatchObject({ status: 'rejected', publicReason: 'spam' });
    expect((await repo.getAuthor(repo.comments.get(comment.id)!.authorId)).rejected).toBe(1);
  });

  it('leaves a comment that has moved on, and moderates the current text of one edited while queued', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await post(deps, 'art');
    const queued = repo.comments.get(comment.id)!;
    await editComment(deps, {
      commentId: comment.id,
      token: authorToken,
      sourceIp: '192.0.2.1',
      body: 'Edited.',
    });
    const outcome = await moderateComment(deps, queued, [passes]);
    expect(outcome).toMatchObject({
      result: 'decided',
      comment: { body: 'Edited.', status: 'approved', version: 3 },
    });
    expect(await moderateComment(deps, queued, [passes])).toEqual({ result: 'stale' });
  });

  it('keeps up with a burst of edits landing while it moderates (no wait for the sweeper)', async () => {
    // An outside audit of races: 4–11 concurrent edits left the comment `received` for 3–4 minutes.
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await post(deps, 'art');
    const queued = repo.comments.get(comment.id)!;
    let edits = 5;
    const write = repo.transition.bind(repo);
    // Each attempt to decide finds a newer edit than the one it read, five times over.
    repo.transition = async (input) => {
      if (input.actor.type === 'system' && edits > 0) {
        edits--;
        await editComment(deps, {
          commentId: comment.id,
          token: authorToken,
          sourceIp: '192.0.2.1',
          body: `v${edits}`,
        });
      }
      return write(input);
    };
    const outcome = await moderateComment(deps, queued, [passes]);
    expect(outcome).toMatchObject({ result: 'decided', comment: { body: 'v0', status: 'approved' } });
  });

  it('holds for a human what a moderator rejected and the author then edited', async () => {
    const { deps, repo } = memoryDeps();
    const { comment, authorToken } = await post(deps, 'art');
    await decide(deps, MODERATOR, comment.id, { action: 'reject', reason: 'abuse' });
    await editComment(deps, {
      commentId: comment.id,
      token: authorToken,
      sourceIp: '192.0.2.1',
      body: 'Nicer now.',
    });
    await moderateComment(deps, repo.comments.get(comment.id)!, [passes, humanDecision]);
    expect(repo.comments.get(comment.id)).toMatchObject({
      status: 'pending',
      decision: { reason: 'human_review' },
    });
  });
});
