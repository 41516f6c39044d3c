/**
 * What several detectors need: word classes in the five languages the local detectors read (English,
 * Spanish, French, German, Russian in Cyrillic and in Latin transliteration), and the questions asked of
 * a comment's tokens — is this word addressed to someone, is it inside a quotation or a report of what
 * someone else said.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { HANDLE, WORD } from '../text/tokens';
import { RecentMap } from '../text/memo';
import { normalizeText } from '../text/normalize';
import type { NormalizedText } from '../text/normalize';
import type { TermHit, TermMatcher } from '../text/term-matcher';

export { CLASSES } from './word-classes';
import { CLASSES } from './word-classes';
import { quotationAddressed, quotationEndorsed } from './endorsed';

const isYou = wordClass(CLASSES.you);
const isTarget = wordClass(CLASSES.target);

const FRENCH_TU_VERB = wordClass('es|as|etais|avais|vas|fais|sais|peux|dois');

/** Whether one of the `reach` tokens before `from`, in its sentence, passes `test` (a negation, a reporting verb). */
export function wordBefore(
  tokens: readonly Token[],
  from: number,
  reach: number,
  test: (t: Token) => boolean,
): boolean {
  for (let k = from - 1; k >= 0 && k >= from - reach; k--) {
    if (tokens[k]!.sentence !== tokens[from]!.sentence) return false;
    if (test(tokens[k]!)) return true;
  }
  return false;
}

/** The index of the first token of the sentence of token `k`. */
export function sentenceStart(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]!.sentence;
  let start = k;
  while (start > 0 && tokens[start - 1]!.sentence === sentence) start--;
  return start;
}

/** Whether the word at `t` is written as a name is: a capital, then a lower-case letter (`Milei`; not `NATO`). */
export function nameCased(source: string, t: Token): boolean {
  const a = source[t.start]!;
  const b = source[t.start + 1] ?? '';
  return a !== a.toLowerCase() && b === b.toLowerCase() && b !== b.toUpperCase();
}

/**
 * Whether the token at `k` names an addressee: a handle, a second-person word, the author. French `t'`
 * counts only before a verb (`t'es`, `t'as`), since English `don't` also leaves a `t`.
 */
export function addresseeAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.kind === HANDLE || isYou(token) || isTarget(token)) return true;
  const next = tokens[k + 1];
  return token.text === 't' && next !== undefined && next.start === token.end + 1 && FRENCH_TU_VERB(next);
}

/** The second person only (`you`, `ты`, French `t'es`), not a handle or the author named. */
const secondPersonAt = (tokens: readonly Token[], k: number): boolean =>
  isYou(tokens[k]!) || (addresseeAt(tokens, k) && tokens[k]!.text === 't');

/** True when a token within `before` tokens before `at` or `after` tokens after it (same sentence) names an addressee. */
export function aimedNear(
  tokens: readonly Token[],
  from: number,
  to: number,
  before = 4,
  after = 3,
): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && k >= from - before; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (addresseeAt(tokens, k)) return true;
  }
  for (let k = to; k < tokens.length && k < to + after; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    if (addresseeAt(tokens, k)) return true;
  }
  return false;
}

/**
 * True when the comment addresses someone anywhere: a handle or `you` outside quotations, or the author
 * (`the "journalist"` in scare quotes still names one).
 */
export function addressesSomeone(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quoted ? isTarget(t) : addresseeAt(tokens, k)) return true;
  }
  return false;
}

/** The token index containing or following a source offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens [from, to) of a source span: from the one holding its start, at least one. */
export function tokenRange(tokens: readonly Token[], span: readonly [number, number]): [number, number] {
  const from = tokenAt(tokens, span[0]);
  return [from, Math.max(from + 1, tokenAt(tokens, span[1]))];
}

/** Nouns that introduce a mention: `the word …`, `le mot …`, `слово …`, `the slogan …`. */
export const MENTION_NOUN = wordClass(
  [
    'word|words|term|phrase|slogan|slogans|chant|chants|banner|banners|graffiti|slur|insult|label|nickname|expression',
    'palabra|termino|frase|lema|pancarta|insulto|expresion|apodo',
    'mot|terme|phrase|slogan|banderole|insulte|expression|surnom',
    'wort|begriff|spruch|parole|transparent|beleidigung|ausdruck|schimpfwort|unwort',
    'слово|слова|термин|лозунг|оскорбление|выражение|прозвище',
    'slovo',
  ].join('|'),
);

