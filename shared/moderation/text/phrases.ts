/**
 * A compiled list of phrases, matched over tokens (`tokens.ts`) rather than characters: no regular
 * expression runs over user text, so matching is linear in the number of tokens whatever the list.
 *
 * Phrase syntax (folded like the text, so `Straße`, `ВЫ` and `vous` are written as they read):
 * - words separated by spaces, each matching one token: `know where you live`;
 * - `word*` matches any token starting with `word` (a stem: `убь*`, `terroris*`);
 * - `a|b|c*` matches any one of them;
 * - `{x y|z|}` expands into one phrase per alternative (`{}` with an empty alternative is optional);
 * - `$name` is a named word class given to the compiler (`$you` → `you|u|ya|yourself…`);
 * - `~` skips up to two tokens, `~4` up to four (never at the start or end of a phrase);
 * - `@` matches a handle (`@name`), `#` a number, `.` the end of a sentence (it takes no token).
 * A match never crosses a sentence break.
 */
import { foldWord } from './fold';
import { hashWord, HANDLE, NUMBER } from './tokens';
import type { Token } from './tokens';

type Element =
  | { kind: 'words'; exact: ReadonlySet<string>; infos: ReadonlySet<WordInfo>; prefixes: readonly string[] }
  | { kind: 'handle' }
  | { kind: 'number' }
  | { kind: 'end' }
  | { kind: 'skip'; max: number };

export interface Phrase<M> {
  readonly id: number;
  /** The shared set the phrase belongs to (−1 when its set is not shared). */
  set: number;
  /** The phrase as written (after `{}` expansion). */
  readonly source: string;
  readonly meta: M;
  readonly elements: readonly Element[];
}

export interface PhraseHit<M> {
  readonly phrase: Phrase<M>;
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
  /** [start, end) UTF-16 offsets into the source. */
  readonly span: [number, number];
}

export type WordClasses = Readonly<Record<string, string>>;

/**
 * `{a|b c} d` → [`a d`, `b c d`]; nested braces are not supported (and not needed). A group whose
 * alternatives are all single words becomes one element (`{a|b} d` → `a|b d`), so long lists of
 * single words cost one phrase, not one phrase per word.
 */
export function expandBraces(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase.replace(/\s+/g, ' ').trim()];
  const close = phrase.indexOf('}', open);
  if (close < 0) throw new Error(`unbalanced brace in phrase: ${phrase}`);
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  const alternatives = phrase.slice(open + 1, close).split('|');
  if (alternatives.every((alt) => SINGLE_WORD.test(alt)))
    return expandBraces(`${head} ${alternatives.join('|')} ${tail}`);
  return alternatives.flatMap((alt) => expandBraces(`${head} ${alt} ${tail}`));
}
/** One token with no phrase syntax (a stem `*` or a class `$x` is fine). */
const SINGLE_WORD = /^\$?[\p{L}\p{N}]+\*?$/u;

/** Elements built so far, by their alternatives: a class used in many phrases is built once. */
const elementCache = new Map<string, Element>();
const foldCache = new Map<string, string>();

function wordsElement(alternatives: readonly string[]): Element {
  const key = alternatives.join('|');
  const cached = elementCache.get(key);
  if (cached) return cached;
  const el = buildWordsElement(alternatives);
  elementCache.set(key, el);
  return el;
}

function buildWordsElement(alternatives: readonly string[]): Element {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of alternatives) {
    const prefix = alt.endsWith('*');
    const raw = prefix ? alt.slice(0, -1) : alt;
    let word = foldCache.get(raw);
    if (word === undefined) foldCache.set(raw, (word = foldWord(raw).replace(/[^\p{L}\p{N}]/gu, '')));
    if (word === '') throw new Error(`empty word in phrase alternative "${alt}"`);
    if (prefix) prefixes.push(word);
    else exact.add(word);
  }
  const infos = new Set<WordInfo>();
  for (const w of exact) infos.add(wordInfo(w));
  return { kind: 'words', exact, infos, prefixes };
}

const rawCache = new WeakMap<WordClasses, Map<string, Element>>();
const NO_CLASSES: WordClasses = {};

