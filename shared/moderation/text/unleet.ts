/**
 * Leetspeak undone inside Latin words, keeping every offset: `R@tten` → `Ratten`, `J3ws` → `Jews`,
 * `tod0s` → `todos`. The hate check reads the comment this way (its word lists are not obfuscation
 * resistant, unlike the term matcher's), so spans into the result are spans into the comment.
 *
 * A character is replaced only between two Latin letters, so numbers, codes and dates stay as they are
 * (`G7`, `F-16`, `2024`, `H5N1` has no letter on both sides of a digit but `N1`…`5N` — `H5N` becomes
 * `HSN`, which names nothing).
 */
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
