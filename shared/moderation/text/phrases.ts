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
 * - `~` skips up to two tokens, `~4` up to four, `~12` up to twelve (never at the start or end of a phrase);
 * - `@` matches a handle (`@name`), `#` a number, `.` the end of a sentence (it takes no token).
 * A match never crosses a sentence break.
 */
import { HANDLE, NUMBER } from './tokens';
import { RecentMap } from './memo';
import type { Token } from './tokens';
import { expandBraces, NO_CLASSES, parseElements, tryAt, wordsElement } from './phrase-syntax';
import { addToList, phraseList, tryList } from './phrase-lists';
import type { Element, Phrase, PhraseHit, WordClasses } from './phrase-syntax';
import {
  addMoreBit,
  bumpLexiconVersion,
  compilePending,
  currentLexiconVersion,
  pendingClasses,
  pendingShared,
  prefixKey,
  resolve,
  stemInfo,
  wordInfo,
} from './word-table';

export { expandBraces };
export type { Phrase, PhraseHit, WordClasses } from './phrase-syntax';
export { lexiconStats } from './word-table';

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
          if (list) for (const phrase of list) tryAt(phrase, tokens, i, found, 2);
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
const SHARED_HANDLE: Phrase<unknown>[] = [];
const SHARED_NUMBER: Phrase<unknown>[] = [];

function addShared(phrase: Phrase<unknown>): void {
  bumpLexiconVersion();
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
        for (const w2 of exactSecond) {
          const second = wordInfo(w2);
          let list = info.bySecond.get(second);
          if (!list) info.bySecond.set(second, (list = phraseList()));
          addToList(list, phrase);
        }
      } else addToList((info.rest ??= phraseList()), phrase);
    }
    for (const p of first.prefixes) addToList(stemInfo(p).phrases, phrase);
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
      if (info.rest) tryList(info.rest, tokens, i, found);
      const next = tokens[i + 1];
      if (info.bySecond && next && next.sentence === token.sentence && next.kind !== HANDLE) {
        const nextInfo = resolve(next).info;
        const list = nextInfo ? info.bySecond.get(nextInfo) : undefined;
        if (list) tryList(list, tokens, i, found, 2);
      }
    }
    if (stems) for (const st of stems) tryList(st.phrases, tokens, i, found);
  }
}

let sharedSets = 0;
const sharedMemo = new RecentMap<readonly Token[], { version: number; hits: PhraseHit<unknown>[][] }>();

function sharedScan(tokens: readonly Token[]): PhraseHit<unknown>[][] {
  compilePending();
  const memo = sharedMemo.get(tokens);
  if (memo && memo.version === currentLexiconVersion()) return memo.hits;
  const hits: PhraseHit<unknown>[][] = Array.from({ length: sharedSets }, () => []);
  scanShared(tokens, (hit) => hits[hit.phrase.set]!.push(hit));
  sharedMemo.set(tokens, { version: currentLexiconVersion(), hits });
  return hits;
}

export interface PhraseSetOptions {
  /**
   * Join the shared index (default true): right for sets built once at module load. A set built at run
   * time (from a policy) should not, or the shared index would grow with every policy version.
   */
  shared?: boolean;
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
    /** The phrases and their metadata, or a function giving them (called once, when the set compiles). */
    private readonly entries:
      ReadonlyArray<readonly [string, M]> | (() => ReadonlyArray<readonly [string, M]>),
    private readonly classes: WordClasses | (() => WordClasses) = NO_CLASSES,
    options: PhraseSetOptions = {},
  ) {
    if (options.shared ?? true) {
      this.shared = sharedSets++;
      bumpLexiconVersion();
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
    const entries = typeof this.entries === 'function' ? this.entries() : this.entries;
    const phrases: Phrase<M>[] = [];
    for (const [written, meta] of entries) {
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Word classes are checked on every token by several detectors, so a token's memberships are computed
 * once, as bits, from the same table as the shared phrases (`resolve`), and each class test is then a
 * bit test.
 *
 * The first 90 classes are bits of three numbers kept on the word, the stem and the token themselves
 * (`a`, `b`, `c`; `token.flags`, `flags2`, `flags3`); the later ones (about 160 more) are bits of a short
 * array per word (`more`), which a token shares with every token of its word (`moreFlags`). Those later
 * classes were tested by looking the token's word up in the class's own set: a set per class, each a
 * likely cache miss for every token of a comment, where the array is read once per word. Their stems
 * (`kill*`) are still tested on the token's text: a stem registered for them would join the table the
 * shared phrases' stems are filed in, and change the order in which a token's stems find their phrases.
 */
let classCount = 0;
/** Bits per class word (`a`, `b`, `c` of the word table): 30, so that every bit is a small positive integer. */
const CLASS_BITS = 30;

/** Whether a token's text matches a class written like a phrase element (`you|u|ya*`). */
export function wordClass(alternatives: string): (token: Token) => boolean {
  const id = classCount++;
  // Classes 0–29 are bits of `a` (`token.flags`), 30–59 of `b` (`flags2`), 60–89 of `c` (`flags3`), the
  // later ones of `more` (`token.moreFlags`): 90–119 of its first number, and so on.
  const word = Math.floor(id / CLASS_BITS);
  const bit = 1 << (id % CLASS_BITS);
  const a = word === 0 ? bit : 0;
  const b = word === 1 ? bit : 0;
  const c = word === 2 ? bit : 0;
  const later = word - 3;
  bumpLexiconVersion();
  let prefixes: readonly string[] = [];
  pendingClasses.push(() => {
    const el = wordsElement(alternatives.split('|')) as Extract<Element, { kind: 'words' }>;
    if (later >= 0) {
      for (const info of el.infos) addMoreBit(info, later, bit);
      prefixes = el.prefixes;
      return;
    }
    for (const info of [...el.infos, ...el.prefixes.map(stemInfo)]) {
      info.a |= a;
      info.b |= b;
      info.c |= c;
    }
  });
  if (later >= 0)
    return (token) => {
      if (token.kind === HANDLE) return false;
      resolve(token);
      const more = token.moreFlags;
      if (more !== null && later < more.length && (more[later]! & bit) !== 0) return true;
      for (const p of prefixes) if (token.text.startsWith(p)) return true;
      return false;
    };
  // Two of `a`, `b`, `c` are 0: one bit test among the three words.
  return (token) => {
    if (token.kind === HANDLE) return false;
    resolve(token);
    return ((token.flags & a) | (token.flags2 & b) | (token.flags3 & c)) !== 0;
  };
}
