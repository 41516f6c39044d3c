/** Article settings, the site policy and the statistics against in-memory storage. */
import { describe, expect, it } from 'vitest';
import { submitAuthorAppeal } from '../../../shared/app/appeals';
import { decide } from '../../../shared/app/moderation';
import {
  getArticleSettings,
  getPolicy,
  moderationStats,
  putArticleSettings,
  putPolicy,
} from '../../../shared/app/moderation-settings';
import { BusyError, ValidationError, VersionConflictError } from '../../../shared/errors';
import { policyPutInput } from '../../../shared/domain/moderation-schemas';
import { memoryDeps } from '../../support/memory/deps';
import { decideNotice } from '../../../shared/app/notices';
import { decideSuspension } from '../../../shared/app/suspensions';
import { ADMIN, DEFAMATION_NOTICE, MODERATOR, notify, post, published } from '../../support/memory/fixtures';

describe('article settings', () => {
  it('inherits the site mode until set, and closes an article', async () => {
    const { deps } = memoryDeps();
    expect(await getArticleSettings(deps, 'art')).toEqual({
      articleId: 'art',
      mode: null,
      closed: false,
      totalApproved: 0,
    });
    expect(await putArticleSettings(deps, 'art', { closed: true })).toMatchObject({
      mode: null,
      closed: true,
    });
    expect(await putArticleSettings(deps, 'art', { mode: 'pre' })).toMatchObject({
      mode: 'pre',
      closed: true,
    });
  });
});

describe('the site policy', () => {
  it('merges an update over the current policy and stores it as the next version, with who changed it', async () => {
    const { deps } = memoryDeps();
    const stored = await putPolicy(deps, ADMIN, { flagThreshold: 5, expectedVersion: 0 });
    expect(stored).toMatchObject({ policy: { flagThreshold: 5, version: 1 }, updatedBy: { id: ADMIN.id } });
    expect((await getPolicy(deps)).policy.flagThreshold).toBe(5);
    await expect(putPolicy(deps, ADMIN, { flagThreshold: 6, expectedVersion: 0 })).rejects.toThrow(
      VersionConflictError,
    );
  });

  it('takes a policy sent back as it was read: its `version` is the version expected', async () => {
    const { deps } = memoryDeps();
    const read = (await getPolicy(deps)).policy;
    const input = policyPutInput.parse({ ...read, flagThreshold: 7 });
    const stored = await putPolicy(deps, ADMIN, input);
    expect(stored.policy).toMatchObject({ flagThreshold: 7, version: read.version + 1 });
    // Sent back again from the same (now stale) read: someone changed it meanwhile.
    await expect(putPolicy(deps, ADMIN, policyPutInput.parse({ ...read, flagThreshold: 8 }))).rejects.toThrow(
      VersionConflictError,
    );
    expect(policyPutInput.safeParse({ flagThreshold: 8, version: 1, expectedVersion: 2 }).success).toBe(
      false,
    );
    expect(policyPutInput.safeParse({ version: 1 }).success).toBe(false);
  });

  it('merges an update that names no version over another admin’s save landing meanwhile, not a 409', async () => {
    const { deps, policies } = memoryDeps();
    const write = policies.write.bind(policies);
    let interrupt = true;
    // Another admin's save lands between this request's read and its write, once.
    policies.write = async (policy, by, now) => {
      if (interrupt) {
        interrupt = false;
        await putPolicy(deps, ADMIN, { editWindowMinutes: 12 });
      }
      return write(policy, by, now);
    };
    const stored = await putPolicy(deps, ADMIN, { flagThreshold: 4 });
    expect(stored.policy).toMatchObject({ flagThreshold: 4, editWindowMinutes: 12, version: 2 });
    expect((await getPolicy(deps)).policy).toMatchObject({ flagThreshold: 4, editWindowMinutes: 12 });
  });

  it('answers 503 busy, saving nothing, when an update that names no version keeps colliding', async () => {
    const { deps, policies } = memoryDeps();
    const before = await getPolicy(deps);
    policies.write = () =>
      Promise.reject(new VersionConflictError('The policy changed since you loaded it.'));
    await expect(putPolicy(deps, ADMIN, { flagThreshold: 4 })).rejects.toThrow(BusyError);
    expect(await getPolicy(deps)).toEqual(before);
  });

  it('refuses a policy that fails validation as a whole', async () => {
    const { deps } = memoryDeps();
    await expect(putPolicy(deps, ADMIN, { minBodyLength: 900, maxBodyLength: 100 })).rejects.toThrow(
      ValidationError,
    );
  });
});

