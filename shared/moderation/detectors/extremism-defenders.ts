/**
 * Praise for those on the other side of an organisation (`Gloire aux pompiers de New York`, `the real heroes
 * are the medics`, `los médicos de Gaza son verdaderos héroes`): whom a praise word is for, read by the
 * extremism detector and by the classifier's reading of a comment that names no organisation but defenders
 * (`onTheOtherSide`). Apart from `extremism.ts` for its size.
 */
import type { PhraseHit } from '../text/phrases';
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { CLAUSE_BREAK } from './asserted';
import { sentenceStart } from './common';
import { RecentMap } from '../text/memo';
import { DEFENDER_WORDS } from './cue-lexicon-groups';
import type { Kind } from './extremism-phrases';

/** Articles and link words that may stand between the opposing word and the name (`against the`, `of`). */
export const BETWEEN = new Set([
  'the',
  'of',
  'from',
  'la',
  'le',
  'les',
  'l',
  'el',
  'los',
  'de',
  'du',
  'des',
  'den',
  'der',
  'die',
  'das',
  'von',
  'vor',
  'dem',
  'al',
  'a',
  'от',
  'di',
  'del',
  'dell',
]);

const DEFENDER = wordClass(
  [...DEFENDER_WORDS, 'rettungskrafte|sanitater|notarzte|weisshelme|rettungsdienst|rettungsteams'].join('|'),
);
/** The White Helmets by their two words: `white helmets`, `cascos blancos`, `casques blancs`, `белые каски`. */
const HELMETS = wordClass('helmets|cascos|casques|каски');
const WHITE = wordClass('white|blancos|blancs|белые');
/** Where the praised subject was: `los médicos de Gaza`, `die Retter in Hatay`, `the medics from Kharkiv`. */
const PLACE_LINK = wordClass('of|in|from|de|del|en|des|du|aus|von|im|в|из|di|da|do|w|z');
/** A French dislocation after the praise: `les vrais héros, ce sont les …`, `c'est …`. */
const THAT_IS = wordClass('ce|c');
const OF = wordClass('of|de|del|des|du|der|di|из');
const NAMED = new Set<Kind>(['org', 'attacker', 'fighter']);
/** Which tokens name an organisation or attacker (2) or a fighter (1). */
export function markNamed(tokens: readonly Token[], hits: readonly PhraseHit<Kind>[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const n of hits)
    if (NAMED.has(n.phrase.meta)) marks.fill(n.phrase.meta === 'fighter' ? 1 : 2, n.from, n.to);
  return marks;
}
/** What may stand between a subject and its praise: `the firefighters are (the real) heroes`. */
const LINK = wordClass(
  [
    'are|is|were|was|be|the|real|true|truly|all|our|son|fueron|eran|los|las|sont|etaient|les|vrais|sind|waren|die|wahre|это|были|настоящие|sono|erano|i|veri',
    // `son verdaderos héroes`, `sind echte Helden`, `sont de véritables héros`, `истинные герои`.
    'verdaderos|verdaderas|autenticos|autenticas|unos|veritables|de|echte|echten|wahren|richtige|richtigen|vere|autentici|verdadeiros|verdadeiras|sao|os|истинные|настоящими',
  ].join('|'),
);
/** Where the object of praise ends and a clause about it, or another clause, begins. */
const RELATIVE = wordClass(
  'who|that|which|whom|qui|que|quienes|die|der|welche|который|которые|которая|che|cui|and|but|y|pero|et|mais|und|aber|и|но|а|e|ma',
);

/**
 * Whether praise or a blessing at `h` is for someone on the other side: the first person after it (before
 * a relative clause), or its subject right before it, is a defender (`Glory to the firefighters who
 * …`, `The real lions were the firefighters`), not the organisation or its fighters (`the soldiers of the
 * caliphate` are theirs). Not for justification: victims said to deserve it are the attack's praise.
 */
