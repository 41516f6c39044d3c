import { describe, expect, it } from 'vitest';
import { judgeToxicity, toxicityCheck } from '../../../shared/moderation/checks/toxicity';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { lexiconProvider } from '../../../shared/moderation/toxicity/lexicon';
import { zeroScores } from '../../../shared/moderation/toxicity/types';
import type {
  CategoryScores,
  ScoreOptions,
  ToxicityProvider,
  ToxicityResult,
} from '../../../shared/moderation/toxicity/types';
import { makeContext } from '../support';

const fixed = (scores: Partial<CategoryScores>, extra: Partial<ToxicityResult> = {}): ToxicityProvider => ({
  name: 'fixed',
  score: () =>
    Promise.resolve({
      provider: 'fixed',
      categories: { ...zeroScores(), ...scores },
      evidence: [],
      ...extra,
    }),
});

describe('toxicity check', () => {
  it('rejects at a category’s reject threshold with that category’s public reason', async () => {
    const cases: Array<[Partial<CategoryScores>, string]> = [
      [{ insult: 0.8 }, 'abuse'],
      [{ threat: 0.7 }, 'harassment'],
      [{ hate: 0.9 }, 'hate'],
      [{ violent_extremism: 0.75 }, 'illegal'],
      [{ sexual: 0.85 }, 'abuse'],
    ];
    for (const [scores, reason] of cases) {
      expect(await toxicityCheck(fixed(scores)).run(makeContext('x'))).toMatchObject({
        outcome: 'reject',
        reason,
      });
    }
  });

  it('names the highest-scoring category when several cross the line', async () => {
    const result = await toxicityCheck(fixed({ insult: 0.85, hate: 0.95 })).run(makeContext('x'));
    expect(result).toMatchObject({ outcome: 'reject', reason: 'hate', score: 0.95 });
  });

  it('holds for review between the review and reject thresholds', async () => {
    expect(await toxicityCheck(fixed({ threat: 0.5 })).run(makeContext('x'))).toMatchObject({
      outcome: 'hold',
      reason: 'toxicity_review',
      score: 0.5,
    });
  });

  it('never rejects for profanity below its own (higher) reject threshold', async () => {
    expect((await toxicityCheck(fixed({ profanity: 0.85 })).run(makeContext('x'))).outcome).toBe('hold');
  });

  it('passes below every review threshold, keeping the scores as evidence', async () => {
    const result = await toxicityCheck(fixed({ insult: 0.3 })).run(makeContext('x'));
    expect(result.outcome).toBe('pass');
    expect(result.evidence).toContainEqual({
      kind: 'category',
      value: 'insult',
      score: 0.3,
      detail: 'review 0.5, reject 0.8',
    });
  });

  it('uses the policy’s thresholds', async () => {
    const policy = { toxicity: { ...defaultPolicy().toxicity, insult: { review: 0.2, reject: 0.25 } } };
    expect((await toxicityCheck(fixed({ insult: 0.3 })).run(makeContext('x', { policy }))).outcome).toBe(
      'reject',
    );
  });

  it('holds as provider_degraded, tagged degraded, when the provider throws', async () => {
    const failing: ToxicityProvider = {
      name: 'comprehend',
      score: () => Promise.reject(new Error('ThrottlingException')),
    };
    expect(await toxicityCheck(failing).run(makeContext('x'))).toEqual({
      outcome: 'hold',
      reason: 'provider_degraded',
      tags: ['degraded'],
      evidence: [{ kind: 'provider', value: 'comprehend', detail: 'Error: ThrottlingException' }],
    });
  });

  it('holds as degraded when a synchronous provider throws', async () => {
    const failing: ToxicityProvider = {
      name: 'broken',
      score: () => {
        throw new Error('boom');
      },
    };
    expect(await toxicityCheck(failing).run(makeContext('x'))).toMatchObject({
      outcome: 'hold',
      tags: ['degraded'],
    });
  });

  it('holds as degraded after the timeout and aborts the provider’s request', async () => {
    let signal: AbortSignal | undefined;
    const hanging: ToxicityProvider = {
      name: 'slow',
      score: (_text: string, opts?: ScoreOptions) => {
        signal = opts?.signal;
        return new Promise<never>(() => {});
      },
    };
    const result = await toxicityCheck(hanging, { timeoutMs: 20 }).run(makeContext('x'));
    expect(result).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(result.evidence?.[0]?.detail).toMatch(/did not answer within 20 ms/);
    expect(signal?.aborted).toBe(true);
  });

  it('holds as degraded when the provider answers scores outside 0..1', async () => {
    expect(await toxicityCheck(fixed({ insult: Number.NaN })).run(makeContext('x'))).toMatchObject({
      reason: 'provider_degraded',
    });
  });

  it('records the provider, its language and a fallback', () => {
    const result = judgeToxicity(
      { provider: 'lexicon', categories: zeroScores(), evidence: [], language: 'fr', fellBack: true },
      defaultPolicy().toxicity,
    );
    expect(result.evidence?.[0]).toEqual({
      kind: 'provider',
      value: 'lexicon',
      detail: 'language fr (fallback)',
    });
  });

  it('with the lexicon, rejects severe abuse aimed at the reader and records the term and its span', async () => {
    const result = await toxicityCheck(lexiconProvider).run(makeContext('Honestly, you are a wanker.'));
    expect(result).toMatchObject({ outcome: 'reject', reason: 'abuse', score: 0.92 });
    expect(result.evidence).toContainEqual({
      kind: 'term',
      value: 'wanker',
      span: [20, 26],
      score: 0.92,
      detail: 'insult: "wanker" near "you are" (youare)',
    });
  });

  it('with the lexicon, holds a milder insult aimed at the reader', async () => {
    const result = await toxicityCheck(lexiconProvider).run(makeContext('Honestly, you are a moron.'));
    expect(result).toMatchObject({ outcome: 'hold', reason: 'toxicity_review', score: 0.75 });
  });
});
