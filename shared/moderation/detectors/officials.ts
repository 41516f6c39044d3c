/**
 * Contempt for the powerful (round 65, `/work/audit34`): `Brussels bureaucrats are parasites living off our taxes`,
 * `los de Bruselas son unos vividores`. The classifier learnt `hate` from the words hate uses for people (parasites,
 * vermin), and rejected such comments as hate; a newsroom holds them at most. A comment that says what office holders or a
 * political class are, and names no protected group (the `group` cue of `cues.ts`: group names, slurs, demonyms), may not be
 * rejected for `hate` by the model (`officialsOnly` in `model/classes.ts`); the rule checks still read it.
 */
import { wordClass } from '../text/phrases';
import { tokensOf, type Token } from '../text/tokens';
import { scanCues } from './cues';
import { CLASSES } from './word-classes';

const OFFICIALS = wordClass(
  [
    CLASSES.official,
    'bureaucrat*|eurocrat*|politician*|officials|elite|elites|establishment|oligarch*|lawmakers|deputies|ministers|technocrat*|apparatchik*|brussels',
    'burocrat*|politicos|funcionarios|diputados|ministros|oligarcas|bruselas',
    'bureaucrate*|technocrate*|politiciens|politicards|fonctionnaires|deputes|ministres|elus|oligarques|bruxelles',
    'burokrat*|eurokrat*|politiker|beamte|beamten|abgeordneten|funktionare|oligarchen|brussel',
    'чиновник*|бюрократ*|депутат*|министр*|олигарх*|политик*|брюссел*',
    'chinovnik*|byurokrat*|deputaty|ministry|oligarh*|politiki',
  ].join('|'),
);

/** Whether the comment names a protected group (the `group` cue of `cues.ts`: group names, slurs, demonyms). */
const namesAGroup = (tokens: readonly Token[], text: string): boolean =>
  scanCues(tokens, text).hits.some((h) => h.cue === 'group');

/** A copula after the subject (`bureaucrats are`, `los de Bruselas son`); Russian has none, or `это`. */
const COPULA = wordClass('are|re|is|s|were|was|son|eran|fueron|es|sont|etaient|est|sind|waren|ist|это|eto');

/**
 * Whether `text` says what office holders or a political class are (an official word, then a copula within two
 * words) and names no protected group. Only the subject counts: a hate comment that blames politicians for a group
 * it dehumanises (`Brussels hands out welcome packs`, `the politicians keep the tap running`) is not spared.
 */
export function namesOfficialsOnly(text: string): boolean {
  const { tokens } = tokensOf(text);
  let subject = false;
  for (let k = 0; k < tokens.length && !subject; k++) {
    if (!OFFICIALS(tokens[k]!)) continue;
    for (let j = k + 1; j <= k + 2 && j < tokens.length; j++)
      if (tokens[j]!.sentence === tokens[k]!.sentence && COPULA(tokens[j]!)) subject = true;
  }
  if (!subject) return false;
  return !namesAGroup(tokens, text);
}

/**
 * Pests and their control (round 70, `/work/audit40`: `en mi pueblo hay ratas por todas partes desde que cerraron el
 * vertedero`, `u nas v podezde tarakany opyat, upravlyayushchaya kompaniya ignoriruet zhaloby`): a comment about rats or
 * cockroaches in a building or a town, with those answerable for them (the landlord, the town hall, the management
 * company), names the animals; when it names no protected group
 * the classifier's `hate` counts for nothing (`pestsOnly` in `model/classes.ts`).
 */
const PESTS = wordClass(
  'rat|rats|cockroach|cockroaches|mice|vermin|ratas|raton|ratones|cucaracha|cucarachas|rats|cafards|blattes|souris|ratten|kakerlaken|mause|крыс*|таракан*|мыши|мышей|krysy|krys|tarakany|tarakanov|myshi',
);
/** Those answerable for a building or a town's pests: the landlord, the caretaker, the town hall, the management company. */
const CONTROL = wordClass(
  'landlord|landlords|caretaker|ayuntamiento|casero|mairie|bailleur|syndic|vermieter|hausverwaltung|hausmeister|управляющая|управляющей|жкх|upravlyayushchaya|upravlyayushchey|zhkh',
);

/** Whether `text` speaks of pests and their control and names no protected group. */
export function namesPestsOnly(text: string): boolean {
  const { tokens } = tokensOf(text);
  if (!tokens.some((t) => PESTS(t)) || !tokens.some((t) => CONTROL(t))) return false;
  return !namesAGroup(tokens, text);
}
