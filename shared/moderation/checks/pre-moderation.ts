import type { ModerationCheck } from '../types';

/** Pre-moderated articles (or a pre-moderated site, unless the article opts out) hold what passed. */
export const preModeration: ModerationCheck = {
  name: 'pre-moderation',
  run: ({ article, policy }) => {
    const mode = article.mode ?? policy.mode;
    if (mode === 'post') return { outcome: 'pass' };
    return {
      outcome: 'hold',
      reason: 'pre_moderation',
      evidence: [{ kind: 'mode', value: article.mode ? 'article' : 'site' }],
    };
  },
};
