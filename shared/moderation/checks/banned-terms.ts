import type { ModerationCheck } from '../types';
import { policyMatcher } from '../text/policy-terms';
import { termEvidence } from '../text/term-evidence';

/** A term from the policy's banned list in the body or display name, however disguised → reject `banned_word`. */
export const bannedTerms: ModerationCheck = {
  name: 'banned-terms',
  run: ({ comment, policy }) => {
    const evidence = termEvidence(policyMatcher(policy, 'bannedTerms'), comment);
    return evidence.length > 0
      ? { outcome: 'reject', reason: 'banned_word', score: evidence.length, evidence }
      : { outcome: 'pass' };
  },
};
