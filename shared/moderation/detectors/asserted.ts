/**
 * Whether a dehumanising word is said of people by the writer, or only spoken about: readers who answer
 * hate repeat its words (`Migrants are not vermin`, `Flüchtlinge sind keine Ungeziefer`, `the Nazis
 * called Jews rats`, `it is not true that Roma are all thieves`). The hate detector and the toxicity
 * lexicon's group rules ask the same three questions of a word here:
 *
 * - denied: a negation just before it (`are not`, `sind keine`, `ne sont pas des`, `не`), unless the
 *   negation only limits it (`not just vermin`);
 * - reported: a word earlier in its sentence that reports, depicts or refutes what others say (`called`,
 *   `propaganda`, `the myth that`, `the old lie that`, `it is not true that`), unless that word is itself
 *   denied (`it's no myth that`, `kein Mythos`);
 * - compared: a simile or a depiction right before it (`treated like animals`, `drawn as rats`, `wie über
 *   Untermenschen`).
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { CLASSES } from './word-classes';
import { wordBefore } from './common';

export { joinedBySomeone } from './joined';
import { comparisonNamedAt } from './comparison';

/** Negations in the five languages (and a few neighbours'), folded. `n't` is read from its `t`. */
const NEGATION_WORD = wordClass(
  [
    'not|no|never|nor|none|nothing|nobody|noone|nowhere|dont|didnt|doesnt|isnt|arent|wasnt|werent|cant|cannot|wont',
    'nicht|nichts|kein|keine|keiner|keinen|nie|niemals|nirgends|nirgendwo',
    'ne|pas|jamais|aucun|aucune|rien|ni',
    'ningun|ninguno|ninguna|nunca|nada|nadie|tampoco',
    'не|ни|нет|никто|никакие|никакой|никакого|ничего',
    // Italian, Portuguese, Polish, Ukrainian (round 31: `Non è vero che …`).
    'non|nao|nie|ні',
  ].join('|'),
);
const NT_STEM = /(?:n|don|won|can)$/;

/** Whether the token at `k` negates: a negation word, or the `t` of `aren't`, `isn't`, `don't`. */
export function negationAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  // `Не пора ли браться за оружие?` asks for what it seems to deny (round 82): `не X ли` is no negation.
  if (t.text === 'не' && tokens[k + 2]?.text === 'ли') return false;
  if (NEGATION_WORD(t)) return true;
  const prev = tokens[k - 1];
  return t.text === 't' && prev !== undefined && prev.end === t.start - 1 && NT_STEM.test(prev.text);
}

/** `nothing` in the five languages: it denies a word (`rien d'héroïque`), not a clause after it. */
const NOTHING = wordClass('nothing|nichts|rien|nada|ничего');

/**
 * The nearest of the `reach` tokens before `from`, in its sentence, that negates (-1 when none); with
 * `nothing` false, the words for nothing do not count.
 */
function negationBefore(tokens: readonly Token[], from: number, reach: number, nothing = true): number {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && k >= from - reach; k--) {
    if (tokens[k]!.sentence !== sentence) return -1;
    if (negationAt(tokens, k) && (nothing || !NOTHING(tokens[k]!))) return k;
  }
  return -1;
}

/**
 * Whether one of the `reach` tokens before `from`, in its sentence, negates. Without `nothing`, the words
 * for nothing do not count: a threat after `if the police do nothing,` is not negated by it.
 */
export const negatedWithin = (
  tokens: readonly Token[],
  from: number,
  reach: number,
  nothing = true,
): boolean => negationBefore(tokens, from, reach, nothing) >= 0;

/**
 * Words after a negation that limit or compare rather than deny: `not just vermin`, `nothing but
 * parasites`, `nichts als Ungeziefer`, `ничем не лучше крыс`.
 */
const LIMITER = wordClass(
  'just|only|merely|simply|even|but|better|than|nur|bloss|lediglich|als|besser|solo|solamente|mejor|mejores|seulement|juste|que|mieux|только|просто|лишь|лучше|чем|кроме',
);

/** A negation in the two tokens before `from`, in its sentence, that denies rather than limits. */
export function deniedAt(tokens: readonly Token[], from: number): boolean {
  const k = negationBefore(tokens, from, 2);
  return k >= 0 && !(k + 1 < from && LIMITER(tokens[k + 1]!));
}

