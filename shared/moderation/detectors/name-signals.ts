/**
 * What a display name says that the body's checks do not read in it. A name is a label or a slogan, not
 * a sentence: `Traitors will hang`, `Caliphate Soldier` or `News Desk` carry no `you`, no verb aimed at
 * anyone, no context, and the detectors written for comments see nothing. These phrases are written for
 * names only (the `author-name` check reads them; a comment's body never does):
 *
 * - `violence`: a death wish or a call to kill, hang, shoot, gas or burn, as a slogan (`death to …`,
 *   `… must die`, `hang the …`, `a bullet for …`), in English, Spanish, French, German, Russian and
 *   Ukrainian. `Kill Bill fan`, `Killer Queen` and `Death Metal Fan` are not calls;
 * - `member` / `praise`: a name that enlists or glorifies (`soldier`, `recruit`, `media wing`, `fan club`,
 *   `did nothing wrong`, `lives forever`, `hail`), which counts next to an organisation or an attacker the
 *   extremism detector knows (`ISIS researcher` and `Former ISIS hostage` stay names); `code`: a movement's
 *   code that means nothing else (`1488`, `rahowa`); `named`: attackers and movements a name may praise
 *   that the extremism detector does not list (`Hitler was right`; `Hitler historian` stays a name);
 * - `staff`: a name presenting the commenter as the site's newsroom, its moderators or an official
 *   account (`Moderator`, `Admin`, `News Desk`, `Editorial Team`, `The Editor`, `Rédaction`, `Official
 *   Support`); `retired` or `former` around it makes it a reader's description of themselves (`Editor
 *   (retired)`, `Former moderator`). The check also reads these in the folded name (look-alike letters).
 */
import { COMMON_TLDS } from './contact-domains';
import { linksOf } from '../text/links';
import { PhraseSet, wordClass } from '../text/phrases';
import type { Phrase, PhraseHit } from '../text/phrases';
import type { Token } from '../text/tokens';

export type NameSignal =
  | 'violence'
  | 'member'
  | 'praise'
  | 'code'
  | 'staff'
  | 'former'
  | 'named'
  | 'insult'
  | 'obscene'
  | 'dehumanising'
  | 'advert'
  | 'sells';

/** The verbs of a call to violence, as a command or an infinitive, by language. */
const KILL_EN = 'kill|hang|shoot|gas|burn|bomb|lynch|behead|nuke|execute|exterminate|slaughter|stab';
const KILL_RU_UK =
  'убить|убей|убейте|убивать|вбити|вбий|вбийте|вбивати|повесить|повесьте|вешать|повісити|вішати|расстрелять|розстріляти|сжечь|спалити|резать|різати';

/** Insulting nouns, in the readership's languages: the phrases' `$insult`. */
const INSULTS =
  'hack|hacks|fraud|frauds|fake|shill|shills|puppet|stooge|clown|clowns|klaun|guignol|bouffon|payaso|hanswurst|toad|worm|pig|pigs|swine|turd|cokehead|crook|liar|liars|scum|moron|morons|idiot|idiots|imbecile|cretin|cretins|vollidiot|trottel|idiota|idiotas|tonto|дебил|идиот|клоун|придурок|гнида|мразь|ублюдок|bimbo|dummy|loser|losers|traitor|traitors|butcher|dictator|hamar|حمار|gerizekali'.split(
    '|',
  );

