/**
 * More of the hate detector's phrases (`hate-phrases.ts`, same kinds and syntax): round 31's metaphors for people
 * in Italian, Polish, Portuguese and Ukrainian, and life said to mean nothing to "them".
 */
import type { Kind } from './hate-phrases';

export const MORE_PHRASES: ReadonlyArray<readonly [string, Kind]> = [
  // Italian, Polish, Portuguese, Ukrainian (round 31: `Cyganie to złodzieje`, `Pedały to zboczeńcy`).
  [
    '{criminali|delinquenti|ladri|stupratori|terroristi|parassiti|animali|bestie|scimmie|feccia|ratti|pidocchi|selvaggi|invasori|degenerati|pervertiti|spazzatura}',
    'metaphor',
  ],
  [
    '{zlodzieje|przestepcy|bandyci|gwalciciele|terrorysci|pasozyty|zwierzeta|malpy|szczury|robactwo|dzikusy|dzicy|zboczency|degeneraci|najezdzcy|brudasy|smieci}',
    'metaphor',
  ],
  [
    '{criminosos|bandidos|ladroes|violadores|estupradores|terroristas|parasitas|animais|macacos|ratos|escoria|selvagens|pervertidos|degenerados|lixo}',
    'metaphor',
  ],
  [
    '{злодії|злочинці|бандити|гвалтівники|терористи|паразити|тварини|мавпи|щури|покидьки|дикуни|збоченці|виродки}',
    'metaphor',
  ],
  // Round 84 (`dev98`): a group said to be inferior by biology (`Frauen … sind biologisch einfach zu dumm`).
  [
    '{biologisch|biologically|biologicamente|biologiquement|биологически|biologicznie} ~2 {zu dumm|dumm|minderwertig|inferior|inferiores|inferieur|inferieures|inferieurs|stupid|too stupid|incapable|incapaces|tupye|тупые|неполноценные|gorsze|glupsze}',
    'metaphor',
  ],
  // Round 31 (a red-team's probes): life said to mean nothing to them.
  [
    '{don t|dont|do not|doesn t|doesnt|does not|never} value {life|human life|lives|human lives} {like|the way|as} {we|us|normal people|civilised people|civilized people}',
    'never_innocent',
  ],
  [
    '{menschenleben|ein menschenleben|das leben} {zahlt|zahlen|ist} bei {denen|ihnen} nichts',
    'never_innocent',
  ],
  ['для {них|таких} ~2 {человеческая|} жизнь ничего не {стоит|значит}', 'never_innocent'],
  ['dlya {nikh|nih|takih} ~2 {chelovecheskaya|} zhizn nichego ne {stoit|znachit}', 'never_innocent'],
  ['la vida {humana|} no {vale|significa} nada para {ellos|esa gente}', 'never_innocent'],
  ['la vie {humaine|} n a {aucune|pas de} valeur pour eux', 'never_innocent'],
  ['{what s|whats|what is} in {the|their} genes', 'general'],
  ['{born|are born} with it', 'general'],
  // Round 32 (a third red-team): a group sent away without the listed words (`Renvoyons tous les musulmans chez
  // eux`, `Всех мигрантов — на депортацию`, `Негров в Россию не пускать`); `expel` needs the group near.
  ['{renvoyons|renvoyez|renvoyer|virons|virez|foutons} tous les ~2 chez eux', 'expel'],
  ['{всех|vsekh|vseh} ~2 {на депортацию|na deportatsiyu|депортировать|deportirovat}', 'expel'],
  ['{в россию|в страну|сюда|в европу|v rossiyu} не {пускать|впускать|puskat}', 'expel'],
  // Round 42 (`/work/audit26`): the Holocaust denied or its author praised, in six languages.
  [
    '{six million|6 million|sechs millionen|seis millones|six millions|шесть миллионов|shest millionov} ~6 {never added up|don t add up|dont add up|a lie|a myth|exaggerated|invented|hoax|mentira|un mito|exagerado|mensonge|un mythe|exagere|luge|erfunden|ubertrieben|ложь|миф|выдумка|vydumka|lozh}',
    'denial',
  ],
  [
    '{holocaust|holocausto|holocauste|холокост|holokost|shoah} ~3 {never happened|is a lie|was a lie|is a myth|was a myth|was invented|is an invention|is a hoax|was a hoax|nunca ocurrio|nunca existio|nunca paso|es un mito|es una mentira|fue inventado|n a jamais existe|n a jamais eu lieu|est un mensonge|est un mythe|a ete invente|nie stattgefunden|ist eine erfindung|eine erfindung|eine luge|ist erfunden|не было|выдумка|ложь|миф|ne bylo|vydumka}',
    'denial',
  ],
  [
    '{sogenannte|sogenannten|so called|supuesto|pretendu|pretendue|так называемый|tak nazyvaemyi} {holocaust|holocausto|holocauste|холокост|holokost}',
    'denial',
  ],
  ['schuldkult', 'denial'],
  [
    '{hitler|адольф|гитлер|gitler} ~3 {had the right idea|was right|tenia razon|avait raison|hatte recht|был прав|byl prav}',
    'denial',
  ],
  [
    '{hitler|гитлер|gitler} ~6 {didn t finish|did not finish|no termino|n a pas fini|nicht beendet|nicht zu ende|не закончил|не доделал|ne dodelal} ~2 {the job|el trabajo|le travail|die arbeit|работу|дело|delo}',
    'denial',
  ],
  // Collective guilt: a whole people responsible (`all`: not `во всех бедах виноваты таджики-дворники`, sarcasm), or
  // to pay.
  [
    '{all|todos|todas|tous|toutes|alle|все|vse} ~3 {are responsible|are guilty|son responsables|son culpables|sont responsables|sont coupables|tragen mitschuld|sind schuldig|sind mitschuldig|виновны|виноваты|vinovaty}',
    'general',
  ],
  [
    '{qu ils paient tous|que paguen todos|they should all pay|they all should pay|sollen alle bezahlen|sollte dafur bezahlen|пусть все платят}',
    'general',
  ],
  // Round 52 (the tuning batches): every one of a group, named in the singular, a criminal (`Every Afghan man
  // who's arrived since 2021 is a rapist`, `Chaque musulman est un terroriste`). Skipped when denied.
  [
    '{every|each} {afghan|muslim|migrant|immigrant|refugee|asylum seeker|jew|arab|african|black|roma|gypsy|foreigner|somali|syrian|pakistani|mexican|palestinian|moroccan|albanian|romanian|chechen} ~6 {is a|s a} {terrorist|rapist|criminal|thief|jihadist|murderer|parasite}',
    'every',
  ],
  [
    '{chaque|tout} {musulman|migrant|immigre|refugie|juif|arabe|africain|noir|etranger|rom|afghan|maghrebin|algerien|marocain|tchetchene} ~3 est un {terroriste|violeur|criminel|voleur|jihadiste|assassin|parasite}',
    'every',
  ],
  [
    'cada {musulman|inmigrante|migrante|refugiado|judio|moro|arabe|africano|negro|extranjero|gitano|sudaca|marroqui|rumano|venezolano|mena} ~3 es un {terrorista|violador|criminal|delincuente|ladron|yihadista|parasito}',
    'every',
  ],
  [
    'jeder {muslim|migrant|auslander|fluchtling|asylbewerber|jude|araber|afrikaner|afghane|syrer|turke|zigeuner|tschetschene} ~3 ist ein {terrorist|vergewaltiger|verbrecher|krimineller|dieb|dschihadist|parasit}',
    'every',
  ],
  [
    '{каждый|kazhdyi|kazhdyy} {мигрант|приезжий|мусульманин|еврей|кавказец|чеченец|таджик|узбек|негр|цыган|migrant|musulmanin|evrei|kavkazets|tadzhik} ~3 {террорист|насильник|преступник|вор|terrorist|nasilnik|prestupnik|vor}',
    'every',
  ],
  // Breeding said of people in Italian and Portuguese, and sent back with `tutti` or `alle` in the call.
  [
    '{si riproducono|si moltiplicano|figliano|se reproduzem|se multiplicam} como|come {conigli|ratti|topi|scarafaggi|coelhos|ratos|baratas}',
    'general',
  ],
  ['rimandiamoli tutti {a casa loro|al loro paese|in africa|da dove sono venuti}', 'expel'],
  ['{alle|die alle} {zuruckschicken|rausschmeissen|rauswerfen|ausweisen|zuruckschaffen}', 'expel'],
  ['schickt sie alle {zuruck|heim|nach hause}', 'expel'],
  // A people called another species.
  ['{другой|иной|отдельный|drugoi|drugoy} {биологический|biologicheskii|biologicheskiy} {вид|vid}', 'strong'],
  ['{otra especie|une autre espece|eine andere spezies|another biological species}', 'strong'],
  // Round 89 (`/work/audit49`): genocide wished (`Holocaust didn't happen but it should have`, `ils méritent d'être rayés
  // de la carte`, `devraient être éliminés à la naissance`), the last two with a group near.
  [
    '{holocaust|holocausto|holocauste|холокост|holokost|shoah} ~4 {but it should have|but it should ve}',
    'denial',
  ],
  [
    '{deserve to be|deserves to be|meritent d etre|merite d etre|merecen ser|verdienen es} ~1 {wiped off the map|wiped out|exterminated|rayes de la carte|raye de la carte|extermines|borrados del mapa|exterminados|ausgeloscht zu werden|ausgerottet zu werden}',
    'general',
  ],
  [
    '{заслуживают|заслужили|zasluzhivayut} ~2 {стерты с лица земли|уничтожения|истребления|unichtozheniya}',
    'general',
  ],
  [
    '{eliminated|killed|aborted|put down|elimines|tues|avortes|supprimes|eliminados|abortados|eliminadas|getotet|beseitigt|abgetrieben|уничтожать|убивать} {at birth|a la naissance|des la naissance|al nacer|bei der geburt|при рождении}',
    'general',
  ],
  [
    '{aberrations of nature|aberrations de la nature|aberraciones de la naturaleza|aberracion de la naturaleza}',
    'strong',
  ],
  // Collective guilt and generalisation (`… they all cheered, treat them all as the enemy`, `цыгане — прирождённые воры`, `las mujeres solo sirven para la cocina`): with a group near.
  ['treat them all as {the enemy|enemies}', 'general'],
  [
    '{born thieves|born criminals|ladrones natos|delincuentes natos|voleurs nes|criminels nes|geborene diebe|geborene verbrecher|прирожденные воры|прирожденные преступники|prirozhdennye vory}',
    'general',
  ],
  [
    '{las mujeres|las minas|las tias|les femmes|frauen|die frauen|бабы|женщины} ~1 {solo sirven para|sirven solo para|ne servent qu a|sont juste bonnes a|sind nur gut fur|sind nur zum|годятся только для|годны только для|нужны только для}',
    'general',
  ],
  ['women are only good for {cooking|sex|the kitchen|one thing|breeding|making babies|cleaning}', 'general'],
  // Round 118 (`dev120`, `dev125`): `The only good Palestinian is one on the other side of the Jordan`.
  [
    'the only good {palestinian|jew|arab|muslim|migrant|refugee|russian|ukrainian|cigano|gypsy|immigrant|israeli|mexican|african|tatar|kurd|turk|roma|moor} is',
    'strong',
  ],
  ['{всех их|всех} {в резервацию|в резервации|в лагеря|в гетто}', 'expel'],
  ['{all of them|lock them all up|lock them all} {into camps|in camps|in reservations}', 'expel'],
  // Round 96: people said to breed like pests, with words between (`now they're multiplying in our suburbs like
  // rabbits`); `they` makes them people (`start-ups are multiplying like rabbits` names none).
  [
    '{they|they re|theyre|they are|them} ~4 {breed|breeding|multiply|multiplying|reproduce|reproducing} ~3 like {rabbits|rats|cockroaches}',
    'never_innocent',
  ],
  // Round 126 (`dev138`): a sex or a people said dumber by nature (`die sind von Natur aus dümmer`).
  [
    '{von natur aus|by nature|por naturaleza|par nature|от природы} ~2 {dummer|dumber|stupider|inferior|minderwertig|menos inteligentes|inferieures|inferieurs|глупее}',
    'strong',
  ],
];
