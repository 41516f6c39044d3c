/** The sweeper against in-memory storage: stuck received comments are moderated, recent ones left. */
import { describe, expect, it, vi } from 'vitest';
import { sweepReceived } from '../../../shared/app/sweep';
import type { ModerationCheck } from '../../../shared/moderation/types';
import { memoryDeps } from '../../support/memory/deps';
import { post } from '../../support/memory/fixtures';

const hold: ModerationCheck = {
  name: 'hold',
  run: () => ({ outcome: 'hold', reason: 'review', evidence: [] }),
};

describe('sweepReceived', () => {
  it('moderates comments stuck in received, leaves recent ones, and reports the oldest pending age', async () => {
    const { deps, repo, clock } = memoryDeps();
    const old = await post(deps, 'art');
    clock.advance(5 * 60_000);
    const recent = await post(deps, 'art');
    const report = await sweepReceived(deps, [hold], { olderThanMs: 3 * 60_000, limit: 10 });
    // The pending age is read as the run starts, before it holds anything.
    expect(report).toEqual({ stuck: 1, decided: 1, stale: 0, failed: 0, oldestPendingAgeSeconds: null });
    expect(repo.comments.get(old.comment.id)!.status).toBe('pending');
    expect(repo.comments.get(recent.comment.id)!.status).toBe('received');
    const next = await sweepReceived(deps, [hold], { olderThanMs: 3 * 60_000, limit: 10 });
    expect(next).toEqual({ stuck: 0, decided: 0, stale: 0, failed: 0, oldestPendingAgeSeconds: 300 });
  });

  it('counts a comment it could not moderate as failed and goes on', async () => {
    const { deps, repo, clock } = memoryDeps();
    await post(deps, 'art');
    await post(deps, 'art');
    clock.advance(10 * 60_000);
    vi.spyOn(repo, 'transition').mockRejectedValueOnce(new Error('throttled'));
    const report = await sweepReceived(deps, [hold], { olderThanMs: 60_000, limit: 10 });
    expect(report).toMatchObject({ stuck: 2, decided: 1, failed: 1 });
  });
});
