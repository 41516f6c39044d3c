/** The moderators' queue, decisions and history against in-memory storage. */
import { describe, expect, it } from 'vitest';
import { deleteComment, editComment } from '../../../shared/app/author-actions';
import { flagComment } from '../../../shared/app/flags';
import { commentHistory, decide, decideBulk, listQueue } from '../../../shared/app/moderation';
import type { QueueQuery } from '../../../shared/domain/moderation-schemas';
import { InvalidTransitionError, VersionConflictError } from '../../../shared/errors';
import { memoryDeps, type MemoryDeps } from '../../support/memory/deps';
import { MODERATOR, SYSTEM_ACTOR, post, published } from '../../support/memory/fixtures';

const queue = (over: Partial<QueueQuery> = {}): QueueQuery => ({
  queue: 'received',
  sort: 'oldest',
  limit: 20,
  ...over,
});

describe('listQueue', () => {
  it('pages a queue with each comment, its author history and the text it replies to', async () => {
    const { deps } = memoryDeps();
    const parent = await published(deps, 'art', { body: 'The parent.' });
    const a = await post(deps, 'art', { parentId: parent.comment.id });
    const b = await post(deps, 'other');
    const first = await listQueue(deps, queue({ limit: 1 }));
    expect(first.items).toHaveLength(1);
    expect(first.items[0]).toMatchObject({
      status: 'received',
      comment: { id: a.comment.id, version: 1 },
      parent: { id: parent.comment.id, excerpt: 'The parent.' },
      author: { approved: 0, rejected: 0, banned: false },
      flags: { open: 0, reported: false },
    });
    const second = await listQueue(deps, queue({ limit: 1, cursor: first.nextCursor! }));
    expect(second.items.map((i) => i.comment.id)).toEqual([b.comment.id]);
    expect(second.nextCursor).toBeNull();
    const ofArticle = await listQueue(deps, queue({ articleId: 'other' }));
    expect(ofArticle.items.map((i) => i.comment.id)).toEqual([b.comment.id]);
  });
});

