/**
 * Phone numbers in a comment (see `contacts.ts`).
 *
 * They are found by a scanner that accepts the separators phone numbers are written with
 * (spaces, hyphens, dots, brackets, a leading `+`); a candidate counts when it has a phone number's shape
 * (an international `+`, a national trunk `0`, an area code in brackets, `555-0142`, digit pairs) or a
 * phone word stands before it, when it is not a figure (`2 000 000`, `2,284,769`), a year range or a
 * date, and when libphonenumber-js says a number of that length is possible in the country of its
 * international prefix, or in one of the countries this site's readers write from.
 */
import { isPossiblePhoneNumber } from 'libphonenumber-js/core';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
// libphonenumber-js metadata cut to the countries below (from its `metadata.min.json`, 11 KB instead of
// 83 KB): regenerate with the snippet in docs/moderation.md when the list changes.
import phoneMetadata from './phone-metadata.json' with { type: 'json' };
import { tokenAt } from './common';
import { wordClass } from '../text/phrases';
import type { Token, Tokens } from '../text/tokens';
import { tokensOf } from '../text/tokens';
import { CUES, DIGIT_WORDS, isDigit, isLetterish } from './contact-cues';
import type { Found } from './contact-cues';

const METADATA = phoneMetadata as unknown as MetadataJson;

/** Countries whose national formats are tried for a number without `+` (readers of this site). */
const COUNTRIES: readonly CountryCode[] = [
  'GB',
  'US',
  'FR',
  'DE',
  'ES',
  'RU',
  'IT',
  'MX',
  'PL',
  'PT',
  'TR',
  'UA',
  'NL',
];

/** A run of digits and the separators phone numbers are written with (one class: linear). */
const DIGIT_RUN = /[+(]?[0-9][0-9 ()./\u00a0\u2011\u2013-]*/g;

const PHONE_WORD = wordClass(
  [
    'tel|tél|phone|telephone|mobile|mob|cell|cellphone|call|ring|text|sms|whatsapp|whats|wa|telegram|viber|signal|number|no|nr|hotline|helpline',
    // Russian typed in Latin letters (round 32: `zvonite 8 999 123 45 67`).
    'zvonite|zvonit|pishite',
    'telefono|movil|celular|llama|llamar|llamen|numero|whatsapp',
    'telephone|portable|appelez|appelle|appeler|numero|tel',
    'telefon|handy|handynummer|nummer|ruf|ruft|anrufen|festnetz',
    'тел|телефон*|номер*|моб*|звони*|позвони*|вайбер|ватсап|вотсап|телеграм*',
    'telefon|nomer|zvoni',
    // Polish, Portuguese, Turkish, Dutch, Ukrainian: `zadzwońcie`, `liguem para`, `numarası`, `bel`, `дзвоніть`.
    'numer|zadzwon*|dzwon*|komork*|liguem|ligue|ligar|telemovel|numara*|arayin|ara|cep|bel|bellen|mobiel|дзвоніть|дзвони*',
  ].join('|'),
);
/**
 * Words that make a number someone's own even beside an institution (`his personal mobile, not the council
 * one`).
 */
const PRIVATE_WORD = wordClass(
  // (Round 86: a direct line is a person's, even beside a switchboard.)
  'personal|private|privat|privee|prive|personnel|personnelle|particular|privado|privada|личный|личного|личном|direct|directe|directa|durchwahl|прямой',
);
const INSTITUTIONAL_WORD = wordClass(
  [
    'hotline|helpline|freephone|tollfree|emergency|emergencies|official|officially|ministry|embassy|consulate|police|helplines|hotlines|samaritans|charity|unhcr|redcross|council|councils|committee|secretariat|municipality|consular|parliament|ombudsman|tribunal|unicef|icrc|unrwa|consulado|centralita|consulaire|konsularisch|konsulat|консульск*',
    // Round 32: foreign ministries by their initials (`the FCDO's 24-hour line`).
    'fcdo|fco|dfat|мид|мзс',
    // Round 80 (`/work/audit41`): the German foreign office's citizens' line (`den Bürgerservice des AA unter +49 30 …`).
    'burgerservice|buergerservice|burgertelefon|auswartigen|auswartiges|krisenstab',
    // Round 86 (`/work/audit48`): switchboards, press offices, appeals, tip lines, helplines by name, embassies.
    'switchboard|enquiries|enquiry|appeal|tipline|tips|amitie|amico|ambasciata|embaixada|ambasada|consolato|ministero|redcross|msf|unicef|unhcr',
    'linea|gratuita|oficial|ministerio|embajada|emergencias|ayuntamiento|alcaldia|comite|secretaria',
    'vert|gratuit|officiel|officielle|ministere|ambassade|consulat|urgence|urgences|mairie|prefecture|secretariat|commission',
    'burgertelefon|servicenummer|kostenlos|kostenfrei|offiziell|ministerium|botschaft|notruf|seelsorge|rathaus|stadtverwaltung|burgeramt|sekretariat',
    'горяч*|доверия|бесплатн*|официальн*|министерств*|посольств*|экстренн*|администраци*|мэри*|секретариат*',
    // Round 33: the German crisis line and the Foreign Office; Russian typed in Latin letters.
    'krisenhotline|krisentelefon|auswartige|auswartigen|amt',
    'goryachaya|goryachey|goryachei|ministerstva|ministerstvo|posolstvo|posolstva|konsulstvo|konsulstva',
  ].join('|'),
);

/** `number`, `no`, `nr` and their translations: a phone word, unless a reference noun stands before it. */
const NUMBER_WORD = wordClass('number|no|nr|numero|nummer|номер|nomer');
/**
 * What a `number` after these is: a reference, not a phone (`case number 2023/0412345`, `Akte Nr.`,
 * `дело номер`, `invoice no.`).
 */
const REFERENCE_WORD = wordClass(
  [
    'case|docket|file|reference|ref|invoice|order|tracking|serial|application|patent|flight|bill|resolution|ticket|claim|tender|contract|lot|batch|item|page|issue|report|document|doc|record|permit|licence|license',
    'caso|causa|expediente|factura|pedido|sumario|asunto|dossier|affaire|facture|commande|requete|akte|aktenzeichen|rechnung|bestellung|verfahren|antrag',
    'дело|заказ|счет|счёт|заявка|заявки|delo|zakaz',
  ].join('|'),
);

/** A phone word within `reach` tokens before `at`; `number` after a reference noun does not count. */
function phoneWordBefore(tokens: readonly Token[], at: number, reach: number): boolean {
  const sentence = tokens[at]?.sentence ?? tokens[at - 1]?.sentence;
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (!PHONE_WORD(t)) continue;
    const before = tokens[k - 1];
    if (!(NUMBER_WORD(t) && before?.sentence === sentence && REFERENCE_WORD(before))) return true;
  }
  return false;
}

