/**
 * `semanticCheck(provider, options)`: a semantic provider as a pipeline check.
 *
 * - Skip: a comment an earlier (cheap) check already rejected is not sent to a paid provider. The check
 *   reads `ctx.prior`, the records of the checks that ran before it (see `SemanticCheckContext`); the
 *   pipeline must pass them (docs/providers.md, "Wiring"). A skipped check still records a `pass` saying
 *   why, so the decision keeps one record per check.
 * - Deadline: the provider gets an AbortSignal that fires after `timeoutMs`; the check stops waiting at
 *   that moment whether or not the provider honours the signal.
 * - Failure: a provider that throws, times out, is throttled or answers nonsense → `hold`,
 *   reason `provider_degraded`, tag `degraded`. Never an automatic approval.
 * - Verdicts: `reject` at or above `rejectMinConfidence` in a category allowed to reject → `reject` with
 *   the category's public reason; any other reject, and every hold → `hold` (`semantic_review`);
 *   `approve` → `pass` (the semantic check never approves by itself: later checks such as pre-moderation
 *   still apply), unless only part of the comment was judged (`semantic_partial`) or the provider was
 *   unsure (`semantic_uncertain`, below `approveMinConfidence`).
 * - Evidence: the provider and its verdict, the rationale, every quoted passage with its [start, end)
 *   offsets in the body, provider findings, and the usage (tokens or text units, cost when priced).
 */
import { detectLanguage as defaultDetectLanguage } from '../toxicity/language';
import type { CheckContext, CheckRecord, CheckResult, Evidence, ModerationCheck } from '../types';
import {
  CATEGORY_REJECT_REASONS,
  SEMANTIC_CATEGORIES,
  SEMANTIC_OUTCOMES,
  SemanticProviderError,
} from './types';
import type {
  SemanticCategory,
  SemanticInput,
  SemanticProvider,
  SemanticUsage,
  SemanticVerdict,
} from './types';
import { oneLine, raceAbort, round3 } from './util';

/**
 * The context the semantic check reads: the pipeline's context plus, optionally, the records of the checks
 * that already ran for this comment, in order. Without `prior` the check cannot skip and always calls.
 */
export interface SemanticCheckContext extends CheckContext {
  readonly prior?: readonly CheckRecord[];
}

export interface SemanticCheckOptions {
  /** Stop waiting for the provider after this long and hold as degraded (default 5000 ms). */
  timeoutMs?: number;
  /** The check's name in decision records (default `semantic-<provider name>`). */
  name?: string;
  /**
   * Which earlier outcomes make the call pointless: `reject` (default) skips comments already rejected;
   * `reject-or-hold` also skips comments already going to a human, which saves money but leaves the
   * moderator without the semantic verdict.
   */
  skipWhen?: 'reject' | 'reject-or-hold' | 'never';
  /** A `reject` verdict below this confidence is held instead (default 0.8). */
  rejectMinConfidence?: number;
  /** An `approve` verdict below this confidence is held as `semantic_uncertain` (default 0: never). */
  approveMinConfidence?: number;
  /**
   * Categories that never reject automatically, only hold: judgements a newsroom wants a human to sign
   * (default: misinformation, insinuation, manipulation, off_topic, other, none).
   */
  holdOnlyCategories?: readonly SemanticCategory[];
  /** Language guess sent to the provider (default: the offline guess in toxicity/language.ts). */
  detectLanguage?: ((text: string) => string | undefined) | null;
}

export const DEFAULT_HOLD_ONLY: readonly SemanticCategory[] = [
  'misinformation',
  'insinuation',
  'manipulation',
  'off_topic',
  'other',
  'none',
];

/** Caps on what one decision record carries, so a chatty provider cannot bloat the comment item. */
const MAX_QUOTES = 10;
const MAX_PROVIDER_EVIDENCE = 10;