/** Words that report, depict or refute what others say: `the Nazis called Jews vermin`, `the trope that …`. */
const REPORTING = wordClass(
  [
    'called|calls|calling|described|describe|describes|portrayed|portray|depicted|depict|labelled|labeled|branded|dubbed|propaganda|rhetoric|trope|tropes|myth|myths|conspiracy|theory|theories|slogan|slogans|claimed|claims|accused|stereotype|stereotypes|canard|smear|smears|falsehood|untrue|lie|lies|hoax|libel',
    'llamaban|llamaba|describian|propaganda|retorica|mito|mitos|teoria|conspiracion|bulo|bulos|estereotipo|estereotipos|mentira|mentiras',
    'appelaient|appelait|qualifiaient|qualifie|qualifies|qualifiee|qualifiees|decrivaient|propagande|rhetorique|mythe|mythes|theorie|complot|stereotype|stereotypes|mensonge|mensonges|intox|cliche|cliches|prejuge|prejuges',
    'nannten|bezeichneten|beschrieben|propaganda|rhetorik|mythos|mythen|theorie|verschworungstheorie|narrativ|klischee|klischees|vorurteil|vorurteile|luge|lugen|marchen',
    'называли|называл|называют|изображали|пропаганда|пропаганды|риторика|миф|мифы|мифов|теория|нарратив|стереотип|стереотипы|ложь|враньё|вранье|неправда|выдумка|выдумки',
    // Italian, Portuguese, Polish, Ukrainian: `il mito che …`, `nieprawda, że …`, `міф, що …`.
    'mito|miti|bugia|bugie|stereotipo|stereotipi|mentira|mentiras|estereotipo|estereotipos|mit|mity|nieprawda|klamstwo|stereotyp|stereotypy|міф|міфи|неправда|брехня|sostengono|sostiene|affermano|afirmam|alegam|twierdza|twierdzi|twierdzili|стверджують|стверджує',
  ].join('|'),
);
/** `true` after a negation refutes what follows: `it is not true that …`, `no es verdad que …`. */
const TRUE = wordClass('true|verdad|cierto|vrai|wahr|правда|vero|verdade|prawda');

/**
 * For each token, whether a reporting or refuting word comes earlier in its sentence: one pass over the
 * tokens (a walk back from every hit would be quadratic in a long sentence full of hits).
 */
export function reportingBefore(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let seen = false;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k]!.sentence !== tokens[k - 1]!.sentence) seen = false;
    out[k] = seen ? 1 : 0;
    const t = tokens[k]!;
    // A refuting word denied refutes nothing (`it's no myth that …`, `kein Mythos`); `true` denied refutes.
    const denied = (k > 0 && negationAt(tokens, k - 1)) || (k > 1 && negationAt(tokens, k - 2));
    if ((REPORTING(t) && !denied) || (TRUE(t) && denied)) seen = true;
  }
  return out;
}

/** Words that make what follows a comparison or a picture: `like`, `as`, `comme`, `wie`, `как`. */
export const SIMILE = wordClass('like|as|comme|wie|como|как|словно|будто|als');
/** What may stand between a simile and its word: `wie über`, `like about`, `comme des`. */
const SIMILE_LINK = wordClass('uber|about|of|des|de|los|las|a|an|the|die|den|der');

/** A simile one word before `from`, across a preposition or an article: `wie über Untermenschen`. */
export function depictedAt(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  const before = tokens[from - 2];
  return (
    before !== undefined &&
    prev!.sentence === tokens[from]!.sentence &&
    before.sentence === prev!.sentence &&
    SIMILE_LINK(prev!) &&
    SIMILE(before)
  );
}

/** Pictures and the verbs that make them: `a meme of migrants as rats`, `the films showed Jews as rats`. */
const PICTURE = wordClass(
  [
    'meme|memes|cartoon|cartoons|caricature|caricatures|poster|posters|film|films|image|images|showed|shows|show|depicted|depicting|drew|drawn|draws|portrayed|portraying|pictured',
    'cartel|carteles|caricatura|caricaturas|dibujo|mostraba|mostraban|mostro|representaba|representaban',
    'affiche|affiches|dessin|dessins|montrait|montraient|representait|representaient',
    'karikatur|karikaturen|plakat|plakate|zeigte|zeigten|darstellte|darstellten',
    'карикатура|карикатуры|карикатурах|плакат|плакаты|плакатах|изображали|изображал|показывали',
    'vignetta|vignette|mostrava|mostravano|raffigurava',
  ].join('|'),
);
/** The `as` of a picture (`showed them as rats`, `como ratas`, `come parassiti`); not `like`, which compares. */
const PICTURED_AS = wordClass('as|como|come|comme|als|как|jako');

