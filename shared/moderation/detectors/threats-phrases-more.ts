/**
 * Threats in Italian, Portuguese, Polish, Ukrainian and Turkish (`threats-phrases.ts` includes them): the
 * most common forms — `you're dead`, a death wished on the reader, `we'll find you`, `I know where you
 * live`, the Ukrainian first person as the Russian one, Turkish menace — written in round 22, when they
 * were published while their Spanish or Russian twins were rejected; and round 96's `you'll be next` in French, Spanish
 * and German, and a death foretold on a condition.
 */
import type { Meta } from './threats-phrases';

type Entry = readonly [string, Meta];
const m = (kind: Meta['kind'], aim: Meta['aim'] = 'self'): Meta => ({ kind, aim });

/** Days said to be numbered (`tiene los días contados`, `his days are numbered`, `дни сочтены`). */
const NUMBERED =
  '{dias contados|days are numbered|days numbered|jours sont comptes|jours comptes|tage sind gezahlt|дни сочтены|dni sochteny}';

export const MORE_LANGUAGE_THREATS: readonly Entry[] = [
  // Round 117 (`dev122`): a third person's workplace known (`we know her ward`); the harm someone did wished back on
  // another (`Hope the killer's barrister gets exactly what his client gave those little girls`).
  [
    '{we|i} know {her|his} {ward|office|desk|shift|shifts|route|classroom|school|street|car|routine|address}',
    m('whereabouts', 'needs'),
  ],
  ['{hope|hoping|wish|pray} ~6 {gets|get} exactly what ~4 {gave|did to|inflicted on}', m('wish', 'needs')],
  // Round 118 (`dev125`): `Hope Ben-Gvir steps on a mine on his next photo op`.
  [
    '{hope|hoping|wish|pray} ~4 {steps on a mine|step on a mine|gets blown up|get blown up}',
    m('wish', 'needs'),
  ],
  ['{sei|siete} {morto|morta|morti|un uomo morto|una donna morta} .', m('act')],
  [
    '{spero|speriamo} che {tu|voi} ~1 {muoia|muori|crepi|morite|crepiate} {.|presto|male|soffrendo|bruciato|bruciata|ammazzato|ammazzata}',
    m('wish'),
  ],
  ['{ti|vi} {troveremo|trovero|troviamo} {.|e|presto|ovunque|dovunque}', m('act')],
  ['{so|sappiamo} dove {abiti|vivi|lavori|dormi|abitate}', m('whereabouts')],
  ['{estas|tu estas|voce esta|es|voce e} {morto|morta|um homem morto|uma mulher morta} .', m('act')],
  [
    '{espero|tomara|oxala} que ~1 {morras|morra|morram|morres} {.|logo|rapido|queimado|queimada|sozinho|sozinha|em breve}',
    m('wish'),
  ],
  ['{vamos|vou} {te|lhe} {encontrar|achar|apanhar|pegar} {.|e|logo|onde}', m('act')],
  ['{sei|sabemos} onde {moras|mora|vives|vive|trabalhas|trabalha|dormes}', m('whereabouts')],
  ['{jestes|jestescie} {trupem|martwy|martwa|martwi|trupami} .', m('act')],
  ['{obys|zebys|obyscie} {zdechl|zdechla|zdechli|sczezl|sczezla}', m('wish')],
  // Round 32: a death wished on someone else, in Polish, Italian and German (`Oby ten zdrajca zdechł`,
  // `Speriamo che muoia presto, quel traditore`, `Ich hoffe, sein Flugzeug stürzt ab`): the person is in the
  // phrase, so that a law or a share price wished dead is not (`Oby ta ustawa zdechła`).
  [
    '{oby|niech} ~1 {on|ona|oni|ten zdrajca|ci zdrajcy|ta zdrajczyni|ten dran|ten bydlak|ten skurwysyn|ten dyktator|ten prezydent|ten minister|ta ministra|ten dziennikarz|ta dziennikarka} {szybko|wreszcie|w koncu|} {zdechl|zdechla|zdechli|sczezl|sczezla|sczezli}',
    m('wish'),
  ],
  [
    '{spero|speriamo} che {presto|finalmente|} {muoia|crepi|muoiano|crepino} ~3 {quel traditore|quella traditrice|quei traditori|quel bastardo|quella bastarda|quel verme|quell infame|quel criminale|quel dittatore|lui|lei}',
    m('wish'),
  ],
  [
    '{ich hoffe|hoffentlich} ~2 {sein|ihr|deren} {flugzeug|auto|hubschrauber|helikopter|jet|privatjet} {sturzt ab|absturzt|explodiert|verungluckt}',
    m('wish'),
  ],
  // Ending there, or with how and when (`Ich hoffe, er stirbt nicht` is no wish).
  [
    '{ich hoffe|hoffentlich} ~2 {er|sie} {stirbt|verreckt|krepiert|sterben|verrecken|krepieren} {.|bald|endlich|qualvoll|langsam|elend|schnell}',
    m('wish'),
  ],
  // Round 32: veiled menace (a red-team's probes), each ending its sentence: days said to be numbered and the
  // lawful meaning denied (`Milei tiene los días contados. Y no hablo de elecciones.`), an answer that will not
  // be words only, the fate of the last one who dared, the bodyguards left behind.
  [
    `${NUMBERED} ~6 {and i m not|and im not|i m not|im not|y no|no|et je ne|je ne|und ich|ich|и я не|я не|и речь не} {talking about|hablo de|me refiero a|parle pas|meine nicht|rede nicht von|про|о} {elections|the election|the elections|the ballot box|elecciones|las elecciones|las urnas|d elections|des elections|die wahlen|wahlen|выборы|выборах} .`,
    m('menace'),
  ],
  [
    '{и не только словами|y no solo con palabras|y no solo de palabra|et pas seulement avec des mots|und nicht nur mit worten|and not only with words|and not just with words} .',
    m('menace', 'needs'),
  ],
  [
    '{sabe lo que le paso|sabe lo que les paso|knows what happened|weiss was mit|weis was mit|знает что случилось} ~2 {al ultimo|a los ultimos|to the last|dem letzten|den letzten|с последним} ~8 {que lo piense|que se lo piense|think twice|denk dran|подумай|пусть подумает}',
    m('menace'),
  ],
  [
    '{soll|sollte|muss} aufpassen ~8 {ohne personenschutz|ohne bodyguards|ohne leibwachter} ~3 {spaziert|spazieren|unterwegs|joggt|rausgeht|auftaucht}',
    m('menace'),
  ],
  ['{ty|vy} {uzhe|uje} {pokoynik|pokoinik|pokojnik|trup|mertvets|mertvec}', m('act')],
  // Round 32 (a third red-team): death told as the outcome of a condition (`Si Sánchez vuelve a pisar Paiporta
  // no sale vivo`, `il repart dans un sac`, `fährt er im Sarg zurück`, `живым не уйдёт`), and German and
  // Russian acts the lists lacked (`Wir schlitzen dich auf`, `выбью тебе все зубы`, `язык тебе вырву`).
  ['{no sale|no saldra|no saldras|no sales|no vuelve|no volvera} {vivo|viva|con vida}', m('act', 'needs')],
  ['{ne repartira pas|ne sortira pas|ne repart pas} {vivant|vivante}', m('act', 'needs')],
  [
    '{repart|repartira|finira|rentre|rentrera} {dans un sac .|dans un cercueil|entre quatre planches}',
    m('act', 'needs'),
  ],
  [
    '{fahrt|fahrst|kommt|kommst|geht|gehst|fliegt} ~3 im {sarg|leichensack} {zuruck|heim|nach hause}',
    m('act', 'needs'),
  ],
  ['{живым|живой|zhivym|zhivoy} {не уйдет|не уйдёт|не уедет|ne uydet|ne uedet}', m('act', 'needs')],
  [
    '{won t|wont|will not|isn t going to|is not going to} {leave|get out|make it out|go home} alive',
    m('act', 'needs'),
  ],
  ['{go|goes|going|will go|ll go} home in a {body bag|coffin|box}', m('act', 'needs')],
  ['{bist du|bist|seid ihr} {tot|ein toter mann|erledigt} .', m('act')],
  ['{wir|ich} {schlitzen|schlitze} {dich|euch|ihn|sie} auf', m('act')],
  ['{выбью|выбьем|выбьют} {тебе|вам|ему|ей} ~2 {зубы|мозги}', m('act')],
  ['{vybyu|vybyem} {tebe|vam} ~2 {zuby|mozgi}', m('act')],
  ['{язык|yazyk} {тебе|вам|tebe|vam} {вырву|вырвем|vyrvu|vyrvem}', m('act')],
  ['{проломлю|проломим|проломят} {тебе|вам|ему|ей} {череп|башку|голову}', m('act')],
  ['{на куски|na kuski} {порежу|порежем|porezhu|porezhem}', m('act')],
  ['{утопим|утоплю|utopim|utoplyu} ~4 {в реке|в москве реке|в канале|v reke}', m('act', 'needs')],
  ['{znajdziemy|znajde|dorwiemy|dorwe} {cie|was|ciebie} {.|i|wkrotce|predzej|gdziekolwiek}', m('act')],
  ['{wiem|wiemy} gdzie {mieszkasz|mieszkacie|pracujesz|spisz}', m('whereabouts')],
  ['{ти|ви} {труп|трупи|мрець|покійник} .', m('act')],
  ['{ти|ви} {вже|уже} {труп|трупи|мрець|покійник|покійниця|покійники|мертвий|мертва|мертві}', m('act')],
  ['{розплата|відплата} {буде|настане|прийде} ~1 {особисто|скоро|для тебе|для вас}', m('act')],
  ['{щоб|хай} {ти|ви} {здох|здохла|здохли|здохнеш|здохнули|помер|померла|вмер|вмерла}', m('wish')],
  ['{знайдемо|знайду|дістанемо|дістану} {тебе|вас} {.|і|скоро|всюди}', m('act')],
  // The Ukrainian first person, as the Russian above (`приб'ю тебе`, `тебе заріжу`; the apostrophe
  // splits `приб'ю` into two words).
  [
    '{вб ю|вбю|приб ю|прибю|заріжу|поріжу|закопаю|порішу|придушу|задушу|спалю|пристрелю|застрелю} {тебе|вас}',
    m('act'),
  ],
  [
    '{я|ми} {тебе|вас} ~2 {вб ю|вбю|приб ю|прибю|заріжу|поріжу|закопаю|порішу|придушу|задушу|спалю|пристрелю|застрелю|вб ємо|приб ємо|закопаємо}',
    m('act'),
  ],
  ['{тобі|вам} ~2 {відріжу|відірву|переламаю|зламаю|проламаю|виколю}', m('act')],
  ['{знаю|знаємо} де {ти|ви} {живеш|живете|працюєш|працюєте|спиш}', m('whereabouts')],
  ['{sen|siz} {olusun|olusunuz|bir olusun} .', m('act')],
  ['umarim ~1 {gebersin|gebersen|olursun|olursunuz|gebersiniz}', m('wish')],
  // Turkish menace: `watch your back`, `we will call you to account`.
  ['{arkani|arkanizi|arkasini} {kolla|kollayin|kollasin|kollasinlar}', m('menace')],
  ['{hesabini|hesabinizi|hesabi} {bizzat|tek tek|} {soracagiz|soracagim|sorariz}', m('act')],
  ['{seni|sizi} {bulacagiz|bulacagim|bulurum|buluruz} {.|ve|yakinda}', m('act')],
  [
    '{nerede|nerde} {oturdugunu|yasadigini|calistigini|oturdugunuzu|yasadiginizi} {biliyorum|biliyoruz}',
    m('whereabouts'),
  ],
  // Round 29 (a red-team's probes): Italian and Polish with a comma or a name after them.
  ['{sei|siete} {morto|morta|morti} ~1 {capito|capisci|chiaro}', m('act')],
  ['{znajdziemy|znajde|dorwiemy|dorwe} {cie|was|ciebie} $target', m('act')],
  // Dutch, Swedish, Hungarian and Arabic: killing announced, whereabouts, `you are dead`.
  ['{ik|wij|we} {maak|maken} {je|jou|u} {af|dood|kapot}', m('act')],
  ['{ik|wij|we} {vermoord|vermoorden|schiet|schieten|steek} {je|jou|u} {.|dood|neer|overhoop|af}', m('act')],
  ['{ik|wij|we} {ga|gaan} {je|jou|u} {vermoorden|afmaken|doodmaken|neerschieten|neersteken}', m('act')],
  ['{ik|wij|we} {weet|weten} waar {je|jij|u} {woont|werkt|slaapt|woon}', m('whereabouts')],
  ['{je|jij|u} bent {dood|er geweest|de volgende} .', m('act')],
  ['{jag|vi} ska {doda|morda|skjuta|hitta|knivhugga} {dig|er}', m('act')],
  ['{jag|vi} {dodar|mordar|skjuter} {dig|er}', m('act')],
  ['{jag|vi} vet var {du|ni} {bor|jobbar|arbetar|sover}', m('whereabouts')],
  ['{du|ni} ar {dod|dods|doda} .', m('act')],
  ['{megollek|megolunk|kinyirlak|kinyirunk|lelolek|lelovunk|szetverlek|megfojtalak}', m('act')],
  ['{tudom|tudjuk} hol {laksz|laktok|dolgozol|dolgoztok|alszol}', m('whereabouts')],
  ['{meg fogsz halni|halott vagy|halott ember vagy}', m('act')],
  ['{سأقتلك|ساقتلك|سنقتلك|سأذبحك|ساذبحك|سنذبحك|سنقتلكم|سنذبحكم}', m('act')],
  ['{نعرف|أعرف|اعرف|نعلم} {أين|اين} {تسكن|تعيش|تعمل|تسكنين|تعملين}', m('whereabouts')],
  // They will come for you (stop 47), said as a threat on its own: at the end of its sentence or before `wait`
  // (not `vendrán a por ti los inspectores`, `за тобой приедут в восемь`).
  [
    '{vendran|vienen|iran|vendremos|iremos} a por {ti|vosotros} {.|espera|esperad|ya veras|ya vereis}',
    m('act'),
  ],
  ['за {тобой|вами} {придут|придем|придём} {.|жди|ждите}', m('act')],
  ['{придут|придем|придём} за {тобой|вами} {.|жди|ждите}', m('act')],
  ['za {toboy|vami} {pridut|pridem} {.|zhdi|zhdite}', m('act')],
  // Round 33 (a red-team of meaning): a person who will not get home, said after a condition (`If the verdict
  // goes the wrong way, the judge won't be going home`), at the end of its sentence.
  [
    '{judge|journalist|author|minister|reporter|prosecutor|mayor|you|ya} {won t|wont|will not} {be going|make it|be making it} home .',
    m('act', 'needs'),
  ],
  ['{no piense|ni piense|que no piense} en volver a casa', m('act', 'needs')],
  // The Wagner chief's plane wished on someone (`I hope the minister's plane has the same luck as the Wagner
  // boss's did`); not a fate someone is hoped to avoid.
  [
    '{hope|hoping|wish|ojala|espero|j espere|hoffe|надеюсь|nadeyus} ~8 {has|have|gets|get|meets|meet|suffers|suffer|tenga|tengan|corra|corran|sufra|ait|connaisse|hat|ждет|ждёт|постигнет} {the same|la misma|el mismo|la meme|le meme|das gleiche|dasselbe|та же|ту же|такая же} {luck|fate|suerte|destino|chance|sort|gluck|schicksal|удача|удачу|участь|судьба|судьбу} ~8 {wagner|prigozhin|вагнер*|пригожин*}',
    m('wish'),
  ],
  // The same in Russian before the quoted name (a quotation is a mention): `та же удача, что и самолёт`.
  [
    '{надеюсь|nadeyus} ~8 {ждет|ждёт|постигнет} {та же|ту же} {удача|удачу|участь|судьба|судьбу} ~3 {что и|как} {самолет|самолёт}',
    m('wish'),
  ],
  // Sarcasm about a person's brakes (`I'm sure the journalist's brakes are in perfect working order`).
  [
    '{sure|seguro|segura|sur|sicher} ~4 {his|her|your|their|journalist s|author s|reporter s|minister s|judge s|editor s} {brakes|car s brakes}',
    m('menace'),
  ],
  [
    '{uveren|уверен|уверена} ~2 {tormoza|тормоза} {u|у} {mashiny|машины|avto|авто} {etogo|этого|etoy|этой|tvoey|твоей|vashey|вашей}',
    m('menace'),
  ],
  // `Take care of him` closing a sentence, after a child is named (`Khoroshii malchik. Beregite ego.`); not
  // `берегите себя`, nor `берегите его, этот памятник`.
  ['{берегите|beregite|береги|beregi} {его|её|ее|ego|eyo|ee|ikh|их} .', m('menace', 'needs')],
  // How long the writer will go on writing (`On verra combien de temps vous écrirez encore`).
  ['{see|let s see|we ll see} how long you ~3 {write|writing|keep writing|hold a pen}', m('menace')],
  ['on verra combien de temps {vous|tu} ~2 {ecrirez|ecriras|ecrire|pourrez ecrire}', m('menace')],
  ['посмотрим сколько ~3 {сможете|сможешь|будете|будешь} ~2 {писать|держать ручку}', m('menace')],
  ['{ya vera|ya veras|ya veran|ya vereis} lo que {le|te|les|os} {pasa|pasara|va a pasar}', m('menace')],
  [
    '{du wirst|sie werden|ihr werdet} {schon|} sehen was {dir|ihnen|euch} {passiert|blüht|bluht}',
    m('menace'),
  ],
  // Round 34 (a red-team of meaning, `/work/audit19`): the world said to be better if the reader stopped breathing.
  ['better ~3 if you ~2 {stopped|stop|quit|would stop} breathing', m('wish')],
  ['mejor ~4 si ~1 {dejaras|dejases|dejas} de respirar', m('wish')],
  ['mieux ~4 si tu ~1 {arretais|arretes|arreterais} de respirer', m('wish')],
  ['besser ~4 wenn du ~2 {aufhoren wurdest|aufhorst|aufhortest} zu atmen', m('wish')],
  ['лучше ~4 если бы ты ~1 {перестал|перестала} дышать', m('wish')],
  ['luchshe ~4 esli by ty ~1 {perestal|perestala} dyshat', m('wish')],
  // A killing foretold of someone named (`Рано или поздно кто-нибудь пристрелит этого Кравеца`); not `sooner or
  // later someone will get killed at this crossing`, which names no one to kill.
  [
    '{sooner or later|one of these days} {someone|somebody} {will|is going to|s going to|ll} {shoot|kill|stab|knife|gun down|finish off|put a bullet in}',
    m('act', 'needs'),
  ],
  [
    'рано или поздно {кто нибудь|кто то} {пристрелит|убьет|прикончит|застрелит|зарежет|грохнет}',
    m('act', 'needs'),
  ],
  [
    'rano ili pozdno {kto nibud|kto to} {pristrelit|ubjet|ubet|prikonchit|zastrelit|zarezhet|grohnet}',
    m('act', 'needs'),
  ],
  ['tarde o temprano alguien {lo|la|le} {matara|va a matar|pegara un tiro|liquidara}', m('act', 'needs')],
  ['tot ou tard quelqu un {va|finira par} ~1 {le|la} {tuer|descendre|abattre|buter}', m('act', 'needs')],
  [
    'fruher oder spater {wird|erschiesst|ersticht} ~1 jemand ~4 {erschiessen|umbringen|abknallen|abstechen}',
    m('act', 'needs'),
  ],
  // A named person wished what was done to an assassinated one (`Someone should do to the prime minister what was
  // done to the archduke`): an allusion, held.
  [
    'do to ~4 what {was done|they did|happened|someone did} to {the archduke|franz ferdinand|kennedy|jfk|lincoln|caesar|rabin|ceausescu|gaddafi|mussolini}',
    m('ambiguous'),
  ],
  // The speaker alone with someone, who is never heard from again (`Give me five minutes alone with that ambassador
  // and nobody would ever hear from him again`): said as a conditional, not `nobody heard from him again`.
  ['{nobody|no one|noone} would ~1 {hear from|see} {him|her|them} again', m('ambiguous', 'needs')],
  // Round 35 (a red-team of threats and calls, `/work/audit20`): a possession of the reader set on fire if they
  // publish again (`Vuelve a publicar esa foto y tu coche amanece ardiendo`); not `encore une fois, la forêt brûle`.
  ['{еще раз|снова|опять} ~6 {твоя|твой|твое|твои|ваша|ваш} ~3 {сгорит|сгорят|сгорела|сгорел}', m('act')],
  [
    '{eshche raz|esche raz|eshe raz|snova|opyat} ~6 {tvoya|tvoy|tvoe|tvoi|vasha|vash} ~3 {sgorit|sgoryat}',
    m('act'),
  ],
  [
    '{vuelve a|vuelves a|otra vez} ~6 {tu|tus} ~3 {ardiendo|ardera|arderan|en llamas|quemado|quemada}',
    m('act'),
  ],
  [
    '{encore|a nouveau|de nouveau} ~6 {ta|ton|tes} ~3 {finit en cendres|finira en cendres|brule|brulera|part en fumee|flambe}',
    m('act'),
  ],
  ['{nochmal|noch einmal|wieder} ~6 {dein|deine|deinen} ~3 {brennt|brennen|abgefackelt}', m('act')],
  // A day of reckoning closing a sentence (`Запомните фамилии всех депутатов … День придёт.`), the street
  // `not with placards` this time (closing its sentence: not `not with placards but with ballots`), and `как в 37-м
  // надо`: calls held for a moderator.
  [
    '{день придет|den pridet|llegara el dia|the day will come|le jour viendra|der tag wird kommen} .',
    m('ambiguous'),
  ],
  [
    '{не с плакатами|ne s plakatami|not with placards|not with signs|no con pancartas|pas avec des pancartes|nicht mit plakaten} .',
    m('ambiguous'),
  ],
  ['{как в 37|kak v 37} ~2 {надо|nado|нужно|nuzhno}', m('ambiguous')],
  // Round 36 (`/work/audit21`, harmful sentences of long comments, missed even alone): waiting for someone with
  // weapons, a named person's limbs broken, a death in agony wished.
  // Drowning wished on the reader (not `I hope you drown out the trolls`).
  ['{hope|hoping|wish|pray} {you|u} drown {.|first|slowly|too|and|like|with}', m('wish')],
  [
    '{waiting|wait} for {him|her|them|you} with {a knife|knives|a bat|bats|iron bars|a gun|guns|crowbars|a crowbar}',
    m('act'),
  ],
  [
    '{l|les|vous|te} {attendre|attendra|attendrons|attendent|attend} avec {des barres de fer|une barre de fer|des battes|une batte|un couteau|des couteaux}',
    m('act'),
  ],
  [
    '{сломаем|переломаем|сломаю|переломаю|slomaem|perelomaem|slomayu|perelomayu} {ему|ей|им|тебе|вам|emu|ey|im|tebe|vam} {руки|ноги|шею|кости|хребет|ruki|nogi|sheyu|kosti}',
    m('act'),
  ],
  [
    '{le|les} {voy|vamos} a romper {la cara|las piernas|los dientes|la crisma|el cuello|la boca}',
    m('act', 'needs'),
  ],
  ['{сдох|сдохла|сдохли|сдохнет|подох|подохли|sdokh|sdoh|sdokhla|sdokhli} в {муках|мучениях}', m('wish')],
  ['{sdokh|sdoh|sdokhla|sdokhli} v {mukakh|mukah|mucheniyakh}', m('wish')],
  // Round 51 (a red-team of long comments): found at the reader's door, a newsroom's or a family's place known.
  ['{откроешь|откроете} дверь ~3 {я стою|стою я|там я|а там я}', m('menace')],
  // Advice to look behind oneself, from someone who says they remember faces.
  ['a ta place ~2 {regarderais|surveillerais} derriere {moi|toi}', m('menace')],
  ['an deiner stelle ~9 {umdrehen|umschauen|umsehen}', m('menace')],
  [
    'на твоем месте ~4 {оглядывался|оглядывалась} ~2 {по дороге|по сторонам|на улице|вечером|домой}',
    m('menace'),
  ],
  [
    '{wissen|weis|weiss} ~1 wo {ihre|deine|eure|seine} {redaktion|wohnung|familie}',
    m('whereabouts', 'needs'),
  ],
  // Round 83 (`/work/audit46`): the rope brought for a named person, a death promised before a date, a fire announced at
  // a place with its fuel ready.
  [
    '{веревку|верёвку|verevku} ~2 {я принесу|принесу|уже купили|купили|купил|ya prinesu|prinesu|uzhe kupili|kupili}',
    m('act', 'needs'),
  ],
  ['{c est moi qui|je} {tirerai|tirerais|tire} la corde', m('act', 'needs')],
  ['no {llega|llegara|llegaras|llegas|llegan} {viva|vivo|vivos|vivas} {a|al|hasta}', m('act', 'needs')],
  ['{brennt|brennen|brennt es} heute nacht', m('act', 'needs')],
  ['{benzin|brandbeschleuniger} {steht|stehen|ist} {schon|} bereit', m('act', 'needs')],
  // Round 96: `you'll be next` in French, Spanish and German, ended there or by `on the list` (`vous serez
  // le prochain à parler` is a running order).
  ['{vous serez|tu seras|vous etes} {le|la} {prochain|prochaine} {.|sur la liste}', m('menace')],
  ['{seras|sera usted|eres} {el|la} {proximo|proxima} {.|en la lista}', m('menace')],
  ['{du bist|du wirst|sie sind|sie werden} {der|die} {nachste|nachster} {.|auf der liste|sein}', m('menace')],
  // A death foretold, on a condition, of a person named nearby (`Wenn Richter Baumgart das Urteil spricht, ist
  // er ein toter Mann`), ending the sentence; without the condition or with more after it, it is politics' idiom
  // (`Johnson is a dead man walking`).
  [
    '{if|wenn|si} ~8 {is|s|ist|est|es|sera|wird} ~1 {a dead man|a dead woman|ein toter mann|eine tote frau|un homme mort|une femme morte|hombre muerto|un hombre muerto|una mujer muerta} .',
    m('menace', 'needs'),
  ],
];
