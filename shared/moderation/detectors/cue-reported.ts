/**
 * What the violence rules read as a report rather than a call (`cue-rules.ts`, `violenceCues`): an execution
 * told in the noun or the past, and a sentence dated in the past.
 */
import type { CueHit, CueScan } from './cues';
import { cuesIn } from './cues';
import { NUMBER, tokensOf } from '../text/tokens';

/**
 * An execution reported rather than called for: the noun and the past of the `lynch` cue's verbs, which
 * stems reach too (`расстрел демонстрантов в 1962 году`, `расстреляли пленных`, `el fusilamiento de Lorca`,
 * `les fusillés de 1917`, `i partigiani fucilati`, `os presos foram fuzilados`) — the news and history of a
 * war and a century. The cue stays whole (the classifier reads it); the rule reads such a word as a call only
 * with a modal in its sentence (`deberían ser fusilados`, `andrebbero fucilati`) or after `под`/`к`
 * (`под расстрел`). The infinitive and the imperative (`расстрелять`, `fusiller`) are calls as they stand.
 */
const REPORTED_EXECUTION =
  /^(?:расстрел(?:а|у|ом|е|ы|ов|ам|ами|ях|ял|яла|яли|яло|ян\p{L}*|ива\p{L}*л\p{L}*)?|rasstrel(?:a|u|om|e|y|ov|yal|yala|yali|yan\p{L}*|iva\p{L}*l\p{L}*)?|fusilamientos?|fusilad[oa]s?|fusilaron|fusil[oó]|fusill[eé]e?s?|fucilat[oiae]|fucilazion[ei]|fuzilad[oa]s?|fuzilamentos?|lynched|lynchings?|lynch[eé]e?s?|lynchage|linczu|standrechtlich\p{L}*)$/iu;
/** `execution by firing squad`, `the firing squad was abolished`: the noun after an article or `by`. */
const REPORTED_SQUAD = /(?<![\p{L}\p{N}])(?:by|the|a)\s+firing squad$/iu;
const MODAL_AROUND = /(?<![\p{L}\p{N}])(?:andrebber?o|vanno|va|sollen|под|к|pod|k)(?![\p{L}\p{N}])/iu;

export function reportedExecution(scan: CueScan, source: string, hit: CueHit): boolean {
  const word = source.slice(hit.span[0], hit.span[1]).replaceAll('\u00AD', '');
  const squad =
    /^firing squad$/i.test(word) &&
    REPORTED_SQUAD.test(source.slice(Math.max(0, hit.span[0] - 6), hit.span[1]));
  if (!squad && !REPORTED_EXECUTION.test(word)) return false;
  if (cuesIn(scan, ['should'], hit.sentence, hit.sentence).length > 0) return false;
  // The two words before it: `под расстрел`, `andrebbero fucilati`, `vanno fucilati`.
  const before = source
    .slice(Math.max(0, hit.span[0] - 24), hit.span[0])
    .split(/\s+/)
    .slice(-3)
    .join(' ');
  return !MODAL_AROUND.test(before);
}

/** Sentences that give a year of the past (`in 1955`, `w 1946 roku`, `en 2018`): history or the news. */
export function datedSentences(source: string): Set<number> {
  const out = new Set<number>();
  for (const t of tokensOf(source).tokens)
    if (t.kind === NUMBER && /^(?:1[89]\d\d|20[0-2]\d)$/.test(t.text)) out.add(t.sentence);
  return out;
}
