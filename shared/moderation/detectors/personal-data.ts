/**
 * Personal data and doxxing: details that let readers find, call or expose a person.
 *
 * What counts (each a policy switch, `policy.personalData`):
 * - phone numbers in international or national formats (`contacts.ts`), unless the sentence presents
 *   a public service number (hotline, freephone, a ministry's line);
 * - e-mail addresses, typed or written out, except institutional ones (`press@`, `info@`) and domains
 *   the newsroom allows;
 * - street addresses: a house number with a street word in English (`14 Foxglove Close`), French
 *   (`12 rue des Tanneurs`), Spanish (`calle Doctor Fleming 31`), German (`Kastanienallee 48`) or
 *   Russian (`ул. Ленина, д. 5`), a UK postcode, a US state and ZIP code — not famous public addresses
 *   (`10 Downing Street`) nor a sentence about an embassy or a ministry;
 * - licence plates, when a plate word (`reg`, `Kennzeichen`, `plaque`, `matrícula`, `госномер`) is in
 *   the sentence;
 * - identity numbers: passport, date of birth, social security, national ID;
 * - unmasking: "his real name is", "heißt in Wirklichkeit", "настоящее имя", or a commenter's handle
 *   followed by a person's name; pointing readers at someone's home or workplace ("she lives at …",
 *   "go and tell her") when it comes with an address, a number or a call to go there.
 * All of this is held (`personal_data`): a moderator decides, since people also post their own details
 * or a public figure's office.
 */
import type { Evidence } from '../types';
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { HANDLE, tokensOf } from '../text/tokens';
import { isDigit } from './contact-cues';
import { emailsOf, phonesOf } from './contacts';
import { PHRASES } from './personal-data-phrases';
import type { Signal } from './personal-data-phrases';

export interface PersonalDataOptions {
  phoneNumbers: boolean;
  emailAddresses: boolean;
  streetAddresses: boolean;
  licencePlates: boolean;
  identityNumbers: boolean;
  unmasking: boolean;
  allowedEmailDomains: readonly string[];
}

const PUBLIC_PLACE = wordClass(
  [
    'embassy|consulate|ministry|parliament|headquarters|hq|townhall|council|court|museum|cathedral|university|station|stadium',
    'embajada|consulado|ministerio|ayuntamiento|congreso|sede|museo',
    'ambassade|consulat|ministere|mairie|prefecture|assemblee|siege|musee',
    'botschaft|konsulat|ministerium|rathaus|bundestag|landtag|zentrale|museum',
    'посольств*|консульств*|министерств*|мэри*|администраци*|музе*',
  ].join('|'),
);
const PUBLIC_ADDRESSES = new Set([
  '10 downing',
  '11 downing',
  '1600 pennsylvania',
  '221b baker',
  '221 baker',
]);

const EN_STREET = wordClass(
  'street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct|crescent|cres|place|pl|way|mews|terrace|boulevard|blvd|gardens|grove|square|sq|row|parade|walk|hill|highway|hwy',
);
const FR_STREET = wordClass(
  'rue|avenue|av|boulevard|bd|chemin|impasse|allee|place|quai|route|cours|passage|square',
);
const ES_STREET = wordClass('calle|c|avenida|avda|av|plaza|pza|paseo|camino|carrera|ronda|travesia|cl|rua');
const RU_STREET = wordClass(
  'ул|улица|улице|проспект|просп|пр|переулок|пер|бульвар|шоссе|набережная|наб|площадь|пл|подъезд|ulitsa|ul',
);
const RU_HOUSE = wordClass('д|дом|кв|квартира|корп|корпус|dom|kv');
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
const capitalised = (source: string, t: Token): boolean => {
  const c = source.charCodeAt(t.start);
  return source[t.start] !== source[t.start]!.toLowerCase() || (c >= 48 && c <= 57);
};
const upperSource = (source: string, t: Token): string => source.slice(t.start, t.end);
const UK_OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const UK_INWARD = /^\d[A-Z]{2}$/;

