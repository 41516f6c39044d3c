/**
 * Dollars from the measured units and durations, at list prices. The prices are constants here, with their
 * source and date: list prices as published; verify before relying.
 */
import {
  EXAMPLE_PRICES,
  costPerMillionComments,
  guardrailTextUnits,
  type PriceTable,
} from '../../shared/moderation/providers/cost';
import type { SemanticUsage } from '../../shared/moderation/providers/types';

export const PRICES = {
  region: 'us-east-1',
  asOf: 'DynamoDB on-demand as reduced on 1 November 2024; Lambda (arm64) and HTTP API list prices as published at that date and unchanged since as far as known',
  caveat: 'list prices as published; verify before relying',
  dynamodb: { perMillionWriteUnits: 0.625, perMillionReadUnits: 0.125, storagePerGbMonth: 0.25 },
  lambdaArm64: { perGbSecond: 0.0000133334, perMillionRequests: 0.2 },
  httpApi: { perMillionRequests: 1.0 },
  /** Not in the brief's list; used for the lines marked "other". */
  other: {
    asOf: 'us-east-1 list prices as published (stable for several years); verify before relying',
    pitrPerGbMonth: 0.2,
    cloudwatchAlarmMetricMonth: 0.1,
    cloudwatchDashboardMonth: 3.0,
    cloudwatchCustomMetricMonth: 0.3,
    secretsManagerSecretMonth: 0.4,
    xrayPerMillionTracesRecorded: 5.0,
  },
} as const;

/** Storage overhead DynamoDB adds per item, in the table and in each index (developer guide). */
export const ITEM_OVERHEAD_BYTES = 100;

export interface Invocation {
  /** Function memory (MB) and billed duration (ms, rounded up to whole ms as Lambda bills). */
  memoryMb: number;
  durationMs: number;
  /** How many invocations per action (e.g. 1/20 of a queue page per decided comment). */
  share?: number;
}

export interface ActionCost {
  label: string;
  apiRequests: number;
  lambda: Invocation[];
  readUnits: number;
  writeUnits: number;
}

export interface CostLine {
  label: string;
  /** Per million actions, in dollars, by service. */
  api: number;
  lambdaRequests: number;
  lambdaDuration: number;
  dynamodbWrites: number;
  dynamodbReads: number;
  total: number;
  /** X-Ray traces if every invocation is sampled (the default rule samples nearly all at low traffic). */
  xrayIfTraced: number;
}

export function costPerMillion(a: ActionCost): CostLine {
  const M = 1_000_000;
  const p = PRICES;
  const invocations = a.lambda.reduce((n, l) => n + (l.share ?? 1), 0);
  const gbSeconds = a.lambda.reduce(
    (s, l) => s + (l.share ?? 1) * (l.memoryMb / 1024) * (Math.ceil(l.durationMs) / 1000),
    0,
  );
  const line = {
    label: a.label,
    api: a.apiRequests * p.httpApi.perMillionRequests,
    lambdaRequests: invocations * p.lambdaArm64.perMillionRequests,
    lambdaDuration: gbSeconds * M * p.lambdaArm64.perGbSecond,
    dynamodbWrites: a.writeUnits * p.dynamodb.perMillionWriteUnits,
    dynamodbReads: a.readUnits * p.dynamodb.perMillionReadUnits,
    total: 0,
    xrayIfTraced: invocations * p.other.xrayPerMillionTracesRecorded,
  };
  line.total =
    line.api + line.lambdaRequests + line.lambdaDuration + line.dynamodbWrites + line.dynamodbReads;
  return line;
}

export interface IdleInputs {
  alarmMetrics: number;
  dashboards: number;
  secrets: number;
  sweeperRunsPerMonth: number;
  sweeperMemoryMb: number;
  sweeperDurationMs: number;
  sweeperReadUnits: number;
  sweeperCustomMetrics: number;
}

export interface IdleLine {
  item: string;
  perMonth: number;
  note: string;
}

export function idleCost(i: IdleInputs): { lines: IdleLine[]; total: number; briefPricesOnly: number } {
  const p = PRICES;
  const sweeperLambda =
    (i.sweeperRunsPerMonth / 1e6) * p.lambdaArm64.perMillionRequests +
    i.sweeperRunsPerMonth *
      (i.sweeperMemoryMb / 1024) *
      (Math.ceil(i.sweeperDurationMs) / 1000) *
      p.lambdaArm64.perGbSecond;
  const sweeperReads = ((i.sweeperRunsPerMonth * i.sweeperReadUnits) / 1e6) * p.dynamodb.perMillionReadUnits;
  const lines: IdleLine[] = [
    {
      item: 'DynamoDB requests and storage (empty on-demand table)',
      perMonth: 0,
      note: 'on-demand: nothing without requests',
    },
    {
      item: `sweeper: ${Math.round(i.sweeperRunsPerMonth)} runs (Lambda)`,
      perMonth: sweeperLambda,
      note: `${Math.ceil(i.sweeperDurationMs)} ms at ${i.sweeperMemoryMb} MB each`,
    },
    {
      item: 'sweeper: DynamoDB reads',
      perMonth: sweeperReads,
      note: `${i.sweeperReadUnits} read units per run`,
    },
    {
      item: `sweeper: ${i.sweeperCustomMetrics} custom metrics (other)`,
      perMonth: i.sweeperCustomMetrics * p.other.cloudwatchCustomMetricMonth,
      note: 'published by the idle runs measured (only figures above zero are published)',
    },
    {
      item: `CloudWatch alarms: ${i.alarmMetrics} alarm metrics (other)`,
      perMonth: i.alarmMetrics * p.other.cloudwatchAlarmMetricMonth,
      note: 'standard resolution',
    },
    {
      item: `CloudWatch dashboard x${i.dashboards} (other)`,
      perMonth: i.dashboards * p.other.cloudwatchDashboardMonth,
      note: 'free if the account has fewer than 3 others',
    },
    {
      item: `Secrets Manager secret x${i.secrets} (other)`,
      perMonth: i.secrets * p.other.secretsManagerSecretMonth,
      note: 'PARLEY_SECRET',
    },
    {
      item: 'API Gateway, SQS, Cognito (no users), Logs, PITR of an empty table',
      perMonth: 0,
      note: 'billed per use / per GB only',
    },
  ];
  const total = lines.reduce((s, l) => s + l.perMonth, 0);
  return { lines, total, briefPricesOnly: sweeperLambda + sweeperReads };
}

