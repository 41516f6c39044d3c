import type { Policy } from '../policy';
import type { CheckResult, Evidence, ModerationCheck } from '../types';
import { TOXICITY_CATEGORIES } from '../toxicity/types';
import type { ToxicityCategory, ToxicityProvider, ToxicityResult } from '../toxicity/types';

/** The public reason a rejection for each category is given (one of REJECT_REASONS). */
export const CATEGORY_REASONS: Readonly<Record<ToxicityCategory, string>> = {
  insult: 'abuse',
  threat: 'harassment',
  hate: 'hate',
  profanity: 'abuse',
  sexual: 'abuse',
  violent_extremism: 'illegal',
};

/** Which category names the decision when several cross a line with equal scores: the gravest first. */
const GRAVITY: readonly ToxicityCategory[] = [
  'threat',
  'violent_extremism',
  'hate',
  'insult',
  'sexual',
  'profanity',
];

export interface ToxicityCheckOptions {
  /** Give up on the provider after this long and hold the comment (default 2000 ms). */
  timeoutMs?: number;
}

class ProviderTimeoutError extends Error {
  constructor(ms: number) {
    super(`toxicity provider did not answer within ${ms} ms`);
    this.name = 'ProviderTimeoutError';
  }
}

const isThenable = (x: unknown): x is PromiseLike<unknown> =>
  typeof x === 'object' && x !== null && typeof (x as { then?: unknown }).then === 'function';

/**
 * Runs the provider with a deadline; synchronous providers need no timer, and their result is returned
 * as is (no promise), so the pipeline need not wait a microtask turn for the offline lexicon.
 */
function scoreWithin(
  provider: ToxicityProvider,
  text: string,
  ms: number,
): ToxicityResult | Promise<ToxicityResult> {
  const controller = new AbortController();
  const pending = provider.score(text, { signal: controller.signal });
  return isThenable(pending) ? withDeadline(pending, controller, ms) : pending;
}

async function withDeadline(
  pending: Promise<ToxicityResult>,
  controller: AbortController,
  ms: number,
): Promise<ToxicityResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new ProviderTimeoutError(ms);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([pending, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function valid(result: ToxicityResult): boolean {
  return TOXICITY_CATEGORIES.every((c) => {
    const s = result.categories[c];
    return typeof s === 'number' && s >= 0 && s <= 1;
  });
}

function degraded(provider: ToxicityProvider, err: unknown): CheckResult {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return {
    outcome: 'hold',
    reason: 'provider_degraded',
    evidence: [{ kind: 'provider', value: provider.name, detail: message.slice(0, 300) }],
    tags: ['degraded'],
  };
}

/** Compares a provider's scores with the policy's per-category thresholds. */
export function judgeToxicity(result: ToxicityResult, thresholds: Policy['toxicity']): CheckResult {
  const categoryEvidence: Evidence[] = [];
  let reject: ToxicityCategory | null = null;
  let review: ToxicityCategory | null = null;
  let top = 0;
  for (const c of GRAVITY) {
    const s = result.categories[c];
    top = Math.max(top, s);
    const t = thresholds[c];
    if (s > 0)
      categoryEvidence.push({
        kind: 'category',
        value: c,
        score: s,
        detail: `review ${t.review}, reject ${t.reject}`,
      });
    if (s >= t.reject && (reject === null || s > result.categories[reject])) reject = c;
    else if (s >= t.review && (review === null || s > result.categories[review])) review = c;
  }
  const provider: Evidence[] = [
    {
      kind: 'provider',
      value: result.provider,
      ...(result.language
        ? { detail: `language ${result.language}${result.fellBack ? ' (fallback)' : ''}` }
        : {}),
    },
  ];
  const evidence = [...provider, ...categoryEvidence, ...result.evidence];
  if (reject) return { outcome: 'reject', reason: CATEGORY_REASONS[reject], score: top, evidence };
  if (review) return { outcome: 'hold', reason: 'toxicity_review', score: top, evidence };
  return { outcome: 'pass', score: top, evidence };
}

/**
 * The toxicity check around a provider: at or above a category's reject threshold → reject with that
 * category's public reason; at or above review → hold `toxicity_review`. A provider that throws, times
 * out or answers nonsense → hold `provider_degraded`, tagged `degraded`: never an automatic approval.
 */
export function toxicityCheck(
  provider: ToxicityProvider,
  options: ToxicityCheckOptions = {},
): ModerationCheck {
  const timeoutMs = options.timeoutMs ?? 2000;
  return {
    name: 'toxicity',
    run: ({ comment, policy }) => {
      const judge = (result: ToxicityResult): CheckResult =>
        valid(result)
          ? judgeToxicity(result, policy.toxicity)
          : degraded(provider, new Error('provider returned scores outside 0..1'));
      let scored: ToxicityResult | Promise<ToxicityResult>;
      try {
        scored = scoreWithin(provider, comment.body, timeoutMs);
      } catch (err) {
        return degraded(provider, err);
      }
      return isThenable(scored)
        ? scored.then(judge, (err: unknown) => degraded(provider, err))
        : judge(scored);
    },
  };
}