const PHRASES = new PhraseSet<NameSignal>(
  [
    // Death wishes and calls to kill, as slogans.
    ['death to', 'violence'],
    [`{${KILL_EN}} {all|the|every|em|them|those|these}`, 'violence'],
    ['{kys|kill yourself|kill urself|kill yourselves}', 'violence'],
    [
      '{must|should|will|shall|gonna|deserve to|deserves to|need to|needs to} {die|hang|swing|burn|rot}',
      'violence',
    ],
    [
      '{must|should|will|shall|deserve to|deserves to|need to|needs to} be {hanged|hung|shot|lynched|killed|executed|gassed|burned|burnt|exterminated|beheaded}',
      'violence',
    ],
    ['{need|needs|deserve|deserves} a bullet', 'violence'],
    ['{bullet|bullets|rope|ropes|noose|nooses|lamppost|lampposts|gallows|guillotine} for', 'violence'],
    ['lamp post for', 'violence'],
    ['die ~ die', 'violence'],
    ['muerte {a|al|para|pa}', 'violence'],
    [
      '{matar|maten|matad|ahorcar|ahorquen|fusilar|fusilen|quemar|quemen} {a|al|los|las|todos|todas}',
      'violence',
    ],
    ['{debe|deben|tienen que|tiene que} morir', 'violence'],
    ['mort {aux|a|au}', 'violence'],
    ['{tuer|tuez|pendre|pendez|bruler|brulez|fusiller|fusillez|gazer|gazez} {les|tous|le|la}', 'violence'],
    ['{doit|doivent} {mourir|crever}', 'violence'],
    ['tod {den|dem|der|allen}', 'violence'],
    [
      '{totet|hangt|erschiesst|vergast|verbrennt|aufhangen|erschiessen|vergasen} {die|alle|den|das}',
      'violence',
    ],
    ['{muss|mussen|soll|sollen} {sterben|hangen|brennen}', 'violence'],
    ['{смерть|смерти}', 'violence'],
    [`{${KILL_RU_UK}}`, 'violence'],
    ['{должен|должна|должны|повинен|повинна|повинні} {умереть|сдохнуть|померти|здохнути}', 'violence'],
    ['{сдохни|сдохните|здохни|здохніть}', 'violence'],
    ['الموت ل*', 'violence'],
    // Enlisting in, or glorifying, a group or an attacker named beside it.
    [
      '{soldier|soldiers|soldat|soldado|recruit|recruits|recruiter|fighter|fighters|lion|lions|cub|cubs|army|brigade|wing|media|fanboy|fangirl|fan|fans|stan|supporter|supporters|sympathizer|sympathiser|follower|followers|member|loyalist}',
      'member',
    ],
    ['fan club', 'member'],
    [
      '{hail|heil|saint|st|glory|glorious|hero|heroes|legend|legendary|forever|immortal|baqiya|martyr|king|lives|live|long live|was right|were right|did nothing wrong|did it right|the best}',
      'praise',
    ],
    [
      '{caliphate|khilafah|khilafa|khalifat|califat|califato|kalifat|халифат} {soldier|soldiers|army|lion|lions|forever|now|rising}',
      'code',
    ],
    ['{1488|rahowa|zog}', 'code'],
    ['14 88', 'code'],
    ['14 words', 'code'],
    ['total race war', 'code'],
    ['race war now', 'code'],
    // The newsroom, or an official account.
    [
      '{newsroom|editorial|redaction|redaktion|redaccion|redazione|redactie|redakcja|редакция|редакція|редакции|sysop}',
      'staff',
    ],
    ['{moderator|moderators|moderation|admin|admins|administrator|administrators|staff|webmaster}', 'staff'],
    [
      '{news|editorial|comments|comment|community|moderation|mod|site|support|help|fact check|factcheck|fact checking|verification|social media} {desk|team|office|staff|editor|editors|account}',
      'staff',
    ],
    ['{the|site|chief|managing|comments|section|web|online|deputy} {editor|editors}', 'staff'],
    ['{editor|editors} in chief', 'staff'],
    [
      '{official|verified} {account|support|team|press|page|moderator|editor|journalist|reporter|desk}',
      'staff',
    ],
    ['official', 'staff'],
    ['press office', 'staff'],
    ['{retired|former|ex|formerly|once|old|semi|recovering}', 'former'],
    // Insults as a name: `X is a …`, or a newsroom role beside an insulting noun.
    ['{is a|is an|are|est un|est une|sont des|ist ein|ist eine|sind|es un|es una|son|это} $insult', 'insult'],
    ['{is a|is an|est un|est une|ist ein|ist eine|es un|es una} ~ $insult', 'insult'],
    ['$role ~ $insult', 'insult'],
    ['$insult ~ $role', 'insult'],
    // Obscenities a name is never innocent with, beyond the abuse lists (`fvck`, Polish, Turkish, Arabic).
    [
      '{fvck*|motherfvck*|phuck*|milf|milfs|horny|cumslut*|slut|sluts|whore|whores|kurwa|kurwy|sharmouta|sharmuta|charmouta|orospu|siktir|pezevenk|arschficker|ficker|كس|شرموطة}',
      'obscene',
    ],
    ['{big|huge} {d1ck|dick|cock} energy', 'obscene'],
    ['suce ma bite', 'obscene'],
    ['{amina|amena} {koyim|koyayim|koydugum}', 'obscene'],
    // Groups as vermin, a trope of Arabic antisemitism (`apes and pigs`).
    ['{قردة|qirada|qiradah} {وخنازير|wa khanazir}', 'dehumanising'],
    // Adverts: a word that sells on its own, or two that do together (`Buy 10k Followers Cheap`).
    [
      '{replica|replicas|giveaway|giveaways|airdrop|doubler|viagra|cialis|сиалис|виагра|escort|escorts|купить|купи|rabatt|descuento|скидка|скидки}',
      'advert',
    ],
    [
      '{hot singles|click my bio|link in bio|check my bio|seo services|free mint|buy followers|without prescription|без рецепта|sin receta|sans ordonnance|ohne rezept|per 1000|per 1k}',
      'advert',
    ],
    [
      '{buy|cheap|cheapest|casino|casinos|bet|sale|discount|off|followers|likes|subscribers|promo|deals|pills|loan|loans|kredi|кредит|crypto|btc|usdt|nft|bitcoin|profit|earn|income|дешево|диплом|diploma|essay|essays|rolex|keto|slim|singles|services}',
      'sells',
    ],
    // Arabic: the Islamic State by name, and its slogans of praise.
    ['{الدولة الإسلامية|الدولة الاسلامية|دولة الإسلام|دولة الاسلام}', 'named'],
    ['{عاشت|عاش|باقية|تحيا}', 'praise'],
    // Attackers and movements the extremism detector does not name, for names beside a `praise` word.
    [
      '{elliot rodger|osama|usama|hitler|nazi|nazis|waffen ss|ss|caliphate|khilafah|califat|califato|kalifat}',
      'named',
    ],
  ],
  {
    insult: INSULTS.join('|'),
    role: 'author|authors|editor|editors|journalist|journalists|columnist|columnists|reporter|reporters|writer|writers|moderator|moderators|mods|press|media|автор|редактор|журналист|журналісти|periodista|periodistas|auteur|journaliste|journalistes|redakteur|redakteure|journalist|yazar|الكاتب|الصحفي',
  },
);

