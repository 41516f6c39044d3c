/**
 * Street addresses for the personal-data detector (`personal-data.ts`): a house number with a street word
 * in English, French, Spanish, Italian, German, Russian, Ukrainian or Turkish, a UK postcode, a US state and ZIP code, except
 * famous public addresses and a sentence about an embassy or a ministry.
 */
import type { Evidence } from '../types';
import { wordClass } from '../text/phrases';
import { NUMBER, type Token } from '../text/tokens';
import { isDigit } from './contact-cues';
import { sentenceStart } from './common';

/** Month names in the readership's languages, which make a number before them a date. */
const MONTH = wordClass(
  [
    'january|february|march|april|may|june|july|august|september|october|november|december',
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
    'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre',
    'januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember',
    'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  ].join('|'),
);
const PUBLIC_PLACE = wordClass(
  [
    'embassy|consulate|ministry|parliament|headquarters|hq|townhall|council|court|museum|cathedral|university|station|stadium|committee|secretariat|commission|commons|senate|congress|icc|nations|newsroom|tribunal',
    'embajada|consulado|ministerio|ayuntamiento|congreso|sede|museo|comite|comision|secretaria|redaccion|senado|tribunal|onu',
    'ambassade|consulat|ministere|mairie|prefecture|assemblee|siege|musee|commission|secretariat|comite|redaction|senat|tribunal|cpi|onu',
    'botschaft|konsulat|ministerium|rathaus|bundestag|landtag|zentrale|museum|ausschuss|sekretariat|kommission|redaktion|gericht|gerichtshof',
    'посольств*|консульств*|министерств*|мэри*|администраци*|музе*|комитет*|секретариат*|комисси*',
    // Round 86 (`/work/audit48`): embassies in more languages, NGOs, memorials and tributes, birthplaces.
    'ambasciata|consolato|ministero|embaixada|ministerio|ambasada|konsulat|ministerstwo',
    'msf|medecins|unicef|unhcr|icrc|oxfam|amnesty|caritas|croix|redcross|memorial|vigil|hommage|homenaje|mahnwache|gedenkstatte|birthplace|geburtshaus|natale|natal',
  ].join('|'),
);
/**
 * Round 109 (`/work/audit57`): a representative's office, community and cultural venues, events — public places too, but
 * only in a sentence that names no home (`the MP's actual home address, not the constituency office: 17 …`).
 */
const VENUE = wordClass(
  'constituency|permanence|wahlkreisburo|burgerburo|diputado|diputada|depute|deputee|abgeordneten|centre|center|library|theatre|theater|gallery|venue|conference|conferencia|konferenz|panel|podiumsdiskussion|literaturhaus',
);
const HOME = wordClass(
  'home|house|lives|live|living|flat|apartment|casa|domicilio|vive|domicile|habite|maison|wohnung|wohnt|zuhause|дом|живет|живёт|квартира',
);
/**
 * Opening hours or admission said after an address: a public place's (round 109: `…, 9 to 5 on weekdays`, `la entrada es
 * gratis`). Not `open` (`the door is always open`).
 */
const OPENING = wordClass(
  'opening|weekdays|daily|abierto|abierta|atiende|horario|sprechstunde|geoffnet|eintritt|entree|entrada|admission',
);
/** A house now a museum, said after its address (`Victor Hugo vivait au 6 place des Vosges, c'est un musée maintenant`). */
const MUSEUM = wordClass('museum|musee|museo|museu|muzeum|музей|muzei');
/** A year before 2000 in the sentence: an address told as history (`Avenida Viena 19 in Coyoacán, 1940`). */
const PAST_YEAR = /\b1[89][0-9]{2}\b/;
/** What a number right after a place name counts instead of numbering a house: the dead, the injured, people. */
const COUNTED = wordClass(
  [
    'dead|killed|injured|wounded|people|victims|casualties|deaths|km|miles|years|hostages',
    'muertos|heridos|personas|victimas|fallecidos|rehenes|anos',
    'morts|blesses|personnes|victimes|otages|ans',
    'tote|toten|verletzte|verletzten|menschen|opfer|personen|geiseln|jahre|kilometer',
    'погибших|погибли|раненых|человек|жертв|заложников|лет|км',
    // Round 29 (a red-team's probes): `In via Roma 3 persone`, `Piazza San Marco 20 mila`, `закрыта 3 часа`.
    'persone|morti|feriti|vittime|anni|mila|ore|giorni|pessoas|mortos|feridos|vitimas|mil|horas|dias',
    'osob|osoby|zabitych|rannych|ofiar|lat|godzin|часа|часов|тысяч|минут|дней|суток|людей|осіб|годин',
  ].join('|'),
);
const PUBLIC_ADDRESSES = new Set([
  '10 downing',
  '11 downing',
  '1600 pennsylvania',
  '221b baker',
  '221 baker',
  // Round 86 (`/work/audit48`): fiction's and the Quai d'Orsay's.
  '742 evergreen',
  '4 privet',
  '37 quai',
  '36 quai',
]);

const EN_STREET = wordClass(
  'street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct|crescent|cres|place|pl|way|mews|terrace|boulevard|blvd|gardens|grove|square|sq|row|parade|walk|hill|highway|hwy',
);
const FR_STREET = wordClass(
  'rue|avenue|av|boulevard|bd|chemin|impasse|allee|place|quai|route|cours|passage|square',
);
const ES_STREET = wordClass(
  'calle|c|avenida|avda|av|plaza|pza|paseo|camino|carrera|ronda|travesia|cl|rua|bulevar|rambla|pasaje',
);
/** Italian street words, counted only as written in a name (`Via Garibaldi 22`): `via` is English too. */
const IT_STREET = wordClass('via|viale|piazza|corso|vicolo|largo');
const RU_STREET = wordClass(
  'ул|улица|улице|проспект|просп|пр|переулок|пер|бульвар|шоссе|набережная|наб|площадь|пл|подъезд|ulitsa|ul',
);
/**
 * Street words of Ukrainian, Turkish and the West and South Slavic languages (`вулиці Хрещатик, 15`, `Atatürk Caddesi
 * No 12`): only names stand between them and the number (`на вулиці Хрещатик сьогодні 15 тисяч` is a crowd).
 */
const UK_TR_STREET = wordClass(
  [
    'вул|вулиця|вулиці|вулицю|провулок|пров|майдан|cadde|caddesi|sokak|sokagi|bulvari|mahallesi',
    // Round 123 (`dev133`): the South Slavic, Czech and Polish street (`Ulica Grge Novaka 14, Zagreb`).
    'ulica|ulice|ulici|aleja',
  ].join('|'),
);
const RU_HOUSE = wordClass('д|дом|кв|квартира|корп|корпус|dom|kv|будинок|буд');
/** Only names (or `No`) from token `from` up to `to`, excluded. */
const namesBetween = (source: string, tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).every((t) => capitalised(source, t));
/** Names and house words (`улица Ленина, дом 5`) only: `площадь Революции была закрыта 3 часа` is news. */
const houseNamesBetween = (source: string, tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).every((t) => capitalised(source, t) || RU_HOUSE(t));
/** Words that join a street's name (`Calle de las Huertas`, `Rua do Ouro`, `Via della Spiga`). */
const NAME_OF = wordClass('de|del|da|do|das|dos|di|della|delle|dei|degli|dello');
const NAME_ARTICLE = wordClass('la|las|los|el|le|lo|les|l');
/**
 * Whether the words from token `from` up to `to`, excluded, may be a street's name: an article stands in
 * one only after `de`, `del`, `da` … (`Calle de las Huertas 12`, `Rua do Ouro`); `ronda los 300` (about
 * three hundred) is a verb and a count. Names typed in lower case (`calle olmo 22`) still are names.
 */
function streetNameBetween(source: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (NAME_ARTICLE(t) && !capitalised(source, t) && !(k > from && NAME_OF(tokens[k - 1]!))) return false;
  }
  return true;
}
/** Italian words before `via` in running text, where it is written lower case (`abita in via Garibaldi 22`). */
const IT_BEFORE_VIA = wordClass('in|di|da|della|sulla|nella|abita|vive|sta|casa');
const DE_STREET_SUFFIXES = [
  'strase',
  'strasse',
  'str',
  'allee',
  'weg',
  'platz',
  'gasse',
  'ring',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
];

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A house number: up to four digits and a letter, not a year (`Breitscheidplatz 2016`). */
const isHouseNumber = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 && HOUSE_NUMBER.test(t.text) && !YEAR.test(t.text);
};
export const capitalised = (source: string, t: Token): boolean => {
  const c = source.charCodeAt(t.start);
  return source[t.start] !== source[t.start]!.toLowerCase() || (c >= 48 && c <= 57);
};
const upperSource = (source: string, t: Token): string => source.slice(t.start, t.end);
const UK_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const UK_INWARD = /^\d[A-Z]{2}$/;

