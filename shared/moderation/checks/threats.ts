import type { CheckResult, ModerationCheck } from '../types';
import type { Policy } from '../policy';
import { readUndisguised } from '../text/unleet';
import { threatCues, violenceCues } from '../detectors/cue-rules';
import { massViolenceCues } from '../detectors/cue-rules-strikes';
import { veiledCues } from '../detectors/cue-rules-veiled';
import { omenCues } from '../detectors/cue-rules-omens';
import { scanCues } from '../detectors/cues';
import { incitement } from '../detectors/incitement';
import { detectThreats } from '../detectors/threats';
import { armedForSomeone, watchedRoutine } from '../detectors/threats-routine';
import { tokensOf } from '../text/tokens';

/**
 * Threats against a person (see `detectors/threats.ts`, and `detectors/cue-rules.ts` for threats in
 * other words) and calls to kill or burn many people (`detectors/cue-rules-calls.ts`) → reject as
 * `harassment`, as are euphemisms for killing with people named beside them (`detectors/cue-rules-veiled.ts`)
 * a routine or a family watched with a warning (`detectors/threats-routine.ts`), and a call to attack a place
 * where a group lives or gathers or to drive into a crowd (`detectors/incitement.ts`);
 * indirect, veiled or ambiguous calls to violence, or a death wish with nobody named → hold as
 * `violence_review` (`policy.threats.holdAmbiguous`).
 */
export const threats: ModerationCheck = {
  name: 'threats',
  run: ({ comment, policy }) => {
    const opts = policy.threats;
    if (!opts.enabled) return { outcome: 'pass' };
    // Also with in-word leetspeak undone (`t@ke out the tr@sh`), for comments that have some.
    return readUndisguised(comment.body, (text) => read(text, opts));
  },
};

/** The threat rules' reading of one text. */
function read(body: string, opts: Policy['threats']): CheckResult {
  const phrases = detectThreats(body, opts.holdAmbiguous);
  if (phrases?.outcome === 'reject')
    return { outcome: 'reject', reason: 'harassment', score: phrases.score, evidence: phrases.evidence };
  // A routine or a family watched, with a warning; a weapon readied for someone named (`threats-routine.ts`).
  const watched = watchedRoutine(body) ?? armedForSomeone(body);
  if (watched) return { outcome: 'reject', reason: 'harassment', score: 0.9, evidence: [watched] };
  const scan = scanCues(tokensOf(body).tokens, body);
  const cues = threatCues(scan, body) ?? omenCues(scan, body);
  if (cues) return { outcome: 'reject', reason: 'harassment', score: 0.9, evidence: cues.evidence };
  // Calls against a protected group are the hate check's (`hate.ts`).
  const call = massViolenceCues(scan, body);
  if (call?.outcome === 'reject' && !call.hate)
    return { outcome: 'reject', reason: 'harassment', score: 0.9, evidence: call.evidence };
  // A call to attack a place where a group lives or gathers, or to drive into a crowd (`incitement.ts`).
  const incited = incitement(scan, body);
  if (incited) return { outcome: 'reject', reason: 'harassment', score: 0.9, evidence: incited };
  // Killing wished in other words on people named beside it (`let the sea do its job` with the boat).
  const veiled = veiledCues(scan, body);
  if (veiled?.outcome === 'reject')
    return { outcome: 'reject', reason: 'harassment', score: 0.8, evidence: veiled.evidence };
  if (phrases)
    return {
      outcome: phrases.outcome,
      reason: 'violence_review',
      score: phrases.score,
      evidence: phrases.evidence,
    };
  if (!opts.holdAmbiguous) return { outcome: 'pass' };
  if (call && !call.hate)
    return { outcome: 'hold', reason: 'violence_review', score: 0.6, evidence: call.evidence };
  const violence = violenceCues(scan, body) ?? veiled;
  return violence
    ? { outcome: 'hold', reason: 'violence_review', score: 0.6, evidence: violence.evidence }
    : { outcome: 'pass' };
}
