/**
 * Threats of round 25 (`threats-phrases.ts` includes them): harm promised by its outcome rather than its
 * weapon, and the person addressed shown that they are watched. Written from the tuning batches `dev77`–
 * `dev80` and probes with civil twins (tests/moderation/detectors/threats.test.ts): the sentences a long,
 * otherwise reasonable comment hides, which the classifier rejects standing alone but not among the words
 * around them.
 *
 * - The outcome: `you'll need a surgeon`, `starting with your kneecaps`, `you'll go home in a body bag`,
 *   `уедешь оттуда в мешке`, the car that burns with its owner, `you will swing from`, `I'd run you over`.
 * - Watched: which café or bar the person addressed sits in, whom they take to school, the door the speaker
 *   will stand at, someone waiting outside, `ходи и оглядывайся`, `que se cuide`, `niech uważa na siebie`.
 * Each names its target (`you`, `your`) or, marked `needs`, wants a person named in its sentence; reported,
 * quoted and negated ones are left alone by `threats.ts`, as for every threat phrase.
 */
import type { Meta } from './threats-phrases';
import { act, menace, watched, wish, type Entry } from './threats-meta';

/** The speaker announcing (`I'll`, `you'll`): the forms the tokenizer leaves of an apostrophe, and without one. */
const YOU_WILL =
  '{you ll|youll|you will|u ll|ull|u will|you d|youd|you would|you re going to|youre gonna|you re gonna}';
const I_WILL = '{i ll|ill|i will|we ll|we will|i d|id|i would|we d|we would}';

/** The dare in six languages (round 53). */
const DARES: ReadonlyArray<readonly [string, Meta['aim']]> = [
  [
    '{let s see|lets see|we ll see|well see} {if|how|whether} {you|u} ~2 {so|as|this|that|still} {brave|tough|cocky|big|mouthy|loud|smart} {when|once|after}',
    'self',
  ],
  [
    'vediamo se {sei|fai} ~1 {cosi|tanto} {coraggioso|coraggiosa|spavaldo|spavalda|duro|dura|sbruffone|sbruffona} {anche|} quando',
    'self',
  ],
  [
    '{a ver|vamos a ver} si {eres|sigues|sigues siendo} tan {valiente|gallito|chulo|chula|duro|dura|bocazas} cuando',
    'self',
  ],
  [
    'on {verra|va voir} si tu {fais|es} {toujours|encore|aussi|} {le malin|la maline|courageux|courageuse|fier|fiere|malin|maligne} quand',
    'self',
  ],
  ['mal sehen ob du ~2 noch so {grosse|grose} {tone|toene} spuckst', 'self'],
  ['mal sehen ob {er|sie} ~2 noch so {grosse|grose} {tone|toene} spuckt', 'needs'],
  [
    'посмотрим ~3 {такой|такая|таким|такой же} {смелый|смелая|смелым|храбрый|храбрая|храбрым|дерзкий|дерзкая} когда',
    'self',
  ],
];

