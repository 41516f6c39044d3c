/**
 * The AWS toxicity provider: Amazon Comprehend `DetectToxicContent`.
 *
 * The text is cut into segments of at most 1 KB of UTF-8 and sent 10 segments per request (the API's
 * limits), requests in parallel. Comprehend's labels map onto our categories, taking the maximum over
 * segments:
 *   PROFANITY → profanity, HATE_SPEECH → hate, INSULT and HARASSMENT_OR_ABUSE → insult,
 *   VIOLENCE_OR_THREAT → threat, SEXUAL → sexual.
 * GRAPHIC (vivid descriptions of injury) and the overall Toxicity score are kept as evidence but map to
 * no category: a foreign-affairs comment describing a massacre is graphic and legitimate. Comprehend has
 * no extremism label, so `violent_extremism` comes from the offline lexicon, run alongside.
 *
 * DetectToxicContent accepts English only: for text detected as another language the provider scores
 * with the fallback (the lexicon) and says so (`fellBack: true`, `language`, and an evidence line).
 * Errors propagate: the toxicity check turns them into a held, `degraded` comment.
 *
 * The client is injected as `{ send(command, { abortSignal }) }`. With `@aws-sdk/client-comprehend`
 * wire `command: (input) => new DetectToxicContentCommand(input)`; without it the command is the plain
 * `{ input }` object that test fakes read.
 */
import * as z from '../../zod';
import type { Evidence } from '../types';
import { detectLanguage as defaultDetectLanguage } from './language';
import { lexiconProvider } from './lexicon';
import { batches, splitSegments, MAX_SEGMENT_BYTES } from './segments';
import { zeroScores } from './types';
import { once } from '../text/memo';
import type { ScoreOptions, ToxicityCategory, ToxicityProvider, ToxicityResult } from './types';

export interface DetectToxicContentInput {
  TextSegments: Array<{ Text: string }>;
  LanguageCode: 'en';
}

/** The part of an AWS SDK v3 client the provider uses. */
export interface ComprehendClientLike {
  send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

export interface ComprehendProviderOptions {
  client: ComprehendClientLike;
  /** Builds the SDK command from its input (default: `{ input }`). */
  command?: (input: DetectToxicContentInput) => unknown;
  /** Scores text Comprehend cannot (other languages); default the lexicon. */
  fallback?: ToxicityProvider;
  /** Language guess used when the caller gives none (default: `detectLanguage`). */
  detectLanguage?: (text: string) => string;
  maxSegmentBytes?: number;
}

/**
 * The answer's schema, built on the first answer: a consumer scoring with the lexicon never needs it,
 * and building zod schemas at import is a measurable part of a cold start.
 */
const outputSchema = once(() =>
  z.object({
    ResultList: z.optional(
      z.array(
        z.object({
          Labels: z.optional(
            z.array(z.object({ Name: z.string(), Score: z.number().check(z.gte(0), z.lte(1)) })),
          ),
          Toxicity: z.optional(z.number().check(z.gte(0), z.lte(1))),
        }),
      ),
    ),
  }),
);

export const COMPREHEND_LABELS: Readonly<Record<string, ToxicityCategory | null>> = {
  PROFANITY: 'profanity',
  HATE_SPEECH: 'hate',
  INSULT: 'insult',
  HARASSMENT_OR_ABUSE: 'insult',
  VIOLENCE_OR_THREAT: 'threat',
  SEXUAL: 'sexual',
  GRAPHIC: null,
};

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Builds the Comprehend provider around an injected client. */
export function comprehendProvider(options: ComprehendProviderOptions): ToxicityProvider {
  const makeCommand = options.command ?? ((input: DetectToxicContentInput) => ({ input }));
  const fallback = options.fallback ?? lexiconProvider;
  const detect = options.detectLanguage ?? defaultDetectLanguage;
  const maxBytes = options.maxSegmentBytes ?? MAX_SEGMENT_BYTES;

  async function score(text: string, opts: ScoreOptions = {}): Promise<ToxicityResult> {
    const language = (opts.language ?? detect(text)).toLowerCase();
    if (language !== 'en' && !language.startsWith('en-')) {
      const result = await fallback.score(text, opts);
      return {
        ...result,
        language,
        fellBack: true,
        evidence: [
          {
            kind: 'provider',
            value: 'comprehend',
            detail: `DetectToxicContent accepts English only; text detected as "${language}", scored by ${result.provider}`,
          },
          ...result.evidence,
        ],
      };
    }

    const segments = splitSegments(text, maxBytes).filter((s) => /\S/.test(s.text));
    const categories = zeroScores();
    const evidence: Evidence[] = [];
    if (segments.length > 0) {
      const groups = batches(segments);
      const responses = await Promise.all(
        groups.map(async (group) => {
          opts.signal?.throwIfAborted();
          const command = makeCommand({
            TextSegments: group.map((s) => ({ Text: s.text })),
            LanguageCode: 'en',
          });
          const raw = await options.client.send(
            command as never,
            opts.signal ? { abortSignal: opts.signal } : {},
          );
          const parsed = outputSchema().parse(raw);
          const results = parsed.ResultList ?? [];
          if (results.length !== group.length) {
            throw new Error(
              `DetectToxicContent returned ${results.length} results for ${group.length} segments`,
            );
          }
          return results;
        }),
      );
      const best = new Map<string, { score: number; segment: number }>();
      responses.flat().forEach((result, i) => {
        const labels = [
          ...(result.Labels ?? []),
          ...(result.Toxicity === undefined ? [] : [{ Name: 'TOXICITY', Score: result.Toxicity }]),
        ];
        for (const { Name, Score } of labels) {
          const seen = best.get(Name);
          if (!seen || Score > seen.score) best.set(Name, { score: Score, segment: i });
        }
      });
      for (const [name, { score: s, segment }] of best) {
        const category = COMPREHEND_LABELS[name];
        if (category) categories[category] = Math.max(categories[category], round(s));
        const seg = segments[segment]!;
        evidence.push({
          kind: 'label',
          value: name,
          score: round(s),
          span: [seg.start, seg.end],
          detail: `${category ?? 'not mapped'}; segment ${segment + 1} of ${segments.length}`,
        });
      }
    }
    // Comprehend has no extremism label: take that category from the offline lexicon.
    const local = await lexiconProvider.score(text);
    categories.violent_extremism = local.categories.violent_extremism;
    evidence.push(...local.evidence.filter((e) => e.detail?.startsWith('violent_extremism')));
    return { provider: 'comprehend', categories, evidence, language: 'en' };
  }

  return { name: 'comprehend', score };
}
