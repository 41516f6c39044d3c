/**
 * What the violence rules read as a figure of speech (`cue-rules.ts`, `violenceCues`): a verb of killing
 * whose object is a thing and not a person (`vão fuzilar essa proposta`, `shoot down the bill`, `now they
 * have to execute it`, the plan), and a lesson *in* something (`una lezione di coraggio`, `a lesson in
 * dignity`), which teaches and threatens no one; harm as what something brings about (`can get them
 * killed`), a warning; and `the people who …`, someone described rather than the people called to act.
 */
import type { CueHit, CueScan } from './cues';
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

/**
 * Particles, determiners and demonstratives that may stand between the verb and its object (`shoot down
 * the bill`, `fuzilar essa proposta`).
 */
const BETWEEN = wordClass(
  'down|up|out|off|the|this|that|these|those|a|an|their|his|her|our|your|esse|essa|esta|este|o|os|as|ese|esa|el|la|los|las|le|les|ce|cette|ces|die|der|das|den|diesen|diese|этот|эту|это|эти|этого|questa|questo|il|lo',
);
/** Things, not people, that a verb of killing takes in a figure of speech. */
const THING = wordClass(
  [
    'it|plan|plans|proposal|proposals|bill|bills|idea|ideas|law|laws|project|deal|reform|budget|motion|amendment|treaty|agreement|ceasefire|strategy|order|orders|contract|rumour|rumor|story|argument|theory',
    'proposta|propostas|projeto|lei|ideia|reforma|orcamento|acordo|plano|propuesta|proyecto|ley|idea|presupuesto|acuerdo|enmienda|mocion',
    'proposition|projet|loi|idee|accord|amendement|reforme',
    'vorschlag|gesetz|antrag|haushalt|abkommen|entwurf',
    'предложение|законопроект|закон|идею|идея|план|реформу|бюджет|соглашение|проект',
    // Time killed (round 32): `matar el tiempo`, `tuer le temps`, `убить время`, `die Zeit totschlagen`.
    'time|tiempo|temps|zeit|время|vremya|tempo|czas',
    'progetto|legge|riforma|bilancio|accordo|piano',
  ].join('|'),
);
/** Feelings one kills or dies with in an idiom; what stands before them. */
const FEELING = wordClass(
  'envidia|risa|celos|hambre|aburrimiento|amor|kindness|laughter|envy|jealousy|boredom|jalousie|rire|neid|lachen|зависти|смеху|смеха',
);
const WITH = wordClass('de|del|with|of|from|vor|от|со|с');
const LESSON = /(?:lezione|lecci[oó]n|le[cç]on|lesson|lektion|lição|licao|урок)$/iu;
const IN_SOMETHING = wordClass('di|de|del|della|des|du|in|of|en|на|по|da|do');

/**
 * Laughter one dies of (`you'll die laughing`), or dying content (round 44: `your guests will die happy`); the
 * speaker as the one killed (`you'll kill me with these puns`).
 */
const LAUGHING = wordClass('laughing|laughin|laughter|laugh|happy|content');
const SPEAKER_OBJECT = wordClass('me|us');
/** A German compound of laughing oneself to death: `totlachen`, `totgelacht`. */
const LAUGHED_TO_DEATH = /(?:lachen|lacht|lachte|gelacht)$/u;
/** Nouns a weapon's or an attack's word makes a compound with: `bomb shelters`, `kill switch`. */
const COMPOUND_HEAD = wordClass(
  'shelter|shelters|threat|threats|squad|squads|disposal|scare|scares|alert|alerts|alarm|alarms|damage|crater|craters|attack|attacks|switch|zone|zones|site|sites|proof',
);

/** Whether the word at `to` makes a compound noun of the violent word before it (`Bomb shelters … are full`). */
export const compoundAt = (tokens: readonly Token[], to: number, sentence: number): boolean => {
  const next = tokens[to];
  return next !== undefined && next.sentence === sentence && COMPOUND_HEAD(next);
};

/**
 * Harm as an idiom: done with a feeling (`te voy a matar de envidia`), died of laughing (`you'll die
 * laughing`, `totlachen`), or done to the speaker (`you'll kill me with these puns`).
 */
export function idiomaticHarm(scan: CueScan, source: string, hit: CueHit): boolean {
  if (killedWithFeeling(scan, hit) || LAUGHED_TO_DEATH.test(source.slice(hit.span[0], hit.span[1])))
    return true;
  const next = scan.tokens[hit.to];
  return next !== undefined && next.sentence === hit.sentence && (LAUGHING(next) || SPEAKER_OBJECT(next));
}

/** Whether the cue at `hit` is said of a thing, or is a lesson in something (see the module comment). */
export function figurative(scan: CueScan, source: string, hit: CueHit): boolean {
  const { tokens } = scan;
  let k = hit.to;
  if (idiomaticHarm(scan, source, hit)) return true;
  const next = tokens[k];
  if (!next || next.sentence !== hit.sentence) return false;
  if (LESSON.test(source.slice(hit.span[0], hit.span[1]))) return IN_SOMETHING(next);
  if (compoundAt(tokens, k, hit.sentence)) return true;
  while (k < tokens.length && k < hit.to + 3 && BETWEEN(tokens[k]!)) k++;
  const object = tokens[k];
  return object !== undefined && object.sentence === hit.sentence && THING(object);
}

/** Whether the words from token `to` on, in sentence `sentence`, are a feeling it is done with (`de envidia`). */
export function withFeelingAt(tokens: readonly Token[], to: number, sentence: number): boolean {
  const of = tokens[to];
  const feeling = tokens[to + 1];
  return (
    of !== undefined && feeling !== undefined && feeling.sentence === sentence && WITH(of) && FEELING(feeling)
  );
}

