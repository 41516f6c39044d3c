/**
 * Round 122's phrases (`/work/audit64`, a red-team of veiled threats and ambiguous calls, and the tuning batches
 * `dev128`, `dev129`). Threats told by what befell others (`PRECEDENT_THREATS`): what happened to the last reporter, a
 * murdered journalist offered as a fate, people like you ending badly, accidents that happen to journalists, being
 * found, not waking up, the newsroom visited or bombed. Calls a moderator holds (`AMBIGUOUS_PRECEDENTS`): others told
 * to watch their backs or be scared, accidents as a euphemism, what comes after words, the crowd at the palace gates,
 * the day they pay, how collaborators were dealt with. Phrase syntax as in `text/phrases.ts`.
 */
import { act, menace, watched, wish, type Entry } from './threats-meta';

/** Journalists and dissidents whose murder a threat offers as the reader's fate. */
const MURDERED =
  '{khashoggi|jamal khashoggi|politkovskaya|politkovskaia|politkovskaja|politkovskaïa|политковская|политковской|caruana galizia|daphne caruana galizia|arshad sharif|kuciak|jan kuciak|nemtsov|nemzow|немцов|немцова|litvinenko|litwinenko|литвиненко|samuel paty|theo van gogh|jo cox|gauri lankesh|lasantha}';
/** A newsroom or the paper's offices. */
const NEWSROOM =
  '{the newsroom|your newsroom|this newsroom|your office|your offices|the offices of this paper|the offices of this rag|this paper s offices}';

