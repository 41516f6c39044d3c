/**
 * What a justification word is said of (round 32, a red-team's twins): `Israel's response to October 7 was
 * fully justified` and `the crackdown after Solingen was justified` justify the answer to an attack, and `the
 * hostages taken on October 7 deserved better` says what its victims were owed. Neither justifies the attack;
 * both were rejected as if they did. Read by the extremism detector and its cue rules, and by the classifier
 * (`justifiedResponseSpans`), which read `the response after the Bataclan was justified` as praise of it.
 */
import { PhraseSet, wordClass } from '../text/phrases';
import { tokensOf, type Token } from '../text/tokens';
import { sentenceStart } from './common';

/** The answer to an attack, as the sentence's subject. */
const RESPONSE = wordClass(
  'response|responses|reaction|reactions|retaliation|reprisal*|crackdown|measures|counterattack*|counteroffensive|riposte|reponse|represailles|respuesta|reaccion|represalia*|reaktion|antwort|vergeltung|gegenschlag|ответ|реакция|risposta|reazione|resposta|reacao|odpowiedz|reakcja|karsilik|tepki',
);
/** What links the answer to the attack: `to`, `after`, `à`, `tras`, `auf`, `на`. */
const TO_OR_AFTER = wordClass(
  'to|after|following|against|for|a|au|aux|apres|tras|despues|contra|auf|nach|gegen|на|после|dopo|contro|apos|contra|na|po|sonrasi',
);
/** An attack named before the answer makes the attack the subject (`the attack was a response to … and justified`). */
const ATTACK_NOUN = wordClass(
  'attack|attacks|bombing|bombings|massacre|atentado*|ataque*|attentat*|attaque*|anschlag*|angriff*|теракт*|атак*|нападени*|attentato*|attacco|zamach*|saldiri*',
);
/** Deserving, the verb a justification may end on. */
const DESERVED = wordClass('deserv*|merec*|merit*|verdien*|заслуж*|zasluz*|zasluzh*');
/** What victims are owed: `deserved better`, `merecían justicia`, `verdienen Antworten`, `a real inquiry`. */
const OWED = wordClass(
  [
    // A prize or thanks (round 47: `Die Lehrerin verdient jeden Preis`).
    'prize|award|medal|thanks|credit|recognition|preis|auszeichnung|dank|orden|premio|prix|medaille|medalla|премию|награду|благодарность|nagrode|odul',
    'better|more|justice|answers|protection|support|help|respect|respekt|anerkennung|respeto|rispetto|respeito|szacunek|уважени*|dignity|peace|compensation|truth|inquiry|apology|mejor|justicia|respuestas|proteccion|mieux|reponses|besser|besseres|gerechtigkeit|antworten|schutz|лучшего|справедливост*|ответов|meglio|giustizia|risposte|melhor|justica|lepiej|sprawiedliwosc*',
  ].join('|'),
);

/**
 * `as`, and the verbs of framing or regarding before it: `framed … as retaliation`, `presented it as revenge`,
 * `treated Muslim civilians as legitimate targets` (round 48), unless the writer is their subject.
 */
const AS = wordClass('as|como|comme|als');
const FRAMED = wordClass(
  // (Round 93, `heldout56`, now `dev108`: a motive someone claimed, not the writer's, `supposedly as revenge for …`.)
  'framed|frames|framing|presented|presents|portrayed|portrays|described|describes|cast|sold|branded|presento|presentaron|presentait|dargestellt|darstellte|treated|treats|treating|saw|sees|considered|considers|regarded|regards|viewed|views|supposedly|allegedly|reportedly|ostensibly|claimed|claiming|supuestamente|presuntamente|pretendument|angeblich|vorgeblich|якобы|yakoby',
);
const WRITER = wordClass('i|we|je|nous|yo|ich|wir|я|мы');
/** Each other: `Netanyahu and the Hamas leadership deserved each other` (round 48); not `each bullet`. */
const EACH_OTHER = wordClass('einander|друг|mutuamente');
const eachOtherAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k] !== undefined &&
  (EACH_OTHER(tokens[k]) || (tokens[k].text === 'each' && tokens[k + 1]?.text === 'other'));

/**
 * Whether the word at `at` is what someone else framed or regarded something as (see `FRAMED`), or the thing so
 * framed, right after the verb (`it framed jihad as an individual duty`).
 */
export function framedAs(tokens: readonly Token[], at: number): boolean {
  if (at === 0) return false;
  const sentence = tokens[at]!.sentence;
  const before = tokens[at - 1]!;
  if (FRAMED(before) && before.sentence === sentence) return !(at > 1 && WRITER(tokens[at - 2]!));
  if (!AS(before)) return false;
  for (let k = at - 2; k >= 0 && tokens[k]!.sentence === sentence; k--)
    if (FRAMED(tokens[k]!)) return !(k > 0 && WRITER(tokens[k - 1]!));
  return false;
}

