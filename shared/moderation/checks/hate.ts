import type { CheckResult, ModerationCheck } from '../types';
import { hateCues } from '../detectors/cue-rules';
import { massViolenceCues } from '../detectors/cue-rules-strikes';
import { scanCues } from '../detectors/cues';
import { detectHate } from '../detectors/hate';
import { tokensOf } from '../text/tokens';
import { unleet } from '../text/unleet';

/** The hate rules' reading of one text: a rejection, else what to hold, else nothing. */
function read(body: string): { reject?: CheckResult; hold?: CheckResult } {
  const verdict = detectHate(body);
  if (verdict?.outcome === 'reject')
    return {
      reject: { outcome: 'reject', reason: 'hate', score: verdict.score, evidence: verdict.evidence },
    };
  const scan = scanCues(tokensOf(body).tokens, body);
  const cues = hateCues(scan, body);
  if (cues?.outcome === 'reject')
    return { reject: { outcome: 'reject', reason: 'hate', score: 0.8, evidence: cues.evidence } };
  // A call to kill a protected group, or death wished on one (`mort aux juifs`).
  const call = massViolenceCues(scan, body);
  if (call?.hate)
    return { reject: { outcome: 'reject', reason: 'hate', score: 0.9, evidence: call.evidence } };
  if (verdict)
    return {
      hold: { outcome: 'hold', reason: 'hate_review', score: verdict.score, evidence: verdict.evidence },
    };
  return cues
    ? { hold: { outcome: 'hold', reason: 'hate_review', score: 0.5, evidence: cues.evidence } }
    : {};
}

/**
 * Dehumanising language about a protected group, slurs, collective blame, calls to expel a group (see
 * `detectors/hate.ts` and `detectors/cue-rules.ts`) and calls to kill one (`detectors/cue-rules-calls.ts`)
 * → reject as `hate`; the replacement narrative
 * alone or a dehumanising word with no group named → hold as `hate_review`. A comment with in-word
 * leetspeak (`R@tten`, `J3ws`) is read a second time with it undone (offsets unchanged): the first
 * reading shares the other checks' token scan, the second is paid only by such comments.
 */
export const hate: ModerationCheck = {
  name: 'hate',
  run: ({ comment, policy }) => {
    if (!policy.hate.enabled) return { outcome: 'pass' };
    const first = read(comment.body);
    if (first.reject) return first.reject;
    const plain = unleet(comment.body);
    const second = plain === comment.body ? {} : read(plain);
    return second.reject ?? first.hold ?? second.hold ?? { outcome: 'pass' };
  },
};
