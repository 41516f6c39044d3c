/**
 * What a metaphor is said of when an ideology or a vice stands before it (`Islamist terror is a cancer, and the
 * first victims are Muslims`): the ideology, not the group the sentence names after it. Read by the hate
 * detector, its cue rules, the toxicity lexicon and the classifier's second reading (`model/described.ts`).
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

/** Ideologies, movements of violence and vices: what a metaphor may be said of instead of people. */
const ABSTRACT_SUBJECT = wordClass(
  [
    'terror|terrorism|extremism|jihadism|islamism|radicalism|radicalisation|radicalization|fundamentalism|ideology|hatred|antisemitism|racism|corruption|propaganda|fascism|nazism|violence|war|regime',
    'terror|terrorismo|extremismo|yihadismo|islamismo|radicalismo|fundamentalismo|ideologia|odio|antisemitismo|racismo|corrupcion|propaganda|fascismo|violencia|guerra|regimen',
    'terreur|terrorisme|extremisme|djihadisme|jihadisme|islamisme|radicalisme|fondamentalisme|ideologie|haine|racisme|corruption|fascisme',
    'terrorismus|extremismus|dschihadismus|islamismus|radikalismus|fundamentalismus|ideologie|hass|antisemitismus|rassismus|korruption|faschismus|gewalt|krieg',
    'террор|терроризм|экстремизм|джихадизм|исламизм|радикализм|фундаментализм|идеология|ненависть|антисемитизм|расизм|коррупция|пропаганда|фашизм|насилие|война',
  ].join('|'),
);
/** What may stand between the subject and the metaphor: `terror is a cancer`, `el terrorismo es un cáncer`. */
const LINKING = wordClass(
  'is|was|are|remains|a|an|the|real|true|es|un|una|est|une|ist|ein|eine|это|eto|yihadista|islamista|terrorista|radical|islamiste|djihadiste|jihadiste|terroriste|radicale',
);

/**
 * The ideology or vice named just before the word at `from` that the word is said of (`Islamist terror is a
 * cancer`, `Der Islamismus ist ein Krebsgeschwür`): its token index, or -1 (said of a group, or of no one).
 */
export function abstractSubjectBefore(tokens: readonly Token[], from: number): number {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (ABSTRACT_SUBJECT(t)) return k;
    if (!LINKING(t)) return -1;
  }
  return -1;
}

/** Who brings the ideology, named after the metaphor: `a disease spread by …`, `importée par …`. */
const BROUGHT_BY = wordClass(
  'by|from|spread|brought|carried|imported|caused|por|traido|traida|traidos|importado|importada|par|apporte|apportee|importe|importee|von|durch|eingeschleppt|importiert|от|принесли|завезли|занесли',
);

/** Whether the word at `from` is said of an ideology before it, not of people who would bring it (`spread by …`). */
export function saidOfAbstractAt(tokens: readonly Token[], from: number): boolean {
  if (abstractSubjectBefore(tokens, from) < 0) return false;
  const sentence = tokens[from]!.sentence;
  for (let k = from + 1; k < tokens.length && k <= from + 3 && tokens[k]!.sentence === sentence; k++)
    if (BROUGHT_BY(tokens[k]!)) return false;
  return true;
}