/** Verbs of shouting that report what was said: `the attackers shouted Allahu akbar`. */
const SHOUTED = wordClass(
  [
    'shouted|shouting|yelled|yelling|chanted|chanting|screamed|screaming',
    'gritaron|grito|gritando|coreaban|criaient|criant|crie|scandaient|riefen|rief|schrien|skandierten',
    'кричали|кричал|крича|выкрикивали|выкрикивая|krichali',
  ].join('|'),
);

/**
 * True when the words at [from, to) are a mention rather than a use: inside quotation marks, or right
 * after a noun that introduces one (`the word …`, `le mot …`, `слово …`) or a verb of shouting that
 * reports it (`shouted …`, `criaient …`).
 */
export function mentioned(tokens: readonly Token[], from: number, to: number): boolean {
  // `to` may pass the last token: a match can end in characters no token holds (`𝒦𝒾𝓁𝓁 𝓎ℴ𝓊𝓇𝓈ℯ𝓁𝒻`).
  for (let k = from; k < Math.min(to, tokens.length); k++)
    // A quotation the comment endorses is its own words (round 61, `endorsed.ts`).
    if (tokens[k]!.quoted)
      return !quotationEndorsed(tokens, k) && !quotationAddressed(tokens, k, secondPersonAt);
  const prev = tokens[from - 1];
  return (
    prev !== undefined && prev.sentence === tokens[from]?.sentence && (MENTION_NOUN(prev) || SHOUTED(prev))
  );
}

/**
 * Nouns that name a claim as one: after a term they make it the subject of discussion (`the biolabs story`,
 * `false-flag claims`, round 122: `Great Replacement language`); before a `that` they report what follows (`the claim that`).
 */
export const CLAIM_NOUN = wordClass(
  [
    'claim|claims|story|stories|narrative|narratives|theory|theories|myth|myths|hoax|hoaxes|trope|tropes|rumour|rumours|rumor|rumors|meme|memes|conspiracy|propaganda|idea|notion|allegation|allegations|suggestion|assertion|language|rhetoric|lingo|vocabulary|playbook|rhetorique|lenguaje|retorica|rhetorik|риторика',
    'bulo|bulos|teoria|teorias|mito|mitos|narrativa|relato|rumor|rumores|version|afirmacion|idea',
    'theorie|theories|mythe|mythes|recit|rumeur|rumeurs|intox|complot|idee|affirmation|these|version',
    'theorie|theorien|mythos|narrativ|erzahlung|geruchte|verschworungstheorie|behauptung|these|vorwurf',
    'теория|теории|теорию|миф|мифы|фейк|фейки|нарратив|слухи|слух|версия|версию|утверждение',
    // Portuguese, Italian, Polish (round 31: `A tese de que o massacre foi encenado foi desmentida`).
    'tese|teses|boato|boatos|teoria|teorias|tesi|bufala|bufale|narrazione|teza|plotka|plotki|teorie',
  ].join('|'),
);

/**
 * Whether the words at [from, to) are talked about rather than used (`mentioned`), or, with `claims`,
 * named as a claim under discussion (`the biolabs story travelled`); either way with nobody addressed
 * next to them (`you 'kike'` is a use).
 */
export function mentionAt(tokens: readonly Token[], from: number, to: number, claims = false): boolean {
  if (from >= tokens.length || aimedNear(tokens, from, to)) return false;
  if (mentioned(tokens, from, to)) return true;
  const next = tokens[to];
  return claims && next !== undefined && next.sentence === tokens[to - 1]!.sentence && CLAIM_NOUN(next);
}

/** Nouns after a word of praise that make it the object of scorn: `spare me the hero talk`, `the martyr cult`. */
const SCORN = wordClass(
  [
    'talk|narrative|narratives|nonsense|worship|worshipping|myth|myths|rhetoric|propaganda|stuff|bs|crap|fantasy|fantasies|cult|routine|mythology|kitsch|rhetorique|discurso|relato|gerede|kult|mythos|пропаганда|риторика|культ',
    // Called off (round 83): `шахид отменяется`, `martyrdom cancelled`.
    'отменяется|отменяются|отменили|cancelled|canceled|annule|annulee|cancelado|cancelada|abgesagt',
  ].join('|'),
);

/** Whether the words ending at `to` are followed, in their sentence, by a noun that scorns them (`SCORN`). */
export function scornedAt(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return next !== undefined && to > 0 && next.sentence === tokens[to - 1]!.sentence && SCORN(next);
}

const TITLE = wordClass(
  'mr|mrs|ms|miss|dr|sir|madam|herr|frau|mme|mlle|monsieur|madame|sr|sra|senor|senora|don|dona|господин|госпожа|gospodin',
);