export const PRECEDENT_THREATS: readonly Entry[] = [
  // It would be a shame if something happened there, with no pronoun; or if it burned.
  ['{seria|sera} una {pena|lastima} que {pasara|pase|ocurriera|ocurra} algo', menace('needs')],
  ['{seria|sera} una {pena|lastima} que {ardiera|arda|se quemara|se queme}', menace('needs')],
  [
    '{ce serait|ca serait|se serait} dommage {qu il|qu elle|que} ~2 {brule|brulait|prenne feu|saute|explose}',
    menace('needs'),
  ],
  // A visit to the newsroom announced.
  [`{pay|paying} ${NEWSROOM} a {little|friendly|small|} visit`, watched()],
  [
    '{nos pasamos|nos pasaremos|pasaremos|vamos a pasar|nos vamos a pasar} ~3 por {la|vuestra|su|tu} redaccion',
    watched(),
  ],
  [
    '{заглянем|наведаемся|нагрянем|придем|зайдем|zaglyanem|navedaemsya|nagryanem} ~2 {в|к|v|k} {вашу|твою|эту|vashu|tvoyu} {редакцию|redaktsiyu|redakciyu}',
    watched(),
  ],
  ['{rendre|rendrons|rendre une|rendrons une} ~1 visite a {la|votre|ta} redaction', watched()],
  ['{der|eurer|ihrer|deiner} redaktion ~1 einen besuch abstatten', watched()],
  // The next bomb at the paper.
  [`{next|another} {bomb|grenade|bullet|attack|explosion} ~6 ${NEWSROOM}`, act()],
  // What happened to the last one who asked.
  [
    '{you|u} {know|remember} what happened to the last {reporter|journalist|one|guy|person|blogger|writer|woman|man} who',
    menace(),
  ],
  [
    'the last {reporter|journalist|one|guy|blogger|writer} who ~8 {was pulled|was fished|was dragged} out of the {river|lake|sea|canal|harbour|harbor}',
    menace('needs'),
  ],
  ['{lo que le paso|lo que le ocurrio} al ultimo {periodista|que}', menace('needs')],
  ['ce qui est arrive au dernier {journaliste|qui}', menace('needs')],
  ['was mit dem letzten {journalisten|reporter} passiert ist', menace('needs')],
  ['что случилось с {прошлым|последним|предыдущим} {журналистом|репортером|блогером}', menace('needs')],
  // People like you end badly.
  [
    '{people|those|journalists|reporters|folks|guys} ~4 like {you|u} ~4 {end up|tend to end up|usually end up|always end up|have accidents|don t last|dont last}',
    menace(),
  ],
  ['{les gens|ceux|les journalistes|les types} qui ~4 comme {toi|vous} ~2 {finissent|terminent}', menace()],
  ['{suelen|suele|acaban|terminan} {terminar|acabar|} en una fosa', menace('needs')],
  ['{leute|menschen|typen|journalisten} die ~4 wie du ~3 {haben oft pech|leben gefahrlich|enden}', menace()],
  // Accidents that happen, to journalists above all.
  [
    '{accidents happen|accidents arrivent|les accidents arrivent|accidentes pasan|los accidentes pasan|los accidentes ocurren|unfalle passieren|несчастные случаи случаются|всякое случается} ~6 {especially|surtout|sobre todo|vor allem|особенно} ~3 {journalists|journalistes|periodistas|journalisten|curieuses|curieux|curious|nosy|reporters|журналистами|журналистов}',
    menace(),
  ],
  // You will be found.
  ['{тебя|вас|tebya|vas} ~2 {найдут|naydut|naidut}', act()],
  ['{quelqu un|on} {finira|finiront|va finir} par {te|vous} {retrouver|trouver}', act()],
  ['{alguien|ya} te {va a encontrar|encontrara|encontraran|van a encontrar}', act()],
  ['{man|jemand} wird dich ~2 finden', act()],
  [
    '{someone|they|somebody} {will|ll} find {you|u} {eventually|one day|sooner or later|anyway|in the end}',
    act(),
  ],
  // Not waking up, wished (a menace, not a `wish`: `threats.ts` drops a wish with a negation inside, `I hope you don't die`).
  ['{hope|wish|pray} ~6 {doesn t|does not|don t|do not|never} wake up', menace('needs')],
  [
    '{hope|wish|pray} {you|u|whoever wrote this|the author|the writer|the journalist} ~4 {doesn t|does not|don t|do not|never} wake up',
    menace(),
  ],
  ['{ojala|espero que} ~4 no {despierte|se despierte|despiertes|te despiertes}', menace('needs')],
  ['{j espere|pourvu} ~4 ne se reveille {pas|plus}', menace('needs')],
  ['{hoffe|hoffentlich} ~4 nicht mehr aufwacht', menace('needs')],
  [
    '{надеюсь|чтоб|чтобы|nadeyus} ~4 {не|ne} {проснулся|проснулась|проснешься|проснулись|prosnulsya|prosnulas}',
    menace('needs'),
  ],
  // A murdered journalist as the fate offered.
  [`{end|ends|ending} up like ${MURDERED}`, wish('needs')],
  [
    `{hope|wish|may} {you|u|whoever wrote this|the author|the writer|the journalist} ~2 {end|ends} up like ${MURDERED}`,
    wish(),
  ],
  [`ask ${MURDERED} how`, menace()],
  [`{terminar|acabar|acabes|termines|acabaras|terminaras} como ${MURDERED}`, wish('needs')],
  [`{finir|finiras|finisse|finira} comme ${MURDERED}`, wish('needs')],
  [`{enden|endest|endet} wie ${MURDERED}`, wish('needs')],
  [`{кончить|закончить|кончишь|закончишь|кончит|закончит|konchish} как ${MURDERED}`, wish('needs')],
  // The dare closing a warning (a closer: it counts only beside a threat or a whereabouts).
  ['{keep|continue|go on} ~4 and see what happens', { kind: 'closer', aim: 'self' }],
  // Round 123 (`dev134`): a name and a face, remembered; praying advised.
  [
    '{you have|you ve got|you got|tienes|tu as|vous avez|du hast|у тебя есть|u tebya est} ~1 {a name and a face|nombre y cara|un nom et un visage|einen namen und ein gesicht|имя и лицо|imya i litso}',
    menace(),
  ],
  ['{he|she|they|you|u} {should|better|had better|d better|ought to} start praying', menace('needs')],
  ['{que empiece|que empiecen} a rezar', menace('needs')],
  ['{qu il commence|qu elle commence|qu ils commencent} a prier', menace('needs')],
  ['{soll|sollte|sollen} ~1 anfangen zu beten', menace('needs')],
  ['{пусть|pust} {начинает|начинают|nachinaet} {молиться|molitsya}', menace('needs')],
  // Teeth to be picked up (`dev137`: `… und du suchst deine Zähne aufm Parkplatz`).
  ['{you ll be|you will be|you ll|you will} {picking up|looking for|collecting|picking} {your} teeth', act()],
  ['{du suchst|du sammelst|suchst du|sammelst du} ~1 deine zahne', act()],
  ['{buscaras|vas a buscar|recogeras|vas a recoger} tus dientes', act()],
  ['{tu ramasseras|tu vas ramasser|tu chercheras|tu vas chercher} tes dents', act()],
  ['{будешь собирать|соберешь|будешь искать|budesh sobirat} ~1 {зубы|zuby}', act()],
  // Round 127: a bullet for the reader (`Dodge this bullet, journalist.`).
  ['dodge this {bullet|one}', act()],
  // Traitors do not grow old; careful walking home.
  [
    '{traitors|snitches|informers|traidores|traitres|verrater|предатели|predateli} {don t|do not|never|dont} {grow old|live long|get old}',
    menace('needs'),
  ],
  ['{los traidores|los soplones} no llegan a viejos', menace('needs')],
  ['{les traitres|les balances} ne vieillissent pas', menace('needs')],
  ['{should|had better|better} be {very|really|} careful walking home', menace('needs')],
  // Round 131 (`dev141`): the reader's family said easy to find, and nothing more said (not `… in the 1911 census`).
  [
    '{your|ur|yer} {family|families|kids|children|wife|husband|parents|mother|mum|mom|daughter|son} {is|are} ~4 {easy to find|not hard to find|easy to track down|easy to locate} .',
    watched(),
  ],
  [
    '{tu familia|tus hijos|tu mujer|tu esposa} {es|son} ~3 {facil de encontrar|faciles de encontrar} .',
    watched(),
  ],
  ['{ta famille|tes enfants|ta femme} {est|sont} ~3 {facile a trouver|faciles a trouver} .', watched()],
  [
    '{deine familie|deine kinder|deine frau} {ist|sind} ~3 {leicht zu finden|nicht schwer zu finden} .',
    watched(),
  ],
  ['{твою семью|твоих детей|tvoyu semyu} ~3 {легко найти|нетрудно найти|legko nayti} .', watched()],
];

