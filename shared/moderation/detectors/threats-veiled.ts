/**
 * Threats of round 101 (`threats-phrases.ts` includes them), from a red-team of veiled threats against journalists,
 * judges, witnesses and commenters (`/work/audit56`): the name in the obituaries, the last article promised on a
 * condition, mock concern for the family of the person addressed, and the car bomb hinted, each naming its target
 * (`you`, `your`, `el tuyo`); and round 102's `you'll see what happens` in other languages (a closer), payback
 * promised someday to those who write and the Portuguese execution call (ambiguous: held). Reported, quoted and
 * negated ones are left alone by `threats.ts`, as for every phrase.
 */
import type { Meta } from './threats-phrases';

type Entry = readonly [string, Meta];
const act: Meta = { kind: 'act', aim: 'self' };
const menace: Meta = { kind: 'menace', aim: 'self' };
const closer: Meta = { kind: 'closer', aim: 'self' };
const ambiguous: Meta = { kind: 'ambiguous', aim: 'needs' };

/** The obituary columns (round 101). */
const OBITUARY =
  '{obituary|obituaries|obits|esquela|esquelas|necrologica|necrologique|necrologie|nachruf|nachrufe|todesanzeige|todesanzeigen|некролог|некрологе|nekrolog|nekrologe}';
/** A condition or a publishing verb before the promise (round 101). */
const CONDITION =
  '{if|si|wenn|falls|если|esli|jesli|jak|se|publish|publishes|publicas|publica|publies|publiez|veroffentlichen|veroffentlichst|опубликуешь|опубликуете|opublikuesh|opublikujesz}';
/** The last article (round 101). */
const LAST_ARTICLE =
  '{your last|ton dernier|votre dernier|tu ultimo|tu ultima|su ultimo|su ultima|ihr letzter|dein letzter|твоя последняя|твой последний|ваша последняя|tvoya poslednyaya|tvoi poslednii|twoj ostatni} {article|story|piece|publication|articulo|nota|reportaje|artikel|beitrag|text|публикация|статья|репортаж|publikatsiya|statya|tekst|artykul}';
/** Something befalling the family of the person addressed (round 101). */
const YOUR_FAMILY =
  '{your family|your kids|your children|your son|your daughter|your wife|your husband|your mother|tu familia|tus hijos|tu hijo|tu hija|tu mujer|ta famille|tes enfants|votre famille|vos enfants|deiner familie|ihrer familie|deinen kindern|ihren kindern|seus filhos|sua familia|твоей семьей|твоей семьёй|твоими детьми|вашей семьей|вашей семьёй|mamoi|s mamoi|semei|detmi}';

export const VEILED_THREATS: readonly Entry[] = [
  // Round 102: `you'll see what happens` (a closer in English) in the other languages; `Ihr seid gewarnt` was
  // left out (`Ihr seid gewarnt: morgen regnet es` warns of rain).
  ...[
    '{werdet ihr|ihr werdet|wirst du|du wirst} schon sehen',
    '{увидите|увидишь} что будет',
    '{uvidite|uvidish} chto budet',
    '{ya veran|ya veras} lo que {pasa|pasara}',
  ].map((form): Entry => [form, closer]),
  // Round 102: payback promised someday to those who write (`Irgendwann zahlen alle, die solche Lügen schreiben`;
  // `Someday I will pay off my mortgage` names no writer).
  [
    '{irgendwann|eines tages|someday|one day|llegara el dia} ~3 {zahlen|bezahlen|pay|paguen|pagaran} ~4 {schreiben|schreibt|write|writes|wrote|escriben|escribe|escribieron}',
    ambiguous,
  ],
  [
    '{пишет|пишут|pishet|pishut|write|writes|schreiben|escriben} ~6 {однажды|когда нибудь|kogda nibud|odnazhdy|someday|one day} ~2 {ответить|ответят|otvetyat|otvetit|pay|zahlen}',
    ambiguous,
  ],
  ['{tinham|tem|deviam|devem} que ser ~1 {fuzilados|fuzilado|enforcados|enforcado}', ambiguous],
  // The name in the obituaries (`el próximo nombre en el periódico será el tuyo, en la esquela`).
  [
    `{yours|your name|el tuyo|tu nombre|le tien|ton nom|votre nom|deinen namen|ihren namen|твою фамилию} ~8 ${OBITUARY}`,
    act,
  ],
  [`${OBITUARY} ~6 {yours|el tuyo|le tien|la tienne|deiner|ihrer}`, act],
  // The last article promised on a condition (`Wenn Sie die Namen veröffentlichen, … wird das Ihr letzter Artikel
  // gewesen sein`; `This will be your last column? We'll miss you` has none).
  [`${CONDITION} ~12 {will be|ll be|sera|wird|будет|budet|bedzie} ~2 ${LAST_ARTICLE}`, act],
  // Mock concern for the family (`It would be terrible if anything happened to your family before the trial`).
  [
    `{terrible|awful|a shame|a pity|una pena|una lastima|terrible|dommage|schade|schrecklich|жаль|zhalko|uma pena} ~1 {if|si|se|wenn|если|esli} ~3 {anything|something|algo|quelque chose|etwas|что то|chto to} ~1 {happened|happens|pasara|pase|arrive|arrivait|passiert|passieren|случится|sluchitsya|sluchilos|acontecesse|aconteca} ~2 ${YOUR_FAMILY}`,
    menace,
  ],
  [
    '{would hate|d hate} for ~6 grow up without {a mum|a mom|a mother|a father|a dad|their mum|their mother|their father}',
    menace,
  ],
  // The car bomb hinted (`Check under it before you drive`, `Проверяйте под днищем, прежде чем заводить`).
  // With `you` (`reporters there learned to look under the car before driving` is a habit told).
  ['{check|look} under {it|your car|your van} before {you drive|you start|you drive off}', act],
  ['под {днищем|машиной} ~3 {прежде чем|перед тем как} {заводить|заводите|заведешь|заведёшь}', act],
  ['{pod nee|pod mashinoi|pod dnishchem} {pered tem kak|prezhde chem} {zavodit|zavodish}', act],
  ['{zajrzyj|zajrzy} pod {spod|spód} {zanim|przed}', act],
  ['{mira|revisa} debajo ~2 antes de {arrancar|encenderlo|conducir}', act],
  ['{regardez|regarde} {sous|dessous} ~2 avant de {demarrer|rouler|partir}', act],
  ['{schau|schauen sie} ~2 unter ~2 bevor ~2 {losfahren|starten|anlassen}', act],
];
