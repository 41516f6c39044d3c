/**
 * Hate: dehumanising language about protected groups (ethnicity, nationality, religion, migrants, sex,
 * sexual orientation, disability) and slurs, in English, Spanish, French, German and Russian.
 *
 * Rejected (`hate`):
 * - a slur (leetspeak and spacing undone for Latin script: `p4ki`, `b0ugnoules`), unless it is quoted or
 *   discussed as a word (`the word «хохол»`);
 * - a group of people called vermin, parasites, animals, a disease, a different species, orcs
 *   (`Roma are … parasites`, `Эти мигранты — саранча`, `Der Islam ist eine Seuche`), with the metaphor
 *   close to the group (a copula or a few words apart), or — for the words that are never innocent
 *   (vermin, parasites, Ungeziefer, pest control, subhuman) — in the next sentence;
 * - a group generalised as criminal or defective (`son todos unos ladrones`, `in their blood`, `a nation
 *   of thieves`, `mentally ill freaks`), or told to leave or be removed as a whole (`deport the lot`,
 *   `remigration`, `Fuera de nuestros barrios`, `должны убираться обратно`, `back to the kitchen`);
 * - the replacement conspiracy asserted (`c'est pas une théorie`, with invaders or expulsion), and
 *   antisemitic echo brackets `(((…)))`.
 * Held (`hate_review`): the replacement narrative alone, a strong dehumanising word with no group named.
 * A simile (`treated like animals`) is not a metaphor applied to a group, and quotation is not use.
 */
import type { Evidence } from '../types';
import { PhraseSet, wordClass } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import { TermMatcher } from '../text/term-matcher';
import { tokensOf } from '../text/tokens';
import type { Token } from '../text/tokens';
import { mentioned, scanObfuscated, tokenAt } from './common';

type Kind =
  | 'group'
  | 'metaphor'
  | 'never_innocent'
  | 'strong'
  | 'general'
  | 'all'
  | 'expel'
  | 'replace'
  | 'assert'
  | 'slur';

const GROUPS = [
  'migrants|immigrants|refugees|asylum seekers|foreigners|muslims|moslems|muslim|islam|jews|jew|jewish people|arabs|africans|blacks|black people|roma|gypsies|gypsy|gays|gay people|lesbians|homosexuals|trans people|transgender|women|females|russians|ukrainians|chinese|mexicans|pakistanis|afghans|syrians|somalis|turks|poles|romanians|albanians|palestinians|israelis|hindus|sikhs|disabled',
  'migrantes|inmigrantes|refugiados|extranjeros|musulmanes|moros|judios|gitanos|negros|arabes|africanos|mujeres|homosexuales|maricones|rusos|ucranianos|sudacas|latinos|menas',
  'migrants|immigres|refugies|etrangers|musulmans|juifs|arabes|noirs|roms|gitans|africains|maghrebins|femmes|homosexuels|homos|russes|ukrainiens',
  'migranten|fluchtlinge|asylanten|asylbewerber|auslander|muslime|moslems|islam|juden|araber|schwarze|zigeuner|roma|frauen|schwule|homosexuelle|russen|ukrainer|turken|afrikaner',
  'мигранты|мигрантов|мигрантам|приезжие|приезжих|беженцы|беженцев|мусульмане|мусульман|ислам|евреи|евреев|цыгане|цыган|кавказцы|таджики|узбеки|негры|геи|женщины|бабы|русские|украинцы|украинцев|хохлы|чурки|азиаты',
  'migranty|evrei|tsygane|geyi|khokhly|churki|ukraintsy|russkie',
  'kurds|chechens|tajiks|uzbeks|moroccans|algerians|tunisians|nigerians|eritreans|sudanese|bangladeshis|venezuelans|haitians|christians|buddhists|lgbt|lgbtq|queers|transsexuals|jews|hindus|roma|sinti|travellers|whites|africans',
  'marroquies|rumanos|chinos|venezolanos|negras|gays|trans|feministas|judias|musulmanas|inmigrantes',
  'clandestins|marocains|algeriens|tunisiens|roumains|chinois|homosexuels|lesbiennes|transsexuels|musulmanes|juives',
  'polen|kurden|rumanen|tschetschenen|syrer|afghanen|marokkaner|nordafrikaner|lesben|transsexuelle|musliminnen',
  'чеченцы|армяне|грузины|азербайджанцы|китайцы|гастарбайтеры|гастеры|понаехавшие|кавказцы|мигранты|евреи|цыгане|таджики|узбеки|пиндосы',
].map((g) => [`{${g}}`, 'group'] as const);

