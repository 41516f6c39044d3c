import type { CheckResult, ModerationCheck } from '../types';
import { detectMisinformation } from '../detectors/misinformation';
import { inCyrillic } from '../text/translit';
import { readUndisguised } from '../text/unleet';

function read(body: string): CheckResult {
  const found = detectMisinformation(body);
  return found
    ? { outcome: 'hold', reason: 'misinformation_review', score: found.score, evidence: found.evidence }
    : { outcome: 'pass' };
}

/**
 * Conspiracy talk and invented news framed as such (`detectors/misinformation.ts`: a staged attack, what
 * "they" hide, the call to wake up, a comment dressed as a news flash, the stolen vote, the poisoned jab)
 * → hold `misinformation_review`, with the markers as evidence. Never a rejection: whether a claim is
 * false is a moderator's call. Russian typed in Latin letters is read a second time in Cyrillic (`srochno`,
 * `sovpadenie? ne dumayu`). `policy.misinformation.enabled: false` turns it off.
 */
export const misinformation: ModerationCheck = {
  name: 'misinformation',
  run: ({ comment, policy }) => {
    if (!policy.misinformation.enabled) return { outcome: 'pass' };
    return readUndisguised(comment.body, read, inCyrillic);
  },
};
