import type { CheckResult, ModerationCheck } from '../types';
import type { Policy } from '../policy';
import { extremismCues } from '../detectors/cue-rules-extremism';
import { scanCues } from '../detectors/cues';
import { detectExtremism } from '../detectors/extremism';
import { tokensOf } from '../text/tokens';
import { inCyrillic } from '../text/translit';
import { readUndisguised } from '../text/unleet';

/** The extremism rules' reading of one text. */
function read(body: string, opts: Policy['extremism']): CheckResult {
  const verdict = detectExtremism(body, opts.organisations);
  if (verdict)
    return { outcome: 'reject', reason: 'illegal', score: verdict.score, evidence: verdict.evidence };
  const cues = extremismCues(scanCues(tokensOf(body).tokens, body), body);
  return cues
    ? { outcome: 'reject', reason: 'illegal', score: 0.8, evidence: cues.evidence }
    : { outcome: 'pass' };
}

/**
 * Praise or justification of terrorist attacks and their authors, recruitment for a terrorist
 * organisation or sharing its propaganda (see `detectors/extremism.ts` and `detectors/cue-rules.ts`) →
 * reject as `illegal`. Naming an organisation or an attack is never enough: analysis and reporting do it
 * all the time. Russian typed in Latin letters is read a second time in Cyrillic.
 */
export const extremism: ModerationCheck = {
  name: 'extremism',
  run: ({ comment, policy }) => {
    const opts = policy.extremism;
    if (!opts.enabled) return { outcome: 'pass' };
    // Russian typed in Latin letters is read in Cyrillic too (`text/translit.ts`).
    return readUndisguised(comment.body, (text) => read(text, opts), inCyrillic);
  },
};
