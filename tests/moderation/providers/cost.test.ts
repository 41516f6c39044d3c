/**
 * Cost per comment and per million comments from token counts (or guardrail text units) and a price
 * table. The figures are the worked examples in docs/providers.md; the prices are examples to verify.
 */
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PRICES,
  costPerMillionComments,
  costUsd,
  guardrailCostUsd,
  guardrailTextUnits,
  tokenCostUsd,
} from '../../../shared/moderation/providers/cost';
import type { TokenPrices } from '../../../shared/moderation/providers/cost';
import { zeroUsage } from '../../../shared/moderation/providers/types';

const haiku = EXAMPLE_PRICES.claudeHaiku45Global;

describe('semantic provider cost', () => {
  it('prices each token kind at its own rate', () => {
    const prices: TokenPrices = {
      inputPerMTok: 2,
      outputPerMTok: 10,
      cacheReadPerMTok: 0.2,
      cacheWritePerMTok: 2.5,
    };
    const usage = {
      inputTokens: 1_000_000,
      outputTokens: 1_000_000,
      cacheReadInputTokens: 1_000_000,
      cacheWriteInputTokens: 1_000_000,
    };
    expect(tokenCostUsd(usage, prices)).toBeCloseTo(2 + 10 + 0.2 + 2.5, 12);
  });

  it('LLM judge, no cache hit: 3,000 input + 110 output tokens → $0.00355 a comment, $3,550 per million', () => {
    const perComment = { ...zeroUsage(), inputTokens: 3000, outputTokens: 110 };
    // 3,000 × $1/1M + 110 × $5/1M = $0.003 + $0.00055
    expect(costUsd(perComment, { tokens: haiku })).toBeCloseTo(0.00355, 12);
    expect(costPerMillionComments(perComment, { tokens: haiku })).toBeCloseTo(3550, 6);
  });

  it('LLM judge, cached prefix of 4,300 tokens: 170 input + 4,300 cache read + 110 output → $1,150 per million', () => {
    const perComment = { ...zeroUsage(), inputTokens: 170, cacheReadInputTokens: 4300, outputTokens: 110 };
    // 170 × $1 + 4,300 × $0.10 + 110 × $5 = $170 + $430 + $550 per million comments
    expect(costPerMillionComments(perComment, { tokens: haiku })).toBeCloseTo(1150, 6);
  });

  it('only the share that reaches the provider is billed (the rest was rejected by cheaper checks)', () => {
    const perComment = { ...zeroUsage(), inputTokens: 3000, outputTokens: 110 };
    expect(costPerMillionComments(perComment, { tokens: haiku }, 0.85)).toBeCloseTo(3017.5, 6);
    expect(() => costPerMillionComments(perComment, { tokens: haiku }, 1.5)).toThrow(RangeError);
  });

  it('guardrail: one text unit per started 1,000 characters, per policy → $400 per million short comments', () => {
    expect(guardrailTextUnits('x'.repeat(420))).toBe(1);
    expect(guardrailTextUnits('x'.repeat(1000))).toBe(1);
    expect(guardrailTextUnits('x'.repeat(1001))).toBe(2);
    expect(guardrailTextUnits('')).toBe(1);
    const units = {
      contentPolicy: 1,
      topicPolicy: 1,
      wordPolicy: 0,
      sensitiveInformationPolicy: 1,
      sensitiveInformationPolicyFree: 0,
      contextualGroundingPolicy: 0,
    };
    // (1 × $0.15 + 1 × $0.15 + 1 × $0.10) / 1,000 = $0.0004 a comment
    expect(guardrailCostUsd(units, EXAMPLE_PRICES.guardrails)).toBeCloseTo(0.0004, 12);
    expect(
      costPerMillionComments(
        { ...zeroUsage(), guardrailUnits: units },
        { guardrail: EXAMPLE_PRICES.guardrails },
      ),
    ).toBeCloseTo(400, 6);
  });

  it('a table without a price for a usage kind ignores that kind', () => {
    const usage = { ...zeroUsage(), inputTokens: 1000 };
    expect(costUsd(usage, {})).toBe(0);
    expect(costUsd(usage, { guardrail: EXAMPLE_PRICES.guardrails })).toBe(0);
  });

  it('the example prices say they are unverified', () => {
    expect(EXAMPLE_PRICES.verified).toBe(false);
  });
});