describe('decide', () => {
  it('approves and rejects, moving counters, statistics and the audit trail together', async () => {
    const { deps, repo } = memoryDeps();
    const { comment } = await post(deps, 'art');
    const approved = await decide(deps, MODERATOR, comment.id, { action: 'approve', note: 'fine' });
    expect(approved.comment).toMatchObject({ status: 'approved', version: 2, publicReason: null });
    expect((await repo.getArticle('art')).totalApproved).toBe(1);
    const rejected = await decide(deps, MODERATOR, comment.id, {
      action: 'reject',
      reason: 'spam',
      expectedVersion: 2,
    });
    expect(rejected.comment).toMatchObject({ status: 'rejected', publicReason: 'spam' });
    expect((await repo.getArticle('art')).totalApproved).toBe(0);
    expect(await repo.queueSizes()).toMatchObject({ approved: 0, rejected: 1 });
    expect(repo.events.map((e) => `${e.action}:${e.from}>${e.to}`)).toEqual([
      'approve:received>approved',
      'reject:approved>rejected',
    ]);
    expect(repo.comments.get(comment.id)!.humanDecision).toMatchObject({
      action: 'reject',
      by: { id: MODERATOR.id },
    });
  });

  it('refuses a stale version with a 409 and records the refused attempt', async () => {
    const { deps, repo } = memoryDeps();
    const { comment } = await post(deps, 'art');
    await decide(deps, MODERATOR, comment.id, { action: 'approve' });
    await expect(
      decide(deps, MODERATOR, comment.id, { action: 'reject', expectedVersion: 1 }),
    ).rejects.toThrow(VersionConflictError);
    expect(repo.events.at(-1)).toMatchObject({
      action: 'reject_refused',
      reason: 'version_conflict',
      version: 2,
    });
  });

  it('lists a refusal after the decision that caused it, even when the refused request began first', async () => {
    const { deps, clock } = memoryDeps();
    const { comment } = await post(deps, 'art');
    // Two moderators at once: the approval began first (its clock read earlier) but the rejection landed.
    const began = deps.now();
    clock.advance(40);
    await decide(deps, MODERATOR, comment.id, { action: 'reject', reason: 'spam' });
    await expect(
      decide({ ...deps, now: () => began }, MODERATOR, comment.id, { action: 'approve', expectedVersion: 1 }),
    ).rejects.toThrow(VersionConflictError);
    const { events } = await commentHistory(deps, comment.id);
    expect(events.map((e) => `${e.action}:${e.from}>${e.to}`)).toEqual([
      'reject:received>rejected',
      'approve_refused:rejected>rejected',
    ]);
    expect(Date.parse(events[1]!.at)).toBeGreaterThan(Date.parse(events[0]!.at));
  });

  /** Deps whose store lets the automatic checks move the comment to `to` just before the moderator's write. */
  function pipelineFirst(to: 'approved' | 'pending' | 'rejected') {
    const m = memoryDeps();
    const transition = m.repo.transition.bind(m.repo);
    let once = true;
    m.repo.transition = async (input) => {
      if (input.actor.type === 'moderator' && once) {
        once = false;
        await checksDecide(m, input.comment.id, to, transition);
      }
      return transition(input);
    };
    return m;
  }

  /** The automatic checks moving the stored comment to `to`, as the stream consumer does. */
  const checksDecide = (
    m: MemoryDeps,
    commentId: string,
    to: 'approved' | 'pending' | 'rejected',
    transition = m.repo.transition.bind(m.repo),
  ) =>
    transition({
      comment: m.repo.comments.get(commentId)!,
      to,
      now: m.deps.now(),
      actor: SYSTEM_ACTOR,
      action: 'auto_decision',
      reason: null,
    });

  /** A moderator approving version 1 of a comment the checks held: approved at version 3, no conflict. */
  async function approvesReadVersion(m: MemoryDeps, commentId: string) {
    const { comment: decided } = await decide(m.deps, MODERATOR, commentId, {
      action: 'approve',
      expectedVersion: 1,
    });
    expect(decided).toMatchObject({ status: 'approved', version: 3 });
    expect(m.repo.events.map((e) => `${e.action}:${e.from}>${e.to}`)).toEqual([
      'auto_decision:received>pending',
      'approve:pending>approved',
    ]);
  }

  it('decides again, not a 409, when the automatic checks decided the same text between its read and its write', async () => {
    const m = pipelineFirst('pending');
    const { comment } = await post(m.deps, 'art');
    await approvesReadVersion(m, comment.id);
    // The checks approved it already: the moderator's approval is answered with the comment as it is.
    const same = pipelineFirst('approved');
    const second = await post(same.deps, 'art');
    expect(
      (await decide(same.deps, MODERATOR, second.comment.id, { action: 'approve' })).comment.status,
    ).toBe('approved');
    // Rejected by the checks, approved by the moderator: the human decision binds.
    const over = pipelineFirst('rejected');
    const third = await post(over.deps, 'art');
    expect((await decide(over.deps, MODERATOR, third.comment.id, { action: 'approve' })).comment.status).toBe(
      'approved',
    );
  });

  it('decides, not a 409, when the version the moderator read was `received` and the checks have decided it since', async () => {
    const m = memoryDeps();
    const { comment } = await post(m.deps, 'art');
    await checksDecide(m, comment.id, 'pending');
    await approvesReadVersion(m, comment.id);
    // Read at version 1 by a second moderator: the first one's decision since is a conflict.
    await expect(
      decide(m.deps, MODERATOR, comment.id, { action: 'reject', expectedVersion: 1 }),
    ).rejects.toThrow(VersionConflictError);
    await expect(
      decide(m.deps, MODERATOR, comment.id, { action: 'reject', expectedVersion: 2 }),
    ).rejects.toThrow(VersionConflictError);
  });

  it('still answers 409 for a version read in `received` when a moderator decided it since', async () => {
    const { deps, repo } = memoryDeps();
    const { comment } = await post(deps, 'art');
    await decide(deps, MODERATOR, comment.id, { action: 'reject', reason: 'spam' });
    await expect(
      decide(deps, MODERATOR, comment.id, { action: 'approve', expectedVersion: 1 }),
    ).rejects.toThrow(VersionConflictError);
    expect(repo.comments.get(comment.id)!.status).toBe('rejected');
  });

  it('still answers 409 when what came first was an author’s edit', async () => {
    const m = memoryDeps();
    const { comment, authorToken } = await post(m.deps, 'art');
    const transition = m.repo.transition.bind(m.repo);
    let once = true;
    m.repo.transition = async (input) => {
      if (input.actor.type === 'moderator' && once) {
        once = false;
        await editComment(m.deps, {
          commentId: comment.id,
          token: authorToken,
          body: 'A different text now.',
          sourceIp: '192.0.2.1',
        });
      }
      return transition(input);
    };
    await expect(decide(m.deps, MODERATOR, comment.id, { action: 'approve' })).rejects.toThrow(
      VersionConflictError,
    );
    expect(m.repo.events.at(-1)).toMatchObject({ action: 'approve_refused', reason: 'version_conflict' });
  });

  it('changes nothing when the comment is already where the decision would put it, unless readers reported it', async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ flagThreshold: 1 });
    const { comment } = await published(deps, 'art');
    repo.writes.length = 0;
    await decide(deps, MODERATOR, comment.id, { action: 'approve' });
    expect(repo.writes).toEqual([]);
    await flagComment(deps, { commentId: comment.id, input: { reason: 'spam' }, sourceIp: '192.0.2.1' });
    const dismissed = await decide(deps, MODERATOR, comment.id, { action: 'approve' });
    expect(dismissed.comment.status).toBe('approved');
    expect(repo.events.at(-1)).toMatchObject({ action: 'dismiss_flags', from: 'approved', to: 'approved' });
    expect(repo.comments.get(comment.id)).toMatchObject({ reported: false, openFlags: 0 });
    expect((await repo.queueSizes()).reported).toBe(0);
  });

  it('refuses to decide on a deleted comment', async () => {
    const { deps } = memoryDeps();
    const { comment, authorToken } = await post(deps, 'art');
    await deleteComment(deps, { commentId: comment.id, token: authorToken, sourceIp: '192.0.2.1' });
    await expect(decide(deps, MODERATOR, comment.id, { action: 'approve' })).rejects.toThrow(
      InvalidTransitionError,
    );
  });

  it('writes no note on a deleted comment, even from a stale queue card', async () => {
    const m = memoryDeps();
    const { comment, authorToken } = await post(m.deps, 'art');
    const seen = (await m.deps.repo.getComment(comment.id, true))!.version;
    await deleteComment(m.deps, { commentId: comment.id, token: authorToken, sourceIp: '192.0.2.1' });
    const note = 'Quoting the erased text: "…"';
    await expect(
      decide(m.deps, MODERATOR, comment.id, { action: 'reject', expectedVersion: seen, note }),
    ).rejects.toThrow(InvalidTransitionError);
    expect(JSON.stringify(m.repo.events)).not.toContain('Quoting the erased text');
  });
});