/**
 * A person named in the sentence of token `at` (or anywhere with `at` < 0): a title and a name
 * (`Mr. Adeyemi`, `Herr Keller`) or a first name and a surname (`Helen Marsh`): two capitalised words in
 * a row, each with a lower-case second letter. Organisations written that way (`Home Office`) count too:
 * this only ever raises a phrase that is already a threat or abuse.
 */
export function namedPerson(source: string, tokens: readonly Token[], at = -1): boolean {
  const cap = (t: Token | undefined) =>
    t !== undefined && t.text.length >= 2 && t.kind !== HANDLE && nameCased(source, t);
  const sentence = at >= 0 ? tokens[at]!.sentence : -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (sentence >= 0 && next.sentence !== sentence) continue;
    if (TITLE(t) && cap(next)) return true;
    if (t.sentence === next.sentence && cap(t) && cap(next) && next.start - t.end <= 1) return true;
  }
  return false;
}

/** Whether the token at `k` may hide a word from the plain matcher (see `obfuscatedWindows`). */
function obfuscatedAt(source: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const text = t.text;
  if (t.kind !== WORD) return false;
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else letters++;
    if (i >= 2 && c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2) && letters > 0) return true;
  }
  // Leetspeak mixes digits into a word (`1d10t`, `p4ki`); ordinals, decades and model names do not
  // count (`2nd`, `1990s`, `F16`, `MH17`, `A400M`).
  if (
    digits > 0 &&
    letters > 0 &&
    !ORDINAL.test(text) &&
    !CAPITALS_AND_DIGITS.test(source.slice(t.start, t.end))
  )
    return true;
  // Look-alike letters from another script (`ѕhіt` with Cyrillic ѕ and і): the fold wrote the word in
  // one script, the normaliser reads it through the confusables table.
  if (MIXED_SCRIPT.test(source.slice(t.start, t.end))) return true;
  // A leet symbol or `*` glued to the word (`sh!t`, `f*ck`, `a$$`, `@ss`).
  const before = t.start > 0 ? source.charCodeAt(t.start - 1) : 32;
  const after = t.end < source.length ? source.charCodeAt(t.end) : 32;
  return isLeet(after) || before === 64 || before === 36 || before === 42;
}
const ORDINAL = /^\d+(?:s|st|nd|rd|th|er|e|eme|ter|km|kg|m|h|x|k|bn|mn|g|tb|gb|mb|am|pm|v|d)$/;
const CAPITALS_AND_DIGITS = /^[A-Z0-9]+$/;
/**
 * Cheap tests on the whole text before the token walk (ASCII classes only, so they run at native
 * speed): leet next to a letter, a tripled letter, three spaced single letters.
 */
const LEET_NEAR = /[a-z][0-9@$!|*]|[0-9@$!|*][a-z]/gi;
const SPACED = /(?:^|[^a-z0-9])[a-z][ .\-_*]{1,3}[a-z][ .\-_*]{1,3}[a-z](?![a-z0-9])/gi;
const MIXED_SCRIPT_G = /[a-z][\u0400-\u04ff\u0370-\u03ff]|[\u0400-\u04ff\u0370-\u03ff][a-z]/gi;
const MIXED_SCRIPT = /[a-z][\u0400-\u04ff\u0370-\u03ff]|[\u0400-\u04ff\u0370-\u03ff][a-z]/i;
const HIDING = [LEET_NEAR, SPACED, MIXED_SCRIPT_G];

/**
 * Calls `found` where an ASCII letter is tripled in any case (`fuuuck`, `AaA`), leftmost first, each
 * search resuming after the three letters: what `/([a-z])\1\1/gi` finds, without its backreference,
 * which made that expression the slowest of the cheap tests (20 µs on 1 KB).
 */
export function forEachTripled(source: string, found: (index: number) => void): void {
  // One read per character: the length of the run of one ASCII letter (any case) ending here.
  let letter = -1;
  let run = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // `| 32` lower-cases an ASCII letter; only letters land in a–z (the `c < 128` test keeps it ASCII).
    const lower = c | 32;
    if (c >= 128 || lower < 97 || lower > 122) {
      letter = -1;
      run = 0;
      continue;
    }
    run = lower === letter ? run + 1 : 1;
    letter = lower;
    if (run === 3) {
      found(i - 2);
      // The next search starts after these three letters.
      letter = -1;
      run = 0;
    }
  }
}
const isLeet = (c: number): boolean => c === 42 || c === 33 || c === 36 || c === 64 || c === 124;

