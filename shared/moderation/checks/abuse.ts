import type { CheckResult, ModerationCheck } from '../types';
import type { Policy } from '../policy';
import { detectAbuse } from '../detectors/abuse';
import { preferred, undisguised } from '../text/unleet';

/** The abuse rules' reading of one text. */
async function read(body: string, opts: Policy['abuse']): Promise<CheckResult> {
  const verdict = await detectAbuse(body, opts);
  if (!verdict) return { outcome: 'pass' };
  return {
    outcome: verdict.outcome,
    reason: verdict.reason,
    score: verdict.score,
    evidence: verdict.evidence,
  };
}

/**
 * Insults and profanity in English, Spanish, French, German and Russian (see `detectors/abuse.ts`):
 * severe abuse aimed at a person → reject as `abuse` (`policy.abuse.severe`); milder insults aimed at
 * someone → hold as `insult`; profanity → hold as `profanity` (each switchable in `policy.abuse`). A comment
 * with disguises is read a second time with them undone (Russian typed in Latin letters in Cyrillic, leetspeak,
 * spaced letters), so that the lexicon's phrases are read as written (`pedazo de m1erda`, round 56).
 */
export const abuse: ModerationCheck = {
  name: 'abuse',
  run: async ({ comment, policy }) => {
    const opts = policy.abuse;
    if (!opts.enabled) return { outcome: 'pass' };
    // `readUndisguised`, for a reading that is asynchronous (the language detector loads on first use).
    const first = await read(comment.body, opts);
    if (first.outcome === 'reject') return first;
    const plain = undisguised(comment.body);
    return plain === comment.body ? first : preferred(first, await read(plain, opts));
  },
};
