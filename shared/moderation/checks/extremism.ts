import type { ModerationCheck } from '../types';
import { extremismCues } from '../detectors/cue-rules';
import { scanCues } from '../detectors/cues';
import { detectExtremism } from '../detectors/extremism';
import { tokensOf } from '../text/tokens';

/**
 * Praise or justification of terrorist attacks and their authors, recruitment for a terrorist
 * organisation or sharing its propaganda (see `detectors/extremism.ts` and `detectors/cue-rules.ts`) →
 * reject as `illegal`. Naming an organisation or an attack is never enough: analysis and reporting do it
 * all the time.
 */
export const extremism: ModerationCheck = {
  name: 'extremism',
  run: ({ comment, policy }) => {
    const opts = policy.extremism;
    if (!opts.enabled) return { outcome: 'pass' };
    const verdict = detectExtremism(comment.body, opts.organisations);
    if (verdict)
      return { outcome: 'reject', reason: 'illegal', score: verdict.score, evidence: verdict.evidence };
    const cues = extremismCues(scanCues(tokensOf(comment.body).tokens, comment.body), comment.body);
    return cues
      ? { outcome: 'reject', reason: 'illegal', score: 0.8, evidence: cues.evidence }
      : { outcome: 'pass' };
  },
};
