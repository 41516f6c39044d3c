/**
 * Ways to reach someone, found in a comment: phone numbers, e-mail addresses (also written out:
 * `name at host dot com`, `собака`), domains written to dodge link detection (`m y s h o p . com`,
 * `shop dot com`, `shop(.)com`, `shop [dot] com`), and sums of money. Shared by the personal-data and
 * spam detectors; each is a single scan over the text or its tokens (no regular expression runs over the
 * whole comment), and results are memoised per body.
 *
 * Phone numbers are found by a scanner that accepts the separators phone numbers are written with
 * (spaces, hyphens, dots, brackets, a leading `+`); a candidate counts when it has a phone number's shape
 * (an international `+`, a national trunk `0`, an area code in brackets, `555-0142`, digit pairs) or a
 * phone word stands before it, when it is not a figure (`2 000 000`, `2,284,769`), a year range or a
 * date, and when libphonenumber-js says a number of that length is possible in the country of its
 * international prefix, or in one of the countries this site's readers write from.
 */
import { isPossiblePhoneNumber } from 'libphonenumber-js/core';
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
// libphonenumber-js metadata cut to the countries below (from its `metadata.min.json`, 9 KB instead of
// 83 KB): regenerate with the snippet in docs/moderation.md when the list changes.
import phoneMetadata from './phone-metadata.json' with { type: 'json' };
import { tokenAt } from './common';
import tlds from 'tlds/index.json' with { type: 'json' };
import { PhraseSet, wordClass } from '../text/phrases';
import type { Token, Tokens } from '../text/tokens';
import { HANDLE, NUMBER, tokensOf } from '../text/tokens';

export interface Found {
  /** `phone`, `email`, `domain`. */
  kind: string;
  value: string;
  span: [number, number];
  /** Written to dodge detection (spaced letters, `dot`, `(.)`, `собака`). */
  obfuscated: boolean;
  /** A public service number (hotline, freephone) or an institutional address (`press@`). */
  institutional: boolean;
  /** Token indices [from, to) covered. */
  from: number;
  to: number;
}

const METADATA = phoneMetadata as unknown as MetadataJson;

