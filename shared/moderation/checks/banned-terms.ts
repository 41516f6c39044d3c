import type { ModerationCheck } from '../types';
import { policyMatcher } from '../text/policy-terms';
import { termEvidence } from '../text/term-evidence';
import { tokensOf } from '../text/tokens';
import { aimedNear, mentioned, tokenAt } from '../detectors/common';

/**
 * Whether a banned term in the body is mentioned, not used: in quotation marks or after `the word`, and
 * not next to anyone addressed (`you 'kike'` is a use). A newsroom discusses slurs — a court case, a
 * glossary, its own style guide — so a mention is left to the hate and abuse checks, which judge the
 * sentence around it; the display name has no sentence and is always judged.
 */
function mentionInBody(body: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(body);
  const from = tokenAt(tokens, span[0]);
  const to = Math.max(from + 1, tokenAt(tokens, span[1]));
  return from < tokens.length && mentioned(tokens, from, to) && !aimedNear(tokens, from, to);
}

/** A term from the policy's banned list in the body or display name, however disguised → reject `banned_word`. */
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
