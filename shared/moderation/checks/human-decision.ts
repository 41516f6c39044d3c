import type { ModerationCheck } from '../types';

/**
 * A human decision binds. A comment a moderator rejected that its author then edited is re-checked (the
 * other checks may still reject the new text), but it never goes back to publication automatically:
 * it is held for a human as `human_review`.
 */
export const humanDecision: ModerationCheck = {
  name: 'human-decision',
  run: ({ comment }) =>
    comment.humanDecision?.action === 'reject'
      ? {
          outcome: 'hold',
          reason: 'human_review',
          evidence: [
            {
              kind: 'human_decision',
              value: 'reject',
              detail: 'a moderator rejected this comment before the author edited it',
            },
          ],
        }
      : { outcome: 'pass' },
};
