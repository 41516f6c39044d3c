/**
 * The trained comment classifier (`model-meta.json` and `model-weights.bin`, written by
 * `npm run train:moderation`): class probabilities for a comment, what they say to do under the policy's
 * thresholds, and the words that pushed it there as evidence. The model is read on first use, not at import.
 */
import { readFileSync } from 'node:fs';
import modelMeta from './model-meta.json' with { type: 'json' };
import type { Evidence } from '../types';
import { CLASSIFIER_CLASSES, holdOnly, modelVerdict } from './classes';
import type { ClassifierThresholds, ModelVerdict } from './classes';
import { modelFeatures } from './features';
import { LinearModel, MODEL_WEIGHTS_FILE } from './linear-model';
import { WORD, tokensOf } from '../text/tokens';
import { addressesSomeoneMemo, namedPerson } from '../detectors/common';
import { onTheOtherSide } from '../detectors/extremism';
import { mourned } from '../detectors/mourning';
import { blanked, idiomSpans } from './idioms';

let model: LinearModel | undefined;

/**
 * The shipped model, read and decoded once. The weights file sits beside this module in the sources and
 * beside `index.mjs` in a function's bundle (the construct copies it there, `bundledFiles` in
 * `infra/constructs/handler-function.ts`); it is read on the first comment rather than parsed with the
 * bundle, so it costs nothing at cold start.
 */
export function defaultModel(): LinearModel {
  model ??= new LinearModel({
    ...modelMeta,
    weightsFile: readFileSync(new URL(`./${MODEL_WEIGHTS_FILE}`, import.meta.url)),
  });
  return model;
}

export interface Classification {
  /** Probabilities in `CLASSIFIER_CLASSES` order. */
  readonly probabilities: Float64Array;
  readonly verdict: ModelVerdict | null;
  readonly evidence: Evidence[];
}

const EVIDENCE_WORDS = 5;
/** A comment of at least this many words, this share of them single letters, is spelt out. */
const SPELT_MIN_WORDS = 6;
const SPELT_SHARE = 0.6;

/**
 * Whether the comment is spelt out letter by letter (`y o u  a r e  a n  i d i o t`): the model reads
 * words, so its probabilities for such a text say nothing, and it may hold it but never reject it (the
 * rules' matcher, which joins the letters, judges it).
 */
export function spelledOut(text: string): boolean {
  let words = 0;
  let single = 0;
  for (const t of tokensOf(text).tokens) {
    if (t.kind !== WORD) continue;
    words++;
    if (t.end - t.start === 1) single++;
  }
  return words >= SPELT_MIN_WORDS && single >= SPELT_SHARE * words;
}
const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Whether a comment addresses someone (`you`, a handle, the author) or names a person. */
export function addressesAnyone(text: string): boolean {
  const { tokens } = tokensOf(text);
  return addressesSomeoneMemo(tokens) || namedPerson(text, tokens);
}

/** Scores a text; evidence (the class, then the words behind it) only when there is a verdict. */
export function classify(
  text: string,
  thresholds: ClassifierThresholds,
  using = defaultModel(),
): Classification {
  const first = classifyAsWritten(text, thresholds, using);
  if (!first.verdict) return first;
  // A friendly idiom made of a threat's words (`idioms.ts`): the comment read without it decides.
  const idioms = idiomSpans(text);
  return idioms.length === 0 ? first : classifyAsWritten(blanked(text, idioms), thresholds, using, text);
}

/**
 * Whether a comment's `extremism` probability should count for nothing: it praises only those who fought an
 * organisation (`onTheOtherSide`), or blesses the dead it mourns (`mourned`).
 */
const extremismSpared = (text: string): boolean => onTheOtherSide(text) || mourned(text);

/** `classify` of `text` as written; `shown`: the comment whose words the evidence quotes (same offsets). */
function classifyAsWritten(
  text: string,
  thresholds: ClassifierThresholds,
  using: LinearModel,
  shown: string = text,
): Classification {
  const features = modelFeatures(text);
  const probabilities = using.probabilities(features.ids);
  const t = spelledOut(text) ? holdOnly(thresholds) : thresholds;
  // Whether anyone is addressed, and whether organisations are named only as the adversary, matter only
  // to a verdict (they may take `abuse` or `extremism` out of the rejectable mass, which can turn a
  // rejection into a hold and never the reverse, and `extremism` out of the mass that holds): asked only then.
  let verdict = modelVerdict(probabilities, t);
  if (verdict?.outcome === 'reject') {
    const addressed = addressesAnyone(text);
    const adversaries = extremismSpared(text);
    if (!addressed || adversaries) verdict = modelVerdict(probabilities, t, addressed, adversaries);
  } else if (verdict && extremismSpared(text)) verdict = modelVerdict(probabilities, t, true, true);
  if (!verdict) return { probabilities, verdict, evidence: [] };
  const evidence: Evidence[] = [
    {
      kind: 'classifier',
      value: verdict.cls,
      score: round(verdict.score),
      detail: CLASSIFIER_CLASSES.map((c, i) => `${c} ${round(probabilities[i]!)}`).join(', '),
    },
  ];
  for (const { feature, weight } of using.contributions(features.ids, verdict.index, EVIDENCE_WORDS * 2)) {
    const start = features.starts[feature]!;
    const end = features.ends[feature]!;
    if (start < 0 || evidence.length > EVIDENCE_WORDS) continue;
    evidence.push({
      kind: 'feature',
      value: shown.slice(start, end),
      span: [start, end],
      score: round(weight),
    });
  }
  return { probabilities, verdict, evidence };
}
