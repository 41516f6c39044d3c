/**
 * Round 123's markers (`/work/audit65`, a red-team of insinuation and coded hate that found 87 of its 130 insinuations
 * published, and the tuning batches `dev133`, `dev134`): the wink rather than the claim. Coded antisemitic tropes (the
 * rootless financier, the lender to both sides, the dual passport), a person's origin offered as the explanation of
 * their politics, figures said to be invented, an event's timing made convenient, the reader left to conclude, the
 * question of who pays. Strong markers hold alone; weak ones (said of true news too: `how convenient`, `you do the math`)
 * hold in pairs. Weights and syntax as in `misinformation-phrases.ts`; reported, quoted, negated and debunked uses are
 * left alone by `misinformation.ts`.
 */
import { entries } from './misinformation-kinds';

const FIGURES =
  '{figures|numbers|statistics|stats|data|cifras|datos|chiffres|zahlen|цифры|cifry|numeros|statistiken}';
const INVENTED =
  '{cooked|made up|invented|fabricated|bidonnes|bidonnees|inventadas|inventados|cocinados|cocinadas|geschont|gefalscht|нарисованы|выдуманы|vydumannye|narisovany|pipeautes|inventan|inventent|erfinden|erfunden|выдумывают|vydumyvayut|make up|makes up|making up}';

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
];
