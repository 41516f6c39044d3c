import type { CheckContext, ModerationCheck } from '../types';
import { sameFoldedText } from '../text/normalize';

/**
 * The same author posting the same text again within the policy's window (default 6 minutes) is held
 * as `repeat_post`: usually a double submit or a copy-paste campaign, and a human tells which. "Same"
 * ignores case, spacing, punctuation, diacritics and look-alike letters.
 */
export const repeatPost: ModerationCheck = {
  name: 'repeat-post',
  run: ({ comment, policy, recent, now }: CheckContext) => {
    if (!recent) return { outcome: 'pass', evidence: [{ kind: 'recent', value: 'missing' }] };
    const windowMs = policy.repeatWindowMinutes * 60_000;
    if (windowMs <= 0) return { outcome: 'pass' };
    const since = now.getTime() - windowMs;
    for (const other of recent.authorComments) {
      if (other.id === comment.id) continue;
      // Cheap filter before folding: repeats have about the same length.
      const a = other.body.length;
      const b = comment.body.length;
      if (Math.abs(a - b) > Math.max(8, 0.2 * Math.max(a, b))) continue;
      // The folded comparison stops at the first difference, which is cheaper than parsing the date of
      // every recent comment: the date is read only for a repeat.
      if (!sameFoldedText(other.body, comment.body)) continue;
      const at = Date.parse(other.createdAt);
      if (at >= since) {
        const seconds = Math.max(0, Math.round((now.getTime() - at) / 1000));
        return {
          outcome: 'hold',
          reason: 'repeat_post',
          evidence: [{ kind: 'comment', value: other.id, detail: `same text posted ${seconds} s earlier` }],
        };
      }
    }
    return { outcome: 'pass' };
  },
};
