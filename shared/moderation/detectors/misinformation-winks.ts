/**
 * Round 123's markers (`/work/audit65`, a red-team of insinuation and coded hate that found 87 of its 130 insinuations
 * published, and the tuning batches `dev133`, `dev134`): the wink rather than the claim. Coded antisemitic tropes (the
 * rootless financier, the lender to both sides, the dual passport), a person's origin offered as the explanation of
 * their politics, figures said to be invented, an event's timing made convenient, the reader left to conclude, the
 * question of who pays. Strong markers hold alone; weak ones (said of true news too: `how convenient`, `you do the math`)
 * hold in pairs. Weights and syntax as in `misinformation-phrases.ts`; reported, quoted, negated and debunked uses are
 * left alone by `misinformation.ts`.
 *
 * Round 128's markers (`/work/audit65` again: 58 of its 130 insinuations still published after round 123) follow, more
 * winks than claims. Weak: a writer's or witness's employer or funder, a spouse's or parent's origin, the causal closer
 * that makes either the explanation (`so naturally`, `pas étonnant`), a family's origin pointed at, figures said to be
 * inflated, friends across the ocean behind it all, a pure coincidence. Strong: bombs timed to the ratings, the people who
 * run Hollywood, the same surnames as always, the majority lost in one's own country, paid extras or a witness said to be
 * an actor, a false flag by one's own side, the statistics office as the party's branch. Later rounds (129, 131) added to
 * them.
 */
import { entries } from './misinformation-kinds';

const FIGURES =
  '{figures|numbers|statistics|stats|data|cifras|datos|chiffres|zahlen|цифры|cifry|numeros|statistiken}';
const INVENTED =
  '{cooked|made up|invented|fabricated|bidonnes|bidonnees|inventadas|inventados|cocinados|cocinadas|geschont|gefalscht|нарисованы|выдуманы|vydumannye|narisovany|pipeautes|inventan|inventent|erfinden|erfunden|выдумывают|vydumyvayut|make up|makes up|making up}';

/** Nationalities and origins named as a spouse's or a parent's (plural and feminine forms as the languages need). */
const ORIGINS =
  '{algerian|algerienne|algerien|argelina|argelino|argelinos|moroccan|marocaine|marroqui|marroquies|turkish|turque|turca|turco|turcos|jewish|juive|judia|judio|judios|russian|russe|rusa|ruso|rusos|ukrainian|ukrainienne|ucraniana|ucranianos|palestinian|palestinienne|palestina|palestinos|israeli|israelienne|israeli|israelies|iranian|iranienne|irani|iranies|syrian|syrienne|siria|sirios|chinese|chinoise|china|chinos|taiwanese|taiwanaise|american|americaine|americana|americanos|georgian|georgienne|georgiana|arab|arabe|arabes|immigrants|inmigrantes|immigres|migrants|extranjeros|etrangers|refugees|refugiados|refugies}';