const PHRASES = new PhraseSet<Kind>([
  ...GROUPS,
  ['{these|those|such} people', 'group'],
  ['{estos|esos|ces|diese|эти|такие} {gente|gens|leute|люди}', 'group'],
  // Metaphors that need to sit close to the group.
  [
    '{animals|beasts|savages|apes|monkeys|rats|cockroaches|insects|locusts|swarm|orcs|filth|scum|invaders|barbarians|plague|disease|cancer|virus|infection|tumour|tumor}',
    'metaphor',
  ],
  [
    '{animales|bestias|salvajes|ratas|cucarachas|plaga|escoria|invasores|chusma|alimanas|barbaros|cancer}',
    'metaphor',
  ],
  [
    '{animaux|betes|sauvages|rats|cafards|racaille|envahisseurs|barbares|barbarie|peste|cancer|vermines}',
    'metaphor',
  ],
  [
    '{criminals|thieves|rapists|murderers|terrorists|degenerates|primitives|primitive|uncivilised|uncivilized|backward|lice|leeches|termites|ticks|gangrene|breeders|filthy|dirty}',
    'metaphor',
  ],
  [
    '{criminales|ladrones|violadores|terroristas|inferiores|salvajes|basura|una plaga|monos|sucios}',
    'metaphor',
  ],
  [
    '{criminels|voleurs|violeurs|terroristes|ordures|dechets|singes|sales|inferieurs|poux|sangsues}',
    'metaphor',
  ],
  [
    '{kriminelle|verbrecher|vergewaltiger|terroristen|dreck|minderwertig|affen|lause|blutsauger|messerstecher}',
    'metaphor',
  ],
  [
    '{преступники|воры|террористы|насильники|отбросы|звери|обезьяны|твари|грязные|вши|дикари|нечисть}',
    'metaphor',
  ],
  [
    '{tiere|bestien|wilde|ratten|kakerlaken|pack|gesindel|abschaum|invasoren|barbaren|seuche|pest|plage|krebsgeschwur|ubertrager}',
    'metaphor',
  ],
  [
    '{животные|звери|скоты|скотина|крысы|тараканы|орки|мрази|быдло|зараза|чума|саранча|нечисть|дикари|варвары|skoty|zhivotnye|krysy|tarakany|orki}',
    'metaphor',
  ],
  // Never innocent about people.
  [
    '{vermin|parasites|parasite|cockroach|infestation|infest|pest control|subhuman|subhumans|sub human|untermensch*|not human|not even human|breed like rabbits|breeding like rabbits}',
    'never_innocent',
  ],
  ['{parasitos|alimanas|plaga de|sanguijuelas|infrahumanos}', 'never_innocent'],
  ['{vermine|parasites|sous hommes|sous humains|nuisibles}', 'never_innocent'],
  ['{ungeziefer|parasiten|schmarotzer|entlausen|untermenschen|volksschadlinge|geziefer}', 'never_innocent'],
  ['{паразиты|паразитов|нелюди|нелюдей|недолюди|саранча|унтерменш*|plodyatsya}', 'never_innocent'],
  ['{плодятся|плодиться}', 'never_innocent'],
  ['{different|other|lower|inferior} {species|race}', 'strong'],
  // Generalisation.
  [
    '{are|is} all {thieves|criminals|rapists|terrorists|traitors|liars|parasites|animals|the same}',
    'general',
  ],
  ['{every|each} single one of them', 'all'],
  ['{all of them|every one of them|todos ellos|tous|alle|все до одного|vse do odnogo}', 'all'],
  ['nation of {thieves|criminals|parasites|liars}', 'general'],
  ['in their blood', 'general'],
  ['{mentally ill|mental} {freaks|perverts}', 'general'],
  ['{freaks|perverts|degenerates|deviants}', 'general'],
  ['what that culture is', 'general'],
  ['{emotionally|genetically|mentally} {incapable|inferior}', 'general'],
  [
    '{son|somos} todos {unos|unas} {ladrones|delincuentes|criminales|violadores|terroristas|vagos}',
    'general',
  ],
  ['{todos|todas} {unos|unas|son} {ladrones|delincuentes|criminales|violadores|terroristas}', 'general'],
  ['{lo|la} llevan en la sangre', 'general'],
  ['{tous|toutes} des {voleurs|criminels|violeurs|terroristes|parasites}', 'general'],
  ['{dans|ont ca dans} le sang', 'general'],
  ['{alle|sind alle} {diebe|verbrecher|kriminelle|vergewaltiger|terroristen|schmarotzer}', 'general'],
  ['{liegt|steckt} ihnen im blut', 'general'],
  [
    '{все|vse} ~3 {воры|предатели|преступники|бандиты|террористы|насильники|predateli|vory|bandity}',
    'general',
  ],
  ['у них в крови', 'general'],
  ['{it s|its|it is} in their {blood|genes|nature|dna|culture}', 'general'],
  [
    '{control|controls|own|owns|run|runs|rule|rules} {the|all the|every} {media|banks|world|government|governments|money|press|finance|hollywood|outlets|outlet}',
    'general',
  ],
  ['{controlan|dominan} {los medios|los bancos|el mundo}', 'general'],
  ['{controlent|dirigent|possedent} {les medias|les banques|le monde}', 'general'],
  ['{kontrollieren|beherrschen} {die medien|die banken|die welt}', 'general'],
  ['{контролируют|владеют} {сми|банками|миром}', 'general'],
  ['{that s|thats|that is} what they {do|are}', 'general'],
  ['{they re|they are|theyre} all the same', 'general'],
  ['religion of {hate|violence|death|war|terror|the sword}', 'general'],
  ['death cult', 'general'],
  ['{breed|multiply|reproduce} like {rats|rabbits|cockroaches|flies}', 'general'],
  ['{outbreed|outbreeding|demographic jihad|demographic war|demographic weapon}', 'general'],
  ['{es|esta en} su {naturaleza|sangre|cultura|adn}', 'general'],
  ['{todos|son todos} iguales', 'general'],
  ['religion de {odio|muerte|violencia}', 'general'],
  ['{c est|c est dans} leur {nature|sang|culture|adn}', 'general'],
  ['{tous|toutes} les memes', 'general'],
  ['religion de {haine|mort|violence}', 'general'],
  ['{liegt|steckt} in ihrer {natur|kultur|dna|genen}', 'general'],
  ['{sind|die sind} alle gleich', 'general'],
  ['religion des {hasses|todes|krieges}', 'general'],
  ['такая у них {натура|природа|культура}', 'general'],
  ['все они {одинаковые|такие}', 'general'],
  ['религия {ненависти|смерти|войны}', 'general'],
  // Expulsion or removal of a group as a whole.
  ['deport {the lot|them all|all of them|every one|everyone|the whole lot}', 'expel'],
  ['{send|ship|kick|throw} {them|the lot} {all|} {back|out}', 'expel'],
  ['{remigration|remigracion|remigrazione|ремиграци*}', 'expel'],
  ['{back|go back} to the kitchen', 'expel'],
  ['wipe them {out|off the map}', 'expel'],
  ['{exterminate|eradicate|gas|sterilise|sterilize} them', 'expel'],
  ['{fuera|fuera de} {de nuestros|de nuestras|de nuestro|de aqui|de espana}', 'expel'],
  ['{hay que|habria que} {echarlos|expulsarlos|deportarlos|exterminarlos|eliminarlos}', 'expel'],
  ['{echarlos|expulsarlos|deportarlos} a todos', 'expel'],
  ['{rentrez chez vous|renvoyez les|expulsez les|qu ils rentrent chez eux}', 'expel'],
  ['{raus mit|auslander raus|abschieben alle|alle abschieben|ausrotten|ausmerzen}', 'expel'],
  [
    '{должны|пусть|надо} {убираться|валить|уезжать|выметаться} ~2 {обратно|домой|к себе|отсюда|аулы}',
    'expel',
  ],
  ['{убираться|валить} обратно', 'expel'],
  ['{вон из|гнать|выгнать|депортировать} ~2 {всех|страны|россии|европы}', 'expel'],
  ['здесь им не место', 'expel'],
  [
    '{deport|expel|kick out|throw out|send back|ship back|get rid of|round up} {them all|all of them|every one of them|every last one|the lot|the whole lot|all these people|them and their families}',
    'expel',
  ],
  ['{ban|outlaw} {islam|all muslims|muslims|the koran|the quran|mosques|all mosques}', 'expel'],
  [
    '{gas|exterminate|eradicate|sterilise|sterilize|cleanse|purge|nuke} {them|the lot|all of them|these people|every one of them}',
    'expel',
  ],
  [
    '{go back|send them back|get back} to {africa|your country|their country|your own country|their own country|where they came from|the desert|your cave}',
    'expel',
  ],
  ['{que se vayan|que vuelvan|fuera} a su {pais|tierra|casa}', 'expel'],
  ['{echad|expulsad|deportad|echar|expulsar|deportar} a todos', 'expel'],
  ['{qu ils|qu elles} {retournent|rentrent} {chez eux|dans leur pays|au bled}', 'expel'],
  ['{virez|expulsez|renvoyez} les tous', 'expel'],
  ['{zuruck|ab} in ihre {heimat|lander|herkunftslander}', 'expel'],
  ['{deutschland den deutschen|alle abschieben|alle raus}', 'expel'],
  ['{вон|гнать|выгнать|депортировать|выслать|выселить} {всех|их всех|всех их}', 'expel'],
  ['пусть {едут|валят|убираются|возвращаются} {домой|к себе|обратно|на родину}', 'expel'],
  ['{россия для русских|чемодан вокзал}', 'expel'],
  ['уничтожить {их всех|всех их|всех}', 'expel'],
  ['no place for them', 'expel'],
  // The replacement conspiracy, and asserting it.
  ['{great|the} replacement', 'replace'],
  ['{grand|le} remplacement', 'replace'],
  ['{reemplazo|sustitucion} {planeado|poblacional|etnico|demografico}', 'replace'],
  ['{gran|el} reemplazo', 'replace'],
  ['{umvolkung|bevolkerungsaustausch|grosser austausch|groser austausch}', 'replace'],
  ['{великое|великая} {замещение|замена}', 'replace'],
  [
    '{not a theory|no es una teoria|pas une theorie|keine theorie|не теория|it s real|its real|it is real|c est reel}',
    'assert',
  ],
  ['{tell me it s an accident|not an accident|no es casualidad|pas un hasard|kein zufall}', 'assert'],
]);

