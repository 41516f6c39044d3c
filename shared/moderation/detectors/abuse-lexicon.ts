/**
 * Insults and profanity in English, Spanish, French, German and Russian (Cyrillic and Latin), graded
 * by severity, and the commonest in Italian, Portuguese, Polish, Ukrainian and Turkish
 * (`abuse-lexicon-more.ts`). Written for Parley; the maintained lists (naughty-words, cuss) are used in two
 * ways:
 *
 * 1. as a check on this table — each entry records whether the lists know it (`fromList`), which the
 *    evidence shows, so a moderator can tell a list word from a house addition;
 * 2. as a long tail, read only in a frame that addresses someone (`you are a …`, `eres un …`, `t'es
 *    un …`, `du bist ein …`, `ты …`, `@name …`) and only when the language detector (tinyld) says the comment is in the
 *    list's language. The lists are noisy (cuss rates `cola`, `leche` and `pistola` as likely profane
 *    in Spanish; naughty-words has `nackt`, `mufti` and `секс`): outside such a frame they are never
 *    read, and `longTailExcluded` removes the words that stay innocent even there.
 *
 * Classes:
 * - `severe`: abuse whatever the sentence (`cunt`, `connard`, `Arschloch`, `мразь`, `hijo de puta`);
 *   rejected when the comment addresses or names someone, held otherwise;
 * - `degrading`: gendered or sexual abuse of a person (`fat ugly cow`, `spread her legs`), rejected;
 * - `insult`: milder insults (`idiot`, `payaso`, `abruti`, `Trottel`, `дебил`); held when aimed at
 *   someone, ignored otherwise (heated comments call policies stupid);
 * - `label`: what commenters call each other (`troll`, `тролль`); held even when not addressed;
 * - `strong`: strong profanity (`fuck`, `putain`, `бля`); held, and it makes an insult next to it
 *   severe (`you f***ing idiot`, `putain de connard`);
 * - `mild`: mild profanity (`damn`, `crap`, `what the hell`, `merde`, `Mist`, `блин`); held;
 * - `command`: rude commands, aimed by nature (`shut up`, `ferme ta gueule`, `заткнись`) — held;
 *   `severe_command` (`go fuck yourself`, `va te faire foutre`, `иди на хуй`) rejected.
 */
import nwDe from 'naughty-words/de.json' with { type: 'json' };
import nwEn from 'naughty-words/en.json' with { type: 'json' };
import nwEs from 'naughty-words/es.json' with { type: 'json' };
import nwFr from 'naughty-words/fr.json' with { type: 'json' };
import nwRu from 'naughty-words/ru.json' with { type: 'json' };
import nwIt from 'naughty-words/it.json' with { type: 'json' };
import nwPt from 'naughty-words/pt.json' with { type: 'json' };
import nwPl from 'naughty-words/pl.json' with { type: 'json' };
import nwTr from 'naughty-words/tr.json' with { type: 'json' };
import { cuss as cussEn } from 'cuss';
import { cuss as cussEs } from 'cuss/es';
import { cuss as cussFr } from 'cuss/fr';
import { foldWord } from '../text/fold';
import { INNOCENT_NAMES } from '../text/innocent-names';
import { once } from '../text/memo';
import { entries, type AbuseEntry, type AbuseLanguage, type ListLanguage } from './abuse-entry';
import { FIGURATIVE_INSULTS } from './abuse-figurative';
import { MORE_ALLOWED, MORE_LANGUAGES } from './abuse-lexicon-more';

export type { AbuseClass, AbuseEntry, AbuseLanguage, ListLanguage } from './abuse-entry';