function usageEvidence(usage: SemanticUsage): Evidence | null {
  const parts: string[] = [];
  if (usage.inputTokens || usage.outputTokens || usage.cacheReadInputTokens || usage.cacheWriteInputTokens) {
    parts.push(
      `tokens in ${usage.inputTokens}, out ${usage.outputTokens}, cache read ${usage.cacheReadInputTokens}, cache write ${usage.cacheWriteInputTokens}`,
    );
  }
  if (usage.guardrailUnits) {
    const u = usage.guardrailUnits;
    parts.push(
      `guardrail units: content ${u.contentPolicy}, topics ${u.topicPolicy}, words ${u.wordPolicy}, PII ${u.sensitiveInformationPolicy}`,
    );
  }
  if (usage.costUsd !== undefined) parts.push(`cost $${usage.costUsd.toFixed(6)}`);
  if (parts.length === 0) return null;
  return {
    kind: 'usage',
    value: 'usage',
    ...(usage.costUsd === undefined ? {} : { score: usage.costUsd }),
    detail: parts.join('; '),
  };
}

function failureOf(err: unknown): string {
  if (err instanceof SemanticProviderError) return err.failure;
  const name = err instanceof Error ? err.name : '';
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException') return 'throttled';
  if (name === 'AbortError' || name === 'TimeoutError') return 'aborted';
  return 'error';
}

function degraded(provider: SemanticProvider, err: unknown): CheckResult {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const evidence: Evidence[] = [
    { kind: 'provider', value: provider.name, detail: oneLine(`${failureOf(err)}; ${message}`, 300) },
  ];
  const usage = err instanceof SemanticProviderError && err.usage ? usageEvidence(err.usage) : null;
  if (usage) evidence.push(usage);
  return { outcome: 'hold', reason: 'provider_degraded', evidence, tags: ['degraded'] };
}

/** A verdict the check can rely on: known outcome and category, confidence in 0..1, spans inside the body. */
function invalidVerdict(v: SemanticVerdict, body: string): string | null {
  if (!(SEMANTIC_OUTCOMES as readonly string[]).includes(v.outcome))
    return `unknown outcome ${String(v.outcome)}`;
  if (!(SEMANTIC_CATEGORIES as readonly string[]).includes(v.category))
    return `unknown category ${String(v.category)}`;
  if (typeof v.confidence !== 'number' || !(v.confidence >= 0 && v.confidence <= 1))
    return `confidence ${String(v.confidence)} outside 0..1`;
  if (!Array.isArray(v.spans)) return 'spans missing';
  if (typeof v.usage !== 'object' || v.usage === null) return 'usage missing';
  for (const s of v.spans) {
    if (!(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end <= body.length &&
      s.start < s.end
    ))
      return `span [${s.start}, ${s.end}) outside the body`;
  }
  return null;
}