/** Latin-script slurs, matched through leetspeak and spacing on the folded text. */
const SLURS_LATIN_TERMS = [
  'kike',
  'nigger',
  'nigga',
  'spic',
  'gook',
  'sandnigger',
  'faggot',
  'kaffir',
  'mudslime',
  'muzzie',
  'untermensch',
  'chink',
  'coon',
  'shitskin',
  'beaner',
  'paki',
  'tranny',
  'trannies',
  'beaner',
  'wetback',
  'raghead',
  'towelhead',
  'sudaca',
  'maricon',
  'maricones',
  'negrata',
  'bougnoule',
  'youpin',
  'youtre',
  'bicot',
  'tarlouze',
  'kanake',
  'kanaken',
  'schwuchtel',
  'kameltreiber',
  'pidor',
  'pidory',
  'pidoras',
  'pidorasy',
  'pidar',
  'khokhol',
  'khokhly',
  'khokhlov',
  'churka',
  'churki',
  'zhid',
  'zhidy',
  'zhidov',
  'chernozhop*',
  'katsap',
  'katsapy',
  'yid',
  'yids',
  'wog',
  'wogs',
  'nignog',
  'moraco',
  'panchito',
  'kanacke',
  'neger',
  'muselmann',
  'musels',
  'pindos',
];
let slursLatin: TermMatcher | null = null;
/** The Latin-script slurs through the obfuscation-resistant matcher, compiled on first use. */
const SLURS_ALLOWED = [
  'paki bolt',
  'spic and span',
  'kaffir lime',
  'chink in',
  'chinks in',
  'coon hound',
  'raccoon',
];
const SLURS_LATIN = (): TermMatcher =>
  (slursLatin ??= new TermMatcher(SLURS_LATIN_TERMS, { allowed: SLURS_ALLOWED }));
