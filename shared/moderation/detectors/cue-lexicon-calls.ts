/**
 * Cue words for calls to violence against many people at once (see `cue-rules-calls.ts`): the verbs of
 * killing and burning as a call (an imperative, or an infinitive after `hay que`, `il faut`, `надо`), the
 * kinds of people such calls name (settlers, protesters, collaborators, villagers …) beside the protected
 * groups of `cue-lexicon-groups.ts`, the places where people are (a mosque, a shelter, their villages),
 * `all of them`, and `death to`.
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';

/** The English call verbs (base forms: a call only where an imperative stands, see the rule). */
const CALL_EN =
  'kill|murder|shoot|wipe|sink|level|glass|torch|pick off|shell|poison|run over|drop a bomb on|set fire to|burn alive|drive|finish off|exterminate|cleanse|gun down|mow down|bomb|nuke|gas|burn|firebomb|hang|lynch|behead|butcher|slaughter|massacre|eradicate|annihilate|execute|stab|drown|flatten|raze|napalm|carpet bomb|wipe out|string up|blow up|burn down|round up';
/** The German ones: German capitalises every noun, so the rule reads no name after them. */
export const CALL_DE =
  'versenken|versenkt|plattmachen|plattmacht|totet|toten|anzunden|zundet|sprengt|sprengen|uberfahren|uberfahrt|abknallen|schiesst|erschlagt|erschlagen|erschiesst|erschiest|erschiessen|erschiesen|verbrennt|verbrennen|bombardiert|bombardieren|hangt|vergast|vergasen|vernichtet|vernichten|abschlachten|schlachtet|ausrotten|rottet|abfackeln|fackelt|knallt';

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const callCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  // English base forms (a call only where an imperative stands: see the rule), and the imperatives and
  // infinitives of the other languages.
  ...cue(
    'call',
    CALL_EN,
    'hundid|hundan|hundir|matad|maten|matenlos|matadlos|matar|tirad|tiren|meterle fuego|prended fuego|prender fuego|incendiad|incendien|incendiar|volad|vuelen|volar|quemad|quemen|quemar|fusilad|fusilen|fusilar|colgad|cuelguen|colgar|bombardead|bombardeen|bombardear|exterminad|exterminen|exterminar|ahorcad|ahorquen|ahorcar|degollad|degollar|masacrad|masacren|arrasad|arrasen|arrasar',
    'coulez|couler|rase|rasent|tuez|tuer|brulez|bruler|fumer|fumez|incendiez|incendier|faire sauter|faites sauter|egorger|fusillez|fusiller|pendez|bombardez|bombarder|exterminez|exterminer|massacrez|massacrer|egorgez|butez|flinguez|gazez|gazer|rasez|raser|cramez|cramer',
    CALL_DE,
    'сровнять|сравнять|топите|потопить|зачистить|зачистите|убейте|убивайте|убить|убивать|расстреливать|вешать|вырезать|потравить|травить|поджечь|подожгите|поджигать|взорвать|взорвите|сбросить|мочите|мочить|расстреляйте|расстреливайте|расстрелять|сожгите|жгите|сжечь|спалить|бомбите|бомбить|вешайте|повесьте|перевешать|вырежьте|режьте|уничтожьте|уничтожить|истребите|истребить|перебейте|перебить|стереть',
    'ubeyte|ubivayte|ubit|ubivat|rasstrelivat|veshat|vyrezat|potravit|podzhech|podzhigat|vzorvat|sbrosit|mochite|rasstrelyayte|rasstrelyat|sozhgite|szhech|bombite|veshayte|vyrezhte|unichtozhte|unichtozhit|perebeyte|perebit',
    'вбийте|вбивайте|вбити|вбивати|вішати|розстрілювати|спалити|підпалюйте|підпалити|підірвати|бити|спаліть|розстріляйте|розстріляти|знищте|знищити|вирiжте|вріжте',
    'affondate|affondare|uccidete|uccidere|sparare|sparate|gambizzare|radete|radere|eliminare|eliminato|eliminati|ammazzate|ammazzare|bruciate|bruciare|fucilate|fucilare|impiccate|sterminate|sterminare|bombardate|bombardare|massacrate',
    'matem|matar|enforca|incendiar|incendeiem|explodir|queimem|queimar|fuzilem|fuzilar|enforquem|exterminem|exterminar|bombardeiem|bombardear|massacrem',
    'zatopic|zatopcie|zrownac|zabijcie|zabic|wysadzic|wysadzcie|podpalic|podpalcie|rozstrzeliwac|wieszac|spalcie|spalic|rozstrzelajcie|rozstrzelac|wybijcie|wybic|zbombardujcie|wymordujcie|powieszcie',
    'batirin|oldurun|oldurmek|yakin|yakmak|kursuna dizin|bombalayin|asacagiz|yakalim|oldurelim',
    'اقتلوا|اقتلوهم|اقتلوه|فجروا|احرقوا|أحرقوا|احراق|إحراق|ابادتهم|إبادتهم|اذبحوا|اذبحوهم|ابيدوا|أبيدوا',
  ),
  // Kinds of people a call names that are no protected group (the groups are `group` cues).
  ...cue(
    'people',
    'prisoners|prisoner|pows|wives|settler|colonist|organisers|organizers|staff|delegates|aid workers|editors|deputies|lawmakers|voters|marchers|worshipers|clan|families|protester|collaborator|traitor|villager|infidel|settlers|colonists|colonizers|colonisers|protesters|protestors|demonstrators|rioters|looters|strikers|collaborators|traitors|separatists|villagers|civilians|residents|locals|tourists|pilgrims|worshippers|believers|infidels|kuffar|kafirs|apostates|heretics|crusaders|priests|imams|rabbis|monks|nuns|clerics|mullahs|politicians|bankers|landlords|cops|policemen|teachers|students|doctors|journalists|reporters|leftists|liberals|lefties|libtards|conservatives|tories|republicans|democrats|commies|communists|socialists|fascists|nazis|antifa|zionists|orcs|russkies|rashists|ruscists|vatniks|men|kids|children|babies|elderly|everyone|everybody|every last one|all of them|the lot of them|them all|each and every one',
    'prisioneros|presos|colonos|manifestantes|delegados|diputados|los del|esa gente|traidores|colaboracionistas|separatistas|aldeanos|civiles|curas|politicos|periodistas|rojos|fachas|fascistas|nazis|sionistas|infieles|ninos|todos ellos',
    'prisonniers|colons|manifestants|flics|militants|deputes|traitres|collabos|collaborateurs|separatistes|villageois|civils|curés|cures|politiciens|journalistes|gauchistes|fachos|fascistes|nazis|sionistes|mecreants|infideles|tous ces',
    'gefangenen|kriegsgefangenen|siedler|demonstranten|schreiberlinge|schreiberlingen|klimakleber|abgeordneten|bullen|verrater|kollaborateure|separatisten|dorfbewohner|zivilisten|pfaffen|politiker|journalisten|linke|zecken|faschos|faschisten|nazis|zionisten|unglaubige|kuffar',
    'пленных|пленные|военнопленных|поселенц*|протестующ*|митингующ*|мусорам|ментов|журналюг*|депутат*|предател*|коллаборант*|сепар*|сепаратист*|мирных|жителей|попов|политиков|журналистов|либерал*|укроп*|ватник*|рашист*|фашист*|нацист*|сионист*|неверных|детей|всех до одного',
    'poselencev|protestuyushchih|zhurnalyug|zhurnaljug|hohlov|khokhlov|predateley|separov|separatistov|zhiteley|zhurnalistov|liberalov|ukropov|ukrov|vatnikov|rashistov|fashistov',
    'поселенців|протестувальників|колаборантів|окупантів|тих|зрадників|сепаратистів|жителів|журналістів|ватників|рашистів|фашистів',
    'prigionieri|coloni|manifestanti|giornalisti|deputati|musulmano|traditori|collaborazionisti|separatisti|civili|preti|politici|comunisti|fascisti|nazisti|sionisti|infedeli|bambini',
    'colonos|manifestantes|delegados|diputados|los del|esa gente|traidores|colaboracionistas|separatistas|civis|padres|politicos|jornalistas|comunistas|fascistas|nazistas|sionistas|infieis|criancas|invasores',
    'jencow|osadnikow|demonstrantow|lokatorami|zdrajcow|kolaborantow|separatystow|cywilow|ksiezy|politykow|dziennikarzy|komunistow|faszystow|syjonistow|niewiernych|dzieci',
  ),
  // Places where people are, named as the thing to burn or bomb.
  ...cue(
    'people_place',
    'boats|boat|dinghies|dinghy|rafts|square|concert|procession|market|hospital|school|kindergarten|city|cities|caravans|wedding|office|offices|polling station|convoy|apartment blocks|residential|mosque|mosques|church|churches|synagogue|synagogues|temple|temples|shelter|shelters|refugee centre|refugee center|refugee hotel|asylum hotel|migrant hotel|camp|camps|village|villages|towns|neighbourhood|neighborhood|homes|houses|schools|hospitals|embassy|newsroom|newsrooms|their offices|whole city|entire city|the whole country',
    'pateras|patera|cayucos|plaza|hospitales|sede|centro de acogida|campamento|mezquita|mezquitas|iglesia|iglesias|sinagoga|sinagogas|albergue|albergues|centro de menores|campamentos|aldea|aldeas|pueblos|barrio|casas|escuelas|embajada|redaccion',
    'embarcations|bateaux|foule|mosquee|mosquees|manif|eglise|eglises|synagogue|synagogues|foyer|foyers|centre d accueil|camp|camps|village|villages|quartier|maisons|ecoles|hopitaux|ambassade|redaction',
    'fluchtlingsheim|redaktion|boote|dorf|moschee|moscheen|kirche|kirchen|synagoge|synagogen|heim|heime|asylheim|asylheime|unterkunft|unterkunfte|lager|dorfer|viertel|hauser|schulen|krankenhauser|botschaft',
    'лодки|школу|школе|детские сады|детским садам|концерт|площадь|посёлок|поселок|спальным|кварталах|зал|киев|мечеть|мечети|церковь|церкви|синагогу|синагоги|общежитие|лагерь|лагеря|деревню|деревни|села|сёла|дома|школы|больницы|посольство|редакцию',
    'detskim sadam|shkolu|mecheti|mechet|cerkov|sinagogu|derevni|sela|doma|shkoly',
    'селі|селах|концерт|школу|будинки|кварталах|мечеть|церкву|синагогу|села|школи',
    'barconi|barcone|quartieri|quartiere|moschea|moschee|chiesa|chiese|sinagoga|centro accoglienza|campo|villaggio|villaggi|case|scuole|ospedali|ambasciata|redazione',
    'aldeia|acampamento|casas|camara|mesquita|mesquitas|igreja|igrejas|sinagoga|abrigo|abrigos|aldeias|escolas|hospitais|embaixada|redacao',
    'pontony|lodzie|osrodek|meczet|meczety|kosciol|koscioly|synagoge|wioski|domy|szkoly|szpitale|ambasade|redakcje',
    'kampa|kampi|cami|camiyi|camileri|kilise|kiliseyi|sinagog|koy|koyleri|evleri|okullari',
  ),
  ...cue('people_place', 'الكنيسة|المسجد|المتظاهرين|مكاتب|اليهود|الشيعة|الصحفيين'),
  // What is fired at them: a wish that it hit somewhere (`I hope the next missile lands on that school`).
  ...cue(
    'projectile',
    'missile|missiles|rocket|rockets|drone|drones|bomb|bombs|shell|shells|jdam|jdams|kalibr|kalibrs|iskander|airstrike|strike',
    'misil|misiles|cohete|cohetes|dron|drones|bomba|bombas|obus',
    'missile|missiles|roquette|roquettes|drone|drones|bombe|bombes|obus|frappe',
    'rakete|raketen|drohne|drohnen|bombe|bomben|granate',
    'ракета|ракеты|ракету|дрон|дроны|дронов|калибр*|бомба|бомбу|снаряд*|искандер*|шахед*',
    'raketa|rakety|dron|drony|kalibr*|bomba|snaryad|iskander',
    'ракета|ракети|дрон|дрони|бомба|снаряд*',
    'missile|razzo|drone|bomba|bombe',
    'missil|missel|drone|bomba|bombas',
    'rakieta|rakiety|dron|drony|bomba|bomby',
    'fuze|fuzeler|bomba|dron',
    'صاروخ|قنبلة|بمب|موشک|پهپاد',
  ),
  // Everyone inside: what makes the destruction of a place a killing (`levelled with everyone inside`).
  ...cue(
    'with_people',
    'with the people inside|with the people in it|children included|kids included|with everyone inside|with everyone in it|with everyone in there|with them inside|with them in it|with all of them inside|everyone inside|all inside|women and children included|nobody left|no one left|not one left',
    'ninos incluidos|hasta que no quede ni uno|con todos los que|con todos dentro|con ellos dentro|con la gente dentro|con los delegados adentro|con todos adentro|que no quede ni uno|no quede ni uno|ni uno vivo',
    'femmes et gosses compris|femmes et enfants compris|avec tous ceux qui sont encore dedans|avec tous ceux qui sont dedans|avec tout le monde dedans|avec eux dedans|avec les gens dedans|tous dedans',
    'mit allen drin|mitsamt|samt allen|mit allen darin|mit den leuten drin|frauen und kinder inklusive',
    'вместе с населением|вместе с людьми|вместе с жителями|со всеми кто там|со всеми жителями|ни одного не оставить|никого не оставить|без фильтрации',
    'vmeste s naseleniem|vmeste s lyudmi|nikogo ne ostavit',
    'разом з людьми|з усіма хто там|разом із людьми|з людьми',
    'tutti dentro|con tutti dentro|donne e bambini compresi',
    'com eles la dentro|com todos dentro|que morram todos',
    'razem z mieszkancami|razem z ludzmi|z ludzmi w srodku|razem z lokatorami',
    'icinde bir tane bile canli kalmasin|icindekilerle|icindekilerle beraber|tek cadir kalmasin',
    'على رؤوس أهلها|على رؤوس اهلها|بمن فيها|بمن فيه|بأهلها|باهلها',
  ),
  // Participles of destruction, for `with everyone inside` (`should be levelled with everyone inside`).
  ...cue(
    'destroyed',
    'levelled|leveled|flattened|razed|torched|burned|burnt|bulldozed|nuked|gassed|bombed|shelled|wiped out|wiped off the map|blown up',
    'arrasado|arrasada|quemado|quemada|bombardeado|volado',
    'rase|rasee|brule|brulee|bombarde|bombardee',
    'plattgemacht|abgefackelt|niedergebrannt|bombardiert|gesprengt',
    'стерт*|сожжен*|сожжён*|разбомблен*|снесен*|снесён*',
    'raso al suolo|bruciato|bombardato',
    'arrasado|queimado|bombardeado',
    'zrownany|spalony|zbombardowany',
  ),
  // What an arsonist tells a crowd to bring.
  ...cue(
    'arson',
    'bring petrol|bring gasoline|bring lighters|bring matches|bring torches|molotov|molotovs|molotov cocktails|petrol bombs|petrol bomb',
    'traed gasolina|llevad gasolina|traigan gasolina|cocteles molotov|molotovs',
    'bidons d essence|ramenez de l essence|ramenez des bidons|apportez de l essence|cocktails molotov',
    'fackeln mitbringen|benzin mitbringen|molotowcocktails|brandsatze',
    'берите бензин|бензин берите|канистры с бензином|коктейли молотова',
    'benzinle gidelim|benzin getirin',
    'جيبوا بنزين|بنزين وولاعات',
  ),
  // A slogan that wishes death on whoever follows.
  ...cue(
    'deathto',
    'death to|death unto|muerte a|muerte al|muerte a los|mort aux|mort a|mort au|tod den|tod dem|tod allen|смерть|smert|смерть всем|morte ai|morte agli|morte a|morte aos|smierc|olum',
  ),
];
