/**
 * Threats: violence aimed at a person — the reader, a commenter (`@handle`), the author, a named person —
 * in English, Spanish, French, German and Russian (Cyrillic and Latin).
 *
 * Rejected (`harassment`):
 * - an act of violence announced against someone (`I will find you`, `je viens te planter`,
 *   `ich bring dich um`, `я тебя найду`);
 * - knowledge of someone's whereabouts used as a threat (`I know where you live`, `we have your car
 *   reg`, `on sait où tu habites`, `wir wissen, wo Ihre Tochter zur Schule geht`, `знаю, в каком
 *   подъезде ты живёшь`), the most frightening threats having no violent word;
 * - death wishes and calls for someone's execution (`hope you die`, `ojalá te mueras`, `wünsche … einen
 *   qualvollen Tod`, `deserves a rope`, `an die Wand gestellt`) aimed at a person or people;
 * - menace aimed at the reader (`watch your back`, `your next article will be your last`, `the day you
 *   leave … is the day`), or a vaguer closer (`see you soon`, `nos vemos pronto`, `скоро увидимся`)
 *   next to another threat.
 * Held (`violence_review`, `policy.threats.holdAmbiguous`): indirect calls (`should be dealt with`,
 * `take up arms`, `someone should do something about`, `justicia con sus propias manos`, `навести
 * порядок`), and a death wish with nobody named.
 * Not counted: a threat inside quotation marks or reported (`the letter said "we know where you live"`),
 * or negated (`I don't know where you live`), an ambiguous call or a threat asked and answered no (`Zu den
 * Waffen greifen? Nein.`, `String them up? No. Put them on trial.`), and a match won in a sports page's idiom
 * (`we'll bury them, Spurs have nothing in midfield`).
 */
import type { Evidence } from '../types';
import { wordClass } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import type { Token } from '../text/tokens';
import { WORD, tokensOf } from '../text/tokens';
import { addresseeAt, CLASSES, mentioned, nameCased, namedPerson, sentenceStart, wordBefore } from './common';
import {
  askedAndRefused,
  lawfulMeansAt,
  LAWFUL,
  negatedWithin,
  negationAt,
  someoneElsesVerb,
  toldOrDoubted,
} from './asserted';
import { aboutAThing, withFeelingAt } from './cue-figurative';
import { PHRASES } from './threats-phrases';
import type { Meta } from './threats-phrases';

/** A person in the third person singular, and `whoever` (round 94). */
const SINGULAR = 'he|she|him|her|lui|elle|ihn|ihm|ella|он|она|его|ее|ему|ей|ona|ego|jego|jej|whoever';
const THIRD_PERSON = wordClass(`${SINGULAR}|they|them|они|их`);

/**
 * A surname right after the act (round 32: `pegarle un tiro a Milei`, `une balle dans la tête de Zelensky`):
 * a word written as a name (`nameCased`: not `NATO`) within three words after it, in its sentence. `namedPerson` wants two names or a title; after an act of violence one name is a person.
 */
function surnameAfter(source: string, tokens: readonly Token[], to: number): boolean {
  const sentence = tokens[to - 1]!.sentence;
  for (let k = to; k < to + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (t.kind === WORD && t.text.length >= 3 && nameCased(source, t)) return true;
  }
  return false;
}

/**
 * A name opening the sentence right before a wish or an act, its subject (round 94: `Maduro tiene que acabar
 * fusilado`). Only the sentence's first word: German writes every noun with a capital (`Früher hätte man solche
 * Volksverräter an die Wand gestellt` is held, as before).
 */
function nameRightBefore(source: string, tokens: readonly Token[], from: number): boolean {
  const t = tokens[from - 1];
  return (
    t !== undefined &&
    t.sentence === tokens[from]!.sentence &&
    sentenceStart(tokens, from - 1) === from - 1 &&
    t.kind === WORD &&
    t.text.length >= 3 &&
    nameCased(source, t)
  );
}

/** Someone addressed or named in the sentence: a handle, `you`, the author, a pronoun, a name. */
function personInSentence(source: string, tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) continue;
    if (addresseeAt(tokens, k) || THIRD_PERSON(t)) return true;
    // An office holder named by office: `ese ministro`, `ce ministre`, `the mayor`; or by trade (round 91).
    if ((OFFICIAL(t) || PERSON_NOUN(t)) && officeHolderAt(tokens, k)) return true;
  }
  return namedPerson(source, tokens, at);
}

