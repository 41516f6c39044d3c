import { describe, expect, it } from 'vitest';
import { length } from '../../../shared/moderation/checks/length';
import { makeContext } from '../support';

describe('length check', () => {
  it('rejects a body longer than the policy allows, with its length as score', async () => {
    const result = await length.run(makeContext('x'.repeat(21), { policy: { maxBodyLength: 20 } }));
    expect(result).toMatchObject({ outcome: 'reject', reason: 'other', score: 21 });
  });

  it('rejects a body shorter than the policy allows', async () => {
    expect((await length.run(makeContext('ok', { policy: { minBodyLength: 3 } }))).outcome).toBe('reject');
  });

  it('counts code points, so emoji count once', async () => {
    const result = await length.run(makeContext('😀'.repeat(20), { policy: { maxBodyLength: 20 } }));
    expect(result).toEqual({ outcome: 'pass', score: 20 });
  });
});