export const WATCHED_THREATS: readonly Entry[] = [
  // Coming for the family, not for `your title` (`threats-phrases.ts` has `coming for you`).
  [
    '{we|i|ll|well|were|im|we re|i m} ~2 {come|coming} for {$your} {family|kids|children|house|home|head|life|wife|husband|daughter|son|parents}',
    act(),
  ],
  // The outcome of the harm, not its weapon.
  [`${YOU_WILL} need {a surgeon|a dentist|a wheelchair|a coffin|an ambulance|new teeth|a new face}`, act()],
  ['{starting|starts|start|beginning|begins} with {$your} {kneecaps|knees|teeth|fingers|legs}', act()],
  [`${YOU_WILL} {go|leave|come|fly|get sent|be sent} {home|back|out} in a {body bag|bag|box|coffin}`, act()],
  [
    '{уедешь|уедете|поедешь|поедете|вернешься|вернетесь|уйдешь|уйдете|вынесут} ~2 в {мешке|мешках|гробу|пакете}',
    act(),
  ],
  ['{uedesh|poedesh|vernesh|vernyoshsya|ujdesh} ~2 v {meshke|grobu|pakete}', act()],
  [
    '{burn|burns|blow up|blows up|explode|explodes|go up} ~3 with {you|u} {inside|in it|still inside|.}',
    act(),
  ],
  ['{сгорит|сгорят|взорвется|взлетит} ~3 {вместе с тобой|с тобой|вместе с вами|с вами}', act()],
  ['{машина|тачка|квартира|дача|хата} {твоя|ваша} {сгорит|взорвется}', menace()],
  ['{твоя|ваша} {машина|тачка|квартира|дача|хата} {сгорит|взорвется}', menace()],
  ['{you|u} ~2 {will|ll|gonna|are going to|re going to} swing from', act()],
  ['{$your} days r numbered', menace()],
  ['{shld|shud|shoud|sould} {hang|be hanged|be shot|get shot|die}', act('needs')],
  [`${I_WILL} ~1 {run|drive} {you|u|him|her|them} over`, act()],
  ['{shld|shud|shoud|should} hang {in|from} {the|a} ~1 {square|lamppost|lamp post|tree|crane|bridge}', act()],
  [
    '{ojala|espero que} ~3 te {trague|traguen|coma|coman|atropelle|atropellen|pille|pillen}',
    { kind: 'wish', aim: 'self' },
  ],
  ['te {tiro|tiramos|empujo|empujamos} ~3 {del muelle|al mar|al rio|por la ventana|por el balcon}', act()],
  ['{найдется|знайдеться|найдеться} ~2 {своя|твоя|ваша} {пуля|куля}', act()],
  ['like {you|u|him|her} ~4 {have|has|had|get|gets|meet with} {an accident|accidents}', menace()],
  [
    '{gets|get|will get|ll get|might get|could get} a {package|parcel|present|surprise} at {home|the door|his door|her door}',
    menace('needs'),
  ],
  // Watched: the café, the school run, the door, someone outside.
  [
    '{i|we} know {which|what|the} {cafe|bar|pub|restaurant|coffee shop|bakery|church|mosque} {you|u}',
    watched(),
  ],
  [
    '{i|we} know {which|what} {cafe|bar|pub|restaurant|coffee shop} {he|she} {goes|drinks|eats|has}',
    watched('needs'),
  ],
  [
    '{se|sabemos|sabe|conozco|conocemos} {en que|que|cual es} ~1 {bar|cafe|cafeteria|gimnasio|colegio|restaurante} ~3 {desayunas|vas|entrenas|comes|tomas|desayuna|va}',
    watched(),
  ],
  [
    '{se|sabemos} que {llevas|dejas|recoges|acompanas} a {tu|tus} {hija|hijo|hijos|hijas|mujer|marido|nietos|nieta|nieto}',
    watched(),
  ],
  [
    '{sei|sabemos|sabe|sabem} {em que|qual|que} ~1 {cafe|bar|restaurante|academia|escola|ginasio|padaria} ~3 {toma|tomas|voce|vc|ele|ela|vai|vais|treina|almoca}',
    watched(),
  ],
  [
    '{conosciamo|conosco|sappiamo|so} ~2 {il tuo|la tua} {bar|negozio|locale|ufficio|palestra|scuola|indirizzo|portone}',
    watched(),
  ],
  [
    '{wir wissen|ich weiss|ich weis|wir kennen|ich kenne} ~2 {in welchem|in welcher|welches|welchen|welche} {cafe|kneipe|bar|restaurant|fitnessstudio|schule|kita} {du|ihr}',
    watched(),
  ],
  ['адрес {твоей|твоего|твой|вашей|вашего|ваш} ~1 {известен|знаем|знаю|нашли}', watched()],
  ['{твой|ваш} подъезд ~2 {известен|тоже|знаем|знаю}', watched()],
  ['{stehen|steh|stehe} ~2 {wir|ich} ~2 vor {deiner|eurer|ihrer} {tur|haustur|wohnung|redaktion}', watched()],
  [`${I_WILL} be {at|outside} {$your} {door|house|home|office|work|flat}`, watched()],
  [
    '{someone|somebody|we|they|people} ~2 {will be|ll be|is|are|re} waiting for {you|u} {outside|downstairs|after work|at home|.}',
    menace(),
  ],
  ['{qualcuno ti|ti} {aspetta|aspettiamo|aspetteremo|aspettano} {fuori|sotto casa|all uscita}', menace()],
  [
    'te {esperamos|esperaremos|estaremos esperando|espera|esperan} {fuera|abajo|en la puerta|en tu portal|a la salida}',
    menace(),
  ],
  // Warned to watch oneself: `ходи и оглядывайся`, `que se cuide`, `niech uważa na siebie`.
  ['{ходи|ходите} ~2 {оглядывайся|оглядывайтесь}', menace()],
  ['{теперь|отныне} {оглядывайся|оглядывайтесь}', menace()],
  ['{look|looking} over {$your} shoulder {from now on|for the rest|every day|every night|.}', menace()],
  ['{i d|id|i would} watch my {step|back} ~4 if i {were|was} {him|her|them}', menace()],
  // Plural (`que se cuiden`, a group warned) is held (`threats-precedents.ts`, round 122).
  ['que se cuide', menace()],
  ['niech {uwaza|uwazaja} na siebie', menace()],
  ['{vc|voce|tu} {ta|esta|estas} {marcado|marcada|jurado|jurada}', menace()],
  // Round 26 (`dev82`, long comments): the death wished on whoever wrote, the bullet someone should get, the
  // home that burns next with the family inside, the time left, the skin to pay with.
  [
    '{hope|wish|pray} {the person|whoever|the guy|the man|the woman|the author|the writer|the journalist|the reporter|the clown|the idiot|the moron} ~5 {dies|burns|chokes|rots|suffers} {slowly|painfully|in a fire|in agony|.}',
    { kind: 'wish', aim: 'self' },
  ],
  ['{should|deserves to|needs to|ought to|shud} get a bullet', act('needs')],
  [
    '{$your} {house|home|flat|street|family} next ~1 with {$your} {kids|children|family|wife|husband} inside',
    menace(),
  ],
  ['enjoy {the time|the days|what time} {you|u} {have|ve got|got} left {.|while you can}', menace()],
  [
    '{j espere|jespere|je souhaite|pourvu} {que|qu} ~6 {crevera|creve|crevent|creveront|meure|meurent|mourra|mourront|brulera|cramera}',
    { kind: 'wish', aim: 'needs' },
  ],
  [
    'живым {домой|} ~2 {не доедете|не доедешь|можете не доехать|можешь не доехать|не вернетесь|не вернешься|не уйдете|не уйдешь}',
    menace(),
  ],
  ['{pays|pay|paying} with {his|her|their|$your} own skin', act('needs')],
  // Round 39: someone announced to visit the person addressed (`Someone will pay you a visit soon, Okafor`,
  // `Alguien te va a hacer una visita, Lucía`); not the speaker's own (`I'll pay you a visit in Berlin`).
  [
    '{someone|somebody|people|they} {will|ll|is going to|s going to|are going to|re going to|gonna|might} pay {you|u|ya} ~2 {a visit|a little visit|a lil visit}',
    act(),
  ],
  ['{alguien|algunos|unos} te {va a|van a} hacer una {visita|visitita}', act()],
  ['{quelqu un|des gens|certains} {va|vont} te rendre {visite|une visite|une petite visite}', act()],
  ['jemand wird dir ~2 einen besuch abstatten', act()],
  // Round 41 (`/work/audit25`): death wishes said of a named person in French, German and Russian; a bullet offered.
  ['{qu il|qu elle|qu ils} {creve|crevent|clamse}', wish('needs')],
  ['{moge|soll|moge er|soll er} ~4 {krepieren|verrecken}', wish('needs')],
  ['{надеюсь|hope} ~3 {сдохнет|подохнет|издохнет}', wish('needs')],
  ['{quelqu un|on} devrait {mettre|loger} une balle {a|dans}', wish('needs')],
  ['{kriegt|bekommt} von mir {eine kugel|eins in den kopf|eine ladung}', act('needs')],
  // Petrol brought to the newsroom.
  [
    '{redaction|redaktion|редакцию|редакции|newsroom|redaccion|office|offices} ~8 {jerrican|kanister|канистрой|bidon|can|lata} ~3 {essence|benzin|бензина|gasolina|petrol|gasoline}',
    act(),
  ],
  [
    '{jerrican|kanister|канистрой|bidon|can|lata} ~3 {essence|benzin|бензина|gasolina|petrol|gasoline} ~8 {redaction|redaktion|редакцию|редакции|newsroom|redaccion|office|offices}',
    act(),
  ],
  // People like the reader end up dead, in French and Russian.
  [
    '{les gens|des gens|les types|les mecs} comme {toi|vous} ~2 {finissent|terminent} {dans la seine|dans le fleuve|dans la riviere|dans le canal|dans un fosse|dans un sac|dans le coffre|dans le caniveau|dans les bois|au cimetiere|au fond|a la morgue|sous terre|six pieds sous terre|entre quatre planches|mal}',
    menace(),
  ],
  ['{такие|таких} ~2 как {ты|вы} ~3 {падают|выпадают|вываливаются} из {окон|окна}', menace()],
  ['takie ~2 kak {ty|vy} ~3 {padayut|vypadayut} iz {okon|okna}', menace()],
  // Acts in slang or the present tense (`el sábado te reviento a golpes`, `je brûle ta voiture avec toi dedans`).
  ['te {reviento|revientan|revienten|revientas}', act()],
  ['te paso por encima con', act()],
  ['{je|on|j} {brule|crame|cramerai|brulerai} ta {voiture|maison|bagnole|caisse}', act()],
  // The reader's fate as the ultimatum's other branch; days to count; a wheelchair promised.
  ['{is gone|goes|disappears} or {you are|you re|youre|you do|you will be}', act()],
  ['{будешь|budesh} ~3 {в инвалидном кресле|v invalidnom kresle|в коляске|v kolyaske}', act()],
  ['{считай|считайте|schitai|schitaj} {свои|svoi} дни', menace()],
  ['{schitai|schitaj|schitaite} svoi dni', menace()],
  // Round 53 (the tuning batches): a German wish whose harm comes ten words on, an address held, a workplace found.
  [
    '{wunsche|wunsch|wunschen} {dir|euch} ~2 dass {du|ihr} ~10 {trittst|stirbst|verreckst|krepierst|draufgehst|abkratzt|umkommst|verbrennst|ertrinkst|ersaufst}',
    wish(),
  ],
  [
    '{adresse|anschrift|wohnadresse} {von|vom|von dem|von der|von diesem|von dieser} {schmierfink|schmierfinken|schreiberling|journalisten|journalistin|autor|autorin|redakteur|redakteurin|typen|kerl|tussi|hetzer|lugner|lugnerin|verrater|verraterin} {hab ich|habe ich|haben wir}',
    watched(),
  ],
  [
    '{rausgefunden|herausgefunden|weiss|kenne} ~2 {in welcher|in welchem|bei welcher|bei welchem} ~2 {du|ihr} {arbeitest|wohnst|arbeitet|wohnt|trainierst}',
    watched(),
  ],
  // Round 63 (`/work/audit33`): threats asked as questions, a life as the price, a bounty, advice about one's movements.
  ['{do you have|have you got|got} ~2 life insurance @', menace()],
  ['{tu as|t as|vous avez} une bonne assurance vie @', menace()],
  ['{tienes|tenes} ~1 seguro de vida @', menace()],
  ['hast du ~2 lebensversicherung @', menace()],
  ['у тебя есть страховка ~2 @', menace()],
  ['how fast can {you|u} run {@|.}', menace()],
  ['ever wondered what it feels like to be {stabbed|shot|beaten|burned}', menace()],
  ['{pay|pays} for {this|it|that} with {his|her|their} life', act('needs')],
  ['pay for {this|it|that} with your life', act()],
  ['{заплатишь|заплатите} ~1 жизнью', act()],
  ['{заплатит|заплатят} ~1 жизнью', act('needs')],
  ['{zaplatish|zaplatite} ~1 zhiznyu', act()],
  [
    '{thousand|hundred|grand|quid|pounds|dollars|euros|bucks} ~2 to whoever {breaks|kills|shoots|hurts|beats|stabs}',
    act('needs'),
  ],
  ['whoever finds ~4 first ~2 make it hurt', act('needs')],
  ['{надо бы|надо|нужно|стоило бы} {пристрелить|застрелить|прибить|грохнуть|зарезать}', act('needs')],
  ['{nado by|nado|nuzhno} {pristrelit|zastrelit|pribit|grohnut|zarezat}', act('needs')],
  [
    '{advice|tip} ~4 {stop|quit} {going out|walking home|walking|using|taking|letting} ~6 {after dark|at night|alone|home alone}',
    menace('needs'),
  ],
  ['{i d|id|i would} stop going out after dark', menace('needs')],
  // Round 72 (`/work/audit33`): silence promised to the writer, and the advice to look over one's shoulder.
  ...[
    '{you ll|youll|you will|you re going to|youre gonna|u ll} never {write|publish|post} {anything|again|another}',
    '{you won t|you wont|you will not} {write|publish|post} anything {again|else|more|ever again}',
    'no vas a {llegar a|} {publicar|escribir} nada mas',
    'no {volveras|vas a volver} a {escribir|publicar}',
    'tu n {ecriras|publieras} plus {rien|jamais|une ligne}',
    'du wirst {nie wieder|nie mehr|nichts mehr} ~1 {schreiben|veroffentlichen}',
    '{ты|вы} больше {ничего|ни строчки} не {напишешь|напишете|опубликуешь}',
    '{ty|vy} bolshe {nichego|ni strochki} ne {napishesh|napishete}',
  ].map((form): Entry => [form, menace()]),
  ...[
    '{на твоём месте|на твоем месте|на вашем месте} я бы {почаще|чаще} {оглядывался|оглядывалась|оборачивался}',
    'na {tvoyom|tvoem|vashem} meste ya by {pochashche|chashche} {oglyadyvalsya|oglyadyvalas|oborachivalsya}',
    'a ta place je {regarderais|surveillerais} ~1 derriere moi',
    'en tu lugar {miraria|vigilaria} ~2 {la espalda|por encima del hombro|detras}',
    'an deiner stelle {wurde|wurd} ich mich ~2 {umdrehen|umsehen|umschauen}',
    '{if i were you|in your place|in your shoes} {i d|id|i would} ~2 {look over my shoulder|watch my back|check behind me}',
  ].map((form): Entry => [form, watched()]),
  // Round 74 (`dev89`): `we know how to find you`.
  ...[
    '{we|i} {know|knew} how to find {you|u}',
    'sabemos {como|donde} encontrarte',
    'on sait {comment|ou} te trouver',
    'wir wissen ~1 wie wir dich finden',
    'мы знаем как тебя найти',
    'my znaem kak tebya nayti',
  ].map((form): Entry => [form, watched()]),
  // The dare (`let's see if you're this brave when …`, `mal sehen, ob er dann noch so große Töne spuckt`): a closer,
  // which counts beside another threat or a whereabouts.
  ...DARES.map(([form, aim]): Entry => [form, { kind: 'closer', aim }]),
];
