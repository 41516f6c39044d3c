/**
 * Round 100's markers (`/work/audit55`, a red-team of insinuation and its civil neighbours that found 53 of 120
 * insinuation probes published): claims stated flatly, with no stock phrase — footage called staged or theatre, a
 * toll said faked, inflated or hidden, an event organised or paid from a capital, the West, abroad or by NGOs — and
 * the knowing closers each language still lacked (`think about it`, `piénsalo`, `делайте выводы сами`). All weak, two
 * to hold: history, debunks and reviews say the same words (`the Lavon affair was a false-flag operation`, `the play
 * was staged at the Old Vic`). Weights and syntax as in `misinformation-phrases.ts`.
 */
import { entries } from './misinformation-kinds';

/** Footage and its people (round 100). */
const FOOTAGE =
  '{footage|video|videos|photos|pictures|images|clips|кадры|видео|фото|снимки|kadry|video|foto|fotos|bilder|aufnahmen|vidéos|videos|imagenes|imagens|immagini|filmati}';
/** Called staged or theatre (round 100). */
const STAGED =
  '{staged|fake|fabricated|theatre|theater|постановочные|постановка|постановочное|postanovka|postanovochnye|gestellt|inszeniert|gefalscht|du theatre|mise en scene|truquees|montaje|teatro|puro teatro|montado|montadas|encenacao|armacao|finte|messinscena}';
/** A toll and its numbers (round 100). */
const TOLL =
  '{toll|death toll|casualties|numbers|figures|dead|bilan|morts|zahl der toten|opferzahlen|toten|цифры|потери|погибших|cifry|poteri|pogibshikh|muertos|cifras|victimas|mortos|morti|vittime}';
/** Said faked, inflated or hidden (round 100). */
const FAKED =
  '{fake|faked|inflated|invented|made up|cooked|gonfle|gonfles|invente|inventes|geschont|aufgeblaht|erfunden|придумали|придуманы|выдуманы|завышены|pridumali|pridumany|zavysheny|inflados|inventados|escondiendo|ocultando|inventados|gonfiati|inventati}';
/** Who is said to be behind it (round 100). */
const SPONSOR =
  '{moscow|moscou|moskau|moscu|washington|vashington|vashingtone|вашингтон*|moskve|москв*|londone|лондон*|the elysee|l elysee|brussels|bruxelles|bruselas|bruksela*|brukseli|kyiv|kiev|киев*|kieve|beijing|tehran|london|paris|berlin|the west|zapad|запад*|occidente|l occident|dem westen|nato|the embassy|l ambassade|la embajada|abroad|l etranger|el extranjero|dem ausland|ngos|ong|ongs|nko|нко|soros|fuera|afuera}';

export const FLAT_PHRASES = [
  ...entries('insinuation', 'weak', [
    // The closers each language lacked.
    '{think about it|just think about it|enough said|timed to perfection|cui bono}',
    '{pensalo|pensadlo|piensalo|abrid los ojos|abran los ojos|algo estan preparando}',
    '{a vous de tirer les conclusions|a vous de tirer vos conclusions|tirez vos conclusions|pas besoin d en dire plus}',
    '{macht euch selbst ein bild|zufall ist das nicht|passiert nicht zufallig|das ist kein zufall}',
    '{всем же понятно|всем же известно|всем известно|vsem izvestno|vsem zhe ponyatno}',
    // Round 103: an election said rigged flatly, with words between (`L'élection namibienne de 2024 a été truquée`).
    '{election|elections|scrutin|eleccion|elecciones|wahl|wahlen|выборы|vybory} ~5 {truquee|truquees|amanada|amanadas|manipuliert|gefalscht|сфальсифицированы|фальсифицированы|falsifitsirovany}',
    '{делайте выводы сами|делайте выводы|просто задумайтесь|задумайтесь|все ясно|всё ясно|vse yasno|nu vy ponyali|delajte vyvody}',
    '{traete voi le conclusioni|aprite gli occhi|nikt wam tego nie powie|tirem suas conclusoes}',
    // Round 104: hearsay from kin or an acquaintance (`A nurse I know says`, `My brother-in-law … says`), plain
    // `everyone knows` in French, Spanish, German and Russian (the English is an aside as often: `it will be appealed,
    // everyone knows that`), and three more closers.
    '{my|a} {brother in law|sister in law|neighbour|neighbor|cousin|friend|mate|uncle|aunt|colleague|buddy} ~6 {says|said|swears|told me|tells me}',
    '{a|my} {nurse|doctor|cop|soldier|guard|official|insider|driver} i know ~2 {says|said|told me|swears}',
    'heard from {someone|somebody|a guy|a friend} {at|in|inside} the',
    '{kum|kuma|znakomyi|znakomaya|drug} ~1 {rabotaet|sluzhit} ~6 {govorit|skazal|rasskazal}',
    '{tout le monde sait|todo el mundo sabe|jeder weiss doch|все знают|vse znayut}',
    '{make of that what you will|make of it what you will|you couldn t script it better|couldn t have scripted it better|ya saben cual|no digo mas|non dico altro}',
    // An event organised, arranged or paid from or by a sponsor (`organisé depuis l'étranger`, `arrangé par l'Élysée`).
    `{organised|organized|arranged|orchestrated|planned|ordered|paid for|organise|organisee|arrange|arrangee|organizado|organizada|planeado|pago|pagado|pagada|paye|payee|pagato|organizzato|pianificato|organisiert|geplant|inflated|invented|fabricated|придумали|выдумали|сочинили|pridumali|организовали|организован|оплачивает|oplachivaet|finansiruet} ~2 {by|from|par|depuis|por|desde|da|von|aus|из|iz|v|в} ~1 ${SPONSOR}`,
    `{mandaron matar|lo mandaron matar|ordered killed} {desde|from|by} ~1 ${SPONSOR}`,
    `${SPONSOR} ~1 {oplachivaet|оплачивает|organizzano|organizan|organisent|risuyut|рисуют}`,
    'hinter ~4 steckt ~2 {ein|der|die|das} ~1 {milliardar|us milliardar|soros|westen|cia|amerikaner|regierung}',
    `{oplachivaet|оплачивает|organizzano|organizan|organisent|finanziert|finanzieren|финансирует|finansiruet|risuyut|рисуют|pagan|payent} ~2 ${SPONSOR}`,
    `{von|aus} ${SPONSOR} {gesteuert|organisiert|bezahlt|finanziert|geplant}`,
    // The attack pinned on its victims' own side (`done by their own security services`, `armação do próprio governo`).
    '{by|de|del|do|von} {their own|its own|propio|proprio|propia|eigenen} {security services|services|intelligence|gobierno|governo|regierung|geheimdienst}',
    '{armacao|montaje|inside job} {do|del|of the} {proprio|propio|own} {governo|gobierno|government}',
    'die eigene regierung ~4 {abgesegnet|organisiert|gesprengt|geplant}',
  ]),
  ...entries('invented', 'weak', [
    // Footage called staged or theatre, flatly (`Кадры из Бучи постановочные`, `c'est du théâtre`).
    `${FOOTAGE} ~8 {is|are|was|were|sind|ist|c est|son|es|sont|это|eto|-} ~1 ${STAGED}`,
    `${FOOTAGE} ~4 ${STAGED}`,
    // A toll said faked, inflated or hidden (`le bilan du séisme est gonflé`, `цифры придумали в Киеве`).
    `${TOLL} ~6 ${FAKED}`,
  ]),
];
