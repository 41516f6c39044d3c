import { describe, expect, it } from 'vitest';
import { humanDecision } from '../../../shared/moderation/checks/human-decision';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';

describe('human-decision check', () => {
  it('holds for a human a comment a moderator rejected, whatever its new text', async () => {
    const ctx = makeContext('A perfectly civil remark.', {
      comment: { humanDecision: { action: 'reject' } },
    });
    expect(await humanDecision.run(ctx)).toMatchObject({ outcome: 'hold', reason: 'human_review' });
    expect(await runPipeline(ctx)).toMatchObject({ outcome: 'pending', decidedBy: 'human-decision' });
  });

  it('lets the other checks still reject the new text', async () => {
    const ctx = makeContext('Kill yourself', { comment: { humanDecision: { action: 'reject' } } });
    expect((await runPipeline(ctx)).outcome).toBe('rejected');
  });

  it.each([undefined, 'approve'] as const)('passes when the last human decision is %s', async (action) => {
    const ctx = makeContext('Fine.', action ? { comment: { humanDecision: { action } } } : {});
    expect((await humanDecision.run(ctx)).outcome).toBe('pass');
  });
});