const OFFICIAL = wordClass(CLASSES.official);
/** People named by their trade (round 91: `that UN envoy`, `the reporter who doxxed …`, `ese bloguero`, `ce préfet`). */
const PERSON_NOUN = wordClass(
  [
    'journalist|reporter|correspondent|blogger|propagandist|imam|priest|rabbi|doctor|rapper|envoy|official|activist|presenter|commenter|moderator|editor|columnist|general|leader|chief|traitor|woman|girl|guy',
    'periodista|corresponsal|bloguero|presentadora|presentador|activista|militante|comentarista|traidor|jueza|senadora|alcalde',
    'journaliste|correspondant|blogueur|presentatrice|commentateur|redacteur|traitre|prefet|senateur',
    'journalistin|korrespondent|aktivistin|aktivist|moderatorin|kommentator|redakteur|verrater',
    'журналист|журналистка|блогер|блогера|активист|активистка|ведущая|генерал|предатель|предателя|комментатор',
    // Round 94: Italian, Portuguese, Polish and Russian trades and offices, and their Latin spellings.
    'giudice|giornalista|deputado|juiz|sedzia|sedzie|sedziego|судью|судья|судьи|губернатора|комментатору|журналиста|sudyu|sudya|blogera|gubernatora|kommentatoru|zhurnalista',
  ].join('|'),
);
/** One person in the third person singular (the pronouns of `THIRD_PERSON` less the plural). */
const ONE_PERSON = wordClass(SINGULAR);

/**
 * The one person an execution is called for against (round 91): before the call in its sentence or within three words
 * after it, or inside it (`il faut pendre ce traître`, `Man sollte Scholz erschießen`): a pronoun of the third person
 * singular, an office holder or a trade after a determiner, an office and a surname (`губернатора Лапшина`), a name
 * next to the call or inside it, not opening the sentence (there a plural opens it as often: `Traitors should be
 * hanged`, held as before; a place further off is no person: `… на Майдане`). Not when a
 * verb of saying follows the call (`Criminals should be shot, he said`).
 */
function onePersonCalledFor(source: string, tokens: readonly Token[], from: number, to: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = to; k < to + 3 && k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (SAID_AFTER(tokens[k]!)) return false;
  const start = sentenceStart(tokens, from);
  for (let k = start; k < tokens.length && k < to + 3 && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (ONE_PERSON(t)) return true;
    if ((OFFICIAL(t) || PERSON_NOUN(t)) && officeHolderAt(tokens, k)) return true;
    const next = tokens[k + 1];
    if (OFFICIAL(t) && next?.sentence === sentence && next.text.length >= 3 && nameCased(source, next))
      return true;
    if (
      t.kind === WORD &&
      t.text.length >= 3 &&
      nameCased(source, t) &&
      k > start &&
      k >= from - 1 &&
      k <= to
    )
      return true;
  }
  return namedPerson(source, tokens, from);
}

/** Verbs of saying and writing before a call (`messages saying she should be hanged`, `man werde sie aufhängen`). */
const SAYING = wordClass(
  'said|says|saying|wrote|writing|written|told|telling|claimed|claiming|messages|letter|threats|threatened|decian|diciendo|escribian|disant|ecrivaient|werde|drohungen|писали|писал|писала|угрожали|pisali|chto',
);
/** `people like this deputy`, `таких, как этот депутат`: a kind of person, not the one. */
const LIKE = wordClass('like|as|such|как|wie|comme|como|come|jak');