export const AMBIGUOUS_PRECEDENTS: readonly string[] = [
  // Others told to watch their backs, not to show their faces, to be scared.
  '{had better|better|should} watch their backs',
  'que se cuiden',
  '{стоит|стоило бы|лучше бы|лучше} ~2 {почаще|} оглядываться',
  '{had better|better} not show their {faces|face} {in|around|here}',
  '{they|these|those|them} ~2 {should|ought to|had better} be {scared|afraid|terrified|very afraid|very scared}',
  '{que tiemblen|qu ils tremblent|sollen zittern|sollten zittern}',
  '{пусть|pust} {боятся|трепещут|дрожат|boyatsya}',
  // Accidents as a euphemism.
  '{well placed|well timed|convenient} accidents',
  '{a few|some|a couple of} accidents ~4 would solve',
  '{unos cuantos|algunos} accidentes ~4 {solucionarian|arreglarian}',
  'quelques accidents bien places',
  // What comes after words; the other thing; the one language.
  'what comes after words',
  'ahora toca lo otro',
  'ce qui vient apres les mots',
  'was nach den worten kommt',
  '{выборами|выборы|vyborami} ~6 {нужно|надо|nuzhno|nado} ~2 {что то другое|chto to drugoe}',
  '{idioma|lenguaje} ~4 no es el de las urnas',
  // The crowd at the palace gates.
  '{crowds|mobs|the crowd|the mob} at the palace gates',
  'palace gates ~3 {aren t|are not|arent|won t|will not|wont} ~2 {that strong|hold}',
  // The day they pay.
  '{llegara|vendra} el dia en que ~2 {paguen|pagaran}',
  '{получат|poluchat} ~2 {по заслугам|po zaslugam} ~6 {все до одного|vse do odnogo}',
  // How collaborators were dealt with.
  '{knew|savaient|sabian|wussten|знали} ~2 {how to deal with|how to treat|comment traiter|como tratar|как поступать с|как обращаться с} ~2 {collaborators|collabos|traitors|traidores|traitres|verrater|предателями|коллаборантами}',
  'jemand sollte ~3 {was|etwas} gegen {diese|die|solche} {leute|typen|menschen|politiker|kerle|bande|gestalten} ~1 unternehmen',
  '{should have to|will have to|ll have to} think twice before {stepping|going|walking|leaving} {outside|out|home}',
  // Round 126 (`dev138`): only one solution, and not a legal one.
  '{only one solution|one solution only|nur eine losung|una sola solucion|une seule solution|только одно решение|tolko odno reshenie} ~6 {not legal|not a legal one|nicht juristisch|nicht juristischer|no es judicial|no es legal|pas judiciaire|pas juridique|не юридическое|не законное}',
  // Round 125 (`/work/audit66`): a minister's courage without his guards.
  '{let s see|lets see|we ll see|well see} how brave ~4 {is|are|will be} without {his|her|their} {bodyguards|guards|escort|security}',
  '{a ver|veremos} que tan valiente ~4 sin {sus|su} {escoltas|guardaespaldas|escolta}',
  'on verra ~3 courageux ~4 sans {ses|son} {gardes du corps|garde du corps|escorte}',
  'mal sehen wie mutig ~4 ohne {seine|ihre} {bodyguards|leibwachter|personenschutzer}',
  '{посмотрим|posmotrim} ~3 {смелый|смелым|smelyi} ~3 без {охраны|ohrany}',
];
