import { describe, expect, it } from 'vitest';
import { classifier, classifierCheck } from '../../../shared/moderation/checks/classifier';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { makeContext } from '../support';

const withClassifier = (settings: Partial<ReturnType<typeof defaultPolicy>['classifier']>) => ({
  policy: { classifier: { ...defaultPolicy().classifier, ...settings } },
});
const THREAT = 'Keep writing lies, Ms Harlow, and one night you will not make it home. We know the street.';

describe('classifier check', () => {
  it('acts on what the model finds, tagged classifier, with the class and the words as evidence', async () => {
    const result = await classifier.run(makeContext(THREAT, withClassifier({ holdAt: 0.5 })));
    expect(result.outcome).not.toBe('pass');
    if (result.outcome === 'pass') return;
    expect(result.tags).toEqual(['classifier']);
    expect(result.evidence[0]).toMatchObject({ kind: 'classifier' });
    for (const e of result.evidence.slice(1)) expect(THREAT.slice(e.span![0], e.span![1])).toBe(e.value);
  });

  it('publishes a plain civil comment', async () => {
    const civil = 'Good summary of the Doha talks; the map of the buffer zone helped a lot.';
    expect((await classifier.run(makeContext(civil))).outcome).toBe('pass');
  });

  it('does nothing when switched off, or at thresholds of 1', async () => {
    expect(await classifier.run(makeContext(THREAT, withClassifier({ enabled: false })))).toEqual({
      outcome: 'pass',
    });
    expect(
      (await classifier.run(makeContext(THREAT, withClassifier({ holdAt: 1, rejectAt: 1 })))).outcome,
    ).toBe('pass');
  });

  it('does not score a comment a rule already rejected', async () => {
    const ctx = {
      ...makeContext(THREAT),
      prior: [{ check: 'threats', outcome: 'reject' as const, evidence: [] }],
    };
    expect(await classifier.run(ctx)).toEqual({
      outcome: 'pass',
      evidence: [{ kind: 'classifier', value: 'skipped', detail: 'already rejected by threats' }],
    });
  });

  it('holds, not rejects, what the personal-data check holds, unless the model is all but certain (round 123)', async () => {
    const dox = '@Lena_Zg here is where you live: Ulica Grge Novaka 14, Zagreb. Keep talking.';
    const heldForData = [{ check: 'personal-data', outcome: 'hold' as const, evidence: [] }];
    expect((await classifier.run(makeContext(dox))).outcome).toBe('reject');
    expect((await classifier.run({ ...makeContext(dox), prior: heldForData })).outcome).toBe('hold');
    expect((await classifier.run({ ...makeContext(THREAT), prior: heldForData })).outcome).toBe('reject');
  });

  it('holds as degraded when the model cannot be loaded, as a failed provider does', async () => {
    const missing = classifierCheck(() => {
      throw new Error("ENOENT: no such file or directory, open '/var/task/model-weights.bin'");
    });
    expect(await missing.run(makeContext('A plain comment.'))).toMatchObject({
      outcome: 'hold',
      reason: 'provider_degraded',
      tags: ['degraded'],
      evidence: [{ kind: 'classifier', value: 'unavailable' }],
    });
  });
});
