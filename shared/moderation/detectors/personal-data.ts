/**
 * Personal data and doxxing: details that let readers find, call or expose a person.
 *
 * What counts (each a policy switch, `policy.personalData`):
 * - phone numbers in international or national formats (`contacts.ts`), unless the sentence presents
 *   a public service number (hotline, freephone, a ministry's line);
 * - e-mail addresses, typed or written out, except institutional ones (`press@`, `info@`) and domains
 *   the newsroom allows;
 * - street addresses: a house number with a street word in English (`14 Foxglove Close`), French
 *   (`12 rue des Tanneurs`), Spanish (`calle Doctor Fleming 31`), Italian (`Via Garibaldi 22`), German
 *   (`Kastanienallee 48`) or Russian (`ул. Ленина, д. 5`), a UK postcode, a US state and ZIP code — not
 *   famous public addresses (`10 Downing Street`) nor a sentence about an embassy or a ministry
 *   (`personal-data-addresses.ts`);
 * - licence plates, when a plate word (`reg`, `Kennzeichen`, `plaque`, `matrícula`, `госномер`) is in
 *   the sentence;
 * - identity numbers: passport, date of birth, social security, national ID; bank details (an IBAN whose check
 *   digits hold, a UK sort code beside its account, `bank-details.ts`);
 * - unmasking: "his real name is", "heißt in Wirklichkeit", "настоящее имя", or a commenter's handle
 *   followed by a person's name (`@x is Dan Reed`, `@x se llama …`, `… name's …`); pointing readers at
 *   someone's home or workplace ("she lives at …", "go and tell her") when it comes with an address, a
 *   number or a call to go there, and a commenter's own ("@x works the night shift at the depot").
 * All of this is held (`personal_data`): a moderator decides, since people also post their own details
 * or a public figure's office.
 */
import type { Evidence } from '../types';
import { wordClass, type PhraseHit } from '../text/phrases';
import type { Token } from '../text/tokens';
import { HANDLE, tokensOf } from '../text/tokens';
import { emailsOf, phonesOf } from './contacts';
import { findAddresses, capitalised } from './personal-data-addresses';
import { findBankDetails } from './bank-details';
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
/** Turkish `actually`, which stands for the copula too (`nameAfter`). */
const TURKISH_REALLY = [['aslinda'], ['gercekte']];
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
  // Round 31: Italian, Polish.
  'in realta',
  'davvero',
  'naprawde',
]
  .map((p) => p.split(' '))
  // Turkish, which needs no copula: `"Bozkurt" aslında Ahmet Yılmaz` (`TURKISH_REALLY` stands for it too).
  .concat(TURKISH_REALLY);
/** An article the name may follow (`é na verdade o João Silva`). */
const NAME_ARTICLE = wordClass('o|a|il|la|el|le');

/** Words that give a person's name, as a copula would: `se llama`, `s'appelle`, `name's`, `зовут`. */
const NAMING = [
  'se llama',
  's appelle',
  'name s',
  'named',
  'goes by',
  'зовут',
  'его зовут',
  'ее зовут',
  'zovut',
  // Polish `to` is a copula only so (`"Patriota" to naprawdę Marek Nowak`): `@ivan to Mark Jones` is a reply.
  'to naprawde',
  'to w rzeczywistosci',
].map((p) => p.split(' '));

/** How many tokens from `at` on spell one of `words` (0 when none does). */
function wordsAt(tokens: readonly Token[], at: number, lists: readonly (readonly string[])[]): number {
  for (const words of lists) if (words.every((w, i) => tokens[at + i]?.text === w)) return words.length;
  return 0;
}

/**
 * The index of the first token of a name after `handle is (actually) …`, `handle se llama …`,
 * `handle … name's …` or `handle = …`, or -1.
 */
function nameAfter(source: string, tokens: readonly Token[], end: number): number {
  const next = tokens[end];
  if (next && /^\s*=\s*$/.test(source.slice(tokens[end - 1]!.end, next.start))) return end;
  for (let q = end; q < tokens.length && q <= end + 2; q++) {
    if (tokens[q]!.sentence !== tokens[end - 1]!.sentence) break;
    const naming = COPULA(tokens[q]!)
      ? 1
      : wordsAt(tokens, q, NAMING) || (q === end ? wordsAt(tokens, q, TURKISH_REALLY) : 0);
    if (naming === 0) continue;
    const at = q + naming + wordsAt(tokens, q + naming, REALLY);
    return tokens[at] && NAME_ARTICLE(tokens[at]) ? at + 1 : at;
  }
  return -1;
}

/**
 * Whether a comment speaks of an account: a handle, a quoted nickname (`'Volk_Sibiri'`), or a word for a
 * commenter or an account. A real name given for someone else, with nowhere to find them, is history or a
 * pen name (`Lenin's real name was Ulyanov`), not a reader unmasked.
 */