/**
 * The insults that may end a name pinned on a person (`namedThenInsult`): not the plurals, which `X are …`
 * reads, nor the words that are also a trade, an animal or an adjective (`Joe the Butcher`, `hamar`, `fake`).
 */
const NOT_ENDING = new Set([
  'hacks',
  'fraud',
  'frauds',
  'fake',
  'shills',
  'clowns',
  'pigs',
  'liars',
  'morons',
  'idiots',
  'cretins',
  'idiotas',
  'tonto',
  'losers',
  'traitors',
  'butcher',
  'hamar',
  'حمار',
  'gerizekali',
]);
const INSULT_NOUN = wordClass(INSULTS.filter((w) => !NOT_ENDING.has(w)).join('|'));

/**
 * A person named, then an insulting noun that ends the name (`Starmer spineless worm`, `Macron le
 * guignol`): the name is a label pinned on that person. The noun must end the name and follow a
 * capitalised word, so `Pig farmer Joe` and `Clown Fish fan` stay names.
 */
function namedThenInsult(tokens: readonly Token[], source: string): PhraseHit<NameSignal>[] {
  const last = tokens.length - 1;
  if (last < 1 || !INSULT_NOUN(tokens[last]!)) return [];
  const named = tokens.slice(0, last).some((t) => /^\p{Lu}/u.test(source.slice(t.start, t.end)));
  return named
    ? [{ phrase: NAMED_INSULT, from: last, to: last + 1, span: [tokens[last]!.start, tokens[last]!.end] }]
    : [];
}

/** The evidence's phrase for `namedThenInsult`, which is a rule, not a phrase of the list. */
const NAMED_INSULT: Phrase<NameSignal> = {
  id: -1,
  set: -1,
  source: '<a name> … <insulting noun>',
  meta: 'insult',
  elements: [],
};

const VIOLENT_ALONE = wordClass(`${KILL_RU_UK}|смерть|смерти`);

export interface NameSignals {
  readonly violence: readonly PhraseHit<NameSignal>[];
  /** `member` or `praise` hits (they count only beside an organisation or an attacker). */
  readonly praise: readonly PhraseHit<NameSignal>[];
  /** An attacker or movement named for names only (`Hitler`, `caliphate`); see also extremism's lists. */
  readonly named: boolean;
  readonly code: readonly PhraseHit<NameSignal>[];
  readonly staff: readonly PhraseHit<NameSignal>[];
  /** An insult as a name: `X is a …`, or a newsroom role beside an insulting noun (`Dumbest columnist`). */
  readonly insult: readonly PhraseHit<NameSignal>[];
  /** An obscenity the abuse lists lack, or a group called vermin. */
  readonly obscene: readonly PhraseHit<NameSignal>[];
  readonly dehumanising: readonly PhraseHit<NameSignal>[];
  /** A selling word, or two different words that sell together. */
  readonly advert: readonly PhraseHit<NameSignal>[];
  /** `retired`, `former`: the name describes its bearer (`Editor (retired)`), not an office. */
  readonly former: boolean;
}

/**
 * The signals of a name read as words (`nameWords` in checks/author-name.ts), tokenised; `source`, the
 * text of the tokens, is where capitals are read (a person named before an insulting noun).
 */
