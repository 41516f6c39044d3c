/**
 * The toxicity provider interface. A provider scores a text per category (0..1) and says why; the
 * toxicity check compares the scores with the policy's thresholds. Providers: `lexicon` (offline,
 * deterministic, the default) and `comprehend` (Amazon Comprehend DetectToxicContent).
 */
import type { Evidence } from '../types';

export const TOXICITY_CATEGORIES = [
  'insult',
  'threat',
  'hate',
  'profanity',
  'sexual',
  'violent_extremism',
] as const;
export type ToxicityCategory = (typeof TOXICITY_CATEGORIES)[number];
export type CategoryScores = Record<ToxicityCategory, number>;

export const zeroScores = (): CategoryScores => ({
  insult: 0,
  threat: 0,
  hate: 0,
  profanity: 0,
  sexual: 0,
  violent_extremism: 0,
});

export interface ScoreOptions {
  /** Aborted when the check gives up waiting (timeout); network providers pass it to their client. */
  signal?: AbortSignal;
  /** BCP-47 language of the text when known; providers detect it otherwise. */
  language?: string;
}

export interface ToxicityResult {
  /** The provider that produced the scores (`lexicon` also when another provider fell back to it). */
  provider: string;
  categories: CategoryScores;
  /** What drove the scores: matched terms with spans, or service labels per segment. */
  evidence: Evidence[];
  /** The language the text was scored as, when the provider knows. */
  language?: string;
  /** True when the configured provider could not score this text and another one did. */
  fellBack?: boolean;
}

export interface ToxicityProvider {
  readonly name: string;
  /** Scores a text; may reject (network error), which the toxicity check turns into a held comment. */
  score(text: string, opts?: ScoreOptions): ToxicityResult | Promise<ToxicityResult>;
}
