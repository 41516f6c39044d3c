/**
 * The lexicon behind the shared phrase sets and the word classes (`phrases.ts`): one table of known
 * words and stems, looked up once per token and version.
 */
import { hashWord, HANDLE } from './tokens';
import type { Token } from './tokens';
import type { PhraseList } from './phrase-lists';

/**
 * The words the shared phrase sets and the word classes know, in one table: a token is looked up once
 * (its text, then its first one or two letters for stems), and the answer — which classes it belongs
 * to, which shared phrases start with it — is kept on the token. Every registration (at module load)
 * bumps `lexiconVersion`, so a token resolved before it is resolved again.
 */
export interface WordInfo {
  /** Class bits (`wordClass`): classes 0–29, 30–59 and 60–89. */
  a: number;
  b: number;
  c: number;
  /** Bits of the later classes, 30 a number (90–119 first), or null when it is in none of them. */
  more: number[] | null;
  /** The resolution of a token that is this word and matches no stem (shared, allocated once). */
  alone: Resolved | null;
  /**
   * A token's whole resolution when it is this word (class bits with its stems' included), and the
   * table version it was computed at: a known word's stems are then looked up once per version, not
   * once per token.
   */
  known: Resolution | null;
  knownVersion: number;
  /** Shared phrases starting with this word: by their second word (when exact), or the rest. */
  bySecond: Map<WordInfo, PhraseList> | null;
  rest: PhraseList | null;
}
export interface StemInfo {
  stem: string;
  a: number;
  b: number;
  c: number;
  /** Shared phrases starting with this stem. */
  phrases: PhraseList;
}
/**
 * Words by their hash (`hashWord`, which the tokenizer computes as it reads): open addressing over a
 * power-of-two table, so a token is found (or not) without hashing its string again.
 */
let slots = new Int32Array(1 << 13);
/** The hash of the word in each slot: a probe past another word compares numbers, not strings. */
let slotHashes = new Int32Array(1 << 13);
const slotWords: string[] = [];
const slotInfos: WordInfo[] = [];

function findSlot(word: string, hash: number): number {
  const mask = slots.length - 1;
  for (let i = hash & mask; ; i = (i + 1) & mask) {
    const at = slots[i]!;
    if (at === 0 || (slotHashes[i] === hash && slotWords[at - 1] === word)) return i;
  }
}
function lookupWord(word: string, hash: number): WordInfo | null {
  const at = slots[findSlot(word, hash)]!;
  return at === 0 ? null : slotInfos[at - 1]!;
}
const STEMS = new Map<number, StemInfo[]>();
let lexiconVersion = 0;

/** The table's version: a token resolved at an older version is resolved again. */
export const currentLexiconVersion = (): number => lexiconVersion;
/** Marks the table changed (a word, a shared phrase set or a word class was registered). */
export function bumpLexiconVersion(): void {
  lexiconVersion++;
}

/** Sizes of the tables, for tests and tuning. */
export const lexiconStats = (): { words: number; stemKeys: number; longestStemList: number } => ({
  words: slotWords.length,
  stemKeys: STEMS.size,
  longestStemList: Math.max(0, ...[...STEMS.values()].map((l) => l.length)),
});

export function wordInfo(word: string): WordInfo {
  const hash = hashWord(word);
  const slot = findSlot(word, hash);
  const at = slots[slot]!;
  if (at !== 0) return slotInfos[at - 1]!;
  const info: WordInfo = {
    a: 0,
    b: 0,
    c: 0,
    more: null,
    alone: null,
    known: null,
    knownVersion: -1,
    bySecond: null,
    rest: null,
  };
  slotWords.push(word);
  slotInfos.push(info);
  slots[slot] = slotWords.length;
  slotHashes[slot] = hash;
  lexiconVersion++;
  if (slotWords.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2);
    slotHashes = new Int32Array(slots.length);
    slotWords.forEach((w, i) => {
      const h = hashWord(w);
      const at = findSlot(w, h);
      slots[at] = i + 1;
      slotHashes[at] = h;
    });
  }
  return info;
}
export function stemInfo(stem: string): StemInfo {
  const key = prefixKey(stem, stem.length);
  let list = STEMS.get(key);
  if (!list) STEMS.set(key, (list = []));
  let info = list.find((x) => x.stem === stem);
  if (!info) list.push((info = { stem, a: 0, b: 0, c: 0, phrases: { phrases: [], index: undefined } }));
  return info;
}