describe('moderationStats', () => {
  it('reports queue sizes, the oldest pending age and the last day of human decisions', async () => {
    const { deps, clock } = memoryDeps();
    const old = await post(deps, 'art');
    await decide(deps, MODERATOR, old.comment.id, { action: 'approve' }); // more than a day ago: not counted
    clock.advance(25 * 3600_000);
    const a = await post(deps, 'art');
    const b = await post(deps, 'art');
    await post(deps, 'art');
    clock.advance(30_000);
    await decide(deps, MODERATOR, a.comment.id, { action: 'approve' });
    clock.advance(60_000);
    await decide(deps, MODERATOR, b.comment.id, { action: 'reject' });
    await decide(deps, MODERATOR, b.comment.id, { action: 'approve' }); // an overturn: no wait measured
    const stats = await moderationStats(deps);
    expect(stats.queues).toEqual({
      received: 1,
      pending: 0,
      approved: 3,
      rejected: 0,
      reported: 0,
      notices: 0,
      appeals: 0,
      suspensions: 0,
    });
    expect(stats.oldestPendingAgeSeconds).toBeNull();
    expect(stats.last24h).toEqual({
      decisions: 3,
      approved: 2,
      rejected: 1,
      timeToDecision: { samples: 2, p50Seconds: 32, p95Seconds: 91 },
    });
  });
});

describe('moderationStats: the due-process queues', () => {
  it('counts the open notices and appeals, and no longer a decided one', async () => {
    const { deps } = memoryDeps();
    const { comment } = await published(deps, 'art');
    const first = await notify(deps, comment.id);
    await notify(deps, comment.id, DEFAMATION_NOTICE, '198.51.100.9');
    const rejected = await post(deps, 'art');
    await decide(deps, MODERATOR, rejected.comment.id, { action: 'reject', reason: 'abuse' });
    await submitAuthorAppeal(deps, {
      id: rejected.comment.id,
      token: rejected.authorToken,
      input: { explanation: 'I quoted the article; I insulted nobody.' },
    });
    expect((await moderationStats(deps)).queues).toMatchObject({ notices: 2, appeals: 1 });

    await decideNotice(deps, MODERATOR, first.notice.id, { action: 'keep', ground: 'Lawful opinion.' });
    expect((await moderationStats(deps)).queues).toMatchObject({ notices: 1, appeals: 1 });
  });

  it('counts the open suspension proposals, and no longer a decided one', async () => {
    const m = memoryDeps();
    // One removal on a notice proposes its author: one proposal per author removed.
    m.policies.set({ repeatAbuse: { illegalRemovals: 1 } });
    const proposed = async (authorName: string) => {
      const { comment } = await published(m.deps, 'art', { authorName });
      const { notice } = await notify(m.deps, comment.id);
      await decideNotice(m.deps, MODERATOR, notice.id, { action: 'remove', ground: 'Defamation.' });
    };
    await proposed('First Author');
    await proposed('Second Author');
    expect((await moderationStats(m.deps)).queues).toMatchObject({ notices: 0, suspensions: 2 });

    const [open] = await m.repo.listOpenSuspensions({ limit: 1, newestFirst: false }).then((p) => p.items);
    await decideSuspension(m.deps, MODERATOR, open!.id, { action: 'warn' });
    expect((await moderationStats(m.deps)).queues).toMatchObject({ suspensions: 1 });
  });
});