/** Whether the office at `k` is one person's: after a determiner, not after `like`. */
function officeHolderAt(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  const before = (j: number) => (j >= 0 && tokens[j]!.sentence === sentence ? tokens[j] : undefined);
  // Round 94: a determiner after the noun, as Russian puts it (`sud'yu etu`, `blogera etogo`, `комментатору выше`).
  const after = tokens[k + 1];
  if (after?.sentence === sentence && DETERMINER_AFTER(after)) return true;
  // The determiner right before, or (round 94) one word before that (`the opposition leader`, `the junta chief`).
  let d = k - 1;
  if (!before(d) || !OFFICE_DETERMINER(before(d)!)) d = k - 2;
  const determiner = before(d);
  if (!determiner || !OFFICE_DETERMINER(determiner)) return false;
  const like = before(d - 1);
  return !(like && LIKE(like));
}
/** A determiner after the noun (round 94): Russian's demonstratives, and `выше`, the commenter above. */
const DETERMINER_AFTER = wordClass('этого|этот|эту|эта|этому|выше|etogo|etot|etu|eta|etomu|vyshe');
/** What makes an office one person: `the mayor`, `ese ministro`, `ce ministre`, `diesen Richter`, `tego posła`, `del ministro`, `dem Bürgermeister`, `desse deputado` (round 91). */
const OFFICE_DETERMINER = wordClass(
  'the|this|that|our|your|ese|este|esa|esta|el|la|al|del|ce|cette|le|du|au|der|die|den|dem|des|diesen|diese|dieser|этого|этот|эту|эта|tego|te|quel|questo|questa|dello|della|o|a|do|da|desse|dessa|deste',
);

export interface ThreatVerdict {
  outcome: 'reject' | 'hold';
  score: number;
  evidence: Evidence[];
}

const negated = (tokens: readonly Token[], hit: PhraseHit<Meta>): boolean =>
  negatedWithin(tokens, hit.from, 3, false);

const LANGUAGE = wordClass('language|idioma|lenguaje|langage|langue|sprache|язык|yazyk');

/** Whether a call that some understand only one language names that language, lawful, in the six words after it. */
function lawfulLanguage(tokens: readonly Token[], hit: PhraseHit<Meta>): boolean {
  let named = false;
  for (let k = hit.from; k < hit.to; k++) named ||= LANGUAGE(tokens[k]!);
  if (!named) return false;
  const sentence = tokens[hit.to - 1]!.sentence;
  for (let k = hit.to; k < hit.to + 6 && tokens[k]?.sentence === sentence; k++)
    // Round 105: a lawful word denied is not the language (`and it isn't diplomacy`).
    if (LAWFUL(tokens[k]!)) return !negatedWithin(tokens, k, 3);
  return false;
}

/** Verbs of saying that attribute the words before them. */
const SAID_AFTER = wordClass(
  'said|says|wrote|writes|told|dijo|dice|escribio|dit|ecrit|sagte|sagt|schrieb|сказал|сказала|заявил',
);

/** Whether a speech verb opens the clause right after the words ending at `to`, past a comma or a dash. */
function saidRightAfter(source: string, tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || !SAID_AFTER(next) || next.sentence !== tokens[to - 1]!.sentence) return false;
  return /[,—–-]/.test(source.slice(tokens[to - 1]!.end, next.start));
}

/** German and Dutch deny after the verb (round 53: `Wir kennen deine Adresse nicht`, `Ich habe deine Adresse nicht`). */
const NEGATION_AFTER = wordClass('nicht|nie|niet');

/**
 * A wish denied inside its own words (`… dass du … nicht auf eine Mine trittst`), or whereabouts denied right after
 * them (round 53).
 */
function negatedInside(tokens: readonly Token[], hit: PhraseHit<Meta>): boolean {
  const { kind } = hit.phrase.meta;
  if (kind === 'whereabouts') {
    const next = tokens[hit.to];
    return next !== undefined && next.sentence === tokens[hit.to - 1]!.sentence && NEGATION_AFTER(next);
  }
  if (kind !== 'wish') return false;
  for (let k = hit.from + 1; k < hit.to; k++) if (negationAt(tokens, k)) return true;
  return false;
}

/** Words that may open an order before its verb: `Someone shoot the mayor`, `Just hang the judge`. */
const COMMAND_OPENER = wordClass(
  'someone|somebody|anyone|anybody|just|go|please|pls|now|so|and|then|ok|okay',
);

/** Whether a `command` phrase is an order: it opens its sentence and no possessive follows it. */
function commandAt(tokens: readonly Token[], hit: PhraseHit<Meta>): boolean {
  const sentence = tokens[hit.from]!.sentence;
  let k = hit.from - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && COMMAND_OPENER(tokens[k]!)) k--;
  if (k >= 0 && tokens[k]!.sentence === sentence) return false;
  const next = tokens[hit.to];
  return !(next !== undefined && next.sentence === sentence && next.text === 's');
}

