/** The retention block of the site policy (shared/moderation/policy-schema.ts): default, bounds, updates. */
import { describe, expect, it } from 'vitest';
import { applyPolicyUpdate, defaultPolicy, policyUpdateSchema } from '../../shared/moderation/policy';

describe('policy retention', () => {
  it('keeps rejected comments 365 days by default', () => {
    expect(defaultPolicy().retention).toEqual({ rejectedDays: 365 });
  });

  it('takes 183 to 3650 days, or null to keep rejected comments forever', () => {
    for (const rejectedDays of [183, 1000, 3650, null])
      expect(applyPolicyUpdate(defaultPolicy(), { retention: { rejectedDays } }).retention).toEqual({
        rejectedDays,
      });
  });

  it('refuses less than the six-month appeal window, more than ten years, and fractions', () => {
    for (const rejectedDays of [182, 0, -1, 3651, 200.5])
      expect(
        () => applyPolicyUpdate(defaultPolicy(), { retention: { rejectedDays } }),
        String(rejectedDays),
      ).toThrow(/rejectedDays|retention/);
    expect(policyUpdateSchema.safeParse({ retention: { rejectedDays: 182 } }).success).toBe(false);
    expect(policyUpdateSchema.safeParse({ retention: { purgeDays: 400 } }).success).toBe(false);
  });

  it('leaves the period as it is when an update does not name it, and other fields when it does', () => {
    const shorter = applyPolicyUpdate(defaultPolicy(), { retention: { rejectedDays: 200 } });
    expect(applyPolicyUpdate(shorter, { flagThreshold: 5 }).retention).toEqual({ rejectedDays: 200 });
    expect(applyPolicyUpdate(shorter, { retention: {} }).retention).toEqual({ rejectedDays: 200 });
    expect(shorter.flagThreshold).toBe(defaultPolicy().flagThreshold);
  });
});
