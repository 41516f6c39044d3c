import type { ModerationCheck } from '../types';
import { detectHate } from '../detectors/hate';

/**
 * Dehumanising language about a protected group, slurs, collective blame and calls to expel a group
 * (see `detectors/hate.ts`) → reject as `hate`; the replacement narrative alone or a dehumanising word
 * with no group named → hold as `hate_review`.
 */
export const hate: ModerationCheck = {
  name: 'hate',
  run: ({ comment, policy }) => {
    if (!policy.hate.enabled) return { outcome: 'pass' };
    const verdict = detectHate(comment.body);
    if (!verdict) return { outcome: 'pass' };
    return {
      outcome: verdict.outcome,
      reason: verdict.outcome === 'reject' ? 'hate' : 'hate_review',
      score: verdict.score,
      evidence: verdict.evidence,
    };
  },
};