function parseElements(phrase: string, classes: WordClasses): Element[] {
  const elements: Element[] = [];
  let cache = rawCache.get(classes);
  if (!cache) rawCache.set(classes, (cache = new Map<string, Element>()));
  for (const raw of phrase.split(' ')) {
    if (raw === '') continue;
    const known = cache.get(raw);
    if (known) {
      elements.push(known);
      continue;
    }
    if (raw === '@') elements.push({ kind: 'handle' });
    else if (raw === '#') elements.push({ kind: 'number' });
    else if (raw === '.') elements.push({ kind: 'end' });
    else if (/^~\d?$/.test(raw))
      elements.push({ kind: 'skip', max: raw.length > 1 ? Number(raw.slice(1)) : 2 });
    else if (!raw.includes('|') && !raw.startsWith('$') && /['’-]/.test(raw)) {
      // `you're`, `sub-human`: several tokens, as the tokenizer cuts them.
      for (const part of raw.split(/['’-]+/)) if (part !== '') elements.push(wordsElement([part]));
    } else {
      const alternatives = raw.split('|').flatMap((alt) => {
        if (!alt.startsWith('$')) return splitWord(alt);
        const cls = classes[alt.slice(1)];
        if (cls === undefined) throw new Error(`unknown word class ${alt}`);
        return cls.split('|');
      });
      const el = wordsElement(alternatives);
      cache.set(raw, el);
      elements.push(el);
    }
  }
  if (elements.length === 0) throw new Error(`empty phrase "${phrase}"`);
  if (elements[0]!.kind === 'skip' || elements.at(-1)!.kind === 'skip' || elements[0]!.kind === 'end')
    throw new Error(`a phrase cannot start with a skip or an end, nor end with a skip: "${phrase}"`);
  return elements;
}

/** A word written with an apostrophe or hyphen is several tokens; inside `a|b` it must be one. */
function splitWord(word: string): string[] {
  if (/['’-]/.test(word)) throw new Error(`use spaces, not "${word}", inside an alternative`);
  return [word];
}

const matchesWord = (el: Extract<Element, { kind: 'words' }>, token: Token): boolean => {
  const info = resolve(token).info;
  if (info !== null && el.infos.has(info)) return true;
  for (const p of el.prefixes) if (token.text.startsWith(p)) return true;
  return false;
};

function matchesToken(el: Element, token: Token): boolean {
  switch (el.kind) {
    case 'handle':
      return token.kind === HANDLE;
    case 'number':
      return token.kind === NUMBER;
    case 'words':
      return token.kind !== HANDLE && matchesWord(el, token);
    case 'skip':
    case 'end':
      return false;
  }
}

/** Where a phrase starting at `at` ends (exclusive), or -1. Skips are bounded, so this is too. */
function matchFrom(elements: readonly Element[], e: number, tokens: readonly Token[], at: number): number {
  if (e === elements.length) return at;
  const el = elements[e]!;
  if (el.kind === 'end') {
    const next = tokens[at];
    return next === undefined || next.sentence !== tokens[at - 1]!.sentence
      ? matchFrom(elements, e + 1, tokens, at)
      : -1;
  }
  if (el.kind === 'skip') {
    const sentence = tokens[at - 1]!.sentence;
    for (let k = 0; k <= el.max && at + k < tokens.length; k++) {
      if (tokens[at + k]!.sentence !== sentence) return -1;
      const end = matchFrom(elements, e + 1, tokens, at + k);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (!token || (e > 0 && token.sentence !== tokens[at - 1]!.sentence) || !matchesToken(el, token)) return -1;
  return matchFrom(elements, e + 1, tokens, at + 1);
}

/** Phrases that start with one word, split by their second word when it is an exact word. */
interface ByFirst {
  /** Phrases whose second element is a set of exact words, by that word. */
  readonly bySecond: Map<string, Phrase<unknown>[]>;
  /** Every other phrase starting with this word. */
  readonly rest: Phrase<unknown>[];
}

/** First-element indexes of phrases: by exact word (and second word), by stem, handles, numbers. */
class FirstIndex {
  readonly byWord = new Map<string, ByFirst>();
  /** Stems by their first two letters (as one number), or by their only letter. */
  readonly byPrefix = new Map<number, Array<[string, Phrase<unknown>]>>();
  readonly byHandle: Phrase<unknown>[] = [];
  readonly byNumber: Phrase<unknown>[] = [];

  add(phrase: Phrase<unknown>): void {
    const first = phrase.elements[0]!;
    if (first.kind === 'handle') this.byHandle.push(phrase);
    else if (first.kind === 'number') this.byNumber.push(phrase);
    else if (first.kind === 'words') {
      const second = phrase.elements[1];
      const exactSecond = second?.kind === 'words' && second.prefixes.length === 0 ? second.exact : null;
      for (const w of first.exact) {
        let entry = this.byWord.get(w);
        if (!entry) this.byWord.set(w, (entry = { bySecond: new Map(), rest: [] }));
        if (exactSecond) for (const w2 of exactSecond) push(entry.bySecond, w2, phrase);
        else entry.rest.push(phrase);
      }
      for (const p of first.prefixes)
        push(this.byPrefix, prefixKey(p, p.length), [p, phrase] as [string, Phrase<unknown>]);
    }
  }

  /** Calls `found` for every match, in token order. */
  scan(tokens: readonly Token[], found: (hit: PhraseHit<unknown>) => void): void {
    const prefixes = this.byPrefix.size > 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === HANDLE) {
        for (const phrase of this.byHandle) tryAt(phrase, tokens, i, found);
        continue;
      }
      if (token.kind === NUMBER) for (const phrase of this.byNumber) tryAt(phrase, tokens, i, found);
      const entry = this.byWord.get(token.text);
      if (entry) {
        for (const phrase of entry.rest) tryAt(phrase, tokens, i, found);
        const next = tokens[i + 1];
        if (next && entry.bySecond.size > 0 && next.sentence === token.sentence && next.kind !== HANDLE) {
          const list = entry.bySecond.get(next.text);
          if (list) for (const phrase of list) tryAt(phrase, tokens, i, found);
        }
      }
      if (!prefixes) continue;
      const text = token.text;
      const one = this.byPrefix.get(prefixKey(text, 1));
      if (one) for (const [p, phrase] of one) if (text.startsWith(p)) tryAt(phrase, tokens, i, found);
      if (text.length < 2) continue;
      const two = this.byPrefix.get(prefixKey(text, 2));
      if (two) for (const [p, phrase] of two) if (text.startsWith(p)) tryAt(phrase, tokens, i, found);
    }
  }
}

/**
 * The phrase sets built at module load share one index, so a comment's tokens are read once for all
 * the detectors: the first set to scan a token list fills every set's hits, memoised per token list.
 */
/**
 * The words the shared phrase sets and the word classes know, in one table: a token is looked up once
 * (its text, then its first one or two letters for stems), and the answer — which classes it belongs
 * to, which shared phrases start with it — is kept on the token. Every registration (at module load)
 * bumps `lexiconVersion`, so a token resolved before it is resolved again.
 */
interface WordInfo {
  a: number;
  b: number;
  /** The resolution of a token that is this word and matches no stem (shared, allocated once). */
  alone: Resolved | null;
  /** Shared phrases starting with this word: by their second word (when exact), or the rest. */
  bySecond: Map<WordInfo, Phrase<unknown>[]> | null;
  rest: Phrase<unknown>[] | null;
}
interface StemInfo {
  stem: string;
  a: number;
  b: number;
  phrases: Phrase<unknown>[];
}
/**
 * Words by their hash (`hashWord`, which the tokenizer computes as it reads): open addressing over a
 * power-of-two table, so a token is found (or not) without hashing its string again.
 */
let slots = new Int32Array(1 << 13);
const slotWords: string[] = [];
const slotInfos: WordInfo[] = [];

function findSlot(word: string, hash: number): number {
  const mask = slots.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const at = slots[i]!;
    if (at === 0 || slotWords[at - 1] === word) return i;
  }
}
function lookupWord(word: string, hash: number): WordInfo | null {
  const at = slots[findSlot(word, hash)]!;
  return at === 0 ? null : slotInfos[at - 1]!;
}
const STEMS = new Map<number, StemInfo[]>();
const SHARED_HANDLE: Phrase<unknown>[] = [];
const SHARED_NUMBER: Phrase<unknown>[] = [];
let lexiconVersion = 0;

/** Sizes of the tables, for tests and tuning. */
export const lexiconStats = (): { words: number; stemKeys: number; longestStemList: number } => ({
  words: slotWords.length,
  stemKeys: STEMS.size,
  longestStemList: Math.max(0, ...[...STEMS.values()].map((l) => l.length)),
});

function wordInfo(word: string): WordInfo {
  const hash = hashWord(word);
  const slot = findSlot(word, hash);
  const at = slots[slot]!;
  if (at !== 0) return slotInfos[at - 1]!;
  const info: WordInfo = { a: 0, b: 0, alone: null, bySecond: null, rest: null };
  slotWords.push(word);
  slotInfos.push(info);
  slots[slot] = slotWords.length;
  lexiconVersion++;
  if (slotWords.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2);
    slotWords.forEach((w, i) => (slots[findSlot(w, hashWord(w))] = i + 1));
  }
  return info;
}
function stemInfo(stem: string): StemInfo {
  const key = prefixKey(stem, stem.length);
  let list = STEMS.get(key);
  if (!list) STEMS.set(key, (list = []));
  let info = list.find((x) => x.stem === stem);
  if (!info) list.push((info = { stem, a: 0, b: 0, phrases: [] }));
  return info;
}

interface Resolved {
  info: WordInfo | null;
  stems: StemInfo[] | null;
}
const NOTHING: Resolved = { info: null, stems: null };

/** Looks a token up in the table (once per lexicon version) and keeps the answer on it. */
function resolve(token: Token): Resolved {
  if (pendingShared.length > 0 || pendingClasses.length > 0) compilePending();
  if (token.flagsVersion === lexiconVersion) return token.lexicon as Resolved;
  let a = 0;
  let b = 0;
  let resolved = NOTHING;
  if (token.kind !== HANDLE) {
    const text = token.text;
    const info = lookupWord(text, token.hash);
    if (info) {
      a = info.a;
      b = info.b;
      resolved = info.alone ??= { info, stems: null };
    }
    let stems: StemInfo[] | null = null;
    const one = STEMS.get(prefixKey(text, 1));
    if (one)
      for (const st of one) {
        if (!text.startsWith(st.stem)) continue;
        a |= st.a;
        b |= st.b;
        if (st.phrases.length > 0) (stems ??= []).push(st);
      }
    const two = text.length > 1 ? STEMS.get(prefixKey(text, 2)) : undefined;
    if (two)
      for (const st of two) {
        if (!text.startsWith(st.stem)) continue;
        a |= st.a;
        b |= st.b;
        if (st.phrases.length > 0) (stems ??= []).push(st);
      }
    if (stems) resolved = { info: info ?? null, stems };
  }
  token.flags = a;
  token.flags2 = b;
  token.lexicon = resolved;
  token.flagsVersion = lexiconVersion;
  return resolved;
}

function addShared(phrase: Phrase<unknown>): void {
  lexiconVersion++;
  const first = phrase.elements[0]!;
  if (first.kind === 'handle') SHARED_HANDLE.push(phrase);
  else if (first.kind === 'number') SHARED_NUMBER.push(phrase);
  else if (first.kind === 'words') {
    const second = phrase.elements[1];
    const exactSecond = second?.kind === 'words' && second.prefixes.length === 0 ? second.exact : null;
    for (const w of first.exact) {
      const info = wordInfo(w);
      if (exactSecond) {
        info.bySecond ??= new Map();
        for (const w2 of exactSecond) push(info.bySecond, wordInfo(w2), phrase);
      } else (info.rest ??= []).push(phrase);
    }
    for (const p of first.prefixes) stemInfo(p).phrases.push(phrase);
  }
}

/** One pass over the tokens for every shared phrase set. */
function scanShared(tokens: readonly Token[], found: (hit: PhraseHit<unknown>) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === HANDLE) {
      for (const phrase of SHARED_HANDLE) tryAt(phrase, tokens, i, found);
      continue;
    }
    if (token.kind === NUMBER) for (const phrase of SHARED_NUMBER) tryAt(phrase, tokens, i, found);
    const { info, stems } = resolve(token);
    if (info) {
      if (info.rest) for (const phrase of info.rest) tryAt(phrase, tokens, i, found);
      const next = tokens[i + 1];
      if (info.bySecond && next && next.sentence === token.sentence && next.kind !== HANDLE) {
        const nextInfo = resolve(next).info;
        const list = nextInfo ? info.bySecond.get(nextInfo) : undefined;
        if (list) for (const phrase of list) tryAt(phrase, tokens, i, found);
      }
    }
    if (stems) for (const st of stems) for (const phrase of st.phrases) tryAt(phrase, tokens, i, found);
  }
}

let sharedSets = 0;
const sharedMemo = new WeakMap<readonly Token[], { version: number; hits: PhraseHit<unknown>[][] }>();

function sharedScan(tokens: readonly Token[]): PhraseHit<unknown>[][] {
  compilePending();
  const memo = sharedMemo.get(tokens);
  if (memo && memo.version === lexiconVersion) return memo.hits;
  const hits: PhraseHit<unknown>[][] = Array.from({ length: sharedSets }, () => []);
  scanShared(tokens, (hit) => hits[hit.phrase.set]!.push(hit));
  sharedMemo.set(tokens, { version: lexiconVersion, hits });
  return hits;
}

export interface PhraseSetOptions {
  /**
   * Join the shared index (default true): right for sets built once at module load. A set built at run
   * time (from a policy) should not, or the shared index would grow with every policy version.
   */
  shared?: boolean;
}

/** Shared sets declared but not compiled yet: they compile together, on the first scan. */
const pendingShared: Array<PhraseSet<unknown>> = [];

/** Compiles every pending shared set and word class (on first use, not at module load). */
function compilePending(): void {
  if (pendingClasses.length > 0) for (const register of pendingClasses.splice(0)) register();
  if (pendingShared.length > 0) for (const set of pendingShared.splice(0)) set.compile();
}

/**
 * A list of phrases with their metadata. Declared at module load, compiled on first use (all shared
 * sets at once), so a cold start does not pay for lists a comment may never need.
 */
export class PhraseSet<M> {
  private compiled: Phrase<M>[] | null = null;
  private readonly shared: number;
  private own: FirstIndex | null = null;

  constructor(
    private readonly entries: ReadonlyArray<readonly [string, M]>,
    private readonly classes: WordClasses | (() => WordClasses) = NO_CLASSES,
    options: PhraseSetOptions = {},
  ) {
    if (options.shared ?? true) {
      this.shared = sharedSets++;
      lexiconVersion++;
      pendingShared.push(this);
    } else this.shared = -1;
  }

  /** The phrases after `{}` expansion (compiling the set if needed). */
  get phrases(): readonly Phrase<M>[] {
    return this.compile();
  }

  /** Parses the phrases and adds them to their index; idempotent. */
  compile(): Phrase<M>[] {
    if (this.compiled) return this.compiled;
    const classes = typeof this.classes === 'function' ? this.classes() : this.classes;
    const phrases: Phrase<M>[] = [];
    for (const [written, meta] of this.entries) {
      for (const source of expandBraces(written)) {
        if (source === '') continue;
        phrases.push({
          id: phrases.length,
          set: this.shared,
          source,
          meta,
          elements: parseElements(source, classes),
        });
      }
    }
    this.compiled = phrases;
    if (this.shared >= 0) for (const phrase of phrases) addShared(phrase);
    else {
      this.own = new FirstIndex();
      for (const phrase of phrases) this.own.add(phrase);
    }
    return phrases;
  }

  /**
   * Every match, in token order; a phrase matching at several places is reported at each. The array
   * of a shared set is shared by every caller for these tokens: do not modify it.
   */
  scan(tokens: readonly Token[]): readonly PhraseHit<M>[] {
    if (this.shared < 0) {
      this.compile();
      const hits: PhraseHit<M>[] = [];
      this.own!.scan(tokens, (hit) => hits.push(hit as PhraseHit<M>));
      return hits;
    }
    return sharedScan(tokens)[this.shared] as PhraseHit<M>[];
  }
}

/** A number for a word's first letter (`len` 1) or first two letters. */
function prefixKey(word: string, len: number): number {
  return len < 2 || word.length < 2
    ? -1 - word.charCodeAt(0)
    : word.charCodeAt(0) * 65536 + word.charCodeAt(1);
}

function tryAt(
  phrase: Phrase<unknown>,
  tokens: readonly Token[],
  i: number,
  found: (hit: PhraseHit<unknown>) => void,
): void {
  const end = phrase.elements.length === 1 ? i + 1 : matchFrom(phrase.elements, 1, tokens, i + 1);
  if (end < 0) return;
  found({ phrase, from: i, to: end, span: [tokens[i]!.start, tokens[end - 1]!.end] });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Word classes are checked on every token by several detectors, so a token's memberships are computed
 * once, as bits, from the same table as the shared phrases (`resolve`), and each class test is then a
 * bit test.
 */
let classCount = 0;

/** Word classes declared but not registered in the table yet (see `compilePending`). */
const pendingClasses: Array<() => void> = [];

/** Whether a token's text matches a class written like a phrase element (`you|u|ya*`). */
export function wordClass(alternatives: string): (token: Token) => boolean {
  const id = classCount++;
  let el: Extract<Element, { kind: 'words' }> | null = null;
  const a = id < 30 ? 1 << id : 0;
  const b = id < 30 || id >= 60 ? 0 : 1 << (id - 30);
  lexiconVersion++;
  pendingClasses.push(() => {
    el = wordsElement(alternatives.split('|')) as Extract<Element, { kind: 'words' }>;
    if (id >= 60) return;
    for (const info of el.infos) {
      info.a |= a;
      info.b |= b;
    }
    for (const p of el.prefixes) {
      const info = stemInfo(p);
      info.a |= a;
      info.b |= b;
    }
  });
  if (id >= 60)
    return (token) => {
      compilePending();
      return token.kind !== HANDLE && matchesWord(el!, token);
    };
  return a !== 0
    ? (token) => {
        if (token.kind === HANDLE) return false;
        resolve(token);
        return (token.flags & a) !== 0;
      }
    : (token) => {
        if (token.kind === HANDLE) return false;
        resolve(token);
        return (token.flags2 & b) !== 0;
      };
}