/** Street addresses: evidence spans. */
function findAddresses(source: string, tokens: readonly Token[]): Evidence[] {
  const out: Evidence[] = [];
  const push = (from: number, to: number, detail: string) => {
    const a = tokens[from]!;
    const b = tokens[to - 1]!;
    const head = `${tokens[from]!.text} ${tokens[from + 1]?.text ?? ''}`;
    if (PUBLIC_ADDRESSES.has(head)) return;
    for (let k = from - 1; k >= 0 && tokens[k]!.sentence === a.sentence; k--)
      if (PUBLIC_PLACE(tokens[k]!)) return;
    out.push({ kind: 'address', value: source.slice(a.start, b.end), span: [a.start, b.end], detail });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isHouseNumber(t)) {
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
      // Spanish: a street word, up to four words, the number.
      for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
        if (tokens[b]!.sentence !== t.sentence) break;
        if (
          ES_STREET(tokens[b]!) &&
          b < k - 1 &&
          (tokens[b]!.text.length > 1 || source[tokens[b]!.end] === '/')
        ) {
          push(b, k + 1, 'calle y número');
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
      // Russian: a street word before, or `д.`/`дом` right before the number.
      for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
        if (
          tokens[b]!.sentence !== t.sentence &&
          source.slice(tokens[b]!.end, tokens[b + 1]!.start).trim() !== '.'
        )
          break;
        if (RU_STREET(tokens[b]!) || (b === k - 1 && RU_HOUSE(tokens[b]!) && tokens[b]!.text.length > 1)) {
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

/** A licence plate: letters and digits in capitals, when a plate word is in the same sentence. */
function findPlates(source: string, tokens: readonly Token[], plateWords: readonly number[]): Evidence[] {
  const out: Evidence[] = [];
  for (const k of plateWords) {
    const sentence = tokens[k]!.sentence;
    for (let q = k + 1; q < tokens.length && q <= k + 20 && tokens[q]!.sentence === sentence; q++) {
      // One to three tokens glued by a space or hyphen: `LK19 XRT`, `M-KL 4471`, `AB-123-CD`.
      for (let n = 1; n <= 3 && q + n <= tokens.length; n++) {
        const first = tokens[q]!;
        const last = tokens[q + n - 1]!;
        if (last.sentence !== sentence) break;
        const typed = source.slice(first.start, last.end);
        if (!plateShaped(typed)) break;
        const compact = typed.replace(/[ -]/g, '');
        const letters = compact.replace(/[0-9]/g, '').length;
        const digits = compact.length - letters;
        if (compact.length >= 5 && compact.length <= 9 && letters >= 2 && digits >= 2) {
          out.push({ kind: 'plate', value: typed, span: [first.start, last.end], detail: 'licence plate' });
          return out;
        }
      }
    }
  }
  return out;
}

/** Capitals (Latin, German umlauts, Cyrillic) and digits, in up to three parts split by a space or hyphen. */
function plateShaped(typed: string): boolean {
  let parts = 1;
  for (let i = 0; i < typed.length; i++) {
    const c = typed.charCodeAt(i);
    if (c === 32 || c === 45) {
      if (
        i === 0 ||
        i === typed.length - 1 ||
        typed.charCodeAt(i - 1) === 32 ||
        typed.charCodeAt(i - 1) === 45
      )
        return false;
      if (++parts > 3) return false;
    } else if (!(
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      c === 0xc4 ||
      c === 0xd6 ||
      c === 0xdc ||
      (c >= 0x410 && c <= 0x42f)
    ))
      return false;
  }
  return typed.length > 0;
}

const COPULA = wordClass('is|est|ist|heist|heisst|es|это|eto|e|jest|heet');
/** What may stand between the copula and the name to say it is the real one: `is actually Daniel Kerrigan`. */
const REALLY = [
  'actually',
  'really',
  'in real life',
  'in fact',
  'en realidad',
  'en vrai',
  'en realite',
  'eigentlich',
  'in wirklichkeit',
  'na verdade',
  'realmente',
  'in het echt',
  'w rzeczywistosci',
  'на самом деле',
].map((p) => p.split(' '));

/** How many tokens from `at` on spell one of `REALLY` (0 when none does). */
function reallyAt(tokens: readonly Token[], at: number): number {
  for (const words of REALLY) if (words.every((w, i) => tokens[at + i]?.text === w)) return words.length;
  return 0;
}

/** The index of the first token of a name after `handle is (actually) …` or `handle = …`, or -1. */
function nameAfter(source: string, tokens: readonly Token[], end: number): number {
  const next = tokens[end];
  if (next && /^\s*=\s*$/.test(source.slice(tokens[end - 1]!.end, next.start))) return end;
  for (let q = end; q < tokens.length && q <= end + 2; q++) {
    if (!COPULA(tokens[q]!) || tokens[q]!.sentence !== tokens[end - 1]!.sentence) continue;
    return q + 1 + reallyAt(tokens, q + 1);
  }
  return -1;
}

/** A commenter's handle (quoted or `@`) followed by a person's name: `'Moderate_Voice' is Priya`. */
function findHandleUnmasking(source: string, tokens: readonly Token[]): Evidence | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let end = k + 1;
    if (t.kind === HANDLE) end = k + 1;
    else if (t.quoted && (k === 0 || !tokens[k - 1]!.quoted)) {
      while (end < tokens.length && tokens[end]!.quoted) end++;
      const inside = source.slice(t.start, tokens[end - 1]!.end);
      if (/\s/.test(inside) || inside.length > 32) continue;
    } else continue;
    // `is`, `c'est`, `— это` (perhaps `actually`), or `=`, then a capitalised name of two words.
    const at = nameAfter(source, tokens, end);
    const name = tokens[at];
    const surname = tokens[at + 1];
    if (
      name &&
      surname &&
      name.sentence === t.sentence &&
      surname.sentence === t.sentence &&
      capitalised(source, name) &&
      capitalised(source, surname) &&
      !/\d/.test(source.slice(name.start, surname.end)) &&
      name.text.length > 1
    )
      return {
        kind: 'unmasking',
        value: source.slice(t.start, surname.end),
        span: [t.start, surname.end],
        detail: 'a handle tied to a name',
      };
  }
  return null;
}

const onDomain = (host: string, domains: readonly string[]): boolean =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

/** Everything personal in a comment, as evidence; empty when nothing is. */
export function detectPersonalData(source: string, opts: PersonalDataOptions): Evidence[] {
  const { tokens } = tokensOf(source);
  const evidence: Evidence[] = [];
  if (opts.phoneNumbers) {
    for (const p of phonesOf(source)) {
      if (p.institutional) continue;
      evidence.push({
        kind: 'phone',
        value: p.value,
        span: p.span,
        detail: p.obfuscated ? 'spelled out' : 'phone number',
      });
    }
  }
  if (opts.emailAddresses) {
    for (const e of emailsOf(source)) {
      const host = e.value.slice(e.value.lastIndexOf('@') + 1).toLowerCase();
      if (e.institutional || onDomain(host, opts.allowedEmailDomains)) continue;
      evidence.push({
        kind: 'email',
        value: e.value,
        span: e.span,
        detail: e.obfuscated ? 'written out' : 'e-mail address',
      });
    }
  }
  if (opts.streetAddresses) evidence.push(...findAddresses(source, tokens));
  const hits = PHRASES.scan(tokens);
  if (opts.licencePlates)
    evidence.push(
      ...findPlates(
        source,
        tokens,
        hits.filter((h) => h.phrase.meta === 'plate').map((h) => h.from),
      ),
    );

  const signals = new Map<Signal, [number, number]>();
  for (const hit of hits) {
    if (tokens[hit.from]!.quoted) continue;
    if (!signals.has(hit.phrase.meta)) signals.set(hit.phrase.meta, hit.span);
  }
  const identity = signals.get('identity');
  if (opts.identityNumbers && identity)
    evidence.push({
      kind: 'identity',
      value: source.slice(...identity),
      span: identity,
      detail: 'identity number',
    });
  if (opts.unmasking) {
    const unmask = signals.get('unmask');
    if (unmask)
      evidence.push({ kind: 'unmasking', value: source.slice(...unmask), span: unmask, detail: 'real name' });
    else {
      const handle = findHandleUnmasking(source, tokens);
      if (handle) evidence.push(handle);
    }
    // Home or workplace, with an address, a number or a call to go there.
    const where = signals.get('residence') ?? signals.get('workplace');
    if (where && (evidence.length > 0 || signals.has('call')))
      evidence.push({
        kind: 'whereabouts',
        value: source.slice(...where),
        span: where,
        detail: 'home or workplace',
      });
  }
  return evidence;
}
