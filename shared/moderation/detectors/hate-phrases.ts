/** The phrase and slur lists of the hate detector (`hate.ts`). */
import { SLUR_LOOKALIKES } from '../text/innocent-names';
import { PhraseSet } from '../text/phrases';
import { TermMatcher } from '../text/term-matcher';
import { entriesOf } from './cue-kinds';
import { GROUP_NAMES } from './group-names';
import { MORE_PHRASES } from './hate-phrases-more';

export type Kind =
  | 'group'
  | 'metaphor'
  | 'never_innocent'
  | 'vermin'
  | 'strong'
  | 'general'
  | 'every'
  | 'all'
  | 'expel'
  | 'go_home'
  | 'replace'
  | 'assert'
  | 'slur'
  | 'denial';

/** The group names (`group-names.ts`), shared with the cue lexicon. */
const GROUPS = entriesOf<Kind>('group', ...GROUP_NAMES);

export const PHRASES = new PhraseSet<Kind>([
  ...GROUPS,
  ...MORE_PHRASES,
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
    '{subhuman|subhumans|sub human|untermensch*|not human|not even human|breed like rabbits|breeding like rabbits}',
    'never_innocent',
  ],
  ['{infrahumanos}', 'never_innocent'],
  ['{sous hommes|sous humains}', 'never_innocent'],
  ['{entlausen|untermenschen|volksschadlinge}', 'never_innocent'],
  ['{нелюди|нелюдей|недолюди|унтерменш*|plodyatsya}', 'never_innocent'],
  // Pests: also real pests (`malaria parasites`, `plaga de langostas`), so a group or people pointed at is needed (hate.ts).
  ['{vermin|parasites|parasite|cockroach|cockroaches|infestation|infest|pest control}', 'vermin'],
  ['{parasitos|alimanas|plaga de|sanguijuelas}', 'vermin'],
  ['{vermine|parasites|nuisibles}', 'vermin'],
  ['{ungeziefer|parasiten|schmarotzer|geziefer}', 'vermin'],
  ['{паразиты|паразитов|саранча}', 'vermin'],
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
  // Italian, Polish, Portuguese, Ukrainian (round 29: `Gli ebrei controllano la finanza mondiale`).
  ['{controllano|dominano} {i media|le banche|il mondo|la finanza}', 'general'],
  ['{e|sta|ce l hanno} nel {loro dna|loro sangue|sangue|dna}', 'general'],
  ['{kontroluja|rzadza} {media|banki|swiatem|finansami}', 'general'],
  ['maja to we krwi', 'general'],
  ['{controlam|dominam} {os media|a midia|os bancos|o mundo|a imprensa}', 'general'],
  ['{esta|e} no {sangue|dna} deles', 'general'],
  ['{контролюють|керують} {сми|банками|світом}', 'general'],
  ['{comandano|governano|possiedono|controllano} {tutto|i giornali|le banche|il mondo|i media}', 'general'],
  [
    '{tornino|tornassero|rimandateli|rimandiamoli|cacciateli|cacciamoli|rispediteli} {in africa|a casa loro|al loro paese|da dove sono venuti|tutti}',
    'expel',
  ],
  [
    '{wracac|wracajcie|niech wracaja|wyrzucic|wypedzic} {do afryki|do siebie|do swojego kraju|ich wszystkich}',
    'expel',
  ],
  [
    '{voltem|que voltem|mandem os|expulsem os|devolvam os} {para africa|para a africa|para a terra deles|para o pais deles|todos}',
    'expel',
  ],

  ['у них в крові', 'general'],
  ['{that s|thats|that is} what they {do|are}', 'general'],
  ['{they re|they are|theyre} all the same', 'general'],
  ['religion of {hate|violence|death|war|terror|the sword}', 'general'],
  ['death cult', 'general'],
  ['{breed|multiply|reproduce} like {rats|rabbits|cockroaches|flies}', 'general'],
  [
    '{se reproducen|se multiplican|se reproduisent|se multiplient|vermehren sich|размножаются|razmnozhayutsya} {como|comme des|comme|wie|как|kak} {conejos|ratas|cucarachas|lapins|rats|cafards|karnickel|kaninchen|ratten|kakerlaken|кролики|крысы|тараканы|kroliki|krysy|tarakany}',
    'general',
  ],
  ['{outbreed|outbreeding|demographic jihad|demographic war|demographic weapon}', 'general'],
  ['{es|esta en} su {naturaleza|sangre|cultura|adn}', 'general'],
  ['lo llevan {dentro|en la sangre}', 'general'],
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
  // Told to a person: go back to the country their origin is said to be (xenophobic abuse with no group
  // word); `rentre chez toi` alone is also `go home if you're cold`, so only with a country.
  [
    '{go back|go home|get back|fuck off back|piss off back|crawl back|fuck off|piss off} to {africa|asia|your country|your own country|your village|your cave|the desert|your desert|your jungle|where you came from|where you belong|your shithole|your shithole country}',
    'go_home',
  ],
  [
    '{vuelve|vuelvete|vete|regresa|largate|volved|largaos} a {tu pais|tu tierra|tu aldea|tu desierto|tu selva|africa|tu puto pais}',
    'go_home',
  ],
  [
    '{rentre|retourne|degage|casse toi|barre toi|rentrez|retournez} {dans ton pays|au bled|dans ton bled|en afrique|dans ta jungle|dans ton desert|dans votre pays}',
    'go_home',
  ],
  ['{pas de ta race|pas de ton espece} ici', 'go_home'],
  [
    '{geh|geht|hau ab|verschwinde|verpiss dich|zieh ab} ~2 {nach afrika|in dein land|in deine heimat|in dein dorf|in deinen busch|dahin wo du herkommst}',
    'go_home',
  ],
  [
    '{убирайся|вали|езжай|уезжай|возвращайся|катись|проваливай} ~1 {в свой аул|в свой кишлак|в свою страну|к себе на родину|на свою родину|в африку|откуда приехал}',
    'go_home',
  ],
  [
    '{ubiraysya|vali|ezzhay|uezzhay|katis} ~1 {v svoy aul|v svoy kishlak|v svoyu stranu|na rodinu}',
    'go_home',
  ],
  ['{torna|tornatene|vattene|tornate} {al tuo paese|nel tuo paese|in africa|al paese tuo}', 'go_home'],
  ['{volta|vai|voltem} {para a tua terra|para o teu pais|pra tua terra|para africa|pra africa}', 'go_home'],
  ['{wracaj|spadaj|wypad|wypierdalaj} {do siebie|do swojego kraju|do afryki}', 'go_home'],
  ['{ulkene|ulkenize} {don|donun|defol}', 'go_home'],
  // The replacement conspiracy, and asserting it.
  ['{great|the} replacement', 'replace'],
  ['{grand|le} remplacement', 'replace'],
  ['{reemplazo|sustitucion} {planeado|poblacional|etnico|demografico}', 'replace'],
  ['{gran|el} reemplazo', 'replace'],
  ['{umvolkung|bevolkerungsaustausch|grosser austausch|groser austausch}', 'replace'],
  // Round 89 (`/work/audit49`): `white genocide`, the same narrative's other name.
  [
    '{white genocide|genocide blanc|genocidio blanco|weisser genozid|weiser genozid|белый геноцид|belyi genotsid}',
    'replace',
  ],
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
  'rapefugee',
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
  'viado',
  'viados',
  'traveco',
  'travecos',
  'negrata',
  'bougnoule',
  // Round 82 (dev96): the French slur for Chinese and East Asian people.
  'chinetoque',
  'chinetoques',
  'chintok',
  'chintoks',
  'youpin',
  'youtre',
  'bicot',
  'tarlouze',
  'kanake',
  'kanaken',
  'schwuchtel',
  'schwuchteln',
  'zigeunerpack',
  'zigeunergesindel',
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
  'musel', // Round 111 (`dev115`): `Diese Musel in Brüssel`.
  'pindos',
  // Round 89 (`/work/audit49`).
  'schlitzauge',
  'schlitzaugen',
  'travelo',
  'travelos',
  'mongolien',
  'mongoliens',
];
let slursLatin: TermMatcher | null = null;
/** The Latin-script slurs through the obfuscation-resistant matcher, compiled on first use. */
const SLURS_ALLOWED = [
  'coon rapids',
  'paki bolt',
  'spic and span',
  'kaffir lime',
  'chink in',
  'chinks in',
  'coon hound',
  'raccoon',
  // A Black Country dish (round 59, `/work/audit31`).
  'faggots and peas',
  'faggots and mushy peas',
  'faggots in gravy',
  'tache mongolienne',
  'taches mongoliennes',
  // Everyday words and dishes the slur lists read (`text/innocent-names.ts`).
  ...SLUR_LOOKALIKES,
];
export const SLURS_LATIN = (): TermMatcher =>
  (slursLatin ??= new TermMatcher(SLURS_LATIN_TERMS, { allowed: SLURS_ALLOWED }));
export const ALLOWED = new PhraseSet<null>(SLURS_ALLOWED.map((a) => [a, null] as const));
/**
 * The Latin-script slurs as words, with their plural in `s` (`sudacas`, `youpins`, `kikes`), which the
 * obfuscation-resistant matcher accepts but a phrase word does not: a plain plural was read only when
 * the list spelled it out.
 */
const SLURS_LATIN_WORDS = SLURS_LATIN_TERMS.flatMap((t) =>
  t.endsWith('*') || t.endsWith('s') || t.length < 3 ? [t] : [t, `${t}s`],
).join('|');
export const SLURS = new PhraseSet<Kind>([
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
  // `русня`: Russians as vermin, in Ukrainian and Russian, and its transliteration.
  ['{русня|русни|русню|rusnya|rusnia}', 'slur'],
  ['{macaco preto|macacos pretos|macaca preta|macacas pretas}', 'slur'],
]);
