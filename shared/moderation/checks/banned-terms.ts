import type { ModerationCheck } from '../types';
import { policyMatcher } from '../text/policy-terms';
import { mentionInBody, termEvidence } from '../text/term-evidence';

/**
 * A term from the policy's banned list in the body or display name, however disguised → reject
 * `banned_word`; a mention in the body (in quotation marks or after `the word`) is left to the hate and
 * abuse checks, and the display name has no sentence: it is always judged.
 */
export const bannedTerms: ModerationCheck = {
  name: 'banned-terms',
  run: ({ comment, policy }) => {
    const evidence = termEvidence(
      policyMatcher(policy, 'bannedTerms'),
      comment,
      (field, span) => field !== 'body' || !mentionInBody(comment.body, span),
    );
    return evidence.length > 0
      ? { outcome: 'reject', reason: 'banned_word', score: evidence.length, evidence }
      : { outcome: 'pass' };
  },
};