export function praisesDefenders(
  source: string,
  tokens: readonly Token[],
  h: PhraseHit<Kind>,
  namedAt: Uint8Array,
): boolean {
  const sentence = tokens[h.from]!.sentence;
  // `the soldiers of (the) caliphate`: the organisation's own.
  const ofGroup = (k: number) =>
    tokens[k + 1] !== undefined &&
    OF(tokens[k + 1]!) &&
    (namedAt[k + 2]! > 0 || (BETWEEN.has(tokens[k + 2]?.text ?? '') && namedAt[k + 3]! > 0));
  const helmets = (k: number) =>
    HELMETS(tokens[k]!) &&
    ((tokens[k + 1] !== undefined && WHITE(tokens[k + 1]!)) || (k > 0 && WHITE(tokens[k - 1]!)));
  const defender = (k: number) => (DEFENDER(tokens[k]!) || helmets(k)) && !ofGroup(k);
  const capitalised = (k: number) => /\p{Lu}/u.test(source[tokens[k]!.start] ?? '');
  // `glory to the mujahideen who killed the soldiers`: the praise names its object itself. (A fighter
  // word inside it, `the real lions were …`, is the praise's own word.)
  for (let k = h.from; k < h.to; k++) if (namedAt[k] === 2) return false;
  // Praise in a sentence that tells of a bomb or mines made safe, naming no organisation, attacker or fighter (round 82:
  // `All respect to the heroes who defused the bomb`).
  if (defusedIn(tokens, h.from) && !namedInSentence(tokens, h.from, namedAt)) return true;
  // Within the praise's clause: `PKK fighters are heroes, every soldier they take out …` stops at the comma.
  const gapBefore = (k: number) => source.slice(tokens[k - 1]!.end, tokens[k]!.start);
  const brokenBefore = (k: number) => CLAUSE_BREAK.test(gapBefore(k));
  // The Russian copula is a dash: `Врачи Харькова — настоящие герои`.
  const dashBefore = (k: number) => /^\s*[\u2013\u2014-]\s*$/.test(gapBefore(k));
  const colonBefore = (k: number) => source.slice(tokens[k - 1]!.end, tokens[k]!.start).trim() === ':';
  // (`les vrais héros, ce sont les …` carries on past its comma.)
  const dislocated = (k: number) =>
    k === h.to && gapBefore(k).trim() === ',' && THAT_IS(tokens[k]!) && tokens[k + 1] !== undefined;
  for (let k = h.to; k < tokens.length && k < h.to + 6 && tokens[k]!.sentence === sentence; k++) {
    // (A colon right after the praise introduces its object: `Heroes: the Afghan women who …`.)
    if (
      namedAt[k]! > 0 ||
      RELATIVE(tokens[k]!) ||
      (brokenBefore(k) && !(k === h.to && colonBefore(k)) && !dislocated(k))
    )
      return false;
    if (defender(k)) return true;
  }
  // Praise standing in a sentence of its own, naming no organisation, attacker or fighter, after a rescue told.
  if (rescuedBefore(tokens, h.from) && !namedInSentence(tokens, h.from, namedAt)) return true;
  // The subject right before it, with nothing but a copula between (`the firefighters are heroes`), not
  // the object of a clause (`every soldier they take out is a victory`).
  // The subject may carry a place (`los médicos de Gaza son`, `die Retter in Hatay sind`, `врачи Харькова —`).
  for (let k = h.from - 1; k >= 0 && k >= h.from - 7 && tokens[k]!.sentence === sentence; k--) {
    if (namedAt[k]! > 0 || (brokenBefore(k + 1) && !dashBefore(k + 1))) return false;
    if (defender(k)) return true;
    if (LINK(tokens[k]!)) continue;
    if (!capitalised(k) || k === 0) return false;
    // A place: after a preposition, or a Russian genitive right after the defender.
    if (PLACE_LINK(tokens[k - 1]!) && !brokenBefore(k)) k--;
    else if (!defender(k - 1)) return false;
  }
  return false;
}