/**
 * A word introduced as a picture of a group: `as` right before it, and a picture or a verb of depicting
 * earlier in the sentence (`posted a meme of migrants as rats`). `Migrants are like rats` is no picture.
 */
export function picturedAt(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  // `as` within six words before it (`showed Jews as spiders, octopuses, rats and lice`), then a picture before that.
  let at = -1;
  for (let k = from - 1; k >= 0 && k >= from - 6 && tokens[k]!.sentence === sentence; k--)
    if (PICTURED_AS(tokens[k]!)) {
      at = k;
      break;
    }
  if (at < 0) return false;
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (PICTURE(tokens[k]!)) return true;
  return false;
}

/** Verbs of talking about someone: `talks of migrants as if …`, `hable de`, `parle des`, `говорит о`. */
const TALK = wordClass(
  'talk|talks|talked|talking|speak|speaks|spoke|speaking|treat|treats|treated|treating|habla|hablan|hable|hablen|hablar|hablaba|trata|tratan|parle|parlent|parler|parlait|traite|traitent|spricht|sprechen|sprach|redet|reden|redete|behandelt|behandeln|говорит|говорят|говорил|говорили|пишет|пишут',
);
/** `as if`, `como si`, `comme si`, `als ob`, `как будто`, `как если бы`: the second word of each. */
const AS_IF_SECOND = wordClass('if|si|ob|будто|бы|though');
const AS_IF_FIRST = wordClass('as|como|comme|als|как|even');

/**
 * Someone else's way of talking, reported: a verb of talking, then `as if` within five words before the
 * word (`un diputado hable de "menas" como si fueran una plaga`, `talks about refugees as if they were
 * vermin`). The writer's own `they act as if they were animals` has no verb of talking.
 */
export function talkedOfAsIfAt(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 1 && k >= from - 5 && tokens[k]!.sentence === sentence; k--) {
    if (!AS_IF_SECOND(tokens[k]!) || !AS_IF_FIRST(tokens[k - 1]!)) continue;
    for (let v = k - 2; v >= 0 && v >= k - 10 && tokens[v]!.sentence === sentence; v--)
      if (TALK(tokens[v]!)) return true;
    return false;
  }
  return false;
}

/**
 * A simile right before `from`, or one word before it (`depictedAt`), someone's talk reported with `as if`
 * (`talkedOfAsIfAt`), or a comparison named as the sentence's subject (`comparison.ts`).
 */
export function comparedAt(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (prev === undefined || prev.sentence !== tokens[from]!.sentence) return false;
  return (
    SIMILE(prev) ||
    depictedAt(tokens, from) ||
    talkedOfAsIfAt(tokens, from) ||
    comparisonNamedAt(tokens, from)
  );
}

/** Verbs of calling, praising and writing: what someone else says of attackers or a group. */
const SPEECH_VERB = wordClass(
  [
    'call|calls|called|calling|praise|praises|praised|praising|celebrate|celebrates|celebrated|celebrating|hail|hails|hailed|hailing|glorify|glorifies|glorified|glorifying|lionise|lionises|lionised|lionising|lionize|lionizes|lionized|lionizing|label|labels|labelled|labelling|brand|brands|branded|branding|wrote|writes|write|tweeted|posted',
    'llama|llaman|llamo|llamar|llamando|alaba|alaban|celebra|celebran|celebrar|escribe|escribio|escribieron',
    'appelle|appellent|appele|appeler|qualifie|qualifient|qualifier|celebre|celebrent|celebrer|ecrit|ecrivent|glorifie|glorifient',
    'nennt|nennen|nannte|nannten|feiert|feiern|feierte|verherrlicht|verherrlichen|schreibt|schrieb',
    'называет|называют|назвал|назвали|называть|прославляет|прославляют|славит|пишет|написал|написали',
    // The past imperfective (round 82, `/work/audit39`): `их называли героями в советских учебниках`.
    'называли|называл|называла|прославляли|llamaban|llamaba|appelaient|appelait|nannten',
    'chama|chamam|chamou|chamaram|diz|dizem|disse',
    'chiama|chiamano|chiamava|chiamavano|definisce|definiscono|nazywa|nazywaja|nazywal|nazywali|nazwal|nazwali|називає|називають|називали|назвали',
  ].join('|'),
);
/** Words before a naming verb that make the call the writer's own: `should call`, `let's call`, `I call`. */
const OWN_CALL = wordClass(
  'i|we|should|must|let|lets|will|would|to|do|dont|please|pls|yo|je|nous|ich|wir|я|мы|hay|il|faut|muss|надо|давайте',
);
/** A contrast that starts the writer's own clause: `they call them terrorists, but they are heroes`. */
const CONTRAST = wordClass('but|yet|pero|sino|mais|aber|sondern|но|а|ma|mas|ale|ama');

