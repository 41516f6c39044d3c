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
import { modelFeatures, windowFeatures } from './features';
import type { Features } from './features';
import { LinearModel, MODEL_WEIGHTS_FILE } from './linear-model';
import { WORD, tokensOf } from '../text/tokens';
import { wordClass } from '../text/phrases';
import { CLASSES } from '../detectors/word-classes';
import type { Token } from '../text/tokens';
import { addressesSomeoneMemo, namedPerson } from '../detectors/common';
import { onTheOtherSide } from '../detectors/extremism';
import { honoursTheStruck } from '../detectors/cue-rules-extremism';
import { mourned } from '../detectors/mourning';
import { reportsAScam } from '../detectors/scam-report';
import { reportsAThreat } from '../detectors/threat-report';
import { namesOfficialsOnly, namesPestsOnly } from '../detectors/officials';
import { blanked, idiomSpans } from './idioms';
import {
  ideologyMetaphorSpans,
  illnessSpans,
  mistreatmentSpans,
  namedByOthersSpans,
  outbreakSpans,
} from './described';
import { lawfulSpans } from './lawful';
import { justifiedResponseSpans } from '../detectors/extremism-justified';
import { comparisonSpans } from '../detectors/comparison';
import { natureSpans } from '../detectors/cue-rules-nature';

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
  // A second-person possessive addresses the reader too (round 77: `your mum should have swallowed`), as the abuse
  // check reads it (round 32).
  return addressesSomeoneMemo(tokens) || tokens.some((t) => YOUR(t)) || namedPerson(text, tokens);
}
/** Possessives of the second person, but French `ta` (also `that` in Polish and Russian typed in Latin). */
const YOUR = wordClass(CLASSES.your.replace('|ta|', '|'));

/** A comment of at least this many words is also read window by window when it reads civil as a whole. */
const WINDOW_MIN_WORDS = 40;
/** A window is whole sentences, this many tokens at least (the last one may have fewer). */
const WINDOW_TOKENS = 12;
/**
 * How sure the model must be that a window is not civil for it to hold the comment: surer than of a whole
 * comment (the policy's `holdAt`, 0.87 by default), since a long comment offers many windows to be wrong in.
 * Chosen on tuning batches only (round 26, docs/moderation-rounds.md): at 0.97 the windows held 36 more harmful
 * comments and 4 more civil ones there; at the policy's threshold, 52 and 21.
 */
export const WINDOW_HOLD_AT = 0.97;
/**
 * How sure the model must be that a window is removable (its rejectable classes summed, as for a whole
 * comment: `abuse` only when someone is addressed, `extremism` not when only its adversaries are praised) for
 * the window to reject the comment. Round 26, chosen on tuning batches only: right rejections +13, wrong +2
 * there; kept under a rule written before the held-out measurement (docs/moderation.md).
 */
export const WINDOW_REJECT_AT = 0.97;

/**
 * The windows of a long comment (`WINDOW_MIN_WORDS` words or more): token ranges [from, to) of whole
 * sentences, each closed at the first sentence end after `WINDOW_TOKENS` tokens. None for a shorter comment,
 * or for one that makes a single window.
 */
export function sentenceWindows(tokens: readonly Token[]): Array<[number, number]> {
  let words = 0;
  for (const t of tokens) if (t.kind === WORD) words++;
  if (words < WINDOW_MIN_WORDS) return [];
  const windows: Array<[number, number]> = [];
  for (let from = 0; from < tokens.length;) {
    let to = from + 1;
    while (
      to < tokens.length &&
      (to - from < WINDOW_TOKENS || tokens[to]!.sentence === tokens[to - 1]!.sentence)
    )
      to++;
    windows.push([from, to]);
    from = to;
  }
  return windows.length > 1 ? windows : [];
}

/**
 * A long comment that reads civil as a whole, read window by window: a threat or a claim in one paragraph of
 * an otherwise reasonable comment is outweighed, in the whole comment's features, by the words around it (the
 * classifier holds or rejects most such sentences standing alone). The first window the model is very sure
 * of decides: removable (`WINDOW_REJECT_AT`) rejects the comment, not civil (`WINDOW_HOLD_AT`) holds it. Both
 * bars are higher than a whole comment's, since the sentences around a window may be what makes it a
 * quotation or a report. Null when no window is decided.
 */
function windowVerdict(
  text: string,
  thresholds: ClassifierThresholds,
  using: LinearModel,
): { verdict: ModelVerdict; probabilities: Float64Array; features: Features; span: [number, number] } | null {
  const { tokens } = tokensOf(text);
  // A comment spelled out letter by letter is never rejected by the model, window or whole (`spelledOut`).
  const t = {
    holdAt: Math.max(thresholds.holdAt, WINDOW_HOLD_AT),
    rejectAt: spelledOut(text) ? Infinity : Math.max(thresholds.rejectAt, WINDOW_REJECT_AT),
  };
  const facts = new TextFacts(text);
  for (const [from, to] of sentenceWindows(tokens)) {
    const features = windowFeatures(text, from, to);
    const probabilities = using.probabilities(features.ids);
    const verdict = adjustedVerdict(probabilities, t, facts);
    if (verdict)
      return { verdict, probabilities, features, span: [tokens[from]!.start, tokens[to - 1]!.end] };
  }
  return null;
}

