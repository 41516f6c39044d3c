/**
 * Round 69, from a red-team of the semantic hold band (`/work/audit36`): what rumour says without the stock phrases of
 * `misinformation-phrases.ts`.
 *
 * - `WHISPER_PHRASES` (markers, syntax and weights as there): a vaccine blamed for harm, a disease made or announced to
 *   sell a vaccine, a quack remedy said to cure; the great replacement in Russian.
 * - `insinuatedAt` (strong, `insinuation`): an office holder, and a hidden illness, death or double, a hidden
 *   allegiance or a hidden private life hinted at, asked about or said to be hidden (`Is it true minister Joris Velthuis
 *   has dementia? … who is actually running the ministry?`, `просто спрашиваю: почему депутат … так часто летает в
 *   Лондон? на кого он работает?`).
 * - `scareQuotedKnife` (strong, `dogwhistle`): a young man or a nationality in scare quotes beside a knife or a knowing
 *   `we all know` (`another "Swede" with a knife`, `очередной «молодой человек» с ножом`).
 */
import { PhraseSet, wordClass } from '../text/phrases';
import { firstQuotedRun } from '../text/quotations';
import type { Token } from '../text/tokens';
import { entries } from './misinformation-kinds';
import { CLASSES } from './word-classes';

const VACCINE =
  '{vaccine|vaccines|vaccination|jab|jabs|vacuna|vacunas|vacunacion|vaccin|vaccins|vaccination|impfung|impfungen|impfstoff|прививка|прививки|прививок|вакцина|вакцины|вакцин|privivka|privivki|vakcina|vakciny}';