function inSentence(tokens: readonly Token[], at: number, test: (t: Token) => boolean): boolean {
  const sentence = tokens[at]?.sentence;
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (test(tokens[k]!)) return true;
  for (let k = at; k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (test(tokens[k]!)) return true;
  return false;
}

/** Freephone ranges: 0800/0808 (Europe), 1-800 (North America), 8-800 (Russia), +xx 800. */
function freephone(candidate: string): boolean {
  const d = candidate.replace(/[^0-9]/g, '');
  if (candidate.startsWith('+')) return /^(?:1|7|\d{2})80[08]/.test(d);
  return /^(?:0|1|8)?80[08]/.test(d);
}

/**
 * Digit groups split by single separators, with the first group's size and every later group's size:
 * `2 000 000` is a figure (1–3 then threes), `06 12 34 56 78` a phone (twos). A scan, not a pattern
 * with nested repetition.
 */
function groupsOf(
  candidate: string,
  separators: string,
  first: [number, number],
  rest: number,
  min: number,
): boolean {
  const groups = candidate.split(/[^0-9]/);
  if (groups.length < min) return false;
  let at = 0;
  for (let g = 0; g < groups.length; g++) {
    const len = groups[g]!.length;
    if (g === 0 ? len < first[0] || len > first[1] : len !== rest) return false;
    at += len;
    if (g < groups.length - 1 && !separators.includes(candidate[at]!)) return false;
    at++;
  }
  return true;
}
const thousands = (c: string): boolean => groupsOf(c, ' .\u00a0', [1, 3], 3, 2);
const digitPairs = (c: string): boolean => groupsOf(c, ' .-', [2, 2], 2, 4);
const US_SHAPE = /^\d{3}[-.]\d{3}[-.]\d{4}$/;
/** A Spanish number as it is written, three digits then pairs (`612 48 93 07`): not how a figure is. */
const ES_SHAPE = /^[6789]\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}$/;
const BRACKET_AREA = /^\(\d{2,5}\)/;
const YEAR_GROUP = /^(?:19|20)\d{2}$/;

