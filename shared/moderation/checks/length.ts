import type { ModerationCheck } from '../types';

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Code points in a string: its UTF-16 length less one per surrogate pair. A regular expression rather than
 * a charCodeAt loop: it reads the string as one flat buffer even when the body was built by concatenation
 * (a loop of charCodeAt over such a string takes V8's slow path on every character).
 */
function codePoints(s: string): number {
  SURROGATE_PAIR.lastIndex = 0;
  let pairs = 0;
  while (SURROGATE_PAIR.exec(s) !== null) pairs++;
  return s.length - pairs;
}

/** Body length in code points against the policy's bounds. */
export const length: ModerationCheck = {
  name: 'length',
  run: ({ comment, policy }) => {
    const n = codePoints(comment.body);
    if (n < policy.minBodyLength || n > policy.maxBodyLength) {
      return {
        outcome: 'reject',
        reason: 'other',
        score: n,
        evidence: [
          {
            kind: 'length',
            value: String(n),
            detail: `allowed ${policy.minBodyLength}–${policy.maxBodyLength}`,
          },
        ],
      };
    }
    return { outcome: 'pass', score: n };
  },
};