/** Verbs of rescue and care: what the praised did in the sentence before (round 60). */
const RESCUED = wordClass(
  [
    'saved|rescued|hid|sheltered|led|carried|treated|pulled|shielded|protected|evacuated|nursed',
    'salvaron|salvo|atendieron|atendio|escondio|escondieron|sacaron|saco|protegieron|curaron',
    'sauve|sauves|sauvee|sauverent|soigne|soignes|cache|caches|protege|evacue',
    'gerettet|rettete|retteten|versteckt|versteckte|behandelt|behandelten|beschutzt|evakuiert',
    'спас*|спрятал*|вывел*|вывела|выносил*|вынес*|лечил*|укрыл*|защитил*',
    'spas|spasla|spasli|spryatal*|vyvel*|vyvela|vynosil*|lechil*|ukryl*',
  ].join('|'),
);

/**
 * Whether the sentence before the one of token `at` tells of a rescue or of care (`RESCUED`): praise standing in a
 * sentence of its own after it is for those who rescued (`Gracias a los médicos … que atendieron a cientos de heridos
 * después del ataque del Estado Islámico. Héroes sin capa.`), in both of the extremism check's readings (this file's
 * `praisesDefenders` and the cue rules, `cue-rules-extremism.ts`).
 */
export function rescuedBefore(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  if (sentence === 0) return false;
  for (let k = sentenceStart(tokens, at) - 1; k >= 0 && tokens[k]!.sentence === sentence - 1; k--)
    if (RESCUED(tokens[k]!)) return true;
  return false;
}

/** Verbs of making a bomb or mines safe (round 82): `defused`, `desactivaron`, `désamorcé`, `entschärft`, `разминируют`. */
const DEFUSED = wordClass(
  [
    'defused|defuse|defuses|defusing|demined|demining|demine',
    'desactivaron|desactivo|desactivar|desactivan|desactivando|desminaron|desminan|desminar|desminando',
    'desamorce|desamorcee|desamorces|desamorcer|desamorcent|deminent|deminer|demine|deminee',
    'entscharft|entscharfte|entscharften|entscharfen|entscharfen',
    'обезвредил*|обезвреживают|обезвреживал*|разминир*|obezvredil*|razminir*',
    'disinnescato|disinnescata|disinnescare|sminato|sminano|desativaram|desativou|desminaram',
  ].join('|'),
);

/** Those who make bombs safe, named (round 93): `bomb squad`, `bomb disposal`, `Kampfmittelräumdienst` aside. */
const BOMB = wordClass('bomb|bombs|eod');
const SQUAD = wordClass('squad|squads|disposal|technicians|techs');

/** Relative words and auxiliaries that may stand before the verb: `who (have) defused`, `que desactivaron`, `которые разминируют`. */
const WHO = wordClass(
  'who|that|que|qui|die|der|welche|которые|который|которая|kotorye|kotoryj|che|have|had|han|habian|ont|avaient|haben|hatten',
);

/** The sentences of a token list that tell of a bomb or mines made safe, found once per list (a walk per praise hit was quadratic). */
const defusedMemo = new RecentMap<readonly Token[], Set<number>>();

/**
 * Whether the sentence of token `at` tells of someone who made a bomb or mines safe: a relative clause whose verb is
 * one of `DEFUSED` (`the heroes who defused the bomb`, `los artificieros que desactivaron la bomba`).
 */
export function defusedIn(tokens: readonly Token[], at: number): boolean {
  const sentences = defusedMemo.getOr(tokens, () => {
    const found = new Set<number>();
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k - 1]!.sentence !== tokens[k]!.sentence) continue;
      if (DEFUSED(tokens[k]!) && WHO(tokens[k - 1]!)) found.add(tokens[k]!.sentence);
      // Round 93 (`/work/audit54`): the bomb squad named (`Bomb squads are heroes`).
      if (SQUAD(tokens[k]!) && BOMB(tokens[k - 1]!)) found.add(tokens[k]!.sentence);
    }
    return found;
  });
  return sentences.has(tokens[at]!.sentence);
}

/** Whether the sentence of token `at` names an organisation, attacker or fighter (`markNamed`). */
function namedInSentence(tokens: readonly Token[], at: number, namedAt: Uint8Array): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = sentenceStart(tokens, at); k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (namedAt[k]! > 0) return true;
  return false;
}
