import type { ModerationCheck } from '../types';
import { detectMisinformation } from '../detectors/misinformation';

/**
 * Conspiracy talk and invented news framed as such (`detectors/misinformation.ts`: a staged attack, what
 * "they" hide, the call to wake up, a comment dressed as a news flash, the stolen vote, the poisoned jab)
 * → hold `misinformation_review`, with the markers as evidence. Never a rejection: whether a claim is
 * false is a moderator's call. `policy.misinformation.enabled: false` turns it off.
 */
export const misinformation: ModerationCheck = {
  name: 'misinformation',
  run: ({ comment, policy }) => {
    if (!policy.misinformation.enabled) return { outcome: 'pass' };
    const found = detectMisinformation(comment.body);
    return found
      ? { outcome: 'hold', reason: 'misinformation_review', score: found.score, evidence: found.evidence }
      : { outcome: 'pass' };
  },
};