/** Verbs that report someone's intent or attempt: `the gang threatened to kill the journalist`. */
const REPORTED_INTENT = wordClass(
  [
    'threatened|threatening|threatens|vowed|vowing|vows|plotted|plotting|plots|planned|planning|plans',
    'attempted|attempting|attempts|tried|trying|conspired|conspiring',
    'amenazo|amenazaron|amenazan|amenazaba|amenazaban|amenazando',
    'menace|menacent|menacait|menacaient|menacant',
  ].join('|'),
);

/** Verbs that introduce someone's words after a colon: `the man threatened her: I know where you live`. */
const SPEECH_BEFORE_COLON = wordClass(
  [
    'said|says|say|wrote|writes|told|tells|threatened|threatens|warned|warns|shouted|yelled|screamed|posted',
    'tweeted|texted|messaged|read|reads|dijo|dijeron|escribio|amenazo|amenazaron|grito|dit|ecrit|menace|crie',
    'sagte|sagten|schrieb|drohte|drohten|rief|zei|zeiden|zegt|schreef|dreigde|dreigden|riep|sa|sade|skrev',
    'hotade|ropade|mondta|irta|fenyegetett|fenyegette|kiabalta|сказал|сказала|написал|написала|угрожал|угрожала',
  ].join('|'),
);

/**
 * Whether a threat is someone's words reported after a colon: a verb of `SPEECH_BEFORE_COLON` among the six
 * words before the colon, its subject not the speaker (`Police say the man threatened her: I know where you
 * live.`; `I told him: I will find you` is the speaker's own).
 */
function reportedAfterColon(source: string, tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  // The colon right before the threat, or one or two words before it (`: I know where …`).
  let colon = -1;
  for (let j = from; j >= Math.max(1, from - 2) && tokens[j - 1]!.sentence === sentence; j--)
    if (source.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(':')) {
      colon = j;
      break;
    }
  return colon >= 0 && someoneElsesVerb(tokens, colon, 6, SPEECH_BEFORE_COLON);
}

/**
 * Whether a threat is told as someone else's intent or attempt (`The rebels threatened to kill the
 * journalist, the UN said`, `accused of plotting to behead the judge`): a verb of `REPORTED_INTENT` in the
 * three words before it, its subject not the speaker.
 */
function reportedIntent(tokens: readonly Token[], from: number): boolean {
  return someoneElsesVerb(tokens, from, 3, REPORTED_INTENT);
}

/** A share of a people: `most of`, `la mayoría de`, `la plupart des`, `die meisten`, `большинство`. */
const MANY = wordClass(
  'most|many|millions|thousands|half|majority|mayoria|mayor|mitad|millones|miles|plupart|majorite|moitie|meisten|mehrheit|halfte|tausende|millionen|большинство|половина|тысячи|миллионы|maggior|maggioranza|maioria|wiekszosc',
);
const manyAt = (tokens: readonly Token[], to: number): boolean => {
  for (let k = to; k < tokens.length && k <= to + 1 && tokens[k]!.sentence === tokens[to - 1]!.sentence; k++)
    if (MANY(tokens[k]!)) return true;
  return false;
};

/** Words only sport uses: positions, competitions, officials, and clubs named alone. */
const SPORT = wordClass(
  'midfield|midfielder|midfielders|striker|strikers|goalkeeper|keeper|league|corner|corners|penalty|penalties|pitch|defence|defense|defenders|goalie|derby|fixture|kickoff|playoff|playoffs|semifinal|referee|offside|halftime|matchday|innings|wicket|touchdown|quarterback|football|soccer|rugby|cricket|hockey|basketball|spurs|arsenal|chelsea|juventus|bayern|liga|delantero|portero|arbitro|ligue|attaquant|arbitre|bundesliga|sturmer|torwart|schiedsrichter|mittelfeld|матч|вратарь|нападающий|дерби',
);
/** What a team does to the other in a sports page's idiom. */
const BEATEN = /\b(?:bury|buried|destroy|crush|smash|murder|kill|annihilate|demolish|hammer|thrash)\b/i;

/**
 * Whether an act is a match won in an idiom (round 44: `saturday we'll bury them, Spurs have nothing in
 * midfield`): a verb of `BEATEN` against others than the reader, in a sentence with a word only sport uses.
 */