/**
 * Whether praise at `from` is a name others give, told as news: a naming verb within eight words before it
 * in its clause, said by someone the sentence names before it (`Russian state TV called the Wagner fighters
 * heroes`, `Some in Gaza call the attackers martyrs`); not the writer's own (`I call them heroes`, `Call
 * them what they are: heroes`, `let's call them heroes`), nor praise after a contrast.
 */
export function namedByOthersAt(source: string, tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || CLAUSE_BREAK.test(source.slice(t.end, tokens[k + 1]!.start))) return false;
    if (CONTRAST(t)) return false;
    if (!SPEECH_VERB(t)) continue;
    const subject = tokens[k - 1];
    if (subject === undefined || subject.sentence !== sentence || OWN_CALL(subject)) return false;
    // `let's call them …`
    return !(subject.text === 's' && tokens[k - 2]?.text === 'let');
  }
  return false;
}

/** Relative pronouns: `anyone who calls them heroes`, `celui qui a écrit`, `тот, кто называет`. */
const RELATIVE = wordClass('who|whoever|qui|quien|quienes|wer|кто|которые|который|которая');
/** A sentence-initial verb in `-ing` is its subject: `Calling the attackers martyrs is obscene`. */
const GERUND = /ing$/;
/** What ends a clause between two tokens: a comma, semicolon, colon or dash. */
export const CLAUSE_BREAK = /[,;:\u2013\u2014]|\s-\s/;

/**
 * Whether the words at `from` are what somebody else is said to call or praise them, within eight tokens
 * and the same clause: `Anyone who calls the attackers heroes …`, `Calling them martyrs is obscene`,
 * `Celui qui a écrit que les tueurs étaient des héros`. The writer's own `I call them heroes` is praise.
 */
export function spokenOfAt(source: string, tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || CLAUSE_BREAK.test(source.slice(t.end, tokens[k + 1]!.start))) return false;
    if (!SPEECH_VERB(t)) continue;
    const first = k === 0 || tokens[k - 1]!.sentence !== sentence;
    if (first && GERUND.test(t.text)) return true;
    for (let r = k - 1; r >= 0 && r >= k - 2; r--)
      if (tokens[r]!.sentence === sentence && RELATIVE(tokens[r]!)) return true;
  }
  return false;
}

const NO = wordClass('no|nope|nein|non|нет|ні|nie|nao');

/**
 * Whether the sentence of the token at `at` is a question answered no at once (`Zu den Waffen greifen?
 * Nein.`, `Time to take up arms? No.`): it ends with a question mark and the next sentence opens with a no.
 */
export function askedAndRefused(source: string, tokens: readonly Token[], at: number): boolean {
  let last = at;
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === tokens[at]!.sentence) last++;
  const next = tokens[last + 1];
  return next !== undefined && /^\s*\?/.test(source.slice(tokens[last]!.end, next.start)) && NO(next);
}

/** What a hero's reception is called: `a hero's welcome`, `a hero's funeral`. */
const RECEPTION = wordClass('welcome|reception|homecoming|funeral|burial|send|sendoff');
/**
 * Whether praise ending before token `to` is the possessive of a reception (`a hero's welcome`): an event
 * reported, not praise given (asked by the extremism check and the cue rules).
 */
export const heroReceptionAt = (tokens: readonly Token[], to: number): boolean => {
  const next = tokens[to];
  const after = tokens[to + 1];
  return next?.text === 's' && after !== undefined && RECEPTION(after);
};

/** Who a newsroom's readers praise by name: its people, and the newsroom itself. */
const NEWSROOM_ADDRESSEE = wordClass(
  [
    CLASSES.target,
    'editors|team|newsroom|staff|colleagues|everyone|redaktion|redaction|redaccion|redazione|redakcja|редакция',
  ].join('|'),
);
/**
 * Whether praise ending before token `to` is said to someone of the newsroom, named right after a comma
 * (`Well done, editors: the analysis of Hamas's finances is thorough`, `Gut gemacht, Redaktion`): praise
 * of them, not of an organisation in its sentence (asked by the cue rules).
 */
