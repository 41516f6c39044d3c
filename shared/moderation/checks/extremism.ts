import type { ModerationCheck } from '../types';
import { detectExtremism } from '../detectors/extremism';

/**
 * Praise or justification of terrorist attacks and their authors, or recruitment for a terrorist
 * organisation (see `detectors/extremism.ts`) → reject as `illegal`. Naming an organisation or an
 * attack is never enough: analysis and reporting do it all the time.
 */
export const extremism: ModerationCheck = {
  name: 'extremism',
  run: ({ comment, policy }) => {
    const opts = policy.extremism;
    if (!opts.enabled) return { outcome: 'pass' };
    const verdict = detectExtremism(comment.body, opts.organisations);
    return verdict
      ? { outcome: 'reject', reason: 'illegal', score: verdict.score, evidence: verdict.evidence }
      : { outcome: 'pass' };
  },
};