export const ABUSE_LEXICON: readonly AbuseEntry[] = [
  // English. (The toxicity lexicon also scores English; this table decides severity across languages.)
  ...entries(
    'en',
    'severe',
    'cunt, cunts, cunty, cunting, cunted, cuntish, twat, twats, wanker*, bellend, bellends, bellendy, dickhead*, asshole*, arsehole*, motherfucker*, fucker, fuckers, fuckwit*, fuckface*, fucktard*, fuckhead*, shitstain*, shithead*, shitbag*, cocksucker*, cocksucking, slut, sluts, slutty, sluttish*, whore*, bitch, bitches, skank, skanks, skanky, retard!, retards!, scumbag*, piece of shit, pieces of shit, sack of shit, tosser*, dipshit*, douchebag*, asshat*, assclown*, dickwad*, cumstain*',
  ),
  ...entries(
    'en',
    'degrading',
    '{fat|ugly|old|stupid|dumb} {cow|hag|slag|slapper|whore|bitch}, spread {her|your|his} legs, {back|go back} to onlyfans, suck off, sucking off, {on|get on} {her|your} knees, sleeps her way, slept her way, sleeping her way',
  ),
  ...entries(
    'en',
    'insult',
    'idiot, idiots, moron, morons, imbecile*, cretin, cretins, halfwit*, dimwit*, nitwit*, numpty, numpties, muppet*, pillock*, plonker*, clown, clowns, buffoon*, shill, shills, loser, losers, stupid, dumb, dumbass*, jackass*, incel, incels, mouth breather*, mouth breathing, thick, bootlicker*, simp, simps, lowlife*, brainless, braindead, clueless, pathetic, numbskull*, nincompoop*, joke',
  ),
  ...entries('en', 'insult', 'troll, trolls, ignoramus, ignoramuses'),
  // Round 65 (`/work/audit35`): `what a dick, this commenter …`, `a bunch of pussies`.
  ...entries(
    'en',
    'insult',
    '{what|such} a {dick|prick}, {being|is|s|are|re} a {dick|prick}, bunch of pussies',
  ),
  ...entries(
    'en',
    'label',
    '{feed|feeding|feeds} the {troll|trolls}, {stop|quit|keep|keeps} trolling, {is|s} {a|an|another|obviously a|clearly a|just a} troll',
  ),
  ...entries(
    'en',
    'strong',
    'fuck, fucks, fucked, fucking, fuckin, fcking, fkn, fking, effing, fck, fuk, motherfucking, goddamn',
  ),
  ...entries(
    'en',
    'mild',
    'crap, crappy, damn, damned, dammit, shit, shite, shitty, shitshow, bullshit, horseshit, bollocks, piss, pissed, wtf, ffs, omfg, {what|the|in} the hell, {who|why|how|where|when} the hell, what in hell, holy {crap|shit|hell}, bloody hell, sod off, arse, {total|complete|utter|pure|such|absolute} bs',
  ),
  ...entries('en', 'command', 'shut up, shut your mouth, get lost, piss off, bugger off'),
  ...entries(
    'en',
    'severe_command',
    'fuck off, fuck you, fuck u, go fuck yourself, fuck yourself, shut the fuck up, stfu, suck my {dick|cock|balls}, eat shit, go to hell, kiss my ass',
  ),
  // Spanish.
  ...entries(
    'es',
    'severe',
    '{hijo|hija|hijos|hijas} de {puta|perra|la gran puta}, hijoputa*, hdp!, puta, putas, puto, cabron*, malparid*, gonorrea, pedazo de {mierda|basura|imbecil|idiota}, comemierda*, mamon, mamona, soplapollas, chupapollas, zorra, perra, me cago en {tu|la puta}, la puta que te pario, que te jodan, que te den, mierda seca, eres una mierda, sois una mierda',
  ),
  ...entries(
    'es',
    'insult',
    'idiota*, imbecil*, estupid*, tonto, tonta, tontos, tarado*, payaso*, pendejo*, boludo*, pelotudo*, gilipollas, capullo*, cretino*, pringado*, mamarracho*, subnormal*, retrasado*, bobo, boba, zopenco*, anormal, anormales, lerdo*, troll, trolles, trolls, cabeza hueca, descerebrado*',
  ),
  ...entries('es', 'insult', 'troll, trolls, trolles, ignorante, ignorantes'),
  ...entries('es', 'insult', 'listillo, listilla, listillos, cantamananas'),
  ...entries(
    'es',
    'severe',
    '{subnormal|idiota|imbecil|gilipollas|payaso|retrasado|capullo|tonto|tonta} de mierda',
  ),
  ...entries('es', 'mild', 'pendejada, pendejadas, gilipollez, gilipolleces, que cono'),
  ...entries('es', 'label', '{es|eres} un troll, no {alimenten|alimentes|alimenteis} al troll'),
  ...entries(
    'es',
    'strong',
    'joder, jodido*, jodida*, de mierda, {puto|puta|putos|putas} {articulo|periodista|gobierno|mierda|idiota}, hostia puta, cojones',
  ),
  ...entries(
    'es',
    'mild',
    'mierda, hostia!, hostias!, carajo, me cago, maldita sea, que cojones, manda huevos, malditos {mentirosos|corruptos|politicos|ladrones|cobardes}',
  ),
  ...entries('es', 'command', 'callate, callate la boca, cierra {la boca|el pico}, a callar'),
  ...entries(
    'es',
    'severe_command',
    'vete a {la mierda|tomar por culo|la verga|la chingada}, {andate|anda} a la mierda, chupamela',
  ),
  // French.
  ...entries(
    'fr',
    'severe',
    'connard*, connasse*, conasse*, salope, salopes, salopard*, salaud*, pute, putes, encule, encules, enculee*, enfoire*, {fils|fille} de pute, fdp!, ntm, pouffiasse*, petasse*, batard, batarde, batards, batardes, ordure, ordures, raclure*, sous merde, trou du cul, grognasse, grognasses, sale {con|conne|pute|chienne|merde}, espece de {con|conne|merde|salope}, gros con, vieux con, pauvre con',
  ),
  ...entries(
    'fr',
    'insult',
    'abruti*, imbecile*, cretin*, debile*, bouffon*, guignol*, naze, nazes, blaireau*, tocard*, andouille*, neuneu*, teube*, gogol*, bande de {nuls|cons|cretins|debiles|clowns|guignols|bouffons|abrutis|imbeciles}, t es {nul|con|debile|idiot|bete}, quel con, tu es con, pauvre type, idiot, idiote, idiots',
  ),
  ...entries('fr', 'insult', 'troll, trolls, ignare, ignares'),
  // Belgian and Swiss French.
  ...entries('fr', 'insult', 'dikkenek, dikkeneks, bobet, bobets'),
  ...entries('fr', 'degrading', '{grosse|vieille|sale} {vache|truie|pouffiasse}'),
  ...entries('fr', 'label', 'c est un troll, ne nourrissez pas le troll'),
  ...entries('fr', 'strong', 'putain de, de merde, foutu*, bordel de merde, nique'),
  ...entries(
    'fr',
    'mild',
    'putain, merde, bordel, chier, fait chier, merdique*, emmerde*, chiant, chiante, chiants, chiantes, connerie, conneries, {qu ils aillent|qu il aille|allez} au diable, a la con',
  ),
  ...entries('fr', 'command', 'ta gueule, ferme ta gueule, fermez vos gueules, la ferme, degage, degagez'),
  ...entries(
    'fr',
    'severe_command',
    'va te faire {foutre|enculer|voir}, allez vous faire foutre, nique ta {mere|race}, ta mere la pute, va niquer',
  ),
  // German.
  ...entries(
    'de',
    'severe',
    'arschloch*, arschlocher, wichser*, wixer*, hurensohn*, hurensohne, fotze*, schlampe, schlampen, missgeburt*, drecksau*, drecksack*, dreckssack*, schwanzlutscher*, hackfresse*, kackbratze*, spast, spasti!, spasten, dummfick*, dumme sau, fick dich, fickt euch',
  ),
  ...entries('de', 'degrading', 'blode kuh, dumme kuh, dumme schlampe'),
  ...entries('de', 'severe', 'hure!, huren!'),
  // Austrian `Oaschloch`; `Stück Scheiße`.
  ...entries('de', 'severe', 'oaschloch, oaschlocher, pisser, stuck scheise, stuck scheisse, grindige sau'),
  ...entries(
    'de',
    'insult',
    'idiot, idioten, vollidiot*, trottel*, depp!, deppen!, dummkopf*, vollpfosten*, spinner!, schwachkopf*, blodmann*, honk!, penner, witzfigur*, pfeife, dumm, bekloppt*, dammlich*, damlich*, strohdumm*, clown, clowns, spacko, spackos, spacken',
  ),
  ...entries('de', 'insult', 'troll, trolle, trolls'),
  // Austrian and Swiss German; the tinfoil hat.
  ...entries(
    'de',
    'insult',
    'vollkoffer, wappler, tubel, aluhuttrager, aluhuttragerin, dummschwatzer*, klugscheiser*, klugscheisser*',
  ),
  ...entries(
    'de',
    'label',
    '{das|der|er|sie} ist {ein|nur ein} troll, {nicht|bitte nicht} den troll futtern',
  ),
  ...entries('de', 'strong', 'verfickt*, scheis*, kackscheis*, gottverdammt*'),
  ...entries(
    'de',
    'mild',
    'scheise, scheisse, kacke, verdammt*, schwachsinn*, {so ein|so einen|was fur ein|was fur einen|einen|so|so viel|den|der} mist, mist!, bullshit, was zum teufel',
  ),
  ...entries(
    'de',
    'command',
    'halt die {fresse|klappe|schnauze}, halt einfach die {fresse|klappe|schnauze}, halts maul, halt dein maul, schnauze, klappe halten',
  ),
  ...entries('de', 'severe_command', 'verpiss dich, verpisst euch, leck mich, leck mich am arsch'),
  // Russian, Cyrillic.
  ...entries(
    'ru',
    'severe',
    'сука, суки, суку, сукой, сучка*, сучар*, бляд*, шлюх*, шалав*, проститутк*, тварь, твари, тварина, мразь, мрази, мразота, гнида, гниды, гнидой, падла, падлы, ублюд*, урод, уроды, уродина, долбоеб*, долбаеб*, уебок*, уебан*, уебищ*, ебанат*, ебанашк*, хуесос*, мудак*, мудил*, чмо, гандон*, говнюк*, сволочь, сволочи, паскуда, выродок*, дегенерат, дегенераты, дегенерата, дегенератов, дегенератам, дегенератами, дегенератом, дегенерату, дегенератка, дегенератки, дегенератку, продажная шлюха, хуйло, хуило, хуила, пиздабол*, пиздобол*, пиздюк*, пиздун, пиздуны, ебанут*, еблан*, ебалан*, распиздя*, мудозвон*, хуеплет*, жополиз*',
  ),
  ...entries(
    'ru',
    'insult',
    'дурак, дураки, дурака, дура, дурочка, идиот, идиоты, идиотка, идиота, дебил, дебилы, дебила, дебилка, кретин, кретины, кретина, кретинов, кретинам, кретином, кретину, кретинка, кретинки, придурок, придурки, придурка, тупой, тупая, тупые, тупица, клоун, клоуны, клоуна, дятел, дятлы, болван, болваны, болвана, болванов, болванам, болваном, болвану, недоумок*, баран, овца, осел, ватник*, бот, боты',
  ),
  ...entries('ru', 'insult', 'тролль, тролли, тролля, троллей, троль'),
  ...entries('ru', 'label', 'диванный эксперт, диванные эксперты, диванный аналитик, divannyy ekspert'),
  ...entries('ru', 'degrading', 'подстилка, подстилки, podstilka'),
  ...entries('ru', 'mild', 'хрень, хрени, херня, херню, херни, охренели, охренел, охренела, охренеть'),
  // Round 82 (dev97): `похер` (mild, from `хер`) and `похуй` (strong, from `хуй`), whole words the stems above miss.
  ...entries('ru', 'mild', 'похер, похеру'),
  ...entries('ru', 'strong', 'похуй, похую, похуизм'),
  ...entries(
    'ru',
    'label',
    '{это|этот|он|она|очередной} {тролль|троль|тролл}, не кормите {тролля|троллей|его|их}, eto troll',
  ),
  ...entries(
    'ru',
    'strong',
    'бля, блять, блядь, хуй, хуя, хуе*, хуйн*, хуев*, пизд*, ебать, ебан*, ебал*, ебуч*, охуе*, ахуе*, нахуй, нахер',
  ),
  ...entries(
    'ru',
    'mild',
    'блин, черт, чорт, чертовы, чертов, чертова, какого черта, на хрен, хрен тебе, хрен вам, хрен с ним, хрен с ними, ни хрена, хрена с два, хрен знает, хрен его знает, какого хрена, хер, нафиг, дерьмо, говно, жопа, жопу, офигеть, фигня, фигню, хреновина',
  ),
  ...entries(
    'ru',
    'command',
    'заткнись, заткнитесь, закрой рот, завали ебало, завали хлебало, заткни пасть, вали отсюда, валите отсюда',
  ),
  ...entries(
    'ru',
    'severe_command',
    '{иди|идите|пошел|пошла|пошли|пошёл} {на хуй|нахуй|в жопу|в пизду|на хер|нахер}, еб твою мать',
  ),
  // Russian, Latin transliteration.
  ...entries(
    'ru',
    'severe',
    'suka, suki, suchka, shlyukha, shlyuha, shluha, shalava, shalavy, shalavu, prostitutka, tvar, tvari, mraz, mrazi, gnida, ublyudok*, urod, urody, dolboeb*, dolboyob*, dolboyeb*, dolbaeb*, yobanyy, yobanyi, yobany, yebanyy, ebanyy, ebanat*, khuesos*, mudak*, chmo, gandon*, svoloch*, huylo, khuylo, huilo, pizdabol*, pizdobol*, pizdyuk*, ebanut*, yebanut*, eblan*, yeblan*, ebalan*, raspizdyay*, mudozvon*',
  ),
  ...entries(
    'ru',
    'insult',
    'durak, duraki, debil, debily, kretin, pridurok, tupoy, tupaya, tupye, kloun, klouny, idiot',
  ),
  ...entries(
    'ru',
    'strong',
    'blyat, blyad, blya, bljad, khuy, xuy, khuynya, huynya, pizdets, pizdec, pizda, yoban*, yeban*, ebat, nakhuy, nahuy',
  ),
  ...entries(
    'ru',
    'mild',
    'blin, chertovy, kakogo cherta, polnaya hren, khren, govno, dermo, zhopa, fignya, fignyu, hernya, hernyu, khernya',
  ),
  ...entries('ru', 'insult', 'kozel, kozyol, vyrodok, vyrodki, gnyda, gnida'),
  ...entries('ru', 'command', 'zatknis, zatknites, zakroy rot'),
  ...entries(
    'ru',
    'severe_command',
    // Round 33: the spellings a red-team's Latin-letter Russian used (`Idi na hui`).
    '{idi|idite|poshel|poshla|poshol|poshli} {nakhuy|nahuy|na khuy|na huy|na hui|nahui|na khui|nakhui|na huj|nahuj|na kher|nakher|v zhopu|v pizdu}',
  ),
  // Italian, Portuguese, Polish, Ukrainian, Turkish (`abuse-lexicon-more.ts`).
  ...MORE_LANGUAGES,
  ...FIGURATIVE_INSULTS,
];

