/**
 * Retention against in-memory storage (shared/app/retention.ts, and the sweeper's run in sweep.ts): only
 * rejected comments whose rejection is past the policy's period are purged, each with its counter, audit
 * event and notes; a comment that moved since it was read is left; a run reads a bounded page.
 */
import { decodeTime } from 'ulid';
import { describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../../shared/app/deps';
import { AUTO_MODERATOR } from '../../../shared/app/moderate';
import { commentHistory, decide } from '../../../shared/app/moderation';
import { flagComment } from '../../../shared/app/flags';
import { purgeRejected } from '../../../shared/app/retention';
import { sweep } from '../../../shared/app/sweep';
import { newId } from '../../../shared/ids';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, post, published } from '../../support/memory/fixtures';

const DAY = 86_400_000;

/**
 * In-memory dependencies whose clock starts after the newest comment id made so far: ids come from one
 * monotonic ULID source (shared by the unit files of a worker), which never goes back in time, and
 * retention reads only ids posted before its cut-off.
 */
function freshDeps() {
  const m = memoryDeps();
  const newest = decodeTime(newId());
  m.clock.advance(Math.max(0, newest - m.clock.now().getTime()) + DAY);
  return m;
}

const reject = (deps: Deps, id: string, note?: string) =>
  decide(deps, MODERATOR, id, { action: 'reject', reason: 'abuse', ...(note ? { note } : {}) });

/** Moves a received comment to `pending`, as the automatic checks hold one. */
async function hold(deps: Deps, id: string) {
  const comment = (await deps.repo.getComment(id))!;
  await deps.repo.transition({
    comment,
    to: 'pending',
    now: deps.now(),
    actor: AUTO_MODERATOR,
    action: 'auto_decision',
    reason: 'review',
  });
}

/** A comment posted and rejected now. */
const rejectedNow = async (deps: Deps) => {
  const { comment } = await post(deps, 'art');
  await reject(deps, comment.id);
  return comment.id;
};

