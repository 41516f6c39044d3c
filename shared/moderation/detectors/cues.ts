/**
 * Cues: what each word or short phrase of a comment contributes to a judgement (`cue-lexicon.ts`,
 * `cue-lexicon-groups.ts`), found in one scan over the tokens and kept by sentence, so that rules
 * (`cue-rules.ts`) can ask "is there harm, a person and intent in this sentence or the next?" instead of
 * listing every sentence a threat could be written as.
 *
 * A cue inside quotation marks does not count; a sentence with a reporting cue (`said`, `according to`,
 * `the slogan`) is a report and rules skip its cues; a cue right after a negation (`not heroes`) is
 * marked so that rules can ignore it.
 */
import { scornedAt } from './common';
import { hasFalseFriendCandidate, isFalseFriend, voteLanguage } from './cue-languages';
import { PhraseSet } from '../text/phrases';
import type { Token } from '../text/tokens';
import { HANDLE, NUMBER, WORD } from '../text/tokens';
import { RecentMap } from '../text/memo';
import { inCapitals } from '../text/term-evidence';
import type { Cue } from './cue-kinds';
import { cueEntries } from './cue-lexicon';
import { groupCueEntries } from './cue-lexicon-groups';
import { pitchCueEntries } from './cue-lexicon-pitch';
import { violenceCueEntries } from './cue-lexicon-violence';
import { callCueEntries } from './cue-lexicon-calls';
import { veiledCueEntries } from './cue-lexicon-veiled';
import { omenCueEntries } from './cue-lexicon-omens';

const CUES = new PhraseSet<Cue>(() => [
  ...cueEntries(),
  ...violenceCueEntries(),
  ...groupCueEntries(),
  ...pitchCueEntries(),
  ...callCueEntries(),
  ...veiledCueEntries(),
  ...omenCueEntries(),
]);

export interface CueHit {
  readonly cue: Cue;
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
  readonly span: readonly [number, number];
  readonly sentence: number;
  /** A negation within the three tokens before it, in the same sentence. */
  readonly negated: boolean;
}

export interface CueScan {
  readonly tokens: readonly Token[];
  /** Every counted hit (not quoted), in token order. */
  readonly hits: readonly CueHit[];
  /** The same hits by sentence. */
  readonly bySentence: ReadonlyArray<readonly CueHit[]>;
  /** Sentences that report speech (a `report` cue): their cues are mentions, not statements. */
  readonly reported: ReadonlySet<number>;
  /** The number of sentences (the last sentence index + 1). */
  readonly sentences: number;
}

/**
 * At most this many hits of one cue per sentence are kept: more say nothing new, and the bound keeps
 * every rule linear in the length of the comment (tests/moderation/detectors/linear-time.test.ts).
 */
const PER_SENTENCE = 6;
const NEGATION_REACH = 3;
/** Conjunctions after which a negation no longer reaches: `not X but Y` asserts Y. */
const CONTRAST = new Set(['but', 'sino', 'mais', 'sondern', 'ma', 'mas', 'а', 'но', 'lecz', 'ale', 'ama']);
const NO_HITS: readonly CueHit[] = [];
/** Plural demonym endings: en -ians/-ans/-is/-ese, es/pt -anos/-enos/-enses, fr -ais/-ois/-iens/-ains, de -aner/-ener, it -ani/-esi, pl -anie/-cy, tr -liler/-lilar. */
const DEMONYM =
  /(?:ians|ans|is|ese|anos|anas|enos|enses|ais|ois|iens|ains|aner|ener|ani|esi|anie|cy|liler|lilar)$/;
/**
 * German nouns, capitalised like every noun, that end like a demonym and are none: -nis after a consonant
 * (`Ergebnis`, `Bündnis`, `Verständnis`), -eis (`Hinweis`, `Beweis`, `Preis`), -sis and -xis (`Basis`,
 * `Praxis`). `Yemenis`, `Omanis` and `Bahrainis` (a vowel before -nis) stay demonyms. Nor are trades and
 * kinds of people that end in -ians or -ans (`Historians`, `Civilians`, `Veterans`, `Partisans`), nor
 * English nouns in -cy, capitalised at a sentence's start (`Transparency`, `Democracy`, `Privacy`, `Policy`,
 * `Mercy`), which end like Polish demonyms (`Polacy`, `Niemcy`, `Turcy` stay demonyms).
 */
