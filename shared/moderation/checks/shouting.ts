import type { ModerationCheck } from '../types';
import { detectShouting } from '../detectors/shouting';

/**
 * A comment mostly in capitals (over `shouting.minLetters` letters, acronyms left out, at least
 * `shouting.capsShare` of them capitals) → hold as `shouting`. A moderator can publish it as it is.
 */
export const shouting: ModerationCheck = {
  name: 'shouting',
  run: ({ comment, policy }) => {
    const opts = policy.shouting;
    if (!opts.enabled) return { outcome: 'pass' };
    const evidence = detectShouting(comment.body, opts);
    return evidence
      ? { outcome: 'hold', reason: 'shouting', score: evidence.score ?? 1, evidence: [evidence] }
      : { outcome: 'pass' };
  },
};
