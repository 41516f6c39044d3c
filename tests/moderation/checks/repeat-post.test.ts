import { describe, expect, it } from 'vitest';
import { repeatPost } from '../../../shared/moderation/checks/repeat-post';
import { sameFoldedText } from '../../../shared/moderation/text/normalize';
import { makeContext, minutesAgo } from '../support';

const body = 'Sanctions on Iranian oil have failed; the tankers just changed flags.';

describe('repeat-post check', () => {
  it('holds the same text from the same author within the window, naming the earlier comment', async () => {
    const ctx = makeContext(body, {
      recent: {
        authorComments: [
          {
            id: 'c-0',
            body: 'SANCTIONS on Iranian oil have failed... the tankers just changed flags!',
            createdAt: minutesAgo(2),
          },
        ],
      },
    });
    expect(await repeatPost.run(ctx)).toEqual({
      outcome: 'hold',
      reason: 'repeat_post',
      evidence: [{ kind: 'comment', value: 'c-0', detail: 'same text posted 120 s earlier' }],
    });
  });

  it('passes when the earlier copy is older than the window (6 minutes by default)', async () => {
    const ctx = makeContext(body, {
      recent: { authorComments: [{ id: 'c-0', body, createdAt: minutesAgo(7) }] },
    });
    expect((await repeatPost.run(ctx)).outcome).toBe('pass');
  });

  it('uses the policy window', async () => {
    const ctx = makeContext(body, {
      policy: { repeatWindowMinutes: 30 },
      recent: { authorComments: [{ id: 'c-0', body, createdAt: minutesAgo(20) }] },
    });
    expect((await repeatPost.run(ctx)).outcome).toBe('hold');
  });

  it('ignores the comment itself in the recent list (an edit being re-moderated)', async () => {
    const ctx = makeContext(body, {
      recent: { authorComments: [{ id: 'c-1', body, createdAt: minutesAgo(1) }] },
    });
    expect((await repeatPost.run(ctx)).outcome).toBe('pass');
  });

  it('passes different text', async () => {
    const ctx = makeContext(body, {
      recent: {
        authorComments: [
          {
            id: 'c-0',
            body: 'Sanctions on Russian oil have failed; the tankers just changed flags.',
            createdAt: minutesAgo(1),
          },
        ],
      },
    });
    expect((await repeatPost.run(ctx)).outcome).toBe('pass');
  });

  it('passes, and says so, when the consumer gave no recent activity', async () => {
    expect(await repeatPost.run(makeContext(body, { recent: null }))).toEqual({
      outcome: 'pass',
      evidence: [{ kind: 'recent', value: 'missing' }],
    });
  });

  it('compares texts with case, punctuation, spacing, diacritics and look-alikes folded', () => {
    expect(sameFoldedText('Buy  NOW!!! at ѕhор, café', 'buy now at shop cafe')).toBe(true);
    expect(sameFoldedText('buy now at shop', 'buy now at shops')).toBe(false);
    expect(sameFoldedText('!!!', '...')).toBe(false);
  });
});
