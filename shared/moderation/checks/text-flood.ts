import type { ModerationCheck } from '../types';
import { detectFlood } from '../detectors/shouting';

/**
 * Character, punctuation, emoji, syllable or word floods in the body (`nooooooooo`, `!!!!!!!!!!`, ten
 * emoji in a row, `lies lies lies lies lies`) → hold as `flood`, the reason the rate-based `flood` check
 * also gives: both are noise a moderator clears in one click.
 */
export const textFlood: ModerationCheck = {
  name: 'text-flood',
  run: ({ comment, policy }) => {
    const opts = policy.textFlood;
    if (!opts.enabled) return { outcome: 'pass' };
    const evidence = detectFlood(comment.body, opts);
    return evidence.length > 0
      ? { outcome: 'hold', reason: 'flood', score: evidence.length, evidence }
      : { outcome: 'pass' };
  },
};