/** Countries whose national formats are tried for a number without `+` (readers of this site). */
const COUNTRIES: readonly CountryCode[] = ['GB', 'US', 'FR', 'DE', 'ES', 'RU', 'IT', 'MX'];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetterish = (c: number): boolean => isAsciiAlnum(c) || (c >= 0xc0 && c < 0x2000);
/** A run of digits and the separators phone numbers are written with (one class: linear). */
const DIGIT_RUN = /[+(]?[0-9][0-9 ()./\u00a0\u2011\u2013-]*/g;

const PHONE_WORD = wordClass(
  [
    'tel|tél|phone|telephone|mobile|mob|cell|cellphone|call|ring|text|sms|whatsapp|whats|wa|telegram|viber|signal|number|no|nr|hotline|helpline',
    'telefono|movil|celular|llama|llamar|llamen|numero|whatsapp',
    'telephone|portable|appelez|appelle|appeler|numero|tel',
    'telefon|handy|handynummer|nummer|ruf|ruft|anrufen|festnetz',
    'тел|телефон*|номер*|моб*|звони*|позвони*|вайбер|ватсап|вотсап|телеграм*',
    'telefon|nomer|zvoni',
  ].join('|'),
);
const INSTITUTIONAL_WORD = wordClass(
  [
    'hotline|helpline|freephone|tollfree|emergency|emergencies|official|officially|ministry|embassy|consulate|police|helplines|hotlines|samaritans|charity|unhcr|redcross',
    'linea|gratuita|oficial|ministerio|embajada|emergencias',
    'vert|gratuit|officiel|officielle|ministere|ambassade|urgence|urgences',
    'burgertelefon|servicenummer|kostenlos|kostenfrei|offiziell|ministerium|botschaft|notruf|seelsorge',
    'горяч*|доверия|бесплатн*|официальн*|министерств*|посольств*|экстренн*',
  ].join('|'),
);
const INSTITUTIONAL_LOCAL = new Set([
  'info',
  'press',
  'presse',
  'prensa',
  'contact',
  'kontakt',
  'support',
  'media',
  'tips',
  'newsdesk',
  'news',
  'office',
  'enquiries',
  'inquiries',
  'help',
  'hello',
  'letters',
  'editor',
  'redaktion',
  'redaction',
  'feedback',
  'complaints',
  'webmaster',
]);

function wordBefore(
  tokens: readonly Token[],
  at: number,
  test: (t: Token) => boolean,
  reach: number,
): boolean {
  const sentence = tokens[at]?.sentence ?? tokens[at - 1]?.sentence;
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (test(t)) return true;
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
const BRACKET_AREA = /^\(\d{2,5}\)/;
const YEAR_GROUP = /^(?:19|20)\d{2}$/;

function phoneShape(candidate: string): boolean {
  return (
    candidate.startsWith('+') ||
    candidate.startsWith('0') ||
    candidate.startsWith('(0') ||
    BRACKET_AREA.test(candidate) ||
    US_SHAPE.test(candidate) ||
    digitPairs(candidate) ||
    candidate.startsWith('8 (') ||
    candidate.startsWith('8(')
  );
}

/** Phone numbers (see the module comment), each with its token range. */
export function findPhones(text: string, toks: Tokens = tokensOf(text)): Found[] {
  const { tokens } = toks;
  const out: Found[] = [];
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
    const context = wordBefore(tokens, from, PHONE_WORD, 5);
    if ((thousands(candidate) || candidate.includes('/')) && !context) continue;
    if (!plus && !phoneShape(candidate) && !context) continue;
    // International numbers: eight to fifteen digits after the `+` is the E.164 shape; national ones
    // must be possible in one of the countries.
    const possible = plus || COUNTRIES.some((cc) => isPossiblePhoneNumber(candidate, cc, METADATA));
    if (!possible) continue;
    const institutional = freephone(candidate) || inSentence(tokens, from, INSTITUTIONAL_WORD);
    out.push({
      kind: 'phone',
      value: candidate,
      span: [startAt, end],
      obfuscated: false,
      institutional,
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
      value: text.slice(first.start, last.end),
      span: [first.start, last.end],
      obfuscated: true,
      institutional: false,
      from: h.from,
      to,
    });
  }
  return out;
}

const DIGIT_WORD = wordClass(
  [
    'zero|oh|one|two|three|four|five|six|seven|eight|nine',
    'cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
    'zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf',
    'null|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun',
    'ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять',
  ].join('|'),
);
const EMAIL_LOCAL = (c: number): boolean =>
  isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const EMAIL_HOST = (c: number): boolean =>
  isAsciiAlnum(c) || c === 46 || c === 45 || (c >= 0x430 && c <= 0x44f);

/** E-mail addresses, typed (`a@b.com`) or written out (`a at b dot com`, `a собака b точка ru`). */
export function findEmails(text: string, toks: Tokens = tokensOf(text)): Found[] {
  const out: Found[] = [];
  const { tokens } = toks;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && EMAIL_LOCAL(text.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < text.length && EMAIL_HOST(text.charCodeAt(b))) b++;
    while (b > at + 1 && (text.charCodeAt(b - 1) === 46 || text.charCodeAt(b - 1) === 45)) b--;
    if (a === at || b === at + 1) continue;
    const host = text.slice(at + 1, b).toLowerCase();
    const dot = host.lastIndexOf('.');
    if (dot <= 0 || host.length - dot - 1 < 2) continue;
    const local = text.slice(a, at).toLowerCase();
    out.push({
      kind: 'email',
      value: text.slice(a, b),
      span: [a, b],
      obfuscated: false,
      institutional: INSTITUTIONAL_LOCAL.has(local),
      from: tokenAt(tokens, a),
      to: tokenAt(tokens, b),
    });
  }
  // Written out: a word, `at`, then a domain (plain or disguised).
  for (const h of CUES.scan(tokens)) {
    if (h.phrase.meta !== 'at' || h.from < 1) continue;
    const d = domainFrom(text, tokens, h.from + 1, true);
    if (!d) continue;
    const atTok = tokens[h.from]!;
    const local = tokens[h.from - 1]!;
    if (local.sentence !== atTok.sentence) continue;
    // `x.y` local parts and `dee dot marsh`: take the tokens glued by dots or dot-words.
    let first = d.from - 2;
    while (first > 0) {
      const gap = text.slice(tokens[first - 1]!.end, tokens[first]!.start);
      if (gap === '.' || gap === '_' || gap === '-') first--;
      else if (first > 1 && DOT_WORD(tokens[first - 1]!) && tokens[first - 2]!.sentence === local.sentence)
        first -= 2;
      else break;
    }
    const start = tokens[first]!.start;
    if (out.some((e) => e.span[0] <= start && start < e.span[1])) continue;
    // `posted at www.iaea.org` is English, not an address: with a plain `at` and a plain domain, the
    // local part must look like one (`j.smith`, `jsmith79`), or the `at` be bracketed (`[at]`).
    const bracketed = /[[(]\s*$/.test(text.slice(local.end, atTok.start));
    const localLooks = first < d.from - 2 || /\d/.test(local.text);
    if (!d.obfuscated && atTok.text === 'at' && !bracketed && !localLooks) continue;
    out.push({
      kind: 'email',
      value: text.slice(start, d.span[1]),
      span: [start, d.span[1]],
      obfuscated: true,
      institutional: false,
      from: first,
      to: d.to,
    });
  }
  return out;
}

const DOT_WORD = wordClass('dot|punto|point|punkt|точка|tochka|tchk|тчк');
const DIGIT_WORDS = [
  'zero|oh|one|two|three|four|five|six|seven|eight|nine',
  'cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
  'zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf',
  'null|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun',
  'ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять',
].join('|');

/**
 * Cues read with the shared phrase scan, so that no detector walks every token for them: seven digit
 * words in a row, an `at` word, a dot word.
 */
const CUES = new PhraseSet<'digits' | 'at' | 'dot'>(
  [
    ['$d $d $d $d $d $d $d', 'digits'],
    ['{at|arroba|собака|sobaka|chez|bei}', 'at'],
    ['{dot|punto|point|punkt|точка|tochka|tchk|тчк}', 'dot'],
  ],
  { d: DIGIT_WORDS },
);

const TLDS = new Set<string>(tlds);
for (const t of ['рф', 'рус', 'укр', 'бел', 'срб', 'қаз', 'мкд']) TLDS.add(t);
/** Top-level domains accepted after a written-out `dot` (where an ordinary word could follow). */
const COMMON_TLDS = new Set(
  'com net org info biz io co me tv eu uk de fr es it ru ua pl nl be ch at pt us ca au online shop store site xyz top club pro app live news work loans bet casino vip win cash money click link fun icu cc ws su рф'.split(
    ' ',
  ),
);
const STOPWORDS = wordClass(
  'the|a|an|this|that|these|those|and|or|of|in|on|at|to|for|with|from|by|my|your|our|their|his|her|its|new|old|big|whole|first|last|one|el|la|le|les|der|die|das|и|в|на',
);

/**
 * Domains written so that no link is made: spaced letters (`m y s h o p . com`), a spaced or bracketed
 * dot (`shop . com`, `shop(.)com`, `shop[.]com`), a dot written as a word (`shop dot com`, `точка`).
 * With `all`, plain `shop.com` too (for written-out e-mail addresses).
 */
export function findDomains(text: string, toks: Tokens = tokensOf(text), all = false): Found[] {
  const { tokens } = toks;
  const out: Found[] = [];
  // Start only where a domain may be disguised: before a spaced or bracketed dot, a dot word, or at
  // spaced-out letters.
  const starts = new Set<number>();
  for (const sep of [' .', '(.)', '[.]']) {
    for (let p = text.indexOf(sep); p >= 0; p = text.indexOf(sep, p + 1)) {
      const before = tokenAt(tokens, p) - 1;
      if (before >= 0) starts.add(labelStart(text, tokens, before));
    }
  }
  for (const h of CUES.scan(tokens))
    if (h.phrase.meta === 'dot' && h.from > 0) starts.add(labelStart(text, tokens, h.from - 1));
  for (const k of [...starts].sort((a, b) => a - b)) {
    if (out.length > 0 && k < out.at(-1)!.to) continue;
    const d = domainFrom(text, tokens, k, all);
    if (d) out.push(d);
  }
  return out;
}

/** The gap between token k − 1 and token k, without building a string for the common cases. */
function gapAt(text: string, tokens: readonly Token[], k: number): string {
  const a = tokens[k - 1]!.end;
  const b = tokens[k]!.start;
  if (b - a === 1) {
    const c = text.charCodeAt(a);
    return c === 32 ? ' ' : c === 46 ? '.' : c === 45 ? '-' : text[a]!;
  }
  return text.slice(a, b);
}

/** Where the label ending at token `k` starts: back over hyphens, plain dots and spaced-out letters. */
function labelStart(text: string, tokens: readonly Token[], k: number): number {
  let q = k;
  for (;;) {
    if (q === 0) return q;
    const g = gapAt(text, tokens, q);
    if (g === '-' || g === '.') q--;
    else if (g === ' ' && tokens[q]!.text.length === 1 && tokens[q - 1]!.text.length === 1) q--;
    else return q;
  }
}

/** A domain starting at token `k` (see `findDomains`), or null. */
export function domainFrom(text: string, tokens: readonly Token[], k: number, all: boolean): Found | null {
  const gap = (q: number): string => gapAt(text, tokens, q);
  const labels: string[] = [];
  let obfuscated = false;
  let spacedLetters = false;
  let wordDot = false;
  let q = k;
  for (;;) {
    // A label: one token, hyphenated tokens, or three or more single letters spaced out.
    const t = tokens[q];
    if (!t || t.kind === HANDLE) break;
    let label = t.text;
    let r = q + 1;
    if (t.text.length === 1 && t.kind !== NUMBER) {
      while (r < tokens.length && tokens[r]!.text.length === 1 && gap(r) === ' ') r++;
      if (r - q >= 3) {
        label = tokens
          .slice(q, r)
          .map((x) => x.text)
          .join('');
        spacedLetters = true;
      } else r = q + 1;
    }
    while (r < tokens.length && gap(r) === '-' && tokens[r]!.kind !== HANDLE) {
      label += `-${tokens[r]!.text}`;
      r++;
    }
    labels.push(label);
    q = r;
    // A separator, then another label.
    const next = tokens[q];
    if (!next) break;
    const g = gap(q);
    if (g === '.') continue;
    if (isDotGap(g)) {
      obfuscated = true;
      continue;
    }
    if (
      next.sentence === t.sentence &&
      WORD_DOT_BEFORE.has(g) &&
      DOT_WORD(next) &&
      tokens[q + 1] !== undefined &&
      WORD_DOT_AFTER.has(gap(q + 1))
    ) {
      obfuscated = true;
      wordDot = true;
      q++;
      continue;
    }
    break;
  }
  if (labels.length < 2) return null;
  const tld = labels.at(-1)!;
  const disguised = obfuscated || spacedLetters;
  const ok =
    TLDS.has(tld) &&
    (disguised || all) &&
    (!disguised || COMMON_TLDS.has(tld)) &&
    !(wordDot && (STOPWORDS({ ...tokens[k]!, text: labels[0]! }) || labels[0]!.length < 3));
  if (!ok) return null;
  return {
    kind: 'domain',
    value: labels.join('.'),
    span: [tokens[k]!.start, tokens[q - 1]!.end],
    obfuscated: disguised,
    institutional: false,
    from: k,
    to: q,
  };
}

/** A dot written so that it links nothing: ` . `, ` .`, `(.)`, `[.]`, `{.}`, `[dot]`-style brackets. */
function isDotGap(g: string): boolean {
  if (
    g === ' . ' ||
    g === ' .' ||
    g === '(.)' ||
    g === '[.]' ||
    g === '{.}' ||
    g === ' (.) ' ||
    g === ' [.] '
  )
    return true;
  return false;
}
/** Around a dot written as a word: spaces or brackets (`[dot]`, `(dot)`). */
const WORD_DOT_BEFORE = new Set([' ', ' [', ' (', '[', '(']);
const WORD_DOT_AFTER = new Set([' ', '] ', ') ', ']', ')']);

const CURRENCY_SYMBOLS = new Set([...'$€£₽¥₴₹₺'].map((c) => c.charCodeAt(0)));
const CURRENCY_WORD = wordClass(
  'usd|eur|euro|euros|dollar|dollars|bucks|pounds|gbp|rub|руб|рублей|рубля|рубль|доллар*|евро|peso|pesos|francs|cfa|chf|pln|грн|гривен',
);

/** Token indices of sums of money (`$400`, `2.800 €`, `99 рублей`, `$100k`). */
export function findMoney(text: string, toks: Tokens = tokensOf(text)): number[] {
  const { tokens } = toks;
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isDigit(t.text.charCodeAt(0))) continue;
    const before = k > 0 ? text.slice(tokens[k - 1]!.end, t.start) : text.slice(0, t.start);
    const after = text.slice(t.end, tokens[k + 1]?.start ?? text.length);
    const symbolBefore = before.length > 0 && hasCurrency(before);
    const symbolAfter = hasCurrency(after);
    const wordAfter = tokens[k + 1] !== undefined && after.trim() === '' && CURRENCY_WORD(tokens[k + 1]!);
    if (symbolBefore || symbolAfter || wordAfter) out.push(k);
  }
  return out;
}

function hasCurrency(gap: string): boolean {
  for (let i = 0; i < gap.length && i < 4; i++) if (CURRENCY_SYMBOLS.has(gap.charCodeAt(i))) return true;
  for (let i = gap.length - 1; i >= 0 && i >= gap.length - 3; i--)
    if (CURRENCY_SYMBOLS.has(gap.charCodeAt(i))) return true;
  return false;
}

// Memo: both detectors of one comment ask for the same things.
let memoText = '';
let memo: { phones?: Found[]; emails?: Found[]; domains?: Found[]; money?: number[] } = {};
function memoFor(text: string) {
  if (text !== memoText) {
    memoText = text;
    memo = {};
  }
  return memo;
}
export const phonesOf = (text: string): Found[] => (memoFor(text).phones ??= findPhones(text));
export const emailsOf = (text: string): Found[] => (memoFor(text).emails ??= findEmails(text));
export const domainsOf = (text: string): Found[] => (memoFor(text).domains ??= findDomains(text));
export const moneyOf = (text: string): number[] => (memoFor(text).money ??= findMoney(text));
