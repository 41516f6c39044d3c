import type { ModerationCheck } from '../types';
import { detectPersonalData } from '../detectors/personal-data';

/**
 * Phone numbers, e-mail addresses, street addresses, licence plates, identity numbers, unmasking and
 * pointing readers at someone's home or workplace (see `detectors/personal-data.ts`) → hold as
 * `personal_data`, with each item's span. Never rejected: people also post their own details, and a
 * moderator can publish a public office's address.
 */
export const personalData: ModerationCheck = {
  name: 'personal-data',
  run: ({ comment, policy }) => {
    const opts = policy.personalData;
    if (!opts.enabled) return { outcome: 'pass' };
    const evidence = detectPersonalData(comment.body, opts);
    return evidence.length > 0
      ? { outcome: 'hold', reason: 'personal_data', score: evidence.length, evidence }
      : { outcome: 'pass' };
  },
};