const ALLOWED = new PhraseSet<null>(SLURS_ALLOWED.map((a) => [a, null] as const));
const SLURS_LATIN_WORDS = SLURS_LATIN_TERMS.join('|');
const SLURS = new PhraseSet<Kind>([
  [`{${SLURS_LATIN_WORDS}}`, 'slur'],
  [
    '{чурка|чурки|чурок|чуркам|чурками|хохол|хохлы|хохлов|хохлам|хохлами|хохлу|хохла|жид|жиды|жидов|жидам|жидами|жидовск*|жидовн*}',
    'slur',
  ],
  [
    '{пидор*|пидар*|пидрил*|педик|педики|педиков|педерасты|черножоп*|хач|хачи|хачей|хачам|хачик*|чучмек*|узкоглаз*}',
    'slur',
  ],
  ['{москаль|москали|москалей|москалям|кацап|кацапы|кацапов|укропы|укропов|укропам}', 'slur'],
  ['{пиндосы|пиндосов|пиндос|косоглазые|жидовня|черномазые|черномазых}', 'slur'],
]);

const SIMILE = wordClass('like|as|comme|wie|como|как|словно|будто|als');
/** What may stand between a group and what it is called: a copula, an article, an intensifier. */
const COPULA = wordClass(
  'are|is|re|s|were|was|be|being|just|basically|nothing|but|all|literally|simply|really|truly|a|an|the|bunch|of|sind|ist|nur|alle|ein|eine|einer|wahre|echte|son|es|unos|unas|todos|todas|solo|una|un|sont|est|des|de|que|tous|toutes|juste|vraiment|une|это|все|просто|настоящие|сплошные|eto|vse|prosto',
);
/** What may stand between a metaphor and the group it names (`vermin migrants`, `these rats, the migrants`). */
const DETERMINER = wordClass('the|these|those|such|all|los|las|estos|esos|les|ces|die|diese|эти|такие|eti');

