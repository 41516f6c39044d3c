import { describe, expect, it } from 'vitest';
import { bannedAuthor } from '../../../shared/moderation/checks/banned-author';
import { makeContext } from '../support';

describe('banned-author check', () => {
  it('rejects a comment whose author was banned after posting, tagged author_banned', async () => {
    expect(await bannedAuthor.run(makeContext('Anything', { author: { banned: true } }))).toMatchObject({
      outcome: 'reject',
      reason: 'other',
      tags: ['author_banned'],
      evidence: [{ kind: 'author', value: 'banned' }],
    });
  });

  it('passes an author in good standing', async () => {
    expect((await bannedAuthor.run(makeContext('Anything'))).outcome).toBe('pass');
  });
});
