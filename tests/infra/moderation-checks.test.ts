/** What the two moderating functions are built with (infra/constructs/moderation-checks.ts). */
import { describe, expect, it } from 'vitest';
import { ModerationChecks } from '../../infra/constructs/moderation-checks';
import { TOXICITY_CODE_DEFINE } from '../../shared/runtime-contract';

describe('the moderating functions’ build', () => {
  it.each(['lexicon', 'comprehend'] as const)(
    'tells the bundler the toxicity provider (%s), so a lexicon build leaves Comprehend’s client out',
    (provider) => {
      const checks = new ModerationChecks(provider, undefined);
      expect(checks.functionOptions.bundlingDefine[TOXICITY_CODE_DEFINE]).toBe(JSON.stringify(provider));
    },
  );
});
