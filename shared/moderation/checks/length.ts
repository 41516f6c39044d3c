import type { ModerationCheck } from '../types';

/** Code points in a string, without building an array of them. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = s.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) n--;
    }
  }
  return n;
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