/** Sets bit `bit` of number `word` of a word's later class bits (`WordInfo.more`). */
export function addMoreBit(info: WordInfo, word: number, bit: number): void {
  const more = (info.more ??= []);
  while (more.length <= word) more.push(0);
  more[word]! |= bit;
}

interface Resolved {
  info: WordInfo | null;
  stems: StemInfo[] | null;
}
const NOTHING: Resolved = { info: null, stems: null };

/** What a token's text resolves to: its class bits (stems included) and its phrase-table entry. */
interface Resolution {
  a: number;
  b: number;
  c: number;
  more: readonly number[] | null;
  resolved: Resolved;
}

/** Looks a token up in the table (once per lexicon version) and keeps the answer on it. */
export function resolve(token: Token): Resolved {
  // A token resolved at the current version needs nothing compiled: every declaration bumps the version,
  // and pending sets are compiled before any token is resolved.
  if (token.flagsVersion === lexiconVersion) return token.lexicon as Resolved;
  if (pendingShared.length > 0 || pendingClasses.length > 0) compilePending();
  const found = token.kind === HANDLE ? UNKNOWN : resolveWord(token.text, token.hash);
  token.flags = found.a;
  token.flags2 = found.b;
  token.flags3 = found.c;
  token.moreFlags = found.more;
  token.lexicon = found.resolved;
  token.flagsVersion = lexiconVersion;
  return found.resolved;
}

const UNKNOWN: Resolution = { a: 0, b: 0, c: 0, more: null, resolved: NOTHING };

/** A word's resolution from the table (a known word's is computed once per version). */
function resolveWord(text: string, hash: number): Resolution {
  const info = lookupWord(text, hash);
  if (!info) return resolveText(text, null);
  if (info.knownVersion !== lexiconVersion) {
    info.known = resolveText(text, info);
    info.knownVersion = lexiconVersion;
  }
  return info.known!;
}

/** A word's class bits and resolution: its own entry (`info`, when known) and the stems it starts with. */
function resolveText(text: string, info: WordInfo | null): Resolution {
  let a = info ? info.a : 0;
  let b = info ? info.b : 0;
  let c = info ? info.c : 0;
  // The word's own later bits, shared as they are (a registration changes them only with the version).
  const more = info ? info.more : null;
  let resolved = info ? (info.alone ??= { info, stems: null }) : NOTHING;
  let stems: StemInfo[] | null = null;
  // A stem is filed under its first two letters, or its one letter (`prefixKey`): look under both.
  for (let length = 1; length <= 2 && length <= text.length; length++) {
    const filed = STEMS.get(prefixKey(text, length));
    if (!filed) continue;
    for (const st of filed) {
      if (!text.startsWith(st.stem)) continue;
      a |= st.a;
      b |= st.b;
      c |= st.c;
      if (st.phrases.phrases.length > 0) (stems ??= []).push(st);
    }
  }
  if (stems) resolved = { info, stems };
  // Most unknown words start no stem either: they share one answer rather than allocate their own.
  return a === 0 && b === 0 && c === 0 && more === null && resolved === NOTHING
    ? UNKNOWN
    : { a, b, c, more, resolved };
}

/** Shared sets declared but not compiled yet: they compile together, on the first scan. */
export const pendingShared: Array<{ compile(): unknown }> = [];

/** Word classes declared but not registered in the table yet (see `compilePending`). */
export const pendingClasses: Array<() => void> = [];

/** Compiles every pending shared set and word class (on first use, not at module load). */
export function compilePending(): void {
  if (pendingClasses.length > 0) for (const register of pendingClasses.splice(0)) register();
  if (pendingShared.length > 0) for (const set of pendingShared.splice(0)) set.compile();
}

/** A number for a word's first letter (`len` 1) or first two letters. */
export function prefixKey(word: string, len: number): number {
  return len < 2 || word.length < 2
    ? -1 - word.charCodeAt(0)
    : word.charCodeAt(0) * 65536 + word.charCodeAt(1);
}
