/** Reader flags against in-memory storage: one per reporter, the reported queue at the threshold. */
import { describe, expect, it } from 'vitest';
import { flagComment } from '../../../shared/app/flags';
import { AlreadyFlaggedError, CommentNotFoundError } from '../../../shared/errors';
import { memoryDeps } from '../../support/memory/deps';
import { post, published } from '../../support/memory/fixtures';

describe('flagComment', () => {
  it('takes one flag per reporter and reports the comment at the threshold', async () => {
    const { deps, repo, policies } = memoryDeps();
    policies.set({ flagThreshold: 2 });
    const { comment } = await published(deps, 'art');
    const flag = (sourceIp: string, readerId?: string) =>
      flagComment(deps, {
        commentId: comment.id,
        input: { reason: 'abuse', note: 'rude' },
        sourceIp,
        readerId,
      });

    expect(await flag('192.0.2.1')).toEqual({ commentId: comment.id, reason: 'abuse', status: 'received' });
    await expect(flag('192.0.2.99')).rejects.toThrow(AlreadyFlaggedError); // same /24 network
    expect((await repo.listQueue('reported', { limit: 10, newestFirst: false })).items).toEqual([]);
    await flag('192.0.2.1', 'reader-7'); // a signed-in reader is their own reporter
    const reported = await repo.listQueue('reported', { limit: 10, newestFirst: false });
    expect(reported.items.map((c) => c.id)).toEqual([comment.id]);
    expect(reported.items[0]).toMatchObject({ openFlags: 2, flagReasons: { abuse: 2 } });
    expect((await repo.queueSizes()).reported).toBe(1);
  });

  it('flags published comments only', async () => {
    const { deps } = memoryDeps();
    const { comment } = await post(deps, 'art');
    await expect(
      flagComment(deps, { commentId: comment.id, input: { reason: 'spam' }, sourceIp: '192.0.2.1' }),
    ).rejects.toThrow(CommentNotFoundError);
  });
});