export function praiseAddressedAt(source: string, tokens: readonly Token[], to: number): boolean {
  const prev = tokens[to - 1];
  const next = tokens[to];
  return (
    prev !== undefined &&
    next !== undefined &&
    next.sentence === prev.sentence &&
    source.slice(prev.end, next.start).includes(',') &&
    NEWSROOM_ADDRESSEE(next)
  );
}

/** The speaker as a subject: `I threatened to …`, `we urge you to …` report nobody else's words. */
const SPEAKER = wordClass('i|we|me|us|yo|je|j|nous|ich|wir|я|мы|ya|my');

/**
 * Whether the nearest word of `verb` in the `span` words before token `before`, within its sentence, has
 * someone other than the speaker as its subject (the word before it); false when there is none.
 */
export function someoneElsesVerb(
  tokens: readonly Token[],
  before: number,
  span: number,
  verb: (t: Token) => boolean,
): boolean {
  const sentence = tokens[before]!.sentence;
  for (let k = before - 1; k >= Math.max(0, before - span) && tokens[k]!.sentence === sentence; k--) {
    if (!verb(tokens[k]!)) continue;
    const subject = tokens[k - 1];
    return !(subject !== undefined && subject.sentence === sentence && SPEAKER(subject));
  }
  return false;
}

/** Verbs of urging, luring and recruiting: what an organisation's propaganda is reported to have done. */
export const URGED = wordClass(
  [
    'urged|urges|urging|convince|convinced|convincing|persuade|persuaded|persuading|encouraged|encourages|lured',
    'lures|luring|recruited|recruits|recruiting|told|tells|asked|asks|invited|invites|pressured|groomed',
    'appelle|appellent|appelait|appelaient|incite|incitent|incitait|exhorte|exhortent|llama|llaman|llamaba',
    'pide|piden|pedia|animaba|animan|fordert|fordern|forderte|forderten|ruft|rufen|rief|riefen',
    'призывает|призывают|призывал|призывали|вербовал|вербовали|вербует|уговаривал|уговаривали',
  ].join('|'),
);

/** How something is to be dealt with when the law does it: `by the courts`, `at EU level`, `through parliament`. */
const LAWFUL_LINK = wordClass(
  'by|in|at|through|via|under|par|dans|en|por|con|durch|mit|через|before|devant|ante|vor|перед|pered',
);
const LAWFUL_FILLER = wordClass(
  'the|a|an|independent|international|national|european|proper|normal|ordinary|criminal|civil|eu|un|le|la|les|l|une|el|los|las|die|der|den|general|generale|massive',
);
/** The law's means, also blanked for the classifier's second reading (`model/lawful.ts`). */
export const LAWFUL_MEANS =
  'courts|court|prosecutor|prosecutors|judge|judges|law|laws|police|parliament|eu|un|level|authorities|state|tribunal|tribunals|committee|ballot|voters|elections|election|negotiations|diplomacy|sanctions|regulator|regulators|inquiry|justice|legislation|calme|legalite|greve|urnes|tribunaux|loi|calma|legalidad|huelga|urnas|tribunales|ley|streik|wahlen|gerichte|rechtsstaat|выборы|забастовку|суд|судом|sudom|gericht';
export const LAWFUL = wordClass(LAWFUL_MEANS);

/**
 * Whether an ambiguous call ending before `to` names a lawful means right after it (`should be dealt with by the
 * courts`, `at EU level`): then it calls for no violence. Read by the threat phrases and the violence cues.
 */
export function lawfulMeansAt(tokens: readonly Token[], to: number): boolean {
  const link = tokens[to];
  if (!link || !LAWFUL_LINK(link)) return false;
  for (let k = to + 1; k < tokens.length && k <= to + 3 && tokens[k]!.sentence === link.sentence; k++) {
    if (LAWFUL(tokens[k]!)) return true;
    if (!LAWFUL_FILLER(tokens[k]!)) return false;
  }
  return false;
}

/** German past forms of taking up (`griffen zu den Waffen`) or calling to arms: history told, not a call. */
const TOLD_PAST = wordClass('griff|griffen|gegriffen|rief|riefen|gerufen');
/** Words that doubt what follows them (round 54: `I doubt the opposition will take up arms`): no call either. */
const DOUBT = wordClass('doubt|doubts|unlikely|dudo|doute|bezweifle|bezweifeln|сомневаюсь|somnevayus');
export const toldOrDoubted = (tokens: readonly Token[], from: number): boolean =>
  wordBefore(tokens, from, 6, TOLD_PAST) || wordBefore(tokens, from, 8, DOUBT);
