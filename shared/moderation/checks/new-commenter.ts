import type { ModerationCheck } from '../types';

/**
 * New-commenter pre-moderation (off by default): with `newCommenterApprovals: N`, an author's comments
 * are held as `new_commenter` until N of theirs have been approved.
 */
export const newCommenter: ModerationCheck = {
  name: 'new-commenter',
  run: ({ author, policy }) => {
    const needed = policy.newCommenterApprovals;
    if (needed <= 0 || author.approved >= needed) return { outcome: 'pass' };
    return {
      outcome: 'hold',
      reason: 'new_commenter',
      score: author.approved,
      evidence: [
        {
          kind: 'author',
          value: 'approved',
          score: author.approved,
          detail: `${author.approved} of ${needed} approved`,
        },
      ],
    };
  },
};
