/**
 * Leetspeak undone inside Latin words, keeping every offset: `R@tten` → `Ratten`, `J3ws` → `Jews`,
 * `tod0s` → `todos`. The hate and threats checks read a comment a second time this way (their word lists
 * are not obfuscation resistant, unlike the term matcher's); spans into the result are spans into the
 * comment.
 *
 * A character is replaced only between two Latin letters, so numbers, codes and dates stay as they are
 * (`G7`, `F-16`, `2024`, `H5N1` has no letter on both sides of a digit but `N1`…`5N` — `H5N` becomes
 * `HSN`, which names nothing).
 */
import type { CheckResult } from '../types';

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const IN_WORD = /(?<=\p{Script=Latin})[013457@$!|](?=\p{Script=Latin})/gu;

/** `source` with in-word leetspeak replaced letter for letter; `source` itself when there is none. */
export function unleet(source: string): string {
  IN_WORD.lastIndex = 0;
  if (!IN_WORD.test(source)) return source;
  return source.replace(IN_WORD, (c) => LEET[c]!);
}

/**
 * A check's reading of a comment, and of the comment with leetspeak undone when it has some and the first
 * reading rejected nothing: a rejection from the second reading wins, else the first's hold, else the
 * second's. The first reading shares the other checks' token scan; only such comments pay the second.
 */
export function readWithLeetspeakUndone(body: string, read: (text: string) => CheckResult): CheckResult {
  const first = read(body);
  if (first.outcome === 'reject') return first;
  const plain = unleet(body);
  if (plain === body) return first;
  const second = read(plain);
  return second.outcome === 'reject' || first.outcome === 'pass' ? second : first;
}