/**
 * Words the lists carry that stay innocent even when addressed (`you are a stringer`, `eres un cola`
 * does not occur, `t'es un bordel` is not an insult to a person), or that are this site's news. Folded
 * on first use, with the long tail.
 */
const longTailExcluded = once(
  () =>
    new Set(
      [
        // English
        'fatah kuffar moslem gypsies gypsy slave slaves spit stringer noonan dope geezer cocky chunky reefer hitlerism kkk mulatto commie gringo gringos hobo quickie sissy sucker abortion african arab arabs jew jews jewish muslim muslims allah escort sex sexy sexual nude porn rape rapist swastika erotic playboy kinky hardcore threesome',
        // Spanish
        'cola leche leches palo pistola polvo pico popa vete bolas caliente colon pepa seno senos trio sexo chaqueta cuchara cuates comadres mico nabo naco pavo pelotas raja traga tordo tocho zorra yegua pito pija pisar repisas puchero forrar manchas sonajas calamidad cantimplora cogollo cogote coso fariseo transar retazo sanguijuela volarse lumbreras pamplinas papanatas heroina nazi racista drogas asesinato infierno martillo orina fiesta concha pedo violar violador maldito mamada',
        // French
        'baiser bordel bourre bourree folle gerbe gerber meuf pipi suce nazi negro',
        // German
        'bonze mufti nackt orgasmus penis porno pinkeln popel titten',
        // Russian
        'мент секс голый обнаженный фига бугор хохол какая разница гол byk uboy',
      ]
        .join(' ')
        .split(' ')
        .map(foldWord),
    ),
);

