/**
 * Phrase syntax (documented in `phrases.ts`): parsing a written phrase into elements, and matching a
 * phrase's elements against tokens.
 */
import { foldWord } from './fold';
import { HANDLE, NUMBER } from './tokens';
import type { Token } from './tokens';
import { resolve, wordInfo } from './word-table';
import type { WordInfo } from './word-table';

export type Element =
  | { kind: 'words'; exact: ReadonlySet<string>; infos: ReadonlySet<WordInfo>; prefixes: readonly string[] }
  | { kind: 'handle' }
  | { kind: 'number' }
  | { kind: 'end' }
  | { kind: 'skip'; max: number };

const NO_WORDS: ReadonlySet<never> = new Set();

/**
 * An element built with every field of every kind (the unused ones empty), so that all elements share
 * one shape and the matcher's reads of `kind`, `infos` and `max` stay monomorphic (with one shape per
 * kind they were among the costliest reads of the phrase scan).
 */
function element(
  kind: Element['kind'],
  fields: {
    exact?: ReadonlySet<string>;
    infos?: ReadonlySet<WordInfo>;
    prefixes?: readonly string[];
    max?: number;
  },
): Element {
  const { exact = NO_WORDS, infos = NO_WORDS, prefixes = [], max = 0 } = fields;
  return { kind, exact, infos, prefixes, max };
}

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
  // `{a|b {c|d}}` would be read as the alternatives `a`, `b {c` and `d`: refused rather than matched wrongly.
  if (phrase.lastIndexOf('{', close) !== open) throw new Error(`nested braces in phrase: ${phrase}`);
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

export function wordsElement(alternatives: readonly string[]): Element {
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
  return element('words', { exact, infos, prefixes });
}

const rawCache = new WeakMap<WordClasses, Map<string, Element>>();
export const NO_CLASSES: WordClasses = {};

export function parseElements(phrase: string, classes: WordClasses): Element[] {
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
    if (raw === '@') elements.push(element('handle', {}));
    else if (raw === '#') elements.push(element('number', {}));
    else if (raw === '.') elements.push(element('end', {}));
    else if (raw.startsWith('~')) {
      // `~`, `~4`, `~12`; anything else after a tilde is a typo that would never match, so it throws.
      if (!/^~\d{0,2}$/.test(raw)) throw new Error(`a skip is ~ or ~N: "${raw}" in "${phrase}"`);
      elements.push(element('skip', { max: raw.length > 1 ? Number(raw.slice(1)) : 2 }));
    } else if (!raw.includes('|') && !raw.startsWith('$') && /['’-]/.test(raw)) {
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

export const matchesWord = (el: Extract<Element, { kind: 'words' }>, token: Token): boolean => {
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

/**
 * Where a phrase starting at `at` ends (exclusive), or -1. Token elements are walked in a loop; only a
 * skip branches (one recursive try per skipped count). Skips are bounded, so this is too.
 */
function matchFrom(elements: readonly Element[], e: number, tokens: readonly Token[], at: number): number {
  for (; e < elements.length; e++) {
    const el = elements[e]!;
    if (el.kind === 'skip') return matchAfterSkip(elements, e, el.max, tokens, at);
    if (el.kind === 'end') {
      // The end of a sentence takes no token: the next one (if any) must be in another sentence.
      const next = tokens[at];
      if (next !== undefined && next.sentence === tokens[at - 1]!.sentence) return -1;
      continue;
    }
    const token = tokens[at];
    if (!token || (e > 0 && token.sentence !== tokens[at - 1]!.sentence) || !matchesToken(el, token))
      return -1;
    at++;
  }
  return at;
}

/** The skip at `e` passes over 0…`max` tokens of the sentence, the shortest that lets the rest match. */
function matchAfterSkip(
  elements: readonly Element[],
  e: number,
  max: number,
  tokens: readonly Token[],
  at: number,
): number {
  const sentence = tokens[at - 1]!.sentence;
  for (let k = 0; k <= max && at + k < tokens.length; k++) {
    if (tokens[at + k]!.sentence !== sentence) return -1;
    const end = matchFrom(elements, e + 1, tokens, at + k);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Reports the phrase's match starting at token `i`, if any. Its first `matched` elements are already
 * known to match tokens `i`… (one by default: the index found the phrase by its first word; two when it
 * was found by its first and second words).
 */
export function tryAt(
  phrase: Phrase<unknown>,
  tokens: readonly Token[],
  i: number,
  found: (hit: PhraseHit<unknown>) => void,
  matched = 1,
): void {
  const elements = phrase.elements;
  const end = elements.length === matched ? i + matched : matchFrom(elements, matched, tokens, i + matched);
  if (end < 0) return;
  found({ phrase, from: i, to: end, span: [tokens[i]!.start, tokens[end - 1]!.end] });
}