export const WHISPER_PHRASES = [
  ...entries('health', 'strong', [
    // A vaccine blamed for harm.
    `${VACCINE} ~4 {causes|caused|cause|provoca|provocan|provoque|provoquent|verursacht|verursachen|вызывает|вызывают|vyzyvaet} ~3 {autism|autismo|autisme|autismus|аутизм|autizm|infertility|infertilidad|infertilite|unfruchtbarkeit|бесплодие|besplodie|the outbreaks|los brotes|les epidemies|sudden deaths}`,
    `{es|c est|ist} {la|le|die} ${VACCINE} ~2 {la que|qui|die} {provoca|provoque|verursacht}`,
    `${VACCINE} {ist|is|es} {schuld|to blame|culpable|responsable|coupable} ~3 {todesfallen|todesfalle|deaths|muertes|morts|toten}`,
    `${VACCINE} ~5 {chip|chips|microchip|microchips|чип|чипы|чипов|chipy|grafeno|graphene|graphen|графен|magnet|магнит|magnit|iman|aimant}`,
    `{to sell|so they can sell|so they can roll out|pour vendre|para vender|um zu verkaufen|чтобы продать|chtoby prodat} ~4 ${VACCINE}`,
    `{fabricated|made|created|engineered|fabriquee|fabrique|creado|creada|fabricado|hergestellt|erfunden|pridumana|pridumano|придумана|придумано|создан|создана} ~4 {to sell|pour vendre|para vender|um zu verkaufen|чтобы продать|chtoby prodat}`,
    // A quack remedy said to cure.
    '{mms|chlordioxid|chlorine dioxide|bleach|hydrogen peroxide|перекись водорода|perekis|baking soda|sodu|соду|colloidal silver|kolloidales silber|eau de mer|agua de mar|ivermectin|ивермектин} ~5 {cures|cure|heals|heal|heilt|heilen|cura|curan|soigne|soignent|guerit|лечит|lechit|ne strashen|не страшен}',
  ]),
  // Round 71 (`dev87`): the official story left to the naive; what this paper will never print.
  ...entries('secrecy', 'strong', [
    '{official story|official version|official narrative|histoire officielle|version officielle|version oficial|historia oficial|offizielle version|официальная версия|oficialnaya versiya} ~3 {for the naive|for fools|pour les naifs|pour les nuls|para los ingenuos|para tontos|fur die naiven|fur naive|для наивных|для дураков|dlya naivnyh}',
    '{never|nunca|jamais|nie|никогда} ~3 {read it|read this|see it|lo vas a leer|lo leeras|lo vais a leer|le lirez|le lire|lesen|прочитаете|прочитаешь} ~3 {in this paper|in this newspaper|here|en este periodico|en este diario|dans ce journal|in dieser zeitung|в этой газете}',
    '{в этой газете|v etoy gazete} ~3 {такого|этого|об этом} не {прочитаете|напишут|прочитаешь}',
  ]),
  // Round 73 (`dev88`): what serious historians or everyone in a town know, a certain minister, a toll called
  // inflated; each weak, two of them hold.
  ...entries('insinuation', 'weak', [
    '{serious|real|honest|any serious} historians {know|knows|agree}',
    'los historiadores serios {saben|sabemos}',
    'les historiens serieux {savent|le savent}',
    'seriose historiker wissen',
    '{серьезные|серьёзные|настоящие} историки знают',
    '{a certain|un certain|une certaine|cierto|cierta|ein gewisser|eine gewisse|некий|некая|nekiy} {minister|ministre|ministro|ministra|official|general|senator|politician|oligarch|minister|ministerin|министр|генерал|чиновник|ministr}',
    '{everyone|everybody} in ~2 knows',
    '{tout le monde|todo el mundo|jeder} {a|en|in} ~2 {le sait|lo sabe|weiss es}',
    '{death toll|toll|numbers|figures|le bilan|las cifras|die zahlen|цифры} ~3 {inflated|exaggerated|gonflees|gonfle|infladas|infladas|ubertrieben|aufgeblaht|завышены|раздуты}',
  ]),
  // Round 74 (`dev89`): everyone knows and keeps quiet; a convenient death; the put options of 10 September 2001.
  ...entries('secrecy', 'strong', [
    '{все|vse} {знают|znayut} ~3 {молчат|molchat}',
    '{everyone|everybody} knows ~4 {keeps quiet|keep quiet|stays quiet|says nothing|nobody says|no one says}',
    '{todo el mundo|tout le monde|jeder|alle} {lo sabe|le sait|weiss es|wissen es} ~4 {callan|se taisent|schweigen}',
  ]),
  ...entries('insinuation', 'strong', [
    '{conveniently|how convenient} ~4 {killed|dead|died|shot|suicided|silenced}',
    '{so|so that} {he|she|they} {can|could} never {talk|testify|speak}',
    '{dead men|dead people} {don t|dont|do not|can t|cant|tell no} {talk|tales|testify}',
    '{put options|put optionen|opciones put|options de vente} ~6 {airlines|fluggesellschaften|aerolineas|9 11|september|septembre|septiembre}',
    // Round 77 (`dev91`): the sarcastic closer with its move along.
    'nothing to see here ~1 move along',
  ]),
  ...entries('secrecy', 'strong', [
    // Round 78 (`dev90`): what the evening news will not show.
    'qu on ne {verra|lira|entendra} {pas|jamais} {au 20h|au journal|a la tele|a la television|dans les medias}',
  ]),
  ...entries('secrecy', 'weak', [
    '{mes sources sont|my sources are|mis fuentes son|meine quellen sind} {solides|solid|reliable|fiables|solidas|sicher}',
    '{это|там|eto|tam} {монтаж|montazh}',
    'darf man ja nicht {reden|sagen}',
    '{on n a pas le droit|on a pas le droit} d en parler',
    'об этом {нельзя|не принято} говорить',
    '{what a|such a} coincidence',
    '{quelle|quelle drole de} coincidence',
    'que casualidad',
    'was fur ein zufall',
    'какое совпадение',
  ]),
  // The great replacement in Russian (the other languages' names are in `misinformation-named.ts`).
  ...entries('dogwhistle', 'strong', [
    '{замещение|zameshchenie} {коренного|коренных|korennogo|korennyh} {населения|народа|naseleniya|naroda}',
    '{коренных|korennyh} {не останется|ne ostanetsya}',
    '{замещение|zameshchenie} {идёт|идет|idet|idyot} {полным ходом|polnym hodom}',
  ]),
];

/** The offices a whisper is about: the word classes' office holders, and the head of state. */
const OFFICE = wordClass(
  `${CLASSES.official}|prime|pm|president|prezident|kanzleramtschef|ministerin|кремль|kremlin|diputado|deputat`,
);
/**
 * The hints, as phrases of the shared scan: a hidden illness, death or double; an allegiance asked about a person
 * (`whose side is he on`, `на кого он работает`, `кто ей платит`), not about a bill; a private life.
 */