function wonInSport(source: string, tokens: readonly Token[], hit: PhraseHit<Meta>): boolean {
  const said = source.slice(...hit.span);
  if (!BEATEN.test(said) || /\b(?:you|u|ya|your)\b/i.test(said)) return false;
  const sentence = tokens[hit.from]!.sentence;
  return tokens.some((t) => t.sentence === sentence && SPORT(t));
}

/** Threats (reject) and ambiguous calls to violence (hold); null when there are none. */
export function detectThreats(source: string, holdAmbiguous: boolean): ThreatVerdict | null {
  const { tokens } = tokensOf(source);
  const hits = PHRASES.scan(tokens);
  if (hits.length === 0) return null;
  const evidence: Evidence[] = [];
  let reject = false;
  let hold = false;
  let closer = false;
  let threat = false;
  for (const hit of hits) {
    if (mentioned(tokens, hit.from, hit.to) || negated(tokens, hit) || negatedInside(tokens, hit)) continue;
    const { kind, aim, command, execution } = hit.phrase.meta;
    if (command && !commandAt(tokens, hit)) continue;
    // A call that needs a person (every execution call and third-person wish does) is reported after a verb of saying.
    if (aim === 'needs' && wordBefore(tokens, hit.from, hit.from, SAYING)) continue;
    if ((kind === 'act' || kind === 'wish') && reportedIntent(tokens, hit.from)) continue;
    if (kind === 'act' && wonInSport(source, tokens, hit)) continue;
    if (kind !== 'closer' && reportedAfterColon(source, tokens, hit.from)) continue;
    // Killed with a feeling (`te voy a matar de envidia`), as the violence rules read it.
    if (kind === 'act' && withFeelingAt(tokens, hit.to, tokens[hit.from]!.sentence)) continue;
    // Asked and answered no (`Zu den Waffen greifen? Nein.`); an act or a wish only when the answer threatens
    // nothing itself (round 44: `String them up? No. Put them on trial.`, but not `… No, shoot them.`).
    if (
      askedAndRefused(source, tokens, hit.from) &&
      (kind === 'ambiguous' ||
        ((kind === 'act' || kind === 'wish') &&
          !hits.some((h) => tokens[h.from]!.sentence === tokens[hit.from]!.sentence + 1)))
    )
      continue;
    if (kind === 'ambiguous' && (lawfulMeansAt(tokens, hit.to) || toldOrDoubted(tokens, hit.from))) continue;
    if (kind === 'ambiguous' && aboutAThing(tokens, hit.to)) continue;
    // The one language named, and lawful (round 54: `only understand one language, and it's sanctions`).
    if (kind === 'ambiguous' && lawfulLanguage(tokens, hit)) continue;
    // Quoted with its speaker after it (round 54: `… the only language they understand, said the general`).
    if (kind === 'ambiguous' && saidRightAfter(source, tokens, hit.to)) continue;
    // Where most of a people lives, told as a fact (`Sabemos dónde vive la mayoría de los refugiados: en campos`).
    if (kind === 'whereabouts' && manyAt(tokens, hit.to)) continue;
    const aimed =
      aim === 'self' ||
      personInSentence(source, tokens, hit.from) ||
      ((kind === 'act' || kind === 'wish') &&
        (surnameAfter(source, tokens, hit.to) || nameRightBefore(source, tokens, hit.from)));
    const detail = `${kind}: "${source.slice(...hit.span)}"${aim === 'needs' ? (aimed ? ' at a person' : ' at nobody named') : ''}`;
    evidence.push({ kind: 'threat', value: kind, span: hit.span, detail });
    if (kind === 'closer') closer = true;
    // Round 91: an execution called for, aimed at one person (`that election official needs to be strung up`).
    else if (kind === 'ambiguous' && execution && onePersonCalledFor(source, tokens, hit.from, hit.to)) {
      reject = true;
      threat = true;
    } else if (kind === 'ambiguous') hold = hold || holdAmbiguous;
    else if (aimed) {
      reject = true;
      threat = true;
    } else hold = true;
  }
  // A vague closer (`see you soon`) only counts next to another threat.
  if (closer && (threat || evidence.some((e) => e.value === 'whereabouts'))) reject = true;
  if (reject) return { outcome: 'reject', score: 0.95, evidence };
  if (hold) return { outcome: 'hold', score: 0.5, evidence };
  return null;
}