/**
 * Whether the justification at token `at` (ending before `end`) is said of an answer to an attack, says
 * what victims deserved or someone was owed, or is someone's framing reported (round 47: `al-Shabaab framed
 * both Westgate and Garissa as retaliation for Kenya's intervention`).
 */
export function notTheAttackJustified(tokens: readonly Token[], at: number, end: number): boolean {
  const sentence = tokens[at]!.sentence;
  if (framedAs(tokens, at)) return true;
  if (blowAgainstJustified(tokens, at)) return true;
  if (DESERVED(tokens[end - 1]!) && eachOtherAt(tokens, end)) return true;
  // What they deserved, within three words (`deserved a real inquiry`).
  if (DESERVED(tokens[end - 1]!))
    for (let k = end; k < end + 3 && tokens[k]?.sentence === sentence; k++) if (OWED(tokens[k]!)) return true;
  for (let r = sentenceStart(tokens, at); r < at; r++) {
    if (ATTACK_NOUN(tokens[r]!)) return false;
    if (!RESPONSE(tokens[r]!)) continue;
    for (let k = r + 1; k <= r + 2 && k < at; k++) if (TO_OR_AFTER(tokens[k]!)) return true;
  }
  return false;
}

/** A blow struck against an organisation: a strike, a raid, a killing (round 67). */
const STRIKE = wordClass(
  'strike|strikes|airstrike|airstrikes|raid|killing|frappe|frappes|raid|ataque|bombardeo|drohnenangriff|luftangriff|angriff|zugriff|удар|ликвидация|ликвидацию|udar|likvidaciya',
);
/** Its target: an organisation's leader or a notorious attacker (`the emir`, `bin laden`). */
const LEADER = wordClass(
  'emir|emirs|emiro|emire|commander|leader|chief|ringleader|mastermind|baghdadi|zarqawi|zawahiri|laden|soleimani|shekau|anfuhrer|drahtzieher|эмир*|главар*|командир*|ладен*|ladena|ladenu',
);
/** Whom a justification may be said of instead: the struck, the victims. */
const VICTIMS = wordClass(
  'they|them|victims|people|civilians|hostages|ellos|victimas|eux|victimes|sie|opfer|они|жертвы',
);

/**
 * Whether the justification at `at` is said of a blow against an organisation (round 67, `/work/audit39`): its sentence
 * names a strike before a leader (`the drone strike that killed the emir was justified`, `der Drohnenangriff auf den Emir
 * war gerechtfertigt`), or a leader stands right before it with no victims between (`bin laden got what he deserved`),
 * also at the end of the sentence before (`mataron a Bin Laden. se lo merecía`).
 */
function blowAgainstJustified(tokens: readonly Token[], at: number): boolean {
  const start = sentenceStart(tokens, at);
  let strike = false;
  for (let k = start; k < at; k++) {
    if (ATTACK_NOUN(tokens[k]!) && !STRIKE(tokens[k]!)) return false;
    if (STRIKE(tokens[k]!)) strike = true;
    else if (strike && LEADER(tokens[k]!)) return true;
  }
  const from = at - start <= 2 && start > 0 ? Math.max(0, start - 4) : Math.max(start, at - 4);
  for (let k = at - 1; k >= from; k--) {
    if (VICTIMS(tokens[k]!)) return false;
    if (LEADER(tokens[k]!)) return true;
  }
  return false;
}

/** An answer to an attack said to be justified, as a phrase (the classifier reads the comment without it). */
const JUSTIFIED_RESPONSE = new PhraseSet<true>(
  [
    '{response|reaction|retaliation|crackdown|measures|riposte|reponse|respuesta|reaccion|reaktion|antwort|ответ|реакция|risposta|resposta} {to|after|following|a|au|apres|tras|a la|al|auf|nach|на|после|dopo|alla|ao} ~4 {was|were|is|are|fut|etait|est|fue|era|es|war|ist|был|была|было|fu|foi} ~1 {justified|legitimate|proportionate|necessary|justifiee|justifie|legitime|justificada|justificado|legitima|gerechtfertigt|legitim|оправдана|оправдан|giustificata|justificada}',
  ].map((p) => [p, true] as const),
);

/** The spans of answers to an attack said to be justified, for the classifier's second reading. */
export function justifiedResponseSpans(source: string): Array<[number, number]> {
  return JUSTIFIED_RESPONSE.scan(tokensOf(source).tokens).map((h) => [h.span[0], h.span[1]]);
}