function listWords(words: Iterable<string>): Set<string> {
  const excluded = longTailExcluded();
  const out = new Set<string>();
  for (const w of words) {
    const f = foldWord(w).trim();
    if (!f.includes(' ') && /^[\p{L}]{3,}$/u.test(f) && !excluded.has(f)) out.add(f);
  }
  return out;
}
const rated = (map: Record<string, number>, min: number) => Object.keys(map).filter((k) => map[k]! >= min);

let longTail: Record<ListLanguage, ReadonlySet<string>> | null = null;
let known: Record<AbuseLanguage, ReadonlySet<string>> | null = null;

/**
 * The long tail per language: single words from naughty-words and cuss (rated 2, "likely profane"),
 * folded, minus the exclusions. Built on first use.
 */
export function longTailWords(): Readonly<Record<ListLanguage, ReadonlySet<string>>> {
  return (longTail ??= {
    en: listWords([...nwEn, ...rated(cussEn, 2)]),
    es: listWords([...nwEs, ...rated(cussEs, 2)]),
    fr: listWords([...nwFr, ...rated(cussFr, 2)]),
    de: listWords(nwDe),
    ru: listWords(nwRu),
  });
}

/** Every word the lists carry, whatever its rating (for `fromList`). Built on first use. */
function knownWords(): Readonly<Record<AbuseLanguage, ReadonlySet<string>>> {
  return (known ??= {
    en: new Set([...nwEn, ...Object.keys(cussEn)].map(foldWord)),
    es: new Set([...nwEs, ...Object.keys(cussEs)].map(foldWord)),
    fr: new Set([...nwFr, ...Object.keys(cussFr)].map(foldWord)),
    de: new Set(nwDe.map(foldWord)),
    ru: new Set(nwRu.map(foldWord)),
    it: new Set(nwIt.map(foldWord)),
    pt: new Set(nwPt.map(foldWord)),
    pl: new Set(nwPl.map(foldWord)),
    // naughty-words has no Ukrainian list.
    uk: new Set<string>(),
    tr: new Set(nwTr.map(foldWord)),
  });
}