/** Runs the provider with a deadline; the signal aborts with a `timeout` error the check records. */
async function judgeWithin(
  provider: SemanticProvider,
  input: SemanticInput,
  ms: number,
): Promise<SemanticVerdict> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new SemanticProviderError('timeout', `no verdict within ${ms} ms`)),
    ms,
  );
  try {
    const pending = Promise.resolve().then(() => provider.judge(input, { signal: controller.signal }));
    return await raceAbort(pending, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

function skipReason(prior: readonly CheckRecord[] | undefined, when: 'reject' | 'reject-or-hold' | 'never') {
  if (!prior || when === 'never') return null;
  const decisive =
    prior.find((r) => r.outcome === 'reject') ??
    (when === 'reject-or-hold' ? prior.find((r) => r.outcome === 'hold') : undefined);
  return decisive ?? null;
}

/** The semantic check around one provider. */
export function semanticCheck(
  provider: SemanticProvider,
  options: SemanticCheckOptions = {},
): ModerationCheck {
  const timeoutMs = options.timeoutMs ?? 5000;
  const skipWhen = options.skipWhen ?? 'reject';
  const rejectMin = options.rejectMinConfidence ?? 0.8;
  const approveMin = options.approveMinConfidence ?? 0;
  const holdOnly = new Set<SemanticCategory>(options.holdOnlyCategories ?? DEFAULT_HOLD_ONLY);
  const detect = options.detectLanguage === undefined ? defaultDetectLanguage : options.detectLanguage;

  async function run(ctx: SemanticCheckContext): Promise<CheckResult> {
    const skip = skipReason(ctx.prior, skipWhen);
    if (skip) {
      return {
        outcome: 'pass',
        evidence: [
          {
            kind: 'provider',
            value: provider.name,
            detail: `skipped: already ${skip.outcome === 'reject' ? 'rejected' : 'held'} by ${skip.check}${skip.reason ? ` (${skip.reason})` : ''}`,
          },
        ],
      };
    }
    const { comment } = ctx;
    const language = detect?.(comment.body);
    const input: SemanticInput = {
      id: comment.id,
      articleId: comment.articleId,
      body: comment.body,
      createdAt: comment.createdAt,
      ...(language ? { language } : {}),
    };

    let verdict: SemanticVerdict;
    try {
      verdict = await judgeWithin(provider, input, timeoutMs);
    } catch (err) {
      return degraded(provider, err);
    }
    const invalid = invalidVerdict(verdict, comment.body);
    if (invalid) {
      return degraded(
        provider,
        new SemanticProviderError('invalid_answer', `provider verdict unusable: ${invalid}`, {
          usage: verdict.usage,
        }),
      );
    }

    const confidence = round3(verdict.confidence);
    const evidence: Evidence[] = [
      {
        kind: 'provider',
        value: verdict.provider,
        score: confidence,
        detail: `${verdict.outcome} ${verdict.category} at ${confidence}${verdict.model ? ` (${verdict.model})` : ''}`,
      },
    ];
    if (verdict.rationale) evidence.push({ kind: 'rationale', value: oneLine(verdict.rationale, 300) });
    for (const s of verdict.spans.slice(0, MAX_QUOTES)) {
      evidence.push({
        kind: 'quote',
        value: oneLine(s.text, 200),
        span: [s.start, s.end],
        detail: verdict.category,
      });
    }
    for (const q of (verdict.unlocatedQuotes ?? []).slice(0, MAX_QUOTES)) {
      evidence.push({
        kind: 'quote',
        value: oneLine(q, 200),
        detail: 'quoted by the provider, not found in the comment',
      });
    }
    evidence.push(...(verdict.evidence ?? []).slice(0, MAX_PROVIDER_EVIDENCE));
    const usage = usageEvidence(verdict.usage);
    if (usage) evidence.push(usage);

    if (verdict.outcome === 'approve') {
      const score = round3(1 - confidence);
      if (verdict.partial) {
        evidence.push({ kind: 'limit', value: 'partial', detail: 'only part of the comment was judged' });
        return { outcome: 'hold', reason: 'semantic_partial', score, evidence };
      }
      if (confidence < approveMin) {
        evidence.push({
          kind: 'limit',
          value: 'uncertain',
          detail: `approval at ${confidence} < ${approveMin}`,
        });
        return { outcome: 'hold', reason: 'semantic_uncertain', score, evidence };
      }
      return { outcome: 'pass', score, evidence };
    }
    if (verdict.outcome === 'reject' && confidence >= rejectMin && !holdOnly.has(verdict.category)) {
      return {
        outcome: 'reject',
        reason: CATEGORY_REJECT_REASONS[verdict.category],
        score: confidence,
        evidence,
      };
    }
    if (verdict.outcome === 'reject') {
      evidence.push({
        kind: 'limit',
        value: 'held-not-rejected',
        detail: holdOnly.has(verdict.category)
          ? `${verdict.category} is held for a human, never rejected automatically`
          : `reject at ${confidence} < ${rejectMin}`,
      });
    }
    return { outcome: 'hold', reason: 'semantic_review', score: confidence, evidence };
  }

  return { name: options.name ?? `semantic-${provider.name}`, run };
}