/** Monthly storage of a million comments (table item + its index entries + audit events), in dollars. */
export function storagePerMillionComments(bytesPerComment: number): {
  gb: number;
  perMonth: number;
  pitrPerMonth: number;
} {
  const gb = (bytesPerComment * 1_000_000) / 1024 ** 3;
  return {
    gb,
    perMonth: gb * PRICES.dynamodb.storagePerGbMonth,
    pitrPerMonth: gb * PRICES.other.pitrPerGbMonth,
  };
}

/**
 * The semantic providers (docs/providers.md) per million comments: no measurement (nothing calls AWS here),
 * the providers' own cost functions (shared/moderation/providers/cost.ts) applied to a usage per comment
 * and to EXAMPLE_PRICES, which are unverified examples: every figure here is marked so. Token counts of the
 * LLM judge are the estimates of docs/providers.md until a deployment's recorded usage replaces them.
 */
export const SEMANTIC_ESTIMATES = {
  /** Judge instructions + default guidelines (~2,300) + the verdict tool and tool-use overhead (~500). */
  judgePrefixTokens: 2800,
  /** A newsroom's longer guidelines that reach Haiku 4.5's 4,096-token caching minimum. */
  cachedPrefixTokens: 4300,
  /** One tool call with a one-line rationale. */
  judgeOutputTokens: 110,
  /** The comment's JSON wrapper (ids, language). */
  commentWrapperTokens: 20,
  /** Characters per token of English prose (the comment itself). */
  charsPerToken: 4,
} as const;

export interface SemanticCostLine {
  provider: string;
  /** What one comment consumes, in words. */
  usage: string;
  perMillionJudged: number;
  /** × the share of comments no cheaper check rejected (the semantic checks skip those). */
  perMillionPosted: number;
}

export interface SemanticCosts {
  pricesAsOf: string;
  verified: false;
  commentChars: number;
  judgedShare: number;
  judgedShareSource: string;
  lines: SemanticCostLine[];
  /** Lambda duration the consumer waits for a provider, per million comments and second of waiting. */
  lambdaWaitPerSecond: number;
}

export function semanticCosts(
  commentChars: number,
  judgedShare: number,
  judgedShareSource: string,
): SemanticCosts {
  const e = SEMANTIC_ESTIMATES;
  const zero = { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheWriteInputTokens: 0 };
  const units = guardrailTextUnits('x'.repeat(commentChars));
  const commentTokens = Math.ceil(commentChars / e.charsPerToken) + e.commentWrapperTokens;
  const guardrailPrices: PriceTable = { guardrail: EXAMPLE_PRICES.guardrails };
  const tokenPrices: PriceTable = { tokens: EXAMPLE_PRICES.claudeHaiku45Global };
  const rows: [string, string, SemanticUsage, PriceTable][] = [
    [
      'bedrock-guardrail (content filters, denied topics, PII)',
      `${units} text unit${units === 1 ? '' : 's'} per policy`,
      {
        ...zero,
        guardrailUnits: {
          contentPolicy: units,
          topicPolicy: units,
          sensitiveInformationPolicy: units,
          wordPolicy: 0,
          sensitiveInformationPolicyFree: 0,
          contextualGroundingPolicy: 0,
        },
      },
      guardrailPrices,
    ],
    [
      'llm-judge, default guidelines (under the caching minimum)',
      `${(e.judgePrefixTokens + commentTokens).toLocaleString('en')} input + ${e.judgeOutputTokens} output tokens`,
      { ...zero, inputTokens: e.judgePrefixTokens + commentTokens, outputTokens: e.judgeOutputTokens },
      tokenPrices,
    ],
    [
      'llm-judge, longer guidelines read from the prompt cache',
      `${commentTokens} input + ${e.cachedPrefixTokens.toLocaleString('en')} cache-read + ${e.judgeOutputTokens} output tokens`,
      {
        ...zero,
        inputTokens: commentTokens,
        cacheReadInputTokens: e.cachedPrefixTokens,
        outputTokens: e.judgeOutputTokens,
      },
      tokenPrices,
    ],
    ['endpoint (the newsroom’s service)', 'nothing billed by AWS but the wait', zero, {}],
  ];
  return {
    pricesAsOf: EXAMPLE_PRICES.asOf,
    verified: EXAMPLE_PRICES.verified,
    commentChars,
    judgedShare,
    judgedShareSource,
    lines: rows.map(([provider, usage, perComment, prices]) => ({
      provider,
      usage,
      perMillionJudged: costPerMillionComments(perComment, prices),
      perMillionPosted: costPerMillionComments(perComment, prices, judgedShare),
    })),
    lambdaWaitPerSecond: 0.25 * PRICES.lambdaArm64.perGbSecond * 1_000_000,
  };
}