const listed = new WeakMap<AbuseEntry, boolean>();
/** Whether the maintained lists know a graded entry (its first word, folded). */
export function fromList(entry: AbuseEntry): boolean {
  let found = listed.get(entry);
  if (found === undefined) {
    const first = foldWord(
      entry.term
        .replace(/[{}*]/g, ' ')
        .trim()
        .split(/[\s|]+/)[0] ?? '',
    );
    found = knownWords()[entry.lang].has(first);
    listed.set(entry, found);
  }
  return found;
}

/**
 * Place names and other innocent words that contain or equal a listed word (the Scunthorpe problem):
 * a match inside one of them does not count, in either matcher.
 */
export const ABUSE_ALLOWED: readonly string[] = [
  'scunthorpe',
  // French picnics and rubbish (`nique`, `ordure`).
  'pique nique',
  'pique niques',
  'pique niquer',
  'pique niquent',
  'vide ordures',
  'ordures menageres',
  'collecte des ordures',
  'ramassage des ordures',
  'sacs d ordures',
  'tas d ordures',
  'penistone',
  'cockburn',
  ...INNOCENT_NAMES,
  'clitheroe',
  'dick cheney',
  'moby dick',
  'troll farm',
  'troll farms',
  'troll factory',
  'dumb bomb',
  'dumb bombs',
  'cum laude',
  ...MORE_ALLOWED,
  'shiitake',
  'shiite',
  'pussy riot',
  // Round 59 (`/work/audit31`): a French bread; a dog with her litter.
  'pain batard',
  'pains batards',
  'bitch had just whelped',
  'bitch in whelp',
];
