import type { ModerationCheck } from '../types';

/**
 * The same long text from several authors, or again after a moderator rejected it (the record is
 * shared/domain/copied-text.ts; the consumer reads it into `recent.copiedText`). Copy-paste campaigns and
 * spam run one text under many names across articles: from `holdAt` authors (this one included) → hold
 * `copied_text`; from `rejectAt`, on more than one article, when the links or spam check also found
 * something to hold → reject as `spam` (a famous quotation posted by many readers is held, never
 * rejected). A text a moderator rejected in the last 90 days → hold `rejected_text`, whoever posts it: a
 * new name does not undo a human decision. Runs after `links` and `spam`, whose records it reads.
 */
const PROMOTION_CHECKS: ReadonlySet<string> = new Set(['links', 'spam']);
export const copiedText: ModerationCheck = {
  name: 'copied-text',
  run: ({ policy, recent, prior }) => {
    const opts = policy.copiedText;
    const seen = recent?.copiedText;
    if (!opts.enabled || !seen) return { outcome: 'pass' };
    if (opts.holdRejected && seen.rejected) {
      const day = seen.rejected.at.slice(0, 10);
      return {
        outcome: 'hold',
        reason: 'rejected_text',
        evidence: [
          {
            kind: 'text',
            value: seen.rejected.reason,
            detail: `a moderator rejected the same text on ${day}`,
          },
        ],
      };
    }
    const authors = seen.otherAuthors + 1;
    const detail = `the same text from ${authors} authors on ${seen.otherArticles + 1} articles within 7 days`;
    const evidence = [{ kind: 'text', value: 'copied', score: authors, detail }];
    const promotes = prior?.some((r) => PROMOTION_CHECKS.has(r.check) && r.outcome !== 'pass') ?? false;
    if (authors >= opts.rejectAt && seen.otherArticles > 0 && promotes)
      return { outcome: 'reject', reason: 'spam', score: authors, evidence };
    if (authors >= opts.holdAt) return { outcome: 'hold', reason: 'copied_text', score: authors, evidence };
    return { outcome: 'pass', score: authors };
  },
};