describe('purgeRejected', () => {
  it('purges only rejected comments whose rejection is older than the retention period', async () => {
    const { deps, repo, clock } = freshDeps();
    const old = await rejectedNow(deps);
    const pending = (await post(deps, 'art')).comment.id;
    await hold(deps, pending);
    const approved = (await published(deps, 'art')).comment.id;
    const received = (await post(deps, 'art')).comment.id;
    const rejectedLater = (await post(deps, 'art')).comment.id;
    clock.advance(200 * DAY);
    // Posted as long ago as the others, but rejected 200 days later: its period runs from the rejection.
    await reject(deps, rejectedLater);
    clock.advance(200 * DAY);

    const report = await purgeRejected(deps);

    expect(report).toEqual({ purged: 1, stale: 0, underAppeal: 0, failed: 0 });
    expect(repo.comments.has(old)).toBe(false);
    expect(repo.comments.get(rejectedLater)?.status).toBe('rejected');
    expect(repo.comments.get(pending)?.status).toBe('pending');
    expect(repo.comments.get(approved)?.status).toBe('approved');
    expect(repo.comments.get(received)?.status).toBe('received');
    expect(repo.queueCounters.rejected).toBe(1);
    expect(repo.queueCounters.pending).toBe(1);
  });

  it('writes the purge as a transition: counter, audit event, author history kept, notes erased', async () => {
    const { deps, repo, clock } = freshDeps();
    const { comment } = await published(deps, 'art');
    await flagComment(deps, {
      commentId: comment.id,
      input: { reason: 'abuse', note: 'Lena insults everyone' },
      sourceIp: '198.51.100.7',
    });
    await reject(deps, comment.id, 'Lena again');
    const authorId = repo.comments.get(comment.id)!.authorId;
    const before = await repo.getAuthor(authorId);
    clock.advance(366 * DAY);

    expect(await purgeRejected(deps)).toEqual({ purged: 1, stale: 0, underAppeal: 0, failed: 0 });

    expect(repo.comments.has(comment.id)).toBe(false);
    expect(await repo.queueSizes()).toMatchObject({ rejected: 0, approved: 0 });
    expect(await repo.getAuthor(authorId)).toEqual(before);
    expect(before.rejected).toBe(1);
    const events = repo.events.filter((e) => e.commentId === comment.id);
    expect(events.at(-1)).toMatchObject({
      action: 'purge',
      actor: { type: 'system', id: 'retention' },
      from: 'rejected',
      to: 'deleted',
      reason: 'retention',
      at: deps.now().toISOString(),
    });
    expect(events.filter((e) => e.note !== undefined)).toEqual([]);
    expect([...repo.flags.values()].filter((f) => f.commentId === comment.id)).toEqual([
      expect.not.objectContaining({ note: expect.anything() }),
    ]);
    // Moderators still read its trail, ending with the purge; a comment that never was is still a 404.
    const history = await commentHistory(deps, comment.id);
    expect(history).toMatchObject({
      commentId: comment.id,
      status: 'purged',
      version: null,
      statement: null,
    });
    expect(history.events.at(-1)).toMatchObject({ action: 'purge', reason: 'retention' });
    await expect(commentHistory(deps, newId())).rejects.toMatchObject({ code: 'comment_not_found' });
  });

  it('leaves a comment that moved after it was read (approved on appeal) as it is', async () => {
    const { deps, repo, clock } = freshDeps();
    const id = await rejectedNow(deps);
    clock.advance(400 * DAY);
    const asRead = await repo.listQueue('rejected', { limit: 10, newestFirst: false });
    await decide(deps, MODERATOR, id, { action: 'approve' });
    vi.spyOn(repo, 'listQueue').mockResolvedValueOnce(asRead);

    expect(await purgeRejected(deps)).toEqual({ purged: 0, stale: 1, underAppeal: 0, failed: 0 });
    expect(repo.comments.get(id)?.status).toBe('approved');
    expect(repo.events.filter((e) => e.action === 'purge')).toEqual([]);
    expect(repo.queueCounters).toMatchObject({ approved: 1, rejected: 0 });
  });

  it('reads at most `limit` rejected comments a run, oldest first; the next run takes the rest', async () => {
    const { deps, repo, clock } = freshDeps();
    const ids = [await rejectedNow(deps), await rejectedNow(deps), await rejectedNow(deps)];
    clock.advance(400 * DAY);

    expect(await purgeRejected(deps, { limit: 2 })).toEqual({
      purged: 2,
      stale: 0,
      underAppeal: 0,
      failed: 0,
    });
    expect(ids.map((id) => repo.comments.has(id))).toEqual([false, false, true]);
    expect(await purgeRejected(deps, { limit: 2 })).toEqual({
      purged: 1,
      stale: 0,
      underAppeal: 0,
      failed: 0,
    });
    expect(await purgeRejected(deps, { limit: 2 })).toEqual({
      purged: 0,
      stale: 0,
      underAppeal: 0,
      failed: 0,
    });
  });

  it('purges nothing, and reads no queue, when the policy keeps rejected comments forever', async () => {
    const { deps, repo, policies, clock } = freshDeps();
    policies.set({ retention: { rejectedDays: null } });
    const id = await rejectedNow(deps);
    clock.advance(3000 * DAY);
    const listQueue = vi.spyOn(repo, 'listQueue');

    expect(await purgeRejected(deps)).toEqual({ purged: 0, stale: 0, underAppeal: 0, failed: 0 });
    expect(listQueue).not.toHaveBeenCalled();
    expect(repo.comments.get(id)?.status).toBe('rejected');
  });

  it('follows the policy’s period: 183 days purges what the default 365 keeps', async () => {
    const { deps, repo, policies, clock } = freshDeps();
    const id = await rejectedNow(deps);
    clock.advance(200 * DAY);
    expect((await purgeRejected(deps)).purged).toBe(0);
    policies.set({ retention: { rejectedDays: 183 } });
    expect((await purgeRejected(deps)).purged).toBe(1);
    expect(repo.comments.has(id)).toBe(false);
  });

  it('counts a comment it could not purge as failed and goes on', async () => {
    const { deps, repo, clock } = freshDeps();
    await rejectedNow(deps);
    await rejectedNow(deps);
    clock.advance(400 * DAY);
    vi.spyOn(repo, 'purge').mockRejectedValueOnce(new Error('throttled'));

    expect(await purgeRejected(deps)).toEqual({ purged: 1, stale: 0, underAppeal: 0, failed: 1 });
  });

  it('keeps the replies of a purged rejected root working: a moderator can still decide them', async () => {
    const { deps, repo, clock } = freshDeps();
    const root = await published(deps, 'art');
    const reply = await published(deps, 'art', { parentId: root.comment.id });
    await reject(deps, root.comment.id);
    clock.advance(400 * DAY);

    expect((await purgeRejected(deps)).purged).toBe(1);
    await reject(deps, reply.comment.id);
    expect(repo.comments.get(reply.comment.id)?.status).toBe('rejected');
  });
});

describe('sweep', () => {
  it('reports the retention run beside the received sweep', async () => {
    const { deps, clock } = freshDeps();
    await rejectedNow(deps);
    clock.advance(400 * DAY);
    const report = await sweep(deps, []);
    expect(report).toEqual({
      stuck: 0,
      decided: 0,
      stale: 0,
      failed: 0,
      oldestPendingAgeSeconds: null,
      retention: { purged: 1, stale: 0, underAppeal: 0, failed: 0 },
    });
  });

  it('still reports the received sweep when the retention run cannot read its queue', async () => {
    const { deps, repo } = freshDeps();
    const listQueue = repo.listQueue.bind(repo);
    vi.spyOn(repo, 'listQueue').mockImplementation((queue, opts) =>
      queue === 'rejected' ? Promise.reject(new Error('throttled')) : listQueue(queue, opts),
    );
    const report = await sweep(deps, []);
    expect(report.retention).toEqual({ purged: 0, stale: 0, underAppeal: 0, failed: 1 });
  });
});