function phoneShape(candidate: string): boolean {
  return (
    candidate.startsWith('+') ||
    candidate.startsWith('0') ||
    candidate.startsWith('(0') ||
    BRACKET_AREA.test(candidate) ||
    US_SHAPE.test(candidate) ||
    ES_SHAPE.test(candidate) ||
    digitPairs(candidate) ||
    candidate.startsWith('8 (') ||
    candidate.startsWith('8(')
  );
}

/** Letters `O` touching a digit (`07700 9OO456`, `O7700`), read as the zeros they stand for. */
const OS_BY_DIGIT = /(?<=[0-9])[Oo]+|[Oo]+(?=[0-9])/g;
const O_NEXT_TO_DIGIT = /[Oo][0-9]|[0-9][Oo]/;

/** `text` with every run of letter Os next to a digit written as zeros (same length: spans hold). */
const zerosForOs = (text: string): string => text.replace(OS_BY_DIGIT, (os) => '0'.repeat(os.length));

/** Phone numbers (see the module comment), each with its token range. */
export function findPhones(source: string, toks: Tokens = tokensOf(source)): Found[] {
  const { tokens } = toks;
  const out: Found[] = [];
  // Scanned with letter Os read as zeros; the evidence quotes what was typed.
  const text = O_NEXT_TO_DIGIT.test(source) ? zerosForOs(source) : source;
  const len = text.length;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    // Inside a word, a decimal or a date.
    if (isLetterish(prev) || prev === 46 || prev === 44 || prev === 47) continue;
    let j = i + (c === 43 || c === 40 ? 1 : 0);
    let digits = 0;
    let sepRun = 0;
    let end = i;
    const runEnd = i + m[0].length;
    for (; j < runEnd; j++) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        digits++;
        sepRun = 0;
        end = j + 1;
      } else if (++sepRun > 2) break;
    }
    // What follows the candidate is read again (`0151 2384 7761   or 0160 …`).
    if (end > i && end < runEnd) DIGIT_RUN.lastIndex = end;
    const after = end < len ? text.charCodeAt(end) : 32;
    const startAt = i;
    if (isLetterish(after) || after === 37 /* % */) continue;
    const candidate = text.slice(startAt, end);
    const plus = candidate.startsWith('+');
    if (digits < (plus ? 8 : 9) || digits > 15) continue;
    const groups = candidate.split(/[^0-9]+/).filter((g) => g !== '');
    if (groups.every((g) => YEAR_GROUP.test(g))) continue;
    const from = tokenAt(tokens, startAt);
    const to = tokenAt(tokens, end);
    const context = phoneWordBefore(tokens, from, 5);
    if ((thousands(candidate) || candidate.includes('/')) && !context) continue;
    if (!plus && !phoneShape(candidate) && !context) continue;
    // International numbers: eight to fifteen digits after the `+` is the E.164 shape; national ones
    // must be possible in one of the countries.
    const possible = plus || COUNTRIES.some((cc) => isPossiblePhoneNumber(candidate, cc, METADATA));
    if (!possible) continue;
    const free = freephone(candidate);
    const institutional =
      free || (inSentence(tokens, from, INSTITUTIONAL_WORD) && !inSentence(tokens, from, PRIVATE_WORD));
    out.push({
      kind: 'phone',
      value: source.slice(startAt, end),
      span: [startAt, end],
      obfuscated: false,
      institutional,
      ...(free ? { freephone: true as const } : {}),
      from,
      to,
    });
  }
  // Spelled out: seven or more digit words in a row (`seven seven zero zero …`).
  for (const h of CUES.scan(tokens)) {
    if (h.phrase.meta !== 'digits') continue;
    let to = h.to;
    while (to < tokens.length && DIGIT_WORD(tokens[to]!) && tokens[to]!.sentence === tokens[h.from]!.sentence)
      to++;
    if (out.some((p) => p.obfuscated && p.from <= h.from && h.from < p.to)) continue;
    const first = tokens[h.from]!;
    const last = tokens[to - 1]!;
    out.push({
      kind: 'phone',
      value: source.slice(first.start, last.end),
      span: [first.start, last.end],
      obfuscated: true,
      institutional: false,
      from: h.from,
      to,
    });
  }
  return out;
}

const DIGIT_WORD = wordClass(DIGIT_WORDS);