export function nameSignals(tokens: readonly Token[], source?: string): NameSignals {
  const hits = PHRASES.scan(tokens);
  const of = (...kinds: NameSignal[]) => hits.filter((h) => kinds.includes(h.phrase.meta));
  // A Russian or Ukrainian call is one word; in a longer name it still needs something after it
  // (`Убить всех`), so a lone `смерть` in a name of one word is a word, not a slogan.
  const violence = of('violence').filter(
    (h) => h.to - h.from > 1 || !VIOLENT_ALONE(tokens[h.from]!) || tokens.length > 1,
  );
  return {
    violence,
    praise: of('member', 'praise'),
    named: of('named').length > 0,
    code: of('code'),
    staff: of('staff'),
    insult: [...of('insult'), ...(source === undefined ? [] : namedThenInsult(tokens, source))],
    obscene: of('obscene'),
    dehumanising: of('dehumanising'),
    advert: advert(of('advert'), of('sells'), tokens),
    former: of('former').length > 0,
  };
}

/** `advert` hits, or two `sells` hits on different words. */
function advert(
  strong: PhraseHit<NameSignal>[],
  weak: PhraseHit<NameSignal>[],
  tokens: readonly Token[],
): PhraseHit<NameSignal>[] {
  if (strong.length > 0) return strong;
  return new Set(weak.map((h) => tokens[h.from]!.text)).size >= 2 ? weak : [];
}

/**
 * A web address in the name, as the renderer would link it: a site's name in a display name is an
 * advert (`shop-deals.xyz`), unless it reads as a handle (`anna.li`: a short label under a country's
 * domain, which a person's name can spell).
 */
export function advertisedHost(text: string): boolean {
  // Memoised: the links check has just read the same name.
  return linksOf(text).links.some(({ host }) => {
    const labels = host.split('.');
    const first = labels[0]!;
    return first.length >= 5 || /[\d-]/.test(first) || COMMON_TLDS.has(labels.at(-1)!);
  });
}

/** A price, an amount of money or a percentage off: `$89`, `€19.99`, `0.1 BTC`, `90% OFF`. */
const PRICE =
  /[$€£¥₽₺]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥₽₺]|usd|eur|usdt|btc|eth|руб)(?![\p{L}])|\d\s?%\s?(?:off|discount|rabatt|descuento|скидк)/iu;

/** Seven digits or more, however spaced or punctuated (a `+` before them kept). */
const LONG_NUMBER = /\+?\d(?:[\s.\-/()]*\d){6,}/g;

/**
 * A run of digits that reads as a phone, account or document number: after a `+` or from a `0`, in three
 * groups or more (`0 5 3 2 - 1 1 1`, `DE89 3704 0044 …`), or 7 to 11 digits in one piece (`13800138000`,
 * `X1234567`). Two years (`Berlin 1989 2019`) and a 13-digit timestamp are neither.
 */
function numberLike(run: string): boolean {
  const digits = run.replace(/\D/g, '').length;
  const groups = run.split(/[\s.\-/()]+/).filter((g) => g !== '').length;
  if (run.startsWith('+') || run.startsWith('0')) return digits <= 15;
  return groups >= 3 || (groups === 1 && digits <= 11);
}

function longNumber(text: string): RegExpExecArray | null {
  LONG_NUMBER.lastIndex = 0;
  for (let m = LONG_NUMBER.exec(text); m; m = LONG_NUMBER.exec(text)) if (numberLike(m[0])) return m;
  return null;
}

/** A street word (or a street name's suffix) beside a house number: an address. */
const STREET =
  /(?:\b(?:street|st|str|road|rd|avenue|ave|av|lane|ln|drive|blvd|boulevard|rua|calle|carrer|rue|via|viale|vul|ul|ulitsa|cad|caddesi|sokak|sk|platz|prospekt|улица|ул|вул|проспект)\.?|\p{L}{3,}(?:gade|gatan|gasse|strasse|straße|weg|laan|straat|vej|veien))[\s,]+(?:\p{L}+[\s,]+){0,3}?(?:no[.:]?\s*)?\d{1,4}\b|\b\d{1,4}[,\s]+(?:\p{L}+\s+){0,2}(?:rua|calle|rue|via|avenue|ave|street|st|road|rd|lane|drive)\b/iu;

/** A phone number, an account number or a street address in a name, and where. */
export function personalDataIn(text: string): { value: string; span: [number, number] } | null {
  const m = longNumber(text) ?? STREET.exec(text);
  return m ? { value: m[0], span: [m.index, m.index + m[0].length] } : null;
}

export const priceIn = (text: string): boolean => PRICE.test(text);
