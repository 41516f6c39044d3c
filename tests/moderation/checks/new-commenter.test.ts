import { describe, expect, it } from 'vitest';
import { newCommenter } from '../../../shared/moderation/checks/new-commenter';
import { makeContext } from '../support';

describe('new-commenter check', () => {
  it('is off by default', async () => {
    expect((await newCommenter.run(makeContext('First post', { author: { approved: 0 } }))).outcome).toBe(
      'pass',
    );
  });

  it('holds an author with fewer approved comments than required', async () => {
    const ctx = makeContext('Second post', { policy: { newCommenterApprovals: 3 }, author: { approved: 2 } });
    expect(await newCommenter.run(ctx)).toMatchObject({
      outcome: 'hold',
      reason: 'new_commenter',
      score: 2,
      evidence: [{ kind: 'author', detail: '2 of 3 approved' }],
    });
  });

  it('passes once enough comments were approved', async () => {
    const ctx = makeContext('Fourth post', { policy: { newCommenterApprovals: 3 }, author: { approved: 3 } });
    expect((await newCommenter.run(ctx)).outcome).toBe('pass');
  });
});