describe('decideBulk', () => {
  it('decides each item on its own and reports each outcome, a refusal by its code', async () => {
    const { deps } = memoryDeps();
    const a = await post(deps, 'art');
    const b = await post(deps, 'art');
    const out = await decideBulk(deps, MODERATOR, {
      action: 'reject',
      reason: 'spam',
      items: [
        { commentId: a.comment.id },
        { commentId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        { commentId: b.comment.id, expectedVersion: 7 },
      ],
    });
    expect(out.map((o) => (o.ok ? o.comment.status : o.code))).toEqual([
      'rejected',
      'comment_not_found',
      'version_conflict',
    ]);
    expect(out.map((o) => o.commentId)).toEqual([a.comment.id, '01ARZ3NDEKTSV4RRFFQ69G5FAV', b.comment.id]);
    expect(out[2]).toMatchObject({ ok: false, message: expect.stringContaining('version 1, not 7') });
  });
});

describe('commentHistory', () => {
  it('pages the audit trail oldest first', async () => {
    const { deps, clock } = memoryDeps();
    const { comment } = await post(deps, 'art');
    await decide(deps, MODERATOR, comment.id, { action: 'approve' });
    clock.advance(1000);
    await decide(deps, MODERATOR, comment.id, { action: 'reject' });
    const first = await commentHistory(deps, comment.id, { limit: 1 });
    expect(first).toMatchObject({ status: 'rejected', version: 3, events: [{ action: 'approve' }] });
    const rest = await commentHistory(deps, comment.id, { limit: 1, cursor: first.nextCursor! });
    expect(rest.events).toMatchObject([{ action: 'reject', reason: 'other' }]);
  });
});
