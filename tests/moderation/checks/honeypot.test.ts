import { describe, expect, it } from 'vitest';
import { honeypot } from '../../../shared/moderation/checks/honeypot';
import { makeContext } from '../support';

describe('honeypot check', () => {
  it('rejects as spam a comment whose hidden website field was filled in', async () => {
    expect(
      await honeypot.run(makeContext('Nice article', { comment: { website: 'http://spam.example' } })),
    ).toMatchObject({
      outcome: 'reject',
      reason: 'spam',
      tags: ['bot'],
      evidence: [{ kind: 'honeypot', value: 'website' }],
    });
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['blank', '   '],
  ])('passes when the field is %s', async (_, website) => {
    const ctx = makeContext('Nice article', website === undefined ? {} : { comment: { website } });
    expect((await honeypot.run(ctx)).outcome).toBe('pass');
  });
});
