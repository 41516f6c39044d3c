import type { CheckResult, ModerationCheck } from '../types';
import { hateCues } from '../detectors/cue-rules';
import { massViolenceCues } from '../detectors/cue-rules-strikes';
import { scanCues } from '../detectors/cues';
import { detectHate } from '../detectors/hate';
import { tokensOf } from '../text/tokens';
import { readUndisguised } from '../text/unleet';

/** The hate rules' reading of one text. */
function read(body: string): CheckResult {
  const verdict = detectHate(body);
  if (verdict?.outcome === 'reject')
    return { outcome: 'reject', reason: 'hate', score: verdict.score, evidence: verdict.evidence };
  const scan = scanCues(tokensOf(body).tokens, body);
  const cues = hateCues(scan, body);
  if (cues?.outcome === 'reject')
    return { outcome: 'reject', reason: 'hate', score: 0.8, evidence: cues.evidence };
  // A call to kill a protected group, or death wished on one (`mort aux juifs`).
  const call = massViolenceCues(scan, body);
  if (call?.hate) return { outcome: 'reject', reason: 'hate', score: 0.9, evidence: call.evidence };
  if (verdict)
    return { outcome: 'hold', reason: 'hate_review', score: verdict.score, evidence: verdict.evidence };
  return cues
    ? { outcome: 'hold', reason: 'hate_review', score: 0.5, evidence: cues.evidence }
    : { outcome: 'pass' };
}

/**
 * Dehumanising language about a protected group, slurs, collective blame, calls to expel a group (see
 * `detectors/hate.ts` and `detectors/cue-rules.ts`) and calls to kill one (`detectors/cue-rules-calls.ts`)
 * → reject as `hate`; the replacement narrative
 * alone or a dehumanising word with no group named → hold as `hate_review`. A comment with in-word
 * leetspeak (`R@tten`, `J3ws`) is read a second time with it undone (`readUndisguised`).
 */
export const hate: ModerationCheck = {
  name: 'hate',
  run: ({ comment, policy }) => {
    if (!policy.hate.enabled) return { outcome: 'pass' };
    return readUndisguised(comment.body, read);
  },
};