export const WINK_PHRASES = [
  ...entries('dogwhistle', 'strong', [
    // The rootless financier, the lender to both sides, the usual suspects of high finance, the dual passport.
    '{rootless|heimatlosen|heimatlose} ~1 {types|bankers|financiers|elites|cosmopolitans|cosmopolitan|finanzeliten|bankiers}',
    '{financiers|banquiers} apatrides',
    '{banqueros|financieros} sin patria',
    '{безродные|безродных|bezrodnye} {банкиры|финансисты|космополиты|bankiry}',
    'open society {money|cash|funds|funding}',
    '{lend|lends|lending|profit|profits|make money|makes money|earn|earns|pretent|pretant|зарабатывают|ganan|verdienen|prestando|prestan|prestar} ~3 {both sides|aux deux camps|обеих сторонах|ambos bandos|los dos bandos|beiden seiten}',
    '{the usual suspects|die ublichen verdachtigen|los sospechosos habituales|les suspects habituels} ~3 {hochfinanz|high finance|finance|banks|bankers|banques|banca|bankiers}',
    'zinsherren',
    '{people|folks|люди|lyudi} ~2 {with dual citizenship|with dual passports|с двойным гражданством|s dvoinym pasportom|s dvoynym pasportom|s dvoinym grazhdanstvom}',
    // The origin offered as the explanation of a person's politics.
    '{look at|check} {his|her} {mother s|father s|wife s|husband s|mothers|fathers} {maiden name|surname|name|family}',
    '{con ese apellido|avec un nom pareil|avec un nom comme ca|с такой фамилией|s takoy familiey}',
    '{bei ihrem|bei seinem} {familiaren|familiaeren} hintergrund',
    // We know what they come here for (`dev133`).
    '{on sait|nous savons} {tres bien|bien|} ce qu ils viennent faire',
    '{we know|we all know} {very well|full well|} what they {come|are coming} here {for|to do}',
    '{sabemos|todos sabemos} {muy bien|bien|} a que vienen',
    '{wir wissen|wir alle wissen} ~2 {wozu|warum} sie {kommen|herkommen}',
    '{мы знаем|все знают} {зачем|для чего} они {приезжают|едут}',
  ]),
  ...entries('health', 'strong', [
    // Tracers or chips in a vaccine (`dev133`: `le vaccin … contenait des traceurs`).
    '{traceurs|rastreadores|микрочипы|микрочип|puces|nanopuces|microchips|mikrochips|nanochips} ~5 {vaccin|vaccins|vacuna|vacunas|vaccine|vaccines|impfung|impfstoff|вакцина|вакцине|вакцины|прививке|прививки}',
    '{vaccin|vaccins|vacuna|vacunas|vaccine|vaccines|impfung|impfstoff|вакцина|вакцине|вакцины|прививке|прививки} ~5 {traceurs|rastreadores|микрочипы|микрочип|puces|nanopuces|microchips|mikrochips|nanochips}',
  ]),
  ...entries('invented', 'weak', [
    // Figures said to be invented (weak: readers say it of a minister's figures in civil anger too).
    // Round 128: ~7 (was ~4), for `les chiffres de l'insee sur l'immigration sont bidonnés`.
    `${FIGURES} ~7 ${INVENTED}`,
    '{sortis|sorti|sortie|sacados|sacadas|pulled} {d un chapeau|de la chistera|out of a hat|out of thin air}',
    '{das ist|ist} ~2 gewollt',
  ]),
  ...entries('conspiracy', 'strong', [
    // The event's timing made convenient.
    'conveniently {explodes|exploded|happens|happened|burns|burned|burnt|catches fire|caught fire|dies|died|collapses|collapsed}',
    '{couldn t|could not|couldnt} have {planned|scripted|timed} it better',
    '{you couldn t|you could not|couldn t|couldnt} script it better',
    'n aurait pas pu rever mieux',
    '{wie praktisch|wie passend} dass ~6 {anschlag|brand|attentat|explosion|terroranschlag}',
    '{очень удобно|ochen udobno} {для|dlya} {власти|правительства|кремля|vlasti|pravitelstva}',
    // Round 126 (`dev138`): rain stolen by the enemy's planes; share before the censors.
    '{stealing|steal|stole|steals|stolen} ~3 {our|iran s|the|their} {rain|clouds}',
    'cloud seeding planes ~6 {steal|stealing|stole}',
    '{faites tourner|partagez|share|comparte|compartid|teilt|teilen|распространите} ~3 {avant|before|antes de|bevor|пока не} ~2 {la censure|censorship|the censors|la censura|die zensur|цензура|цензоры}',
  ]),
  ...entries('conspiracy', 'weak', [
    '{how|very|rather|awfully|quite} convenient',
    '{que|qué} oportuno',
    '{очень удобно|ochen udobno|muy conveniente|bien pratique|sehr praktisch} {для|dlya|para|pour|fur} ~2 {тех|teh|los|ceux|die}',
  ]),
  ...entries('insinuation', 'strong', [
    'suivez mon regard',
    '{ask yourself|ask yourselves|спросите себя|preguntaos|preguntense|demandez vous|fragt euch|fragen sie sich} ~2 {who|кто|quien|qui|wer} {pays|funds|finances|платит|финансирует|paga|financia|paie|finance|bezahlt|finanziert}',
  ]),
  ...entries('insinuation', 'weak', [
    // The reader left to conclude.
    'you do the math',
    '{i m|im|i am} just putting {that|it|this} out there',
    'readers can decide',
    '{ceci explique cela|cela explique tout|that explains a lot|that explains everything|das erklart einiges|das erklart alles|eso lo explica todo|теперь понятно откуда|vot i ponyatno}',
    '{atad|atar|ate} cabos',
    'que cada uno saque sus conclusiones',
    'noch fragen',
    'ya ni disimulan',
    '{three guesses|guess whose|guess who s behind|догадайтесь с трех раз|догадайтесь с трёх раз|adivinad quien|devinez qui|ratet mal wer}',
    'de que pie cojea',
    'mehr muss man ~4 nicht wissen',
    '{думайте сами|dumayte sami|dumaite sami|think for yourselves|pensez par vous memes|piensen por si mismos|denkt selbst}',
  ]),
  // Round 128 and after.
  ...entries('insinuation', 'weak', [
    // A writer's, witness's or official's employer or funder.
    '{works|worked|working|used to work} for {an|a|the} ~2 {ngo|foundation|think tank|lobby|consultancy|pr firm}',
    '{grants|grant money|stipend} from {a|an|the|one} ~2 {foundation|fund}',
    '{boursier|boursiere} {d une|de la} ~2 fondation',
    '{trabajo|trabajaba} para {una|un} ~2 {consultora|fundacion|ong|lobby}',
    '{war|arbeitete} ~2 bei {einer|einem} ~2 {denkfabrik|stiftung|lobby|ngo}',
    '{получал|получала|получали|poluchal|poluchala} {гранты|granty}',
    // A spouse's or a parent's origin.
    `{her|his} {husband|wife} is {a|an} ${ORIGINS}`,
    `{married to|a epouse|a epouse une|a epouse un|ha casado con|verheiratet mit} {a|an|une|un|una|einer|einem|} ${ORIGINS}`,
    `{es|son} {hija|hijo|hijos|nieta|nieto} de ${ORIGINS}`,
    '{замужем за|zamuzhem za|женат на|zhenat na}',
    // A family's origin pointed at (weak: said of a mining town or a refugee childhood too).
    '{regardez|regarde|look|mirad|mira|schaut|schau} {d ou|where|de donde|woher} {vient|viene|kommt|} {sa|his|her|su|seine|ihre} {famille|family|familia|familie} {vient|comes from|comes|viene|kommt|}',
    '{grandfather|grandmother|grandparents|parents|family} {came|come|comes} from',
    // The closer that makes it the explanation.
    '{so naturally|and so naturally|runs in the blood|run in the blood|pas etonnant qu|pas etonnant que|kein wunder|no es de extranar|неудивительно|neudivitelno|vot i pishet|вот и пишет}',
    // Friends across the ocean, behind it all.
    '{our|nos|nuestros|наши|nashi|unsere} {friends|amis|amigos|друзья|druzya|freunde} {across the pond|across the ocean|from across the ocean|d outre atlantique|outre atlantique|del otro lado del charco|из за океана|iz za okeana|jenseits des atlantiks|aus ubersee}',
    '{behind|derriere|detras de|hinter} {all this|all of this|tout ca|tout cela|todo esto|alldem|all dem}',
    '{стоят|стоит|stoyat|stoit} {за|za} {всем этим|vsem etim}',
    // A coincidence nobody believes; the timing that gives it away.
    '{pura casualidad|pure coincidence|purely coincidental|pur hasard|reiner zufall|чистое совпадение|chistoe sovpadenie|вот так совпадение|vot tak sovpadenie}',
    '{justo desde que|right since|exactly since|juste depuis que|genau seit|ровно с тех пор как}',
    // A foreign embassy pleased, a writer's dinners counted.
    '{embassy|ambassade|embajada|botschaft|посольство} must be {delighted|thrilled|pleased}',
    '{how many|combien de|cuantas|wie viele|сколько} {dinners|diners|cenas|abendessen|ужинов} ~3 {cost|coute|costo|costaron|gekostet|стоил|стоило}',
    // Round 129 (`dev139`): coincidences happen, and I say no more.
    '{zufalle gibt s|zufalle gibts|what a coincidence|quelle coincidence|que casualidad|какое совпадение|kakoe sovpadenie}',
    '{mehr sag ich nicht|mehr sage ich nicht|i ll say no more|i will say no more|say no more|je n en dis pas plus|no digo mas|больше ничего не скажу|bolshe nichego ne skazhu}',
    // Nobody voted for it, someone decided for us.
    '{nobody voted for|no one voted for|nadie lo ha votado|nadie ha votado|personne n a vote|niemand hat das gewahlt}',
    '{someone|somebody|alguien|quelqu un|jemand} ~2 {decided|ha decidido|a decide|hat entschieden} ~2 {for us|por nosotros|pour nous|fur uns}',
  ]),
  ...entries('invented', 'weak', [
    // Figures said to be inflated; a claim nobody can check.
    '{add|adds|added|adding} a zero',
    'pull the other one',
    '{inflating|inflate|inflated|exaggerating|exaggerate} the {damage|numbers|figures|toll|death toll|casualties|casualty figures}',
    '{glaubt doch keiner mehr|glaubt keiner mehr|nobody believes that anymore|nobody believes it anymore|nobody believes them anymore|personne n y croit plus|nadie se lo cree}',
    '{tout le monde le sait|everybody knows it|todo el mundo lo sabe|все об этом знают|vse ob etom znayut}',
    '{jamais|never|nunca|nie} {verifies|verified|verificadas|verificados|uberpruft}',
  ]),
  ...entries('dogwhistle', 'strong', [
    // Those who run Hollywood; the same surnames as always.
    '{people|those|the ones|folks} who {run|control|own} hollywood',
    '{run|runs|control|controls|own|owns} hollywood and the ~2 {media|press|newsrooms|banks}',
    '{los mismos apellidos|the same surnames|les memes noms|dieselben namen|те же фамилии|te zhe familii} {de siempre|as always|comme toujours|wie immer|что и всегда}',
    // The majority lost in one's own country.
    '{on sera|nous serons|we will be|we ll be|seremos|wir werden|мы будем} {minoritaires|a minority|minoria|eine minderheit|в меньшинстве} {chez nous|in our own country|in our own land|en nuestro propio pais|en nuestra propia tierra|im eigenen land|в своей стране}',
  ]),
  ...entries('conspiracy', 'strong', [
    // Bombs timed to the ratings.
    '{every time|each time|chaque fois que|cada vez que|jedes mal wenn|каждый раз когда|kazhdyi raz kogda|kazhdyy raz kogda} ~6 {ratings|rating|рейтинг|reiting|sondages|encuestas|umfragewerte|umfragen|polls} ~4 {something|chto to|что то|quelque chose|algo|irgendwas|irgendetwas} {explodes|blows up|vzryvaetsya|взрывается|explose|explota|explodiert}',
    // Paid extras; a witness who is an actor.
    '{figurantes pagados|paid extras|figurants payes|bezahlte statisten|проплаченные статисты|proplachennye statisty}',
    '{eyewitness|witness|victim|mother|survivor|testigo|victima|madre|temoin|victime|mere|zeuge|opfer|mutter|свидетель|svidetel|мать|жертва} ~6 {is|est|es|ist|это} {a|an|un|une|una|ein|eine|} {drama student|actor|actress|acteur|actrice|actriz|schauspieler|schauspielerin|schauspielschuler|estudiante de teatro|etudiant en theatre|etudiante en theatre|актер|актёр|актриса|статист}',
    // A false flag by one's own side.
    '{done|carried out|staged|organised|organized} by their own {people|services|side|agents|spooks}',
    // Round 129 (`dev139`): a disaster set on purpose to bury something.
    '{was|were} {set|started|lit|staged|planned|caused|done} on purpose to {bury|hide|distract|cover|stop|derail|justify|sabotage}',
    // Round 131 (`dev141`): prisons emptied on purpose, the inmates sent abroad.
    '{emptied|emptying|empties|opened|released|vacio|vaciaron|vacia|solto|soltaron|libero|liberaron} ~4 {prisons|jails|carceles|prisiones|asylums|manicomios} ~10 {to send|sending|para mandar|para mandarlos|para enviar|para enviarlos|a proposito|on purpose|deliberately}',
    // The statistics office as the party's branch.
    '{statistics office|statistical office|office of statistics|insee|destatis|rosstat|росстат} ~6 {branch|arm|department|mouthpiece|annexe|filiale|filial|abteilung|отделение|филиал} of the ~2 {ruling party|party|government|kremlin|presidency}',
  ]),
];