/** Words that report or analyse what others say: `the Nazis called Jews vermin`, `the trope that …`. */
const REPORTING = wordClass(
  [
    'called|calls|calling|described|describe|describes|portrayed|portray|depicted|depict|labelled|labeled|branded|dubbed|propaganda|rhetoric|trope|tropes|myth|myths|conspiracy|theory|theories|slogan|slogans|claimed|claims|accused',
    'llamaban|llamaba|describian|propaganda|retorica|mito|teoria|conspiracion|bulo',
    'appelaient|appelait|qualifiaient|decrivaient|propagande|rhetorique|mythe|theorie|complot',
    'nannten|bezeichneten|beschrieben|propaganda|rhetorik|mythos|theorie|verschworungstheorie|narrativ',
    'называли|называл|называют|изображали|пропаганда|пропаганды|риторика|миф|теория|нарратив',
  ].join('|'),
);

/**
 * For each token, whether a reporting word comes earlier in its sentence: one pass over the tokens (a
 * walk back from every hit would be quadratic in a long sentence full of hits).
 */
function reportingBefore(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let seen = false;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k]!.sentence !== tokens[k - 1]!.sentence) seen = false;
    out[k] = seen ? 1 : 0;
    if (REPORTING(tokens[k]!)) seen = true;
  }
  return out;
}

const round = (x: number): number => Math.round(x * 100) / 100;

export interface HateVerdict {
  outcome: 'reject' | 'hold';
  score: number;
  evidence: Evidence[];
}