/** How many tokens around an obfuscated one the obfuscation-resistant matcher reads (phrases). */
const WINDOW_TOKENS = 3;
const windowMemo = new RecentMap<readonly Token[], Array<[number, number]>>();

/**
 * The parts of a comment that may hide words from the plain word matcher — letters mixed with digits or
 * leet symbols (`1d10t`, `sh!t`, `a$$`), an in-word `*` (`f*ck`), three or more single letters in a
 * row (`f u c k`, `A.S.S`), a letter tripled (`fuuuck`) — each widened by a few tokens and merged, as
 * source offsets. The obfuscation-resistant term matcher, which costs more than the word matcher, reads
 * only these windows.
 */
export function obfuscatedWindows(source: string, tokens: readonly Token[]): Array<[number, number]> {
  const memo = windowMemo.get(tokens);
  if (memo) return memo;
  // Only the tokens where one of the cheap tests matched are examined.
  const marks = new Set<number>();
  const mark = (index: number): void => {
    const k = tokenAt(tokens, index);
    if (k < tokens.length) marks.add(k);
    if (k + 1 < tokens.length) marks.add(k + 1);
  };
  for (const re of HIDING) {
    re.lastIndex = 0;
    for (let m = re.exec(source); m !== null; m = re.exec(source)) {
      mark(m.index);
      re.lastIndex = m.index + Math.max(1, m[0].length);
    }
  }
  forEachTripled(source, mark);
  const out: Array<[number, number]> = [];
  let runEnd = -1; // the end of the last run of single letters, so each run is walked once
  for (const k of [...marks].sort((a, b) => a - b)) {
    const t = tokens[k]!;
    if (t.text.length === 1 && t.kind === WORD) {
      if (k < runEnd) continue;
      // Spaced-out letters: the whole run.
      let a = k;
      let b = k + 1;
      while (a > 0 && a > runEnd && tokens[a - 1]!.text.length === 1) a--;
      while (b < tokens.length && tokens[b]!.text.length === 1) b++;
      runEnd = b;
      if (b - a >= 3) addWindow(out, tokens, a, b);
    } else if (obfuscatedAt(source, tokens, k)) addWindow(out, tokens, k, k + 1);
  }
  windowMemo.set(tokens, out);
  return out;
}

function addWindow(out: Array<[number, number]>, tokens: readonly Token[], from: number, to: number): void {
  const a = tokens[Math.max(0, from - WINDOW_TOKENS)]!.start;
  const b = tokens[Math.min(tokens.length - 1, to - 1 + WINDOW_TOKENS)]!.end;
  const last = out.at(-1);
  if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
  else out.push([a, b]);
}

const normalizedWindows = new RecentMap<readonly Token[], Array<{ offset: number; norm: NormalizedText }>>();

/** Matches of `matcher` in the obfuscated windows (spans in the whole source). */
export function scanObfuscated(
  matcher: () => TermMatcher,
  source: string,
  tokens: readonly Token[],
): TermHit[] {
  if (obfuscatedWindows(source, tokens).length === 0) return [];
  let windows = normalizedWindows.get(tokens);
  if (!windows) {
    windows = obfuscatedWindows(source, tokens).map(([a, b]) => ({
      offset: a,
      norm: normalizeText(source.slice(a, b)),
    }));
    normalizedWindows.set(tokens, windows);
  }
  const hits: TermHit[] = [];
  const m = matcher();
  for (const { offset, norm } of windows)
    for (const h of m.scan(norm)) hits.push({ ...h, span: [h.span[0] + offset, h.span[1] + offset] });
  return hits;
}

const addressMemo = new RecentMap<readonly Token[], boolean>();
/** `addressesSomeone`, memoised per token list (several detectors ask). */
export function addressesSomeoneMemo(tokens: readonly Token[]): boolean {
  let v = addressMemo.get(tokens);
  if (v === undefined) addressMemo.set(tokens, (v = addressesSomeone(tokens)));
  return v;
}

/**
 * Whether the word ending at `to` is joined by a hyphen to a noun of `nouns` that makes the compound a thing
 * named rather than the word used (`der Hurensohn-Vorwurf`, `die Galgen-Attrappe`).
 */
export function hyphenedTo(
  source: string,
  tokens: readonly Token[],
  to: number,
  nouns: (token: Token) => boolean,
): boolean {
  const next = tokens[to];
  const last = tokens[to - 1];
  return (
    next !== undefined && last !== undefined && source.slice(last.end, next.start) === '-' && nouns(next)
  );
}
