import type { ModerationCheck } from '../types';
import { classify, defaultModel } from '../model/classifier';
import type { LinearModel } from '../model/linear-model';

/** How sure the model must be of a threat to reject a comment the personal-data check holds (round 123, on tuning batches). */
const DOXXING_REJECT_AT = 0.99;

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
      // Personal data posted with a taunt (`here's your address … Funny how brave people are online`) is the personal-data
      // check's to hold (round 123): the model's `harassment` rejection, with no rule rejecting, is lowered to a hold unless
      // the model is all but certain (a threat beside the address: `visiting 14 Larch Crescent … Bring a first aid kit`).
      const doxxing =
        verdict.outcome === 'reject' &&
        verdict.reason === 'harassment' &&
        verdict.score < DOXXING_REJECT_AT &&
        prior?.some((r) => r.check === 'personal-data' && r.outcome === 'hold');
      return {
        outcome: doxxing ? 'hold' : verdict.outcome,
        reason: verdict.reason,
        score: Math.round(verdict.score * 1000) / 1000,
        evidence,
        tags: ['classifier'],
      };
    },
  };
}

export const classifier: ModerationCheck = classifierCheck();
