/**
 * A comparison named as a sentence's subject (round 32, a red-team's civil probes): `Comparer les migrants à
 * des cafards, c'est exactement la rhétorique de la radio des Mille Collines`, `Сравнение мигрантов с
 * тараканами — классическая риторика расчеловечивания`, `Migranten mit Ungeziefer zu vergleichen ist die
 * Sprache der Dreißigerjahre`. The metaphor is talked about, not asserted: the hate rules and the toxicity
 * lexicon read it as compared (`comparedAt`), the classifier reads the sentence without the comparison.
 */
import { wordClass } from '../text/phrases';
import { tokensOf, type Token } from '../text/tokens';
import { sentenceStart } from './common';

/** The act of comparing: `Comparer`, `Comparing`, `Сравнение`, `vergleichen`. */
const COMPARING = wordClass(
  'comparer|comparing|compare|comparar|comparando|comparaison|vergleichen|сравнение|сравнивать|сравнивая|sravnenie|sravnivat|paragonare|porownywanie|porownywac',
);
/** How far into its sentence the comparing word may stand before the compared word (`Comparing X to Y`). */
const REACH = 6;

/**
 * Whether the word at `from` is the second term of a comparison named as its sentence's subject: the comparing
 * word opens the sentence, or follows the word as `zu vergleichen`.
 */
export function comparisonNamedAt(tokens: readonly Token[], from: number): boolean {
  const start = sentenceStart(tokens, from);
  if (from - start <= REACH && COMPARING(tokens[start]!)) return true;
  const sentence = tokens[from]!.sentence;
  for (let k = from + 1; k <= from + 2 && k + 1 < tokens.length && tokens[k + 1]!.sentence === sentence; k++)
    if (tokens[k]!.text === 'zu' && COMPARING(tokens[k + 1]!)) return true;
  return false;
}

/**
 * The spans of comparisons that open a sentence, for the classifier's second reading: from the comparing
 * word to the first clause break (`,`, `—`, `:`) or the end of the sentence; in German, from the sentence's
 * start to `zu vergleichen`.
 */
export function comparisonSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const opens = k === 0 || tokens[k - 1]!.sentence !== t.sentence;
    if (!opens) continue;
    // German puts the comparing verb last: `Migranten mit Ungeziefer zu vergleichen ist …`.
    let verb = -1;
    for (let j = k; j < k + REACH + 2 && j + 1 < tokens.length && tokens[j + 1]!.sentence === t.sentence; j++)
      if (tokens[j]!.text === 'zu' && COMPARING(tokens[j + 1]!)) verb = j + 1;
    if (verb >= 0) {
      spans.push([t.start, tokens[verb]!.end]);
      continue;
    }
    if (!COMPARING(t)) continue;
    let end = k;
    while (
      end + 1 < tokens.length &&
      tokens[end + 1]!.sentence === t.sentence &&
      !/[,:;—–]/.test(source.slice(tokens[end]!.end, tokens[end + 1]!.start))
    )
      end++;
    spans.push([t.start, tokens[end]!.end]);
  }
  return spans;
}
