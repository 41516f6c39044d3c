import type { ModerationCheck } from '../types';
import { classify } from '../model/classifier';

/**
 * The trained classifier (`model/`), for what the rule checks before it miss: a class it is sure of
 * (≥ `classifier.rejectAt`) → reject with that class's reason; a comment it finds unlikely to be civil
 * (≥ `classifier.holdAt`) → hold. Tagged `classifier`, with the class probabilities and the words that
 * weighed most as evidence. A comment a rule already rejected is not scored: nothing the model could
 * say would change the outcome.
 */
export const classifier: ModerationCheck = {
  name: 'classifier',
  run: ({ comment, policy, prior }) => {
    const settings = policy.classifier;
    if (!settings.enabled) return { outcome: 'pass' };
    const rejected = prior?.find((r) => r.outcome === 'reject');
    if (rejected)
      return {
        outcome: 'pass',
        evidence: [{ kind: 'classifier', value: 'skipped', detail: `already rejected by ${rejected.check}` }],
      };
    const { verdict, evidence } = classify(comment.body, settings);
    if (!verdict) return { outcome: 'pass' };
    return {
      outcome: verdict.outcome,
      reason: verdict.reason,
      score: Math.round(verdict.score * 1000) / 1000,
      evidence,
      tags: ['classifier'],
    };
  },
};