function namesAnAccount(source: string, tokens: readonly Token[]): boolean {
  return (
    ACCOUNT_WORDS.test(source) ||
    tokens.some(
      (t, k) =>
        t.kind === HANDLE || (t.quoted && /[_\d]/.test(t.text) && (k === 0 || !tokens[k - 1]!.quoted)),
    )
  );
}
const ACCOUNT_WORDS =
  /(?<![\p{L}\p{N}])(?:comment(?:er|ator)s?|users?|posters?|accounts?|handles?|usernames?|nicknames?|profiles?|alias|trolls?|authors?|auteurs?|autor(?:in|es|a)?|commentateurs?|utilisateurs?|pseudos?|comptes?|kommentator(?:en|in)?|nutzer(?:in)?|konto|profil|usuarios?|comentaristas?|cuentas?|perfil|forer[oa]s?|комментатор\p{L}*|коментатор\p{L}*|пользовател\p{L}*|користувач\p{L}*|ник\p{L}{0,3}|нік\p{L}{0,3}|аккаунт\p{L}*|автор\p{L}*|avtor\p{L}*|акаунт\p{L}*|профил\p{L}*|профіл\p{L}*|kommentator\p{L}*|komentator\p{L}*|akkaunt\p{L}*|akaunt\p{L}*|nik\p{L}{0,3})(?![\p{L}\p{N}])/iu;

/** A commenter's handle (quoted or `@`) followed by a person's name: `'Moderate_Voice' is Priya`. */
export function findHandleUnmasking(source: string, tokens: readonly Token[]): Evidence | null {
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
    // A hyphenated first name (round 74: `is really Min-ji Park`) counts as one.
    const hyphened = name !== undefined && source[name.end] === '-' && tokens[at + 1]?.start === name.end + 1;
    const surname = tokens[at + (hyphened ? 2 : 1)];
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

const WHERE: ReadonlySet<Signal> = new Set(['residence', 'workplace']);

/** Whether a handle is the subject of the words at `at`: up to four tokens before them, in their sentence. */
function handleBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4 && tokens[k]!.sentence === tokens[at]!.sentence; k--)
    if (tokens[k]!.kind === HANDLE) return true;
  return false;
}

/**
 * A Spanish DNI or NIE has 7 or 8 digits: `dni`/`nie` before a shorter number is a word of another language
 * (Polish `nie`, not; `dni`, days: `65 km, a nie 100`).
 */
const shortDocumentNumber = (tokens: readonly Token[], hit: PhraseHit<Signal>): boolean =>
  hit.to - hit.from === 2 &&
  /^(?:dni|nie)$/.test(tokens[hit.from]!.text) &&
  tokens[hit.to - 1]!.text.length < 7;

const onDomain = (host: string, domains: readonly string[]): boolean =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

/**
 * A journalist's own address, offered in the first person just before it and signed as the piece's author,
 * reporter or editor (round 35: `You can reach me at anna.kovacs@… - Anna Kovacs, author`, `Vous pouvez m'écrire
 * à … Marc Royer, auteur de l'article`): a byline, not someone's address made public. A reader's own (`mail me:
 * joe@example.com`, as a display name too) is still held, as LABELLING.md's moderator would.
 */
const OWN_ADDRESS =
  /(?:\b(?:reach|email|e-mail|mail|write to|contact|message) me\b|m['’]écrire|m['’]ecrire|écrivez-moi|ecrivez-moi|escríbeme|escribeme|escribidme|schreiben sie mir|schreibt mir|schreib mir|пишите мне|напишите мне)[^.!?\n]{0,12}$/iu;
const BYLINE =
  /(?<![\p{L}])(?:author|auteur|autrice|autor|autora|autorin|автор|reporter|journalist|journaliste|periodista|correspondent|correspondant|corresponsal|korrespondent|корреспондент|editor|rédacteur|redacteur|rédactrice|redactrice|redakteur|redakteurin)(?![\p{L}])/iu;
const ownAddressAt = (source: string, span: readonly [number, number]): boolean =>
  OWN_ADDRESS.test(source.slice(Math.max(0, span[0] - 40), span[0])) && BYLINE.test(source.slice(span[1]));

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
      if (e.institutional || onDomain(host, opts.allowedEmailDomains) || ownAddressAt(source, e.span))
        continue;
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
    if (tokens[hit.from]!.quoted || shortDocumentNumber(tokens, hit)) continue;
    if (!signals.has(hit.phrase.meta)) signals.set(hit.phrase.meta, hit.span);
  }
  if (opts.identityNumbers) evidence.push(...findBankDetails(source, tokens));
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
    // Of an account, or with where the person lives or works: a private person made findable.
    const findable = signals.has('residence') || signals.has('workplace');
    if (unmask && (findable || namesAnAccount(source, tokens)))
      evidence.push({ kind: 'unmasking', value: source.slice(...unmask), span: unmask, detail: 'real name' });
    else {
      const handle = findHandleUnmasking(source, tokens);
      if (handle) evidence.push(handle);
    }
    // Home or workplace, with an address, a number or a call to go there, or of a commenter named by
    // handle (`@north_wind works the night shift at the depot`).
    const where = signals.get('residence') ?? signals.get('workplace');
    const ofHandle = hits.find((h) => WHERE.has(h.phrase.meta) && handleBefore(tokens, h.from));
    if (ofHandle)
      evidence.push({
        kind: 'whereabouts',
        value: source.slice(...ofHandle.span),
        span: ofHandle.span,
        detail: "a commenter's home or workplace",
      });
    // Round 108: or with a locator that makes it findable without a number (the door, the floor, the stairwell).
    else if (where && (evidence.length > 0 || signals.has('call') || signals.has('locator')))
      evidence.push({
        kind: 'whereabouts',
        value: source.slice(...where),
        span: where,
        detail: 'home or workplace',
      });
  }
  return evidence;
}
