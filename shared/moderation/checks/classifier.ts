import type { ModerationCheck } from '../types';
import { classify, defaultModel } from '../model/classifier';
import type { LinearModel } from '../model/linear-model';

/**
 * The trained classifier (`model/`), for what the rule checks before it miss: a class it is sure of
 * (≥ `classifier.rejectAt`) → reject with that class's reason; a comment it finds unlikely to be civil
 * (≥ `classifier.holdAt`) → hold. Tagged `classifier`, with the class probabilities and the words that
 * weighed most as evidence. A comment a rule already rejected is not scored: nothing the model could
 * say would change the outcome. A model that cannot be loaded (its weights file missing beside the
 * bundle) holds the comment, tagged `degraded`, as a failed provider does: a human decides.
 */
export function classifierCheck(model: () => LinearModel = defaultModel): ModerationCheck {
  return {
    name: 'classifier',
    run: ({ comment, policy, prior }) => {
      const settings = policy.classifier;
      if (!settings.enabled) return { outcome: 'pass' };
      const rejected = prior?.find((r) => r.outcome === 'reject');
      if (rejected)
        return {
          outcome: 'pass',
          evidence: [
            { kind: 'classifier', value: 'skipped', detail: `already rejected by ${rejected.check}` },
          ],
        };
      let result: ReturnType<typeof classify>;
      try {
        result = classify(comment.body, settings, model());
      } catch (error) {
        return {
          outcome: 'hold',
          reason: 'provider_degraded',
          tags: ['degraded'],
          evidence: [{ kind: 'classifier', value: 'unavailable', detail: String(error).slice(0, 200) }],
        };
      }
      const { verdict, evidence } = result;
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
}

export const classifier: ModerationCheck = classifierCheck();
