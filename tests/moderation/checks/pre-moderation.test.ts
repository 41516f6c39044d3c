import { describe, expect, it } from 'vitest';
import { preModeration } from '../../../shared/moderation/checks/pre-moderation';
import { makeContext } from '../support';

describe('pre-moderation check', () => {
  it('holds on a pre-moderated article', async () => {
    expect(await preModeration.run(makeContext('Hi', { article: { mode: 'pre' } }))).toMatchObject({
      outcome: 'hold',
      reason: 'pre_moderation',
      evidence: [{ kind: 'mode', value: 'article' }],
    });
  });

  it('holds on a pre-moderated site unless the article opts out', async () => {
    expect((await preModeration.run(makeContext('Hi', { policy: { mode: 'pre' } }))).evidence).toEqual([
      { kind: 'mode', value: 'site' },
    ]);
    expect(
      (await preModeration.run(makeContext('Hi', { policy: { mode: 'pre' }, article: { mode: 'post' } })))
        .outcome,
    ).toBe('pass');
  });

  it('passes in post-moderation (the default)', async () => {
    expect((await preModeration.run(makeContext('Hi'))).outcome).toBe('pass');
  });
});