const HINTS = new PhraseSet<true>(() =>
  [
    '{dementia|parkinson|parkinsons|alzheimer|alzheimers|stroke|senile|doppelganger|alive}',
    '{demencia|ictus|vivo|doble|demence|avc|vivant|sosie|demenz|schlaganfall|todkrank|doppelganger|gesund}',
    '{деменц*|паркинсон*|альцгеймер*|инсульт*|живой|живая|жив|двойник*|dvoinik|zhiv|zhivoy}',
    '{boyfriend|girlfriend|married|casado|novia|novio|verheiratet|женат|замужем|zhenat|zamuzhem}',
    '{whose|who|quien|qui|wer|wen|кто|кого|kto|kogo|na} ~2 {side|pays|paying|works|born|lado|paga|trabaja|nacieron|camp|paie|travaille|seite|bezahlt|arbeitet|geboren|платит|работает|стороне|rabotaet|platit} ~1 {he|she|him|her|they|them|el|ella|le|lui|elle|er|sie|ihn|ihm|ihr}',
    '{whose|who|quien|qui|wer|wen|кто|кого|kto|kogo|na} ~1 {he|she|him|her|el|ella|le|lui|elle|er|sie|ihn|ihm|ihr|он|она|ему|ей|его|её|on|ona|emu|ei} ~2 {side|pays|paying|works|born|lado|paga|trabaja|camp|paie|travaille|seite|bezahlt|arbeitet|платит|работает|стороне|rabotaet|platit}',
  ].map((p) => [p, true] as const),
);
/** Said to be hidden, or the pose of the innocent question: `just asking`, `solo pregunto`, `просто спрашиваю`. */
const HIDDEN = wordClass(
  'hiding|esconden|ocultan|escondiendo|cachent|verschweigen|verheimlichen|скрывают|скрывает|skryvayut|pregunto|frage|спрашиваю|vopros|confirmer',
);
/** A source cited: the rumour is discussed, not spread. */
const CITED = wordClass(
  'reports|reported|reuters|according|denies|denied|confirmed|segun|desmiente|desmintio|selon|dement|laut|dementiert|по данным|опроверг|опровергли|сообщает',
);
const JUST = wordClass('just|honest|only|solo|nur|juste|просто|prosto');
const ASKING = wordClass('asking|question|questions|pregunta|frage|question');

/**
 * The token range of an office holder hinted at (see the module comment), or null: a sentence with a hint (a hidden
 * illness or double, an allegiance asked about, a private life) that is a question or says it is hidden or only asked,
 * and an office named in it or in the sentence before.
 */
export function insinuatedAt(source: string, tokens: readonly Token[]): [number, number] | null {
  const hints = HINTS.scan(tokens);
  if (hints.length === 0) return null;
  // A comment that cites its source discusses the rumour (`Did the president have a stroke? The Kremlin denies it,
  // Reuters reports.`).
  for (const hint of hints) {
    const k = hint.from;
    const s = tokens[k]!.sentence;
    let from = k;
    while (from > 0 && tokens[from - 1]!.sentence === s) from--;
    let to = k;
    while (to + 1 < tokens.length && tokens[to + 1]!.sentence === s) to++;
    const question = /^[^\p{L}\p{N}]*\?/u.test(
      source.slice(tokens[to]!.end, tokens[to + 1]?.start ?? source.length),
    );
    let hidden = false;
    for (let j = from; j <= to; j++)
      hidden ||=
        HIDDEN(tokens[j]!) || (JUST(tokens[j]!) && tokens[j + 1] !== undefined && ASKING(tokens[j + 1]!));
    if (!question && !hidden) continue;
    let office = -1;
    for (let j = from - 1; j >= 0 && tokens[j]!.sentence >= s - 1 && office === -1; j--)
      if (OFFICE(tokens[j]!)) office = j;
    for (let j = from; j <= to && office === -1; j++) if (OFFICE(tokens[j]!)) office = j;
    if (office === -1) continue;
    if (tokens.some((t) => CITED(t))) return null;
    return [Math.min(office, k), Math.max(office, hint.to - 1) + 1];
  }
  return null;
}

const YOUTH_OR_NATION = wordClass(
  'swede|swedes|german|germans|brit|brits|youth|youths|young|man|men|jovenes|joven|chaval|chavales|jeune|jeunes|deutscher|jugendliche|einzelfall|молодой|молодые|человек|люди|юноша|urozhenec|urozhency|уроженец|уроженцы',
);
const KNIFE = wordClass(
  'knife|knives|stabbing|cuchillo|navaja|couteau|messer|messerangriff|нож|ножом|ножи|nozh|nozhom|feria',
);
const KNOWING = wordClass('know|sabemos|savons|wissen|понимают|понимаем|знаем|ponimaem|ponimayut|znaem');

/** The token range of a scare-quoted young man or nationality beside a knife or a knowing wink, or null. */
export function scareQuotedKnife(tokens: readonly Token[]): [number, number] | null {
  // Quoted runs are rare: the word lists are asked only about one that names a young man or a nationality.
  const run = firstQuotedRun(
    tokens,
    (from, to) => to - from <= 3 && tokens.slice(from, to).some((t) => YOUTH_OR_NATION(t)),
  );
  return run && tokens.some((t) => KNIFE(t) || KNOWING(t)) ? run : null;
}
