/**
 * Cue words in idioms and literal uses where they say nothing about people, for the hate rule of
 * `cue-rules.ts`: `go back to school` sends nobody away, `how you breed distrust` calls nobody an animal.
 */
import type { CueHit, CueScan } from './cues';
import { WORD, type Token } from '../text/tokens';

/** Where `go back to` sends nobody away: `should go back to school`, `back to the drawing board`. */
const BACK_TO_IDIOM = new Set(
  'school|work|bed|sleep|basics|square|class|college|university|uni|studying|normal|reality|business|drawing|beginning|start|office|books|kindergarten'.split(
    '|',
  ),
);
export const backToIdiom = (scan: CueScan, d: CueHit): boolean => {
  const { tokens } = scan;
  if (tokens[d.to - 1]?.text !== 'to' || tokens[d.to - 2]?.text !== 'back') return false;
  const next = tokens[d.to];
  const object = next?.text === 'the' ? tokens[d.to + 1] : next;
  return (
    object !== undefined && object.sentence === tokens[d.from]!.sentence && BACK_TO_IDIOM.has(object.text)
  );
};

const BREED = new Set(['breed', 'breeds', 'breeding', 'bred']);
const BREED_ON = new Set(['like', 'of', 'and']);
/**
 * `breed` with an object or a noun after it is a verb or a compound (`how you breed distrust`, `a breeding
 * ground for`), not a word for people; `they breed like rabbits`, `that breed of people` still are.
 */
export const breedWithObject = (scan: CueScan, d: CueHit): boolean => {
  const { tokens } = scan;
  const next = tokens[d.to];
  return (
    d.to - d.from === 1 &&
    BREED.has(tokens[d.from]!.text) &&
    next !== undefined &&
    next.sentence === d.sentence &&
    next.kind === WORD &&
    !BREED_ON.has(next.text)
  );
};

/** What is made of an animal (round 32: `pigs' heads left outside mosques`, `Schweinekopf`, `sang de porc`). */
const ANIMAL_PART = new Set(
  'head|heads|blood|carcass|carcasses|meat|skin|skins|mask|masks|tete|tetes|sang|kopf|kopfe|blut|cabeza|cabezas|sangre|головы|голову|голова|кровь'.split(
    '|',
  ),
);
/**
 * Whether the animal word at tokens [from, to) names an object (`pigs' heads`, `pig's blood`, `têtes de
 * porc`): a desecration described, not a people called animals. Read by the hate cue rule and the toxicity
 * lexicon.
 */
export function animalPartAt(tokens: readonly Token[], from: number, to: number): boolean {
  const sentence = tokens[from]!.sentence;
  const after = tokens[to]?.text === 's' ? tokens[to + 1] : tokens[to];
  if (after !== undefined && after.sentence === sentence && ANIMAL_PART.has(after.text)) return true;
  // The French and Spanish order: `têtes de porc`, `cabezas de cerdo`.
  const de = tokens[from - 1];
  const part = tokens[from - 2];
  return (
    de !== undefined &&
    part !== undefined &&
    (de.text === 'de' || de.text === 'of') &&
    part.sentence === sentence &&
    ANIMAL_PART.has(part.text)
  );
}

/** Words for an outbreak of a disease or a pest (round 110: `вспышка чумы`, `brote de peste`). */
const OUTBREAK = new Set(
  'outbreak|outbreaks|epidemic|epidemie|epidemia|brote|ausbruch|вспышка|вспышку|вспышки|эпидемия|эпидемию|эпидемии|spalah|vspyshka|epidemiya'.split(
    '|',
  ),
);
/**
 * Whether the word at `from` follows an outbreak word, perhaps with `of`/`de`/`der` between (round 110: `В Казахстане
 * вспышка чумы`, `an outbreak of plague in Kazakhstan`, `un brote de peste`): the disease itself, not a people called one.
 */
export function outbreakAt(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  const before = tokens[from - 1];
  if (before === undefined || before.sentence !== sentence) return false;
  if (OUTBREAK.has(before.text)) return true;
  const further = tokens[from - 2];
  return (
    ['of', 'de', 'der', 'du', 'des', 'd'].includes(before.text) &&
    further !== undefined &&
    further.sentence === sentence &&
    OUTBREAK.has(further.text)
  );
}

/** Institutions a purge is aimed at (round 111: `purge the army`, `purger l'armée`, `зачистить армию`). */
const INSTITUTION = new Set(
  'army|military|ranks|party|government|administration|judiciary|courts|police|officers|officer|generals|leadership|cabinet|staff|rolls|archives|records|files|database|armee|ejercito|partido|gobierno|policia|justicia|rangos|filas|parti|gouvernement|rangs|partei|regierung|justiz|reihen|fuhrung|армию|армии|армия|партию|ряды|руководство|генералитет|правительство'.split(
    '|',
  ),
);
const INSTITUTION_DETERMINER = new Set(
  'the|its|their|his|her|our|la|le|les|l|el|los|las|su|sus|die|der|den|das|seine|ihre'.split('|'),
);
/**
 * Whether an institution follows the words [from, to), perhaps after a determiner (round 111: `staged by the presidency
 * to purge the army`): a purge of an army or a party, not a call to remove a people.
 */
export function institutionAfter(tokens: readonly Token[], to: number): boolean {
  const sentence = tokens[to - 1]!.sentence;
  for (let k = to; k <= to + 1 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (INSTITUTION.has(tokens[k]!.text)) return true;
    if (!INSTITUTION_DETERMINER.has(tokens[k]!.text)) return false;
  }
  return false;
}
