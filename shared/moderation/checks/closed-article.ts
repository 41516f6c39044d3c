import type { ModerationCheck } from '../types';

/** A comment that reached the queue after its article was closed is held for a human, not lost. */
export const closedArticle: ModerationCheck = {
  name: 'closed-article',
  run: ({ article }) =>
    article.closed
      ? { outcome: 'hold', reason: 'comments_closed', evidence: [{ kind: 'article', value: 'closed' }] }
      : { outcome: 'pass' },
};
