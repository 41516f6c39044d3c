import type { ModerationCheck } from '../types';
import { detectAbuse } from '../detectors/abuse';

/**
 * Insults and profanity in English, Spanish, French, German and Russian (see `detectors/abuse.ts`):
 * severe abuse aimed at a person → reject as `abuse` (`policy.abuse.severe`); milder insults aimed at
 * someone → hold as `insult`; profanity → hold as `profanity` (each switchable in `policy.abuse`).
 */
export const abuse: ModerationCheck = {
  name: 'abuse',
  run: async ({ comment, policy }) => {
    const opts = policy.abuse;
    if (!opts.enabled) return { outcome: 'pass' };
    const verdict = await detectAbuse(comment.body, opts);
    if (!verdict) return { outcome: 'pass' };
    return {
      outcome: verdict.outcome,
      reason: verdict.reason,
      score: verdict.score,
      evidence: verdict.evidence,
    };
  },
};
