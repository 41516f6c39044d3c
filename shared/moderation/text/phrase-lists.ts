/**
 * The phrases the shared index tries at one token (those starting with its word, or with a stem it
 * starts with), tried only where they can match.
 *
 * Many phrases of a list go on after a skip: `$target ~ should be shot`, `well ~ deserved`. Such a phrase
 * needs its third element among the few tokens after the first, and a list holds dozens of them (74 start
 * with `author`, 83 with `well`), each tried in turn and each trying every token the skip may pass over.
 * Their third elements are indexed by word instead: the tokens in reach are looked up once, and only the
 * phrases whose third element one of them is are tried. The others could not match, so the hits, and
 * their order (the list's order), are the same.
 */
import { HANDLE } from './tokens';
import type { Token } from './tokens';
import { tryAt } from './phrase-syntax';
import type { Phrase, PhraseHit } from './phrase-syntax';
import { resolve } from './word-table';
import type { WordInfo } from './word-table';

/** A list's phrases that start `first ~ third`, by the words their third element accepts. */
export interface SkipIndex {
  /** 1 for each phrase of the list tried wherever the list is (not indexed). */
  readonly always: Uint8Array;
  /** Positions in the list of the indexed phrases, by a word their third element accepts. */
  readonly byThird: Map<WordInfo, number[]>;
  /** The most tokens a skip of the indexed phrases passes over. */
  readonly reach: number;
  /** Which phrases one token's tries take (scratch, cleared as they are tried). */
  readonly marks: Uint8Array;
}

/** Fewer indexed phrases than this are tried as they are: looking the tokens up would cost more. */
const MIN_INDEXED = 4;

/**
 * The index of a list, or null when too few of its phrases can be indexed: those whose second element is
 * a skip and whose third is a set of exact words (a stem, a handle or a number is tried as it is).
 */
export function skipIndex(phrases: readonly Phrase<unknown>[]): SkipIndex | null {
  const always = new Uint8Array(phrases.length).fill(1);
  const byThird = new Map<WordInfo, number[]>();
  let reach = 0;
  let indexed = 0;
  phrases.forEach((phrase, j) => {
    const [, skip, third] = phrase.elements;
    if (skip?.kind !== 'skip' || third?.kind !== 'words' || third.prefixes.length > 0) return;
    always[j] = 0;
    indexed++;
    reach = Math.max(reach, skip.max);
    for (const info of third.infos) {
      const list = byThird.get(info);
      if (list) list.push(j);
      else byThird.set(info, [j]);
    }
  });
  if (indexed < MIN_INDEXED) return null;
  return { always, byThird, reach, marks: new Uint8Array(phrases.length) };
}

/** Reports the matches of a list's phrases starting at token `i`, in the list's order. */
export function tryList(
  phrases: readonly Phrase<unknown>[],
  index: SkipIndex | null,
  tokens: readonly Token[],
  i: number,
  found: (hit: PhraseHit<unknown>) => void,
): void {
  if (index === null) {
    for (const phrase of phrases) tryAt(phrase, tokens, i, found);
    return;
  }
  const { always, byThird, reach, marks } = index;
  // A skip passes over tokens of the first token's sentence only, and the third element follows it.
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k <= i + 1 + reach && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.sentence !== sentence) break;
    if (token.kind === HANDLE) continue;
    const info = resolve(token).info;
    const list = info === null ? undefined : byThird.get(info);
    if (list) for (const j of list) marks[j] = 1;
  }
  for (let j = 0; j < phrases.length; j++) {
    if (always[j] === 0 && marks[j] === 0) continue;
    marks[j] = 0;
    tryAt(phrases[j]!, tokens, i, found);
  }
}
