/**
 * More cue words for threats and calls to violence (see `cue-lexicon.ts`): how abusers announce harm in
 * the first person, wish it on someone, or call on others, and the fixed menaces that need nothing else.
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const violenceCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  // Object pronouns of the second person the base list lacks (`ci`, `ti`, enclitic `-te` forms).
  ...cue('you', 'ci|cie|ti|te|tebya|tebe|tobie|dich|dir|ur'),
  // Harm done to the one addressed, in one word (`matarte`, `ucciderti`, `te tuer`).
  ...cue(
    'harm',
    'matarte|colgarte|romperte|partirte|pegarte|reventarte|quemarte|ahorcarte|enterrarte',
    'ammazzarti|ucciderti|spaccarti|sparararti|impiccarti',
    'brechen|knochen|knallt|abknallen|abknallt|absturzt|absturzen|crash|crashes|goes down|lands on|s ecrase|ecrase|разобьется|разобьешься|rozbije',
    'aplastar|estrellar|estrelle|schiessen|schiesst|stechen|zustechen|treten',
  ),
  // First-person present used as a promise (`ti spacco`, `połamię`, `vou te`).
  ...cue(
    'intent',
    'vou|vamos|spacco|ammazzo|uccido|polamie|polamiemy|dorwe|zobaczysz|zhdi|жди|ждите|warte|wait|attends|espera|aspetta|czekaj|bekle|gotovsya|готовься|pridut|придут',
  ),
  ...cue(
    'know',
    'not hard to find|wasn t hard to find|easy to find|easy to track|no fue dificil encontrar|pas difficile a trouver|nicht schwer zu finden|несложно найти|не сложно найти|nietrudno znalezc',
  ),
  ...cue('know', 'achar|achamos|becco|dorwe|dorwiemy|gym|erwische|erwischen|kriegen|kriege'),
  ...cue('where', 'gym|redazione|redakcja|redakcji|redaktion|redaccion|redaction|tiefgarage|parking|garage'),
  // Fixed menaces.
  [
    '{ur|youre|you re|you are|u r|u are|ya are|yer} {dead|next|finished|done|toast|a dead man|a dead woman} .',
    'menace',
  ],
  ['{ты|ty} {следующий|следующая|sleduyushchiy|sleduyushchaya|труп|trup} .', 'menace'],
  ['{tebe|тебе|vam|вам} {konec|konets|kranty|hana|kabzda|pizdets}', 'menace'],
  // `Капець` (Ukrainian, and Russian `капец`) is also the everyday `damn, it's over` (`Капець, що коїться`):
  // a menace only when said to someone.
  ['{тобі|тебе|вам|tobi|tebe|vam} {капець|капец|kapets|kapec|капут|kaput}', 'menace'],
  ['{капець|капец|kapets|kapec|капут|kaput} {тобі|тебе|вам|tobi|tebe|vam}', 'menace'],
  ['{ubit|убить} {tebya|тебя} {malo|мало}', 'menace'],
  [
    '{next time|la proxima vez|la prochaine fois|nachstes mal|в следующий раз} ~3 {it s you|its you|eres tu|c est toi|bist du|ты}',
    'menace',
  ],
  ['{paid|pay|pays|paying} {your|ur} ~2 a visit', 'menace'],
  ['{won t|will not|wont|will never} live ~2 {see|to see|tell}', 'menace'],
  [
    '{we|i} ~2 {know|found|have} {which|what} {gym|school|car|office|building|street|route|train|bus}',
    'menace',
  ],
  [
    '{man sieht sich|wir sehen uns|on se reverra|nos veremos|ci vediamo|увидимся|uvidimsya|do zobaczenia} ~3 {bald|immer|bientot|pronto|presto|skoro|скоро|wkrotce}',
    'menace',
  ],
  // Calls to violence against people, to be read by a human.
  ...cue(
    'lynch',
    'line them up|hang them|hang them all|string them up|shot like dogs|a tree and a rope',
    'fusilar*|fusilamiento|cuelguen|colgarlos|ahorcarlos',
    'fusiller|fusilles|pendez les|les pendre|au poteau',
    'aufknupfen|standrecht*|erschiessen|erschossen gehoren',
    'расстрел*|расстрелять|повесим|на фонарях|на фонарь',
    'rasstrel*',
    'fucilare|fucilati|appenderli|piazzale loreto',
    'fuzilar|fuzilados|enforcados|enforcar',
    'rozstrzelac|rozstrzelac ich|powiesic ich|pod sciane',
    'kursuna dizilmeli|asilmali',
  ),
  // Ordinary words that are a lynching only next to a person (`the rope broke`, `hang up a picture`,
  // `backs against the wall`, `le peloton du Tour`).
  ...cue(
    'lynch_prop',
    'a rope|the rope|rope for|ropes for|lined up|against a wall|against the wall|up against the wall',
    'pelotones',
    'peloton',
    'aufhangen',
    'повесить|вешать',
    'povesit|veshat',
    'appesi|appeso|al muro',
    'pendurados|pendurar',
    'powiesic',
    'asin',
  ),
  [
    '{the people|people|the crowd|ordinary folks|ordinary people|the public} will ~2 {deal with|sort out|take care of|come for|get} ~2 {them|him|her|these}',
    'uprising',
  ],
  ['{something|anything} permanent about', 'uprising'],
  ...cue(
    'uprising',
    'permanent solution|final solution|old fashioned justice|street justice|rough justice|more power to them',
  ),
  ['{el pueblo|la gente} {sabra|sabran|sabe} ~2 que hacer', 'uprising'],
  ['{coger|tomar|empunar} las armas', 'uprising'],
  ['{les gens|le peuple} {iront|viendront} {les|le|la} chercher', 'uprising'],
  ['{das volk|die leute|die menschen} ~2 {holt|holen} ~2 sich', 'uprising'],
  ['{народ|люди} ~2 {спросит|спросят|разберется|разберутся}', 'uprising'],
  ['{narod|lyudi} ~2 {sprosit|sprosyat|razberetsya}', 'uprising'],
  // What nostalgia for executions is built with: `traitors used to be shot`.
  ...cue('should', 'used to be|ran she|ranshe|раньше|antes se|autrefois|fruher|un tempo|dawniej'),
  // Threats announced with knowledge, or that nobody can stop.
  [
    '{se|sabemos|sabe|sais|savons|weiss|wissen|znayu|знаю|знаем|sappiamo|sabemos|wiemy} {donde|ou|wo|gde|где|dove|onde|gdzie|a que hora|a quelle heure|wann}',
    'know',
  ],
  ['{can t|cannot|won t|will not|nobody can|no one can} {protect|save|help} {you|u}', 'menace'],
  ['{nadie|personne|niemand|никто} ~3 {proteger|protegera|schutzen|защитит}', 'menace'],
  ['{pray|molis|молись|reza|prie|bete} ~4 {find|nashli|нашли|encontremos|trouve|finden}', 'menace'],
  ...cue(
    'intent',
    'viens|viene|vengo|komme|kommen|иду|idu|priedem|приедем|nos vemos pronto|see you soon|a bientot',
  ),
  // Calls to act against people, said without a violent word.
  ['{should|must|needs to|ought to|will} be dealt with', 'uprising'],
  [
    '{someone|somebody|anyone} {should|needs to|ought to|has to|must|will} do something ~3 {about|with}',
    'uprising',
  ],
  ['{someone|somebody} ~2 {pay|paid} ~3 a visit', 'uprising'],
  ...cue(
    'uprising',
    'old methods|the old ways|the old way|short conversation|razgovor korotkiy',
    'разговор должен быть коротким|разговор короткий|по законам военного времени',
    'metodos de antes|a la antigua|methodes d antan|a l ancienne|wie fruher|alte methoden',
  ),
  // Idioms of death and beating, by language.
  ...cue(
    'harm',
    'funeral|burial|pushing up daisies|sleep with the fishes|swim with the fishes|done breathing|stop breathing|last breath|catch fire|brake lines|car boot|concrete shoes|bloodline',
    'cuneta|dar el paseo|daban el paseo|ladrillazos|bate|fosa',
    'pissenlits|refais le portrait|refaire le portrait|flambe|cramer|crame|sapin',
    'zahne|asphalt|kalt machen|umnieten|abmurksen',
    'зелёнкой|зеленкой|лесополос*|мочить|zamochim|zamochu|замочим',
    'scarpe di cemento|facciamo la festa|fare la festa|in fondo al',
    'virar presunto|presunto|vala',
    'kulke w leb|w leb|piach',
    'mezar*|kazdik',
  ),
  ...cue('intent', 'закопаем|zakopaem|зароем|obeshchali|обещали|dostaniesz|bulacagiz|olacaksin|вирубаємо'),
  ...cue('you', 'dostaniesz|parkujesz|seni'),
  ...cue('whereyou', 'parkujesz|parkst|aparcas|te gares'),
  [
    '{sappiamo|sabemos|savons|wissen|знаем|wiemy} {a che ora|a que hora|a quelle heure|wann|во сколько|o ktorej}',
    'know',
  ],
  ...cue(
    'menace',
    'не жилец|ne zhilets|не жить|ne zhit|already dug|schon ausgehoben|ya cavada|deja creusee|уже вырыта|simdiden kazdik|your own funeral|tu propio funeral|ton propre enterrement',
  ),
  // Calls to violence said with the common idioms of each language.
  ...cue(
    'uprising',
    'body bags|hunting rifle|stop being polite|the tide will turn|long memories|bricks through|take the law into|vigilante justice|vigilante squads|vigilante patrols|lynch mob|pitchforks out',
    'jarabe de palo|algo mas que pancartas|no con buenos modales|tomarse la justicia|justicia por mano propia|mano dura',
    'jacquerie|on savait quoi en faire|s en occuper serieusement|justice soi meme',
    'burgerwehr|selbst ran|selbstjustiz|platzt den leuten der kragen|gnade denen|einen besuch abstatten',
    'в лес вывозили|самосуд|народный суд|za nimi pridut|за ними придут',
    'giustizia sommaria|farsi giustizia',
    'bandido bom e bandido morto|justica com as proprias maos',
    'samosad|zolnierzy wykletych',
    'halk adaleti',
  ),
  // The people, the street, us: the agent of a call to act.
  ...cue(
    'collective',
    'the people|the street|the streets|ordinary folks|ordinary people|patriots|the crowd|the public|more of us|real men|the nation',
    'el pueblo|la calle|las calles|los patriotas|la gente',
    'le peuple|la rue|les patriotes|les gens',
    'das volk|die strase|die strasse|die patrioten|die leute',
    'народ|улица|патриоты|люди',
    'narod|ulica|patrioty|lyudi',
    'il popolo|la piazza|le piazze',
    'o povo|a rua|as ruas',
    'narod|ulica|patrioci',
    'halk|sokaklar|millet',
    'الشعب',
  ),
  // What makes lynching imagery history rather than a call.
  ...cue(
    'history',
    'museum|history|historians|historical|exhibition|century|centuries|medieval|in 1945|in 1946|nuremberg',
    'museo|historia|historiadores|exposicion|siglo|musee|histoire|historiens|siecle|geschichte|historiker|ausstellung|jahrhundert',
    'музей|история|историки|век|veka|storia|storici|secolo|historia|historyk|muzeum|wiek|muze|tarih|yuzyil',
  ),
  [
    '{saura|sauront|sabra|sabran|sapra|sapranno|saberá|wird wissen|werden wissen} ~2 {quoi faire|que hacer|cosa fare|was zu tun ist}',
    'uprising',
  ],
  // Democratic means make a sentence about the people a civil one: `the people will vote them out`.
  ...cue(
    'condemn',
    'vote|votes|voted|voting|vote out|elections|election|ballot|ballots|polls|protest|protests|petition|strike|referendum',
    'votar|votaran|elecciones|urnas|protesta|manifestacion|voter|voteront|elections|manifestation|wahl|wahlen|abwahlen|demonstration',
    'выборы|выборах|голосовать|проголосуют|протест|votare|elezioni|eleicoes|votar|wybory|glosowac|secim|oy',
  ),
  // Menaces that name no act: the warning itself is the threat.
  ...cue(
    'menace',
    'you won t see it coming|you ll never see it coming|you ll never write again|you will never write again|u ll never write again|count your days|this is your last warning|your last warning|you have been warned|you ve been warned|consider yourself warned|we ll be waiting for you|we are waiting for you|you ll find out soon|you will find out soon|you ll get yours|you will get yours|enjoy it while you can|your time is running out',
    'ya veras lo que te pasa|te vas a enterar|cuenta tus dias|estas avisado|estas avisada|ultimo aviso|tus dias estan contados|te estamos esperando',
    'tu vas comprendre|compte tes jours|t es prevenu|t es prevenue|dernier avertissement|tes jours sont comptes|on t attend',
    'das wirst du bereuen|letzte warnung|du bist gewarnt|zahl deine tage|deine tage sind gezahlt|wir warten auf dich',
    'ты ещё пожалеешь|ты еще пожалеешь|последнее предупреждение|ты предупреждён|ты предупрежден|считай дни|скоро узнаешь|ты у меня дождёшься|ты у меня дождешься|твои дни сочтены',
    'ty eshche pozhaleesh|poslednee preduprezhdenie|tvoi dni sochteny',
    'sei avvisato|ultimo avvertimento|i tuoi giorni sono contati|conta i tuoi giorni',
    'estas avisado|ultimo aviso|os teus dias estao contados',
    'ostatnie ostrzezenie|twoje dni sa policzone|pozalujesz tego',
    'son uyari|gunlerin sayili',
  ),
];
