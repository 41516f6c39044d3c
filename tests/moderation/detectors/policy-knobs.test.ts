import { describe, expect, it } from 'vitest';
import {
  applyPolicyUpdate,
  defaultPolicy,
  policySchema,
  policyUpdateSchema,
} from '../../../shared/moderation/policy';

describe('local detector knobs in the policy', () => {
  it('have newsroom defaults', () => {
    const p = defaultPolicy();
    expect(p.spam).toEqual({ enabled: true, strong: 'reject', weak: 'hold' });
    expect(p.personalData).toMatchObject({ enabled: true, phoneNumbers: true, allowedEmailDomains: [] });
    expect(p.threats).toEqual({ enabled: true, holdAmbiguous: true });
    expect(p.extremism).toEqual({ enabled: true, organisations: [] });
    expect(p.hate).toEqual({ enabled: true });
    expect(p.abuse).toEqual({ enabled: true, holdProfanity: true, holdInsults: true, severe: 'reject' });
    expect(p.shouting).toEqual({ enabled: true, minLetters: 30, capsShare: 0.7 });
    expect(p.textFlood).toEqual({
      enabled: true,
      maxRepeatedChars: 10,
      maxPunctuation: 10,
      maxEmoji: 10,
      maxRepeatedWords: 5,
    });
  });

  it('merge a partial update of one knob without touching the others', () => {
    const next = applyPolicyUpdate(defaultPolicy(), {
      abuse: { holdProfanity: false },
      personalData: { allowedEmailDomains: ['Newsroom.example'] },
      extremism: { organisations: ['Iron Wolves'] },
    });
    expect(next.abuse).toEqual({ enabled: true, holdProfanity: false, holdInsults: true, severe: 'reject' });
    expect(next.personalData.allowedEmailDomains).toEqual(['newsroom.example']);
    expect(next.personalData.phoneNumbers).toBe(true);
    expect(next.extremism.organisations).toEqual(['Iron Wolves']);
    expect(next.version).toBe(1);
  });

  it('refuse values outside their bounds and unknown knobs', () => {
    expect(policySchema.safeParse({ shouting: { capsShare: 0.2 } }).success).toBe(false);
    expect(policySchema.safeParse({ textFlood: { maxRepeatedChars: 1 } }).success).toBe(false);
    expect(policyUpdateSchema.safeParse({ spam: { strong: 'ban' } }).success).toBe(false);
    expect(policyUpdateSchema.safeParse({ hate: { threshold: 1 } }).success).toBe(false);
  });
});