const NOT_DEMONYM =
  /(?:[^aeiouy]nis|eis|sis|xis|(?:histor|music|physic|politic|technic|librar|vegetar|guard|civil|comed|statistic|mathematic|electric|pedestr|veterinar|humanitar|authoritar|totalitar|libertar|custod|magic|clinic|academic|parliamentar|grammar|antiquar)ians|(?:veter|artis|partis|veg|tit)ans|(?:n|ra|ma|va|ca|pa|ga|da|i|u|e|er)cy)$/;
/**
 * Russian plural demonyms (-цы, -ане, -яне), asked of every word of six letters or more: the last letter
 * first, so most words are answered by one comparison (a `$`-anchored expression scans the whole word).
 */
function ruDemonym(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x44b) return word.endsWith('цы');
  return last === 0x435 && (word.endsWith('ане') || word.endsWith('яне'));
}
const CAPITAL = /\p{Lu}/u;
/** Whether a character is an upper-case letter (ASCII without a regular expression). */
export function isCapital(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(ch);
}

const memo = new RecentMap<readonly Token[], CueScan>();

/**
 * Each cue kind as a small number, so a (sentence, cue) count is kept under a number rather than a
 * string built per hit. Numbered on first sight; there are far fewer kinds than the stride.
 */
const CUE_NUMBERS = new Map<Cue, number>();
const CUE_KEY_STRIDE = 1024;
function cueNumber(cue: Cue): number {
  let n = CUE_NUMBERS.get(cue);
  if (n === undefined) CUE_NUMBERS.set(cue, (n = CUE_NUMBERS.size));
  return n;
}

const OPERATION = new Set(['operation', 'operations', 'operacion', 'operatsiya', 'операция', 'операции']);

/** Whether the one-word cue at [from, to) is `operation` followed by a capitalised name. */
function namedOperation(tokens: readonly Token[], from: number, to: number, source: string): boolean {
  const next = tokens[to];
  return (
    to - from === 1 &&
    OPERATION.has(tokens[from]!.text) &&
    next !== undefined &&
    next.sentence === tokens[from]!.sentence &&
    next.kind === WORD &&
    isCapital(source[next.start] ?? '')
  );
}

/** Harm as verbs, harmless as nouns after an article: `take a break`, `have a crack at it`, `the kick-off`. */
const HARM_NOUNS = new Set(['break', 'crack', 'kick']);
/** What a player shoots (round 83): `needs to shoot more`, `shoot on goal`, `shoot from distance`. */
const SHOT_AT_GOAL = new Set(['more', 'less', 'often', 'earlier', 'goal', 'distance', 'range']);
const ARTICLES = new Set(['a', 'an', 'the']);
const CEDILLA = /ç/i;
const SENT_TO = new Set(['me', 'us']);
/** What is shot to someone without a gun: `an email`, `a line`, `a reminder`. */
const MESSAGE = new Set(
  'email|emails|mail|e|message|messages|line|note|text|dm|pm|reminder|link|links|invite|invitation|memo|question|copy|update|list|source|sources|file|pdf'.split(
    '|',
  ),
);

/**
 * `shoot me an email`, `shoot the students a reminder`: the verb at `verbAt`, its recipient, then at
 * `articleAt` an article and a message — a message sent, not a shot fired (`shoot the protesters a few
 * times` is a shot).
 */
export function sentMessage(tokens: readonly Token[], verbAt: number, articleAt: number): boolean {
  const article = tokens[articleAt];
  return (
    tokens[verbAt]!.text === 'shoot' &&
    article !== undefined &&
    article.sentence === tokens[verbAt]!.sentence &&
    ARTICLES.has(article.text) &&
    MESSAGE.has(tokens[articleAt + 1]?.text ?? '')
  );
}

/** Intent words of Spanish, French and Portuguese (`irá`, `va`) that are acronyms in capitals: `the IRA`, `the VA`. */
const ACRONYM_INTENT = new Set(['ira', 'va']);

/** Whether a token is written in capitals, two letters at least (`IRA`, `VA`). */
function tokenInCapitals(t: Token, source: string): boolean {
  const written = source.slice(t.start, t.end);
  return written.length >= 2 && inCapitals(written);
}

/**
 * An acronym: `IRA` or `VA` in capitals where the word before and after it are not (`TE VA A MATAR` is shouted, and
 * keeps its intent).
 */
function acronymAt(tokens: readonly Token[], at: number, source: string): boolean {
  const t = tokens[at]!;
  if (!ACRONYM_INTENT.has(t.text) || !tokenInCapitals(t, source)) return false;
  const near = [tokens[at - 1], tokens[at + 1]].filter(
    (n): n is Token => n !== undefined && n.kind === WORD && n.sentence === t.sentence && n.text.length >= 2,
  );
  return near.every((n) => !tokenInCapitals(n, source));
}

