import type { ModerationCheck } from '../types';
import { policyMatcher } from '../text/policy-terms';
import { inDebunkingSentence } from '../detectors/misinformation';
import { mentionInBody, termEvidence } from '../text/term-evidence';

/**
 * A term from the policy's suspect list → hold `suspect_term` for a human, with the terms found. A term the
 * body talks about (quoted, after `the phrase`, or named as a claim: `the "biolabs" story`, `false-flag
 * claims`) or that sits in a sentence that debunks (`rumours say it was a false flag: it was not`) is
 * reporting on it, the site's daily work: left to the checks that judge the sentence.
 */
export const suspectTerms: ModerationCheck = {
  name: 'suspect-terms',
  run: ({ comment, policy }) => {
    const evidence = termEvidence(
      policyMatcher(policy, 'suspectTerms'),
      comment,
      (field, span) =>
        field !== 'body' ||
        !(mentionInBody(comment.body, span, true) || inDebunkingSentence(comment.body, span)),
      true,
    );
    return evidence.length > 0
      ? { outcome: 'hold', reason: 'suspect_term', score: evidence.length, evidence }
      : { outcome: 'pass' };
  },
};