const ADDRESS_WORD = wordClass('address|direccion|adresse|anschrift|indirizzo|endereco|adres|адрес|адреса');

/**
 * An address said after it to be a public place's (`Calle Mayor 1 es la dirección del Ayuntamiento`, `… is the
 * address of the embassy`): the word for an address within six words after it, the place within three after that.
 */
function addressOfPublicPlace(tokens: readonly Token[], to: number): boolean {
  const sentence = tokens[to - 1]!.sentence;
  for (let k = to; k < tokens.length && k < to + 6 && tokens[k]!.sentence === sentence; k++) {
    if (!ADDRESS_WORD(tokens[k]!)) continue;
    for (let q = k + 1; q < tokens.length && q <= k + 3 && tokens[q]!.sentence === sentence; q++)
      if (PUBLIC_PLACE(tokens[q]!)) return true;
    return false;
  }
  return false;
}

/** Street addresses: evidence spans. */
export function findAddresses(source: string, tokens: readonly Token[]): Evidence[] {
  const out: Evidence[] = [];
  const push = (from: number, to: number, detail: string) => {
    const a = tokens[from]!;
    const b = tokens[to - 1]!;
    const head = `${tokens[from]!.text} ${tokens[from + 1]?.text ?? ''}`;
    if (PUBLIC_ADDRESSES.has(head)) return;
    // A number that counts what follows it is no house number (`Breitscheidplatz, 13 Tote`).
    if (b.kind === NUMBER && tokens[to] && tokens[to].sentence === b.sentence && COUNTED(tokens[to])) return;
    let venue = false;
    for (let k = from - 1; k >= 0 && tokens[k]!.sentence === a.sentence; k--) {
      if (PUBLIC_PLACE(tokens[k]!)) return;
      venue ||= VENUE(tokens[k]!);
    }
    const homeNamed = (): boolean => tokens.some((t) => t.sentence === a.sentence && HOME(t));
    if (venue && !homeNamed()) return;
    if (addressOfPublicPlace(tokens, to)) return;
    // (Round 86.) A house now a museum; a sentence dated before 2000.
    let end = to;
    while (end < tokens.length && tokens[end]!.sentence === a.sentence) end++;
    for (let k = to; k < end; k++) if (MUSEUM(tokens[k]!) || (OPENING(tokens[k]!) && !homeNamed())) return;
    // (The address itself is left out: `1905 Main Street` is a house number.)
    const sentenceText =
      source.slice(tokens[sentenceStart(tokens, from)]!.start, a.start) +
      source.slice(b.end, tokens[end - 1]!.end);
    if (PAST_YEAR.test(sentenceText)) return;
    // A day and a month after the number make a date (`Breitscheidplatz, 19.12.2016`).
    if (/^\.\d{1,2}\.\d{2,4}/.test(source.slice(b.end, b.end + 11))) return;
    out.push({ kind: 'address', value: source.slice(a.start, b.end), span: [a.start, b.end], detail });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A number followed by a month is a date (round 71: `на Красную площадь 25 августа`).
    if (isHouseNumber(t) && !(tokens[k + 1] && MONTH(tokens[k + 1]!))) {
      // English: number, one to three capitalised words, a street word.
      let q = k + 1;
      while (q < tokens.length && q - k <= 3 && capitalised(source, tokens[q]!) && !EN_STREET(tokens[q]!))
        q++;
      const street = tokens[q];
      if (
        q > k + 1 &&
        street &&
        EN_STREET(street) &&
        capitalised(source, street) &&
        street.sentence === t.sentence
      ) {
        push(k, q + 1, 'house number and street');
        continue;
      }
      // French: number (bis/ter), a street word.
      let f = k + 1;
      if (tokens[f] && /^(?:bis|ter)$/.test(tokens[f]!.text)) f++;
      if (tokens[f] && FR_STREET(tokens[f]!) && tokens[f + 1] && tokens[f]!.sentence === t.sentence) {
        push(k, Math.min(tokens.length, f + 3), 'numéro et rue');
        continue;
      }
      // Spanish (and Italian): a street word, up to four words, the number.
      for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
        if (tokens[b]!.sentence !== t.sentence) break;
        // Capitalised (`Via Garibaldi 22`), or lower case as in running text with only names after it.
        const italian =
          IT_STREET(tokens[b]!) &&
          capitalised(source, tokens[b + 1]!) &&
          (capitalised(source, tokens[b]!) ||
            (b > 0 && IT_BEFORE_VIA(tokens[b - 1]!) && namesBetween(source, tokens, b + 1, k)));
        if (
          (ES_STREET(tokens[b]!) || italian) &&
          b < k - 1 &&
          (tokens[b]!.text.length > 1 || source[tokens[b]!.end] === '/') &&
          streetNameBetween(source, tokens, b + 1, k)
        ) {
          push(b, k + 1, italian ? 'via e numero civico' : 'calle y número');
          break;
        }
      }
      // German: a street name ending in -straße, -allee, -weg … then the number.
      const prev = tokens[k - 1];
      if (prev && prev.sentence === t.sentence && capitalised(source, prev)) {
        if (DE_STREET_SUFFIXES.some((s) => prev.text.endsWith(s) && prev.text.length > s.length + 2)) {
          push(k - 1, k + 1, 'Straße und Hausnummer');
          continue;
        }
      }
      // Russian, Ukrainian, Turkish: a street word before, or `д.`/`дом`/`буд.` right before the number.
      for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
        if (
          tokens[b]!.sentence !== t.sentence &&
          source.slice(tokens[b]!.end, tokens[b + 1]!.start).trim() !== '.'
        )
          break;
        if (
          (RU_STREET(tokens[b]!) && houseNamesBetween(source, tokens, b + 1, k)) ||
          (UK_TR_STREET(tokens[b]!) && namesBetween(source, tokens, b + 1, k)) ||
          (b === k - 1 && RU_HOUSE(tokens[b]!) && tokens[b]!.text.length > 1)
        ) {
          push(b, k + 1, 'улица и дом');
          break;
        }
      }
    }
    // UK postcode (`RG6 7PQ`) and US state + ZIP (`CT 06824`), as typed: both second parts start with a
    // digit, tested before the parts are cut out.
    const next = tokens[k + 1];
    if (
      next &&
      next.start === t.end + 1 &&
      t.text.length <= 4 &&
      next.text.length <= 5 &&
      next.text.length >= 3 &&
      isDigit(source.charCodeAt(next.start))
    ) {
      const a = upperSource(source, t);
      const b = upperSource(source, next);
      if ((UK_OUTWARD.test(a) && UK_INWARD.test(b)) || (US_STATES.has(a) && /^\d{5}$/.test(b)))
        push(k, k + 2, 'postcode');
    }
  }
  return out;
}