/** Words before a month (`in May`, `since May`, `last May`). */
const BEFORE_MONTH = new Set([
  'in',
  'since',
  'last',
  'early',
  'late',
  'mid',
  'until',
  'from',
  'of',
  'this',
  'next',
  'by',
]);
/** `May` the month, not the wish (round 123, `dev133`: `The Ribnikar school shooting in May 2023 killed nine children`). */
const monthAt = (tokens: readonly Token[], at: number, source: string): boolean =>
  source.charCodeAt(tokens[at]!.start) === 77 /* M */ &&
  (tokens[at + 1]?.kind === NUMBER || BEFORE_MONTH.has(tokens[at - 1]?.text ?? ''));

/**
 * One-word cues that the word's spelling or neighbour says are another word: Portuguese `força`
 * (strength, `força para ti`) folds to `forca` (the gallows); `a break` is a pause, not harm; `shoot me a
 * line` is a message; `the IRA` is no Spanish `irá` (round 82).
 */
function notThatCue(cue: Cue, tokens: readonly Token[], at: number, source: string): boolean {
  const t = tokens[at]!;
  if (cue === 'lynch_prop')
    return (
      (t.text === 'forca' && CEDILLA.test(source.slice(t.start, t.end))) ||
      // A post held, not a lamppost (round 85, `dev102`): `des postes de ministre`, `el poste de gobernador`.
      ((t.text === 'poste' || t.text === 'postes') &&
        (tokens[at + 1]?.text === 'de' || tokens[at + 1]?.text === 'd'))
    );
  if (cue === 'intent') return acronymAt(tokens, at, source);
  if (cue === 'wish') return t.text === 'may' && monthAt(tokens, at, source);
  if (cue === 'harm')
    return (
      // Round 125: a hatchet buried (`I'll bury the hatchet with @mike_d`).
      (t.text === 'bury' && tokens[at + 1]?.text === 'the' && tokens[at + 2]?.text === 'hatchet') ||
      (HARM_NOUNS.has(t.text) && ARTICLES.has(tokens[at - 1]?.text ?? '')) ||
      (SENT_TO.has(tokens[at + 1]?.text ?? '') && sentMessage(tokens, at, at + 2)) ||
      (t.text === 'shoot' &&
        SHOT_AT_GOAL.has(tokens[at + 1]?.text ?? '') &&
        tokens[at + 1]!.sentence === t.sentence) ||
      (t.text === 'shoot' && tokens[at + 1]?.text === 'on' && tokens[at + 2]?.text === 'goal')
    );
  return false;
}

