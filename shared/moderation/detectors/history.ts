/**
 * Whether a word sets its sentence in history (`misinformation.ts`: a staged attack told as history; `cue-rules.ts`,
 * round 116: an execution told as history).
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { NUMBER } from '../text/tokens';

/**
 * Words that set a sentence in history, where a staged attack or a hired crowd is a documented fact
 * (`Operation Northwoods proposed staged attacks`, `the Gleiwitz incident was staged by the SS to give Hitler
 * a pretext`), not the comment's claim about today's news.
 */
const HISTORY = wordClass(
  [
    'historian|historians|historically|pretext|pretexts',
    'historiador|historiadores|pretexto',
    'historien|historiens|pretexte',
    'historiker|vorwand',
    'историк|историки|предлогом',
  ].join('|'),
);

/**
 * A year of the last two centuries (`in 1939`, `1962`): the sentence tells history. Not a document said to
 * be declassified today, which is how a rumour sounds (`Документы уже рассекречены, просто СМИ молчат`).
 */
const PAST_YEAR = /^1[89]\d\d$/;

/** Round 116: also read by the cue rules, for executions told as history (`Расстрел царской семьи в 1918 году`). */
export const historical = (t: Token): boolean => (t.kind === NUMBER ? PAST_YEAR.test(t.text) : HISTORY(t));

/** `о`, `об`, `про`, `about`: what follows is talked about (round 119: `свидетельства о расстрелах сдавшихся`). */
const ABOUT = new Set(['о', 'об', 'про', 'about', 'sobre', 'sur', 'uber']);
/**
 * Whether the execution word at `k` reports what was done rather than calls for it (round 119, `dev127`, `/work/audit63`):
 * a Russian past tense in the plural (`Tam rasstrelivali celye semi`, `их расстреляли`), or a noun after `about`.
 */
export function reportedExecutionAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!.text;
  if (t.length > 6 && /(?:ли|li)$/u.test(t) && /^(?:расстрел|rasstrel|казни|kazni|вешали|veshali)/u.test(t))
    return true;
  const before = tokens[k - 1];
  return before !== undefined && before.sentence === tokens[k]!.sentence && ABOUT.has(before.text);
}

/** Whether the sentence of token `at` has a word of history within thirty words of it (round 116; bounded, so linear). */
export function historicalSentence(tokens: readonly Token[], at: number): boolean {
  const { sentence } = tokens[at]!;
  for (let k = Math.max(0, at - 30); k < tokens.length && k <= at + 30; k++)
    if (tokens[k]!.sentence === sentence && historical(tokens[k]!)) return true;
  return false;
}