/** Hate (see the module comment); null when there is none. */
export function detectHate(source: string): HateVerdict | null {
  const { tokens } = tokensOf(source);
  const slurs = SLURS.scan(tokens);
  const hits = slurs.length > 0 ? [...PHRASES.scan(tokens), ...slurs] : PHRASES.scan(tokens);
  const evidence: Evidence[] = [];
  let reject = false;
  let hold = false;
  const add = (value: string, span: [number, number], detail: string) =>
    evidence.push({ kind: 'hate', value, span, detail: `${detail}: "${source.slice(...span)}"` });

  // Slurs (Latin script through the obfuscation-resistant matcher).
  const latinSlurs = scanObfuscated(SLURS_LATIN, source, tokens);
  const allowed =
    latinSlurs.length > 0 || hits.some((h) => h.phrase.meta === 'slur') ? ALLOWED.scan(tokens) : [];
  const isAllowed = (span: readonly [number, number]) =>
    allowed.some((a) => a.span[0] <= span[0] && span[1] <= a.span[1]);
  for (const h of latinSlurs) {
    if (isAllowed(h.span)) continue;
    const from = tokenAt(tokens, h.span[0]);
    const to = Math.max(from + 1, tokenAt(tokens, h.span[1] - 1) + 1);
    if (mentioned(tokens, from, to)) continue;
    add('slur', h.span, 'slur');
    reject = true;
  }
  for (const h of hits) {
    if (h.phrase.meta !== 'slur' || mentioned(tokens, h.from, h.to) || isAllowed(h.span)) continue;
    if (latinSlurs.some((l) => l.span[0] < h.span[1] && h.span[0] < l.span[1])) continue;
    add('slur', h.span, 'slur');
    reject = true;
  }
  if (source.includes('(((')) {
    const at = source.indexOf('(((');
    add(
      'echo',
      [at, Math.min(source.length, source.indexOf(')))', at) + 3 || at + 3)],
      'antisemitic echo brackets',
    );
    reject = true;
  }

  const groups = hits
    .filter((h) => h.phrase.meta === 'group' || h.phrase.meta === 'slur')
    .sort((a, b) => a.from - b.from);
  const groupSentences = new Set(groups.map((g) => tokens[g.from]!.sentence));
  /** Groups starting within `reach` tokens of `at` (a binary search, then a bounded walk). */
  const groupsAround = (at: number, reach: number): PhraseHit<Kind>[] => {
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.from < at - reach) lo = mid + 1;
      else hi = mid;
    }
    const out: PhraseHit<Kind>[] = [];
    for (let i = lo; i < groups.length && groups[i]!.from <= at + reach; i++) out.push(groups[i]!);
    return out;
  };
  const groupNear = (h: PhraseHit<Kind>, tokensApart: number, sentences: number): boolean => {
    const s = tokens[h.from]!.sentence;
    if (sentences > 0 && (groupSentences.has(s - 1) || groupSentences.has(s + 1))) return true;
    return groupsAround(h.from, tokensApart + 8).some((g) => {
      if (tokens[g.from]!.sentence !== s) return false;
      const gap = g.from < h.from ? h.from - g.to : g.from - h.to;
      return gap <= tokensApart;
    });
  };
  /** The group is what the metaphor is said of: `X are (all, just, a bunch of) Y`, `Y like these X`. */
  const saidOfGroup = (h: PhraseHit<Kind>): boolean =>
    groupsAround(h.from, 10).some((g) => {
      if (tokens[g.from]!.sentence !== tokens[h.from]!.sentence) return false;
      if (g.to <= h.from) {
        if (h.from - g.to > 4) return false;
        for (let k = g.to; k < h.from; k++) if (!COPULA(tokens[k]!)) return false;
        return true;
      }
      if (g.from >= h.to && g.from - h.to <= 2) {
        for (let k = h.to; k < g.from; k++) if (!DETERMINER(tokens[k]!)) return false;
        return true;
      }
      return false;
    });
  const kinds = new Set<Kind>();
  let reported: Uint8Array | undefined;
  for (const h of hits) {
    const kind = h.phrase.meta;
    if (kind === 'group' || kind === 'slur') continue;
    if (mentioned(tokens, h.from, h.to)) continue;
    if ((reported ??= reportingBefore(tokens))[h.from] === 1) continue;
    kinds.add(kind);
    const simile = h.from > 0 && SIMILE(tokens[h.from - 1]!);
    switch (kind) {
      case 'metaphor':
        if (!simile && saidOfGroup(h)) {
          add('dehumanising', h.span, 'a group called');
          reject = true;
        }
        break;
      case 'never_innocent':
      case 'strong':
        if (!simile && groupNear(h, 12, 1)) {
          add('dehumanising', h.span, 'a group called');
          reject = true;
        } else if (!simile) {
          add('dehumanising', h.span, 'dehumanising word');
          hold = true;
        }
        break;
      case 'general':
      case 'expel':
        if (groupNear(h, 12, 1)) {
          add(
            kind === 'general' ? 'generalisation' : 'expulsion',
            h.span,
            kind === 'general' ? 'a group generalised' : 'a group to be removed',
          );
          reject = true;
        }
        break;
      case 'replace':
        add('replacement', h.span, 'replacement narrative');
        hold = true;
        break;
      case 'assert':
      case 'all':
        break;
    }
  }
  // Strong words, generalisations and expulsion calls reinforce each other without a group named
  // (`subhuman, every single one of them`); the replacement narrative asserted or acted on.
  const piled = ['never_innocent', 'strong', 'general', 'expel', 'all'].filter((k) =>
    kinds.has(k as Kind),
  ).length;
  if (piled >= 2 && (kinds.has('never_innocent') || kinds.has('strong') || kinds.has('expel'))) reject = true;
  if (
    kinds.has('replace') &&
    (kinds.has('assert') || kinds.has('expel') || groups.length > 0 || kinds.has('metaphor'))
  )
    reject = true;
  if (evidence.length === 0) return null;
  if (reject) return { outcome: 'reject', score: round(Math.min(1, 0.7 + 0.1 * evidence.length)), evidence };
  return hold ? { outcome: 'hold', score: 0.5, evidence } : null;
}