/** The cues of a comment's tokens (memoised per token list); `source` is the text they were read from. */
export function scanCues(tokens: readonly Token[], source: string): CueScan {
  const known = memo.get(tokens);
  if (known) return known;
  const raw = CUES.scan(tokens);
  // negatedFrom[k]: a negation starts within the three tokens before k, in k's sentence.
  const negatedAt = new Uint8Array(tokens.length);
  const reported = new Set<number>();
  for (const h of raw) {
    if (h.phrase.meta === 'negation') {
      const sentence = tokens[h.from]!.sentence;
      for (let k = h.from + 1; k <= h.from + NEGATION_REACH && k < tokens.length; k++) {
        // `не народ, а скот`, `not people but animals`: what follows the `but` is asserted.
        if (tokens[k]!.sentence !== sentence || CONTRAST.has(tokens[k]!.text)) break;
        negatedAt[k] = 1;
      }
    } else if (h.phrase.meta === 'report' && !tokens[h.from]!.quoted && tokens[h.from - 1]?.text !== 'so')
      // (`so-called` is a sneer, not a report.)
      reported.add(tokens[h.from]!.sentence);
  }
  const sentences = (tokens.at(-1)?.sentence ?? -1) + 1;
  const bySentence: CueHit[][] = Array.from({ length: sentences }, () => []);
  const counts = new Map<number, number>();
  // Hits arrive in token order except the demonyms and handles added last: only the sentences that got
  // one out of order need sorting (the sort is stable, so sorting an ordered list changes nothing).
  const unsorted = new Set<number>();
  const keep = (hit: CueHit): void => {
    const key = hit.sentence * CUE_KEY_STRIDE + cueNumber(hit.cue);
    const n = counts.get(key) ?? 0;
    if (n >= PER_SENTENCE) return;
    counts.set(key, n + 1);
    const list = bySentence[hit.sentence]!;
    if (list.length > 0 && list.at(-1)!.from > hit.from) unsorted.add(hit.sentence);
    list.push(hit);
  };
  // A one-word cue that is a common word of the comment's language is not that cue (`cue-languages.ts`).
  const lang = hasFalseFriendCandidate(tokens) ? voteLanguage(tokens) : null;
  for (const h of raw) {
    if (h.phrase.meta === 'negation' || h.phrase.meta === 'report') continue;
    if (h.to - h.from === 1 && isFalseFriend(tokens[h.from]!, lang)) continue;
    let quoted = false;
    for (let k = h.from; k < h.to; k++) if (tokens[k]!.quoted) quoted = true;
    // A quoted group name is a sneer (`these "asylum seekers"`); any other quoted cue is a mention.
    if (quoted && h.phrase.meta !== 'group') continue;
    // Praise scorned by the noun after it (`spare me the hero talk`) is talk about praise.
    if ((h.phrase.meta === 'praise' || h.phrase.meta === 'praise_weak') && scornedAt(tokens, h.to)) continue;
    // A named operation (`Operation Barkhane`, `opération Serval`) is an army's, not an attack.
    if (h.phrase.meta === 'attack' && namedOperation(tokens, h.from, h.to, source)) continue;
    if (h.to - h.from === 1 && notThatCue(h.phrase.meta, tokens, h.from, source)) continue;
    keep({
      cue: h.phrase.meta,
      from: h.from,
      to: h.to,
      span: h.span,
      sentence: tokens[h.from]!.sentence,
      negated: negatedAt[h.from] === 1,
    });
  }
  // Peoples named by their demonym, which no list can hold whole (`Venezuelans`, `Somalis`, `Albaner`,
  // `украинцы`): a capitalised word with a demonym ending, or a Russian plural in -цы/-ане.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== WORD || t.text.length < 6) continue;
    if (
      (isCapital(source[t.start] ?? '') && DEMONYM.test(t.text) && !NOT_DEMONYM.test(t.text)) ||
      ruDemonym(t.text)
    )
      keep({
        cue: 'group',
        from: k,
        to: k + 1,
        span: [t.start, t.end],
        sentence: t.sentence,
        negated: false,
      });
  }
  // Handles are people addressed: a `you` cue of their own.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === HANDLE && !t.quoted)
      keep({ cue: 'you', from: k, to: k + 1, span: [t.start, t.end], sentence: t.sentence, negated: false });
  }
  for (const sentence of unsorted) bySentence[sentence]!.sort((a, b) => a.from - b.from);
  const scan: CueScan = { tokens, hits: bySentence.flat(), bySentence, reported, sentences };
  memo.set(tokens, scan);
  return scan;
}

/** Hits of these cues in sentences [from, to], skipping reported sentences and negated hits. */
export function cuesIn(scan: CueScan, cues: readonly Cue[], from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let s = Math.max(0, from); s <= to && s < scan.sentences; s++) {
    if (scan.reported.has(s)) continue;
    for (const h of scan.bySentence[s] ?? NO_HITS) if (!h.negated && cues.includes(h.cue)) out.push(h);
  }
  return out;
}

/**
 * A rule worked out once per cue scan, whatever else it is given (the scan is of one comment): the
 * threats and hate checks both ask for calls and strikes, and five rules for the condemned sentences, of
 * the same scan (`scanCues` memoises it per comment).
 */
export function memoisedOnScan<A extends unknown[], T>(
  find: (scan: CueScan, ...rest: A) => T,
): (scan: CueScan, ...rest: A) => T {
  const memo = new WeakMap<CueScan, T>();
  return (scan, ...rest) => {
    if (memo.has(scan)) return memo.get(scan)!;
    const found = find(scan, ...rest);
    memo.set(scan, found);
    return found;
  };
}

/** The sentences with a word of condemnation (not negated, not reported). */
export const condemnedSentences = memoisedOnScan(
  (scan: CueScan): ReadonlySet<number> =>
    new Set(cuesIn(scan, ['condemn'], 0, scan.sentences).map((h) => h.sentence)),
);

/** Whether the comment has any of these cues (outside reported sentences, not negated). */
export function hasCue(scan: CueScan, cues: readonly Cue[]): boolean {
  return scan.hits.some((h) => !h.negated && !scan.reported.has(h.sentence) && cues.includes(h.cue));
}
