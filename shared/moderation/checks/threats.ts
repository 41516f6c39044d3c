import type { ModerationCheck } from '../types';
import { detectThreats } from '../detectors/threats';

/**
 * Threats against a person (see `detectors/threats.ts`) → reject as `harassment`; indirect or
 * ambiguous calls to violence, or a death wish with nobody named → hold as `violence_review`.
 */
export const threats: ModerationCheck = {
  name: 'threats',
  run: ({ comment, policy }) => {
    const opts = policy.threats;
    if (!opts.enabled) return { outcome: 'pass' };
    const verdict = detectThreats(comment.body, opts.holdAmbiguous);
    if (!verdict) return { outcome: 'pass' };
    return {
      outcome: verdict.outcome,
      reason: verdict.outcome === 'reject' ? 'harassment' : 'violence_review',
      score: verdict.score,
      evidence: verdict.evidence,
    };
  },
};