/** Scores a text; evidence (the class, then the words behind it) only when there is a verdict. */
export function classify(
  text: string,
  thresholds: ClassifierThresholds,
  using = defaultModel(),
): Classification {
  const first = classifyAsWritten(text, thresholds, using);
  if (!first.verdict) return first;
  // A friendly idiom made of a threat's words (`idioms.ts`), or mistreatment described with an animal
  // simile, a disease metaphor said of an ideology, a cancer named as an illness, a plague after an outbreak word, praise named by others (`described.ts`), lawful means in a
  // sentence that names no harm (`lawful.ts`), an answer to an attack said to be justified
  // (`extremism-justified.ts`), a comparison named as a sentence's subject (`comparison.ts`), `by nature` with no trait
  // after it (`cue-rules-nature.ts`): the comment
  // read without it decides.
  const spans = [
    ...idiomSpans(text),
    ...mistreatmentSpans(text),
    ...ideologyMetaphorSpans(text),
    ...illnessSpans(text),
    ...outbreakSpans(text),
    ...namedByOthersSpans(text),
    ...lawfulSpans(text),
    ...justifiedResponseSpans(text),
    ...comparisonSpans(text),
    ...natureSpans(text),
  ];
  return spans.length === 0 ? first : classifyAsWritten(blanked(text, spans), thresholds, using, text);
}

/**
 * Whether a comment's `extremism` probability should count for nothing: it praises only those who fought an
 * organisation (`onTheOtherSide`), blesses the dead it mourns (`mourned`), or honours those an attack struck
 * (`honoursTheStruck`).
 */
const extremismSpared = (text: string): boolean =>
  onTheOtherSide(text) || mourned(text) || honoursTheStruck(text);

/** What a comment says of whom it speaks to and of whom it praises, asked once and only when a verdict needs it. */
class TextFacts {
  private addressedMemo: boolean | undefined;
  private sparedMemo: boolean | undefined;
  private scamMemo: boolean | undefined;
  private threatMemo: boolean | undefined;
  private officialsMemo: boolean | undefined;
  private pestsMemo: boolean | undefined;
  constructor(private readonly text: string) {}
  get pestsOnly(): boolean {
    return (this.pestsMemo ??= namesPestsOnly(this.text));
  }
  get officialsOnly(): boolean {
    return (this.officialsMemo ??= namesOfficialsOnly(this.text));
  }
  get scamReported(): boolean {
    return (this.scamMemo ??= reportsAScam(this.text));
  }
  get threatReported(): boolean {
    return (this.threatMemo ??= reportsAThreat(this.text));
  }
  get addressed(): boolean {
    return (this.addressedMemo ??= addressesAnyone(this.text));
  }
  get extremismSpared(): boolean {
    return (this.sparedMemo ??= extremismSpared(this.text));
  }
}

/**
 * The model's verdict on `probabilities` for a comment (or a window of it). Whether anyone is addressed, and
 * whether organisations are named only as the adversary, matter only to a verdict (they may take `abuse` or
 * `extremism` out of the rejectable mass, which can turn a rejection into a hold and never the reverse, and
 * `extremism` out of the mass that holds): asked only then.
 */
function adjustedVerdict(
  probabilities: Float64Array,
  t: ClassifierThresholds,
  facts: TextFacts,
): ModelVerdict | null {
  const verdict = modelVerdict(probabilities, t);
  // A scam reported (`scam-report.ts`) takes `spam` out of both masses: asked only when spam decided; a threat
  // reported to no one (`threat-report.ts`) takes `threat` out, asked only when threat decided.
  const scam = verdict !== null && verdict.cls === 'spam' && facts.scamReported;
  const threat = verdict !== null && verdict.cls === 'threat' && facts.threatReported;
  // Pests and their control, no group named (`officials.ts`): asked only when hate decided.
  const pests = verdict !== null && verdict.cls === 'hate' && facts.pestsOnly;
  if (verdict?.outcome === 'reject') {
    const { addressed, extremismSpared: adversaries } = facts;
    // Contempt for office holders, no protected group named (`officials.ts`): asked only when hate decided.
    const officials = verdict.cls === 'hate' && facts.officialsOnly;
    return !addressed || adversaries || scam || threat || officials || pests
      ? modelVerdict(probabilities, t, {
          addressed,
          adversariesOnly: adversaries,
          scamReported: scam,
          threatReported: threat,
          officialsOnly: officials,
          pestsOnly: pests,
        })
      : verdict;
  }
  return verdict && (facts.extremismSpared || scam || threat || pests)
    ? modelVerdict(probabilities, t, {
        adversariesOnly: facts.extremismSpared,
        scamReported: scam,
        threatReported: threat,
        pestsOnly: pests,
      })
    : verdict;
}

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
  const verdict = adjustedVerdict(probabilities, t, new TextFacts(text));
  if (verdict)
    return { probabilities, verdict, evidence: evidenceOf(shown, verdict, probabilities, features, using) };
  const window = windowVerdict(text, thresholds, using);
  if (!window) return { probabilities, verdict, evidence: [] };
  const evidence = evidenceOf(
    shown,
    window.verdict,
    window.probabilities,
    window.features,
    using,
    window.span,
  );
  return { probabilities, verdict: window.verdict, evidence };
}

/**
 * The evidence of a verdict: the class, its score and every class's probability (of the window at `window`,
 * when a window decided), then the words that weighed most.
 */
function evidenceOf(
  shown: string,
  verdict: ModelVerdict,
  probabilities: Float64Array,
  features: Features,
  using: LinearModel,
  window?: [number, number],
): Evidence[] {
  const detail = CLASSIFIER_CLASSES.map((c, i) => `${c} ${round(probabilities[i]!)}`).join(', ');
  const evidence: Evidence[] = [
    window
      ? {
          kind: 'classifier',
          value: verdict.cls,
          score: round(verdict.score),
          span: window,
          detail: `the sentences at ${window[0]}–${window[1]} on their own: ${detail}`,
        }
      : { kind: 'classifier', value: verdict.cls, score: round(verdict.score), detail },
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
  return evidence;
}
