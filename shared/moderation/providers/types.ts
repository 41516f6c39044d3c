/**
 * Semantic providers: judges for what the local detectors cannot decide — insinuation, conspiracy claims and
 * invented news, sarcasm, ambiguous threats. Each provider reads one comment and returns one verdict
 * (approve | hold | reject) with a category, a confidence, the quoted passages that drove it (located in
 * the body as [start, end) offsets), a one-line rationale for moderators, and what the call consumed.
 *
 * Providers: `bedrock-guardrail` (Amazon Bedrock ApplyGuardrail), `llm-judge` (Bedrock Converse with the
 * newsroom's guidelines as policy) and `endpoint` (an HTTPS service the newsroom runs). `semanticCheck`
 * (check.ts) turns any of them into a `ModerationCheck` with a deadline; a provider that fails, times out
 * or answers nonsense holds the comment, tagged `degraded` — never an automatic approval.
 */
import type { RejectReason } from '../../domain/comment';
import type { Evidence } from '../types';

export const SEMANTIC_OUTCOMES = ['approve', 'hold', 'reject'] as const;
export type SemanticOutcome = (typeof SEMANTIC_OUTCOMES)[number];

/**
 * What a verdict is about. `none` means nothing objectionable. The list is shared by every provider so
 * that moderators see one vocabulary whichever judge ran.
 */
export const SEMANTIC_CATEGORIES = [
  'none',
  'insult',
  'harassment',
  'hate',
  'threat',
  'violent_extremism',
  'misinformation',
  'insinuation',
  'personal_data',
  'sexual',
  'spam',
  'off_topic',
  'manipulation',
  'other',
] as const;
export type SemanticCategory = (typeof SEMANTIC_CATEGORIES)[number];

/** The public reason (one of REJECT_REASONS) a rejection in each category is given. */
export const CATEGORY_REJECT_REASONS = {
  none: 'other',
  insult: 'abuse',
  harassment: 'harassment',
  hate: 'hate',
  threat: 'harassment',
  violent_extremism: 'illegal',
  misinformation: 'misinformation',
  insinuation: 'abuse',
  personal_data: 'harassment',
  sexual: 'abuse',
  spam: 'spam',
  off_topic: 'off_topic',
  manipulation: 'other',
  other: 'other',
} as const satisfies Record<SemanticCategory, RejectReason>;

/** Gravest first: which category names a verdict when several findings hold or reject alike. */
export const CATEGORY_GRAVITY: readonly SemanticCategory[] = [
  'violent_extremism',
  'threat',
  'hate',
  'personal_data',
  'harassment',
  'sexual',
  'insult',
  'misinformation',
  'insinuation',
  'manipulation',
  'spam',
  'off_topic',
  'other',
  'none',
];

export const isSemanticCategory = (x: string): x is SemanticCategory =>
  (SEMANTIC_CATEGORIES as readonly string[]).includes(x);

/** A quoted passage located in the comment body: [start, end) UTF-16 offsets, `text` is the body's slice. */
export interface SemanticSpan {
  text: string;
  start: number;
  end: number;
}

/** What one call consumed. Token fields are 0 for providers that do not bill tokens. */
export interface SemanticUsage {
  /** Input tokens billed at the normal rate (Bedrock reports cached tokens separately). */
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheWriteInputTokens: number;
  /** Bedrock Guardrails bills text units (up to 1,000 characters each) per policy instead of tokens. */
  guardrailUnits?: GuardrailUnits;
  /** Cost of the call in USD, when the provider was given a price table. */
  costUsd?: number;
}

export interface GuardrailUnits {
  contentPolicy: number;
  topicPolicy: number;
  wordPolicy: number;
  sensitiveInformationPolicy: number;
  sensitiveInformationPolicyFree: number;
  contextualGroundingPolicy: number;
}

export const zeroUsage = (): SemanticUsage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheReadInputTokens: 0,
  cacheWriteInputTokens: 0,
});

/** What a provider is given: the comment, nothing else. */
export interface SemanticInput {
  id: string;
  articleId: string;
  body: string;
  /** BCP-47 guess, when the caller has one. */
  language?: string;
  /** ISO-8601 UTC. */
  createdAt: string;
}

export interface JudgeOptions {
  /** Aborted when the check gives up waiting; providers pass it to their client and stop at once. */
  signal: AbortSignal;
}

export interface SemanticVerdict {
  /** The provider that judged, e.g. `llm-judge`. */
  provider: string;
  outcome: SemanticOutcome;
  category: SemanticCategory;
  /** 0..1: how sure the provider is of `outcome` (for an approval: that nothing is wrong). */
  confidence: number;
  /** The passages that drove the verdict, located in the body. */
  spans: SemanticSpan[];
  /** One line shown to moderators. */
  rationale: string;
  usage: SemanticUsage;
  /** Quotes the provider gave that do not occur in the body (a model paraphrasing, or inventing). */
  unlocatedQuotes?: string[];
  /** True when only part of the comment was judged (truncated to a budget): an approval then means little. */
  partial?: boolean;
  /** The model or guardrail version that judged, for the record. */
  model?: string;
  /** Provider-specific findings (guardrail filters, topics…) shown to moderators. */
  evidence?: Evidence[];
}

export interface SemanticProvider {
  /** Stable name recorded with every verdict, e.g. `bedrock-guardrail`. */
  readonly name: string;
  /** Judges one comment. Rejects on any failure; the check turns that into a held, `degraded` comment. */
  judge(input: SemanticInput, opts: JudgeOptions): Promise<SemanticVerdict>;
}

/** Why a provider gave no verdict. */
export type ProviderFailure =
  | 'timeout'
  | 'aborted'
  | 'throttled'
  | 'unavailable'
  | 'http_status'
  | 'invalid_answer'
  | 'oversize'
  | 'over_budget'
  | 'config';

/** A provider failure the check records; `usage` is set when the call was made (and billed) anyway. */
export class SemanticProviderError extends Error {
  readonly failure: ProviderFailure;
  readonly usage: SemanticUsage | undefined;
  constructor(
    failure: ProviderFailure,
    message: string,
    options: { cause?: unknown; usage?: SemanticUsage } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SemanticProviderError';
    this.failure = failure;
    this.usage = options.usage;
  }
}
