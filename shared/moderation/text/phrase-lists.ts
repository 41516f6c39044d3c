/**
 * The phrases the shared index tries at one token (those starting with its word, with a stem it starts
 * with, or with its word and the next), tried only where they can match.
 *
 * A list can hold dozens of phrases that differ only after the words it was found by: 74 start with
 * `author` and go on after a skip (`$target ~ should be shot`), 83 with `well`; `you are` goes on with
 * many words. Each was tried in turn, and a skip tried every token it may pass over. Their next word is
 * indexed instead: the tokens in reach are looked up once, and only the phrases whose next word one of
 * them is are tried. The others could not match, so the hits, and their order (the list's order), are
 * the same.
 */
import { HANDLE } from './tokens';
import type { Token } from './tokens';
import { tryAt } from './phrase-syntax';
import type { Phrase, PhraseHit } from './phrase-syntax';
import { resolve } from './word-table';
import type { WordInfo } from './word-table';

/** A list of shared phrases tried together, and its index (built on first use, dropped as it grows). */
export interface PhraseList {
  readonly phrases: Phrase<unknown>[];
  index: NextWordIndex | null | undefined;
}

export const phraseList = (): PhraseList => ({ phrases: [], index: undefined });

export function addToList(list: PhraseList, phrase: Phrase<unknown>): void {
  list.phrases.push(phrase);
  list.index = undefined;
}

/**
 * A list's phrases by the next word they need after the `matched` elements the list was found by: the
 * element right after them (`you are` + `idiot`), or the one after a skip there (`author` ~ `should`).
 */
interface NextWordIndex {
  /** 1 for each phrase of the list tried wherever the list is (not indexed). */
  readonly always: Uint8Array;
  /** Positions in the list of the indexed phrases, by a word their next word element accepts. */
  readonly byWord: Map<WordInfo, number[]>;
  /** The most tokens a skip of the indexed phrases passes over before their next word (0 without). */
  readonly reach: number;
  /** Which phrases one token's tries take (scratch, cleared as they are tried). */
  readonly marks: Uint8Array;
}

/**
 * The index of a list found by `matched` elements, or null when none of its phrases can be indexed:
 * those whose next word element (see `NextWordIndex`) is a set of exact words (a phrase ending there, or
 * going on with a stem, a handle or a number, is tried as it is).
 *
 * A list with a single such phrase is indexed too. Looking up the few tokens in reach costs more than
 * trying a phrase when everything is in cache, but in the pipeline it is not: between two comments the
 * other checks evict the phrase table, and trying a phrase reads its object, its elements and theirs,
 * each a likely cache miss, where the tokens in reach are the comment's own and were just read. Lists
 * with one to three such phrases used to be tried whole; indexing them too measured 4–7% less CPU per
 * comment, paired, on the bench bodies.
 */
function nextWordIndex(phrases: readonly Phrase<unknown>[], matched: number): NextWordIndex | null {
  const always = new Uint8Array(phrases.length).fill(1);
  const byWord = new Map<WordInfo, number[]>();
  let reach = 0;
  let indexed = 0;
  phrases.forEach((phrase, j) => {
    const next = phrase.elements[matched];
    const skip = next?.kind === 'skip' ? next.max : 0;
    const word = next?.kind === 'skip' ? phrase.elements[matched + 1] : next;
    if (word?.kind !== 'words' || word.prefixes.length > 0) return;
    always[j] = 0;
    indexed++;
    reach = Math.max(reach, skip);
    for (const info of word.infos) {
      const list = byWord.get(info);
      if (list) list.push(j);
      else byWord.set(info, [j]);
    }
  });
  if (indexed === 0) return null;
  return { always, byWord, reach, marks: new Uint8Array(phrases.length) };
}

/**
 * Reports the matches of a list's phrases starting at token `i`, in the list's order; the list was found
 * by the `matched` elements there (its phrases' first one, or first two).
 */
export function tryList(
  list: PhraseList,
  tokens: readonly Token[],
  i: number,
  found: (hit: PhraseHit<unknown>) => void,
  matched = 1,
): void {
  if (list.index === undefined) list.index = nextWordIndex(list.phrases, matched);
  const { phrases, index } = list;
  if (index === null) {
    for (const phrase of phrases) tryAt(phrase, tokens, i, found, matched);
    return;
  }
  const { always, byWord, reach, marks } = index;
  // The next word is in the sentence of the first (a match never crosses one), right after the matched
  // elements or after up to `reach` skipped tokens.
  const sentence = tokens[i]!.sentence;
  for (let k = i + matched; k <= i + matched + reach && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.sentence !== sentence) break;
    if (token.kind === HANDLE) continue;
    const info = resolve(token).info;
    const list = info === null ? undefined : byWord.get(info);
    if (list) for (const j of list) marks[j] = 1;
  }
  for (let j = 0; j < phrases.length; j++) {
    if (always[j] === 0 && marks[j] === 0) continue;
    marks[j] = 0;
    tryAt(phrases[j]!, tokens, i, found, matched);
  }
}
