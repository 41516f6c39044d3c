/**
 * What a semantic verdict costs, from the usage a provider reports and a price table the deployer passes
 * in. Prices are configuration, not code: the examples below are what the published price pages and
 * summaries of them said when this was written (see docs/providers.md) and MUST be checked against the
 * Amazon Bedrock pricing page for the region and endpoint type before anyone budgets with them.
 */
import * as z from '../../zod';
import type { GuardrailUnits, SemanticUsage } from './types';

/** USD per million tokens. Bedrock reports cached input separately from `inputTokens`. */
export interface TokenPrices {
  inputPerMTok: number;
  outputPerMTok: number;
  cacheReadPerMTok: number;
  cacheWritePerMTok: number;
}

/** USD per 1,000 text units (a text unit is up to 1,000 characters), per guardrail policy. */
export interface GuardrailPrices {
  contentPolicyPer1kUnits: number;
  topicPolicyPer1kUnits: number;
  sensitiveInformationPolicyPer1kUnits: number;
  wordPolicyPer1kUnits: number;
  contextualGroundingPolicyPer1kUnits: number;
}

export interface PriceTable {
  tokens?: TokenPrices;
  guardrail?: GuardrailPrices;
}

/**
 * A price table as a deployer writes it (construct context, function environment): one schema for both.
 * Built on call, so that bundles which import this module without pricing anything keep none of it.
 */
export function priceTableSchema() {
  const usd = z.number().check(z.gte(0));
  return z.strictObject({
    tokens: z.optional(
      z.strictObject({
        inputPerMTok: usd,
        outputPerMTok: usd,
        cacheReadPerMTok: usd,
        cacheWritePerMTok: usd,
      }),
    ),
    guardrail: z.optional(
      z.strictObject({
        contentPolicyPer1kUnits: usd,
        topicPolicyPer1kUnits: usd,
        sensitiveInformationPolicyPer1kUnits: usd,
        wordPolicyPer1kUnits: usd,
        contextualGroundingPolicyPer1kUnits: usd,
      }),
    ),
  });
}

/**
 * Example prices as looked up in December 2026 (on-demand, USD). Unverified against a bill: check the
 * Bedrock pricing page before use. Claude Haiku 4.5 through a global cross-Region inference profile;
 * regional and geographic (`us.`, `eu.`) profiles were listed about 10% higher. Cache writes are the
 * 5-minute TTL rate (1.25 × input); a 1-hour TTL write was listed at 2 × input.
 */
export const EXAMPLE_PRICES = {
  asOf: '2026-12',
  verified: false,
  claudeHaiku45Global: {
    inputPerMTok: 1.0,
    outputPerMTok: 5.0,
    cacheReadPerMTok: 0.1,
    cacheWritePerMTok: 1.25,
  } satisfies TokenPrices,
  guardrails: {
    contentPolicyPer1kUnits: 0.15,
    topicPolicyPer1kUnits: 0.15,
    sensitiveInformationPolicyPer1kUnits: 0.1,
    wordPolicyPer1kUnits: 0,
    contextualGroundingPolicyPer1kUnits: 0.1,
  } satisfies GuardrailPrices,
} as const;

/** USD for the tokens of one call. */
export function tokenCostUsd(usage: SemanticUsage, prices: TokenPrices): number {
  return (
    (usage.inputTokens * prices.inputPerMTok +
      usage.outputTokens * prices.outputPerMTok +
      usage.cacheReadInputTokens * prices.cacheReadPerMTok +
      usage.cacheWriteInputTokens * prices.cacheWritePerMTok) /
    1_000_000
  );
}

/** USD for the text units of one ApplyGuardrail call (the free PII units are free). */
export function guardrailCostUsd(units: GuardrailUnits, prices: GuardrailPrices): number {
  return (
    (units.contentPolicy * prices.contentPolicyPer1kUnits +
      units.topicPolicy * prices.topicPolicyPer1kUnits +
      units.sensitiveInformationPolicy * prices.sensitiveInformationPolicyPer1kUnits +
      units.wordPolicy * prices.wordPolicyPer1kUnits +
      units.contextualGroundingPolicy * prices.contextualGroundingPolicyPer1kUnits) /
    1000
  );
}

/** USD for one call's usage under a price table (the parts the table has prices for). */
export function costUsd(usage: SemanticUsage, prices: PriceTable): number {
  let total = 0;
  if (prices.tokens) total += tokenCostUsd(usage, prices.tokens);
  if (prices.guardrail && usage.guardrailUnits)
    total += guardrailCostUsd(usage.guardrailUnits, prices.guardrail);
  return total;
}

/**
 * USD for a million comments, each consuming `perComment` (an average), of which the share
 * `judgedShare` (0..1, default 1) reaches the provider — the rest were rejected by cheaper checks first.
 */
export function costPerMillionComments(
  perComment: SemanticUsage,
  prices: PriceTable,
  judgedShare = 1,
): number {
  if (!(judgedShare >= 0 && judgedShare <= 1)) throw new RangeError('judgedShare must be within 0..1');
  return costUsd(perComment, prices) * 1_000_000 * judgedShare;
}

/** Text units ApplyGuardrail bills for a text: one per started 1,000 characters, at least one. */
export const guardrailTextUnits = (text: string): number => Math.max(1, Math.ceil(text.length / 1000));