/** Whether the harm at `hit` is done with a feeling (`te voy a matar de envidia`, `kill you with kindness`). */
export const killedWithFeeling = (scan: CueScan, hit: CueHit): boolean =>
  withFeelingAt(scan.tokens, hit.to, hit.sentence);

const PLACE_VERB = wordClass('work|works|live|lives|sleep|sleeps');
/** A possessive, or the `s` of one (round 44: `this reporter's work`). */
const POSSESSIVE = wordClass('your|ur|his|her|their|yours|s');

/**
 * Whether the place at `hit` is a verb read as a noun after a possessive: `I know your work` is praise of what
 * someone wrote, not where they can be found (`I know where you work`).
 */
export function workAsNoun(scan: CueScan, hit: CueHit): boolean {
  const before = scan.tokens[hit.from - 1];
  return (
    before !== undefined &&
    before.sentence === hit.sentence &&
    POSSESSIVE(before) &&
    PLACE_VERB(scan.tokens[hit.from]!)
  );
}

/** Nouns a place word qualifies (`school year`, `home secretary`, `house prices`, `office hours`, `car industry`). */
const QUALIFIED = wordClass(
  'year|years|term|terms|holidays|system|systems|fees|uniform|uniforms|meals|prices|price|market|markets|industry|hours|policy|policies|budget|budgets|reform|reforms|secretary|minister|ministry|affairs|rules|debt|loans',
);

/** Whether the place at `hit` qualifies the noun after it (round 49: `children lose a school year`), naming no place. */
export function placeQualifies(scan: CueScan, hit: CueHit): boolean {
  const next = scan.tokens[hit.to];
  return next !== undefined && next.sentence === hit.sentence && QUALIFIED(next);
}

/**
 * Whether the knowing at `hit` is the idiom of understanding someone's point (round 33: `I know where you're
 * coming from, @dario_mek, but …`), not knowledge of where they can be found.
 */
export function knowsYourPoint(scan: CueScan, hit: CueHit): boolean {
  const words = scan.tokens.slice(hit.to, hit.to + 6).map((t) => t.text);
  const at = words[0] === 'where' && (words[1] === 'you' || words[1] === 'u') ? 2 : -1;
  if (at < 0) return false;
  const next = words[at] === 're' || words[at] === 'are' ? at + 1 : at;
  return words[next] === 'coming' && words[next + 1] === 'from';
}

const GET = wordClass('get|gets|got|getting|gotten');

/** Whether the harm at `hit` is what something brings about (`can get them killed`, `got people hurt`). */
export function broughtAbout(scan: CueScan, hit: CueHit): boolean {
  const { tokens } = scan;
  const before = tokens[hit.from - 2];
  if (before === undefined || before.sentence !== hit.sentence || !GET(before)) return false;
  // `should get them killed` is a call again.
  const modal = tokens[hit.from - 3];
  return !(modal !== undefined && modal.sentence === hit.sentence && CALL_MODAL(modal));
}

const CALL_MODAL = wordClass('should|must|need|needs|ought|gotta|lets|let');

const RELATIVE = wordClass('who|that|which|whom|que|qui|quien|quienes|die|der|welche|которые|кто|che|cui');

/** Whether `the people` at `hit` is someone described (`the people who planned this attack`). */
export function described(scan: CueScan, hit: CueHit): boolean {
  const next = scan.tokens[hit.to];
  return next !== undefined && next.sentence === hit.sentence && RELATIVE(next);
}

/** Things a reader wants something done about: never a person. */
const DONE_ABOUT = wordClass(
  [
    'potholes|pothole|prices|price|rents|rent|traffic|roads|road|queues|queue|noise|litter|rubbish|trash|heat|flooding|floods|inflation|housing|ferry|ferries|buses|trains|electricity|weather|bills|taxes|paperwork|bureaucracy|pollution|shortages|shortage|parking|delays|timetable|signage|lighting|drains|sewage',
    'precios|precio|alquileres|alquiler|baches|trafico|colas|ruido|basura|calor|inundaciones|inflacion|vivienda|trenes|autobuses|impuestos|facturas|contaminacion|retrasos|listas',
    'prix|loyers|loyer|nids|embouteillages|bouchons|bruit|dechets|chaleur|inondations|logement|trains|impots|factures|pollution|retards',
    'preise|mieten|miete|schlaglocher|staus|stau|larm|mull|hitze|inflation|wohnungen|zuge|steuern|rechnungen|verspatungen',
  ].join('|'),
);
const THING_LINK = wordClass('about|with|con|contra|avec|contre|mit|gegen|sur|de');
const THING_ARTICLE = wordClass('the|these|those|los|las|el|la|les|le|des|die|den|der|das');

/**
 * Whether a call to `do something` ending at `to` is about a thing (`about the potholes`, `con los precios`):
 * its link word (the call's last word, or the next), an article, a thing.
 */
export function aboutAThing(tokens: readonly Token[], to: number): boolean {
  const link = tokens[to - 1] && THING_LINK(tokens[to - 1]!) ? to - 1 : to;
  const [l, article, thing] = [tokens[link], tokens[link + 1], tokens[link + 2]];
  if (!l || !article || !thing || !THING_LINK(l)) return false;
  const sentence = tokens[to - 1]!.sentence;
  return (
    article.sentence === sentence &&
    thing.sentence === sentence &&
    THING_ARTICLE(article) &&
    DONE_ABOUT(thing)
  );
}
