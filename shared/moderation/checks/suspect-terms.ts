import type { ModerationCheck } from '../types';
import { policyMatcher } from '../text/policy-terms';
import { termEvidence } from '../text/term-evidence';

/** A term from the policy's suspect list → hold `suspect_term` for a human, with the terms found. */
export const suspectTerms: ModerationCheck = {
  name: 'suspect-terms',
  run: ({ comment, policy }) => {
    const evidence = termEvidence(policyMatcher(policy, 'suspectTerms'), comment);
    return evidence.length > 0
      ? { outcome: 'hold', reason: 'suspect_term', score: evidence.length, evidence }
      : { outcome: 'pass' };
  },
};
