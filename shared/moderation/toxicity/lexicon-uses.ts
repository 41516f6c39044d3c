/**
 * Which hits of the toxicity lexicon (`lexicon.ts`) are not uses of the word: a mention (quoted, or named as a word),
 * a `join …` told of others, a name written with an accent, an insult the speaker says of themselves, and the animal
 * sense of a word for a female dog.
 */
import { joinedBySomeone } from '../detectors/asserted';
import { addressesSomeoneMemo, mentioned, tokenAt } from '../detectors/common';
import { animalSenseAt } from '../detectors/animal-sense';
import { calledReceived } from '../detectors/called';
import { tokensOf } from '../text/tokens';

const ACCENTED_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
const isAscii = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 128);

/**
 * A capitalised word written with an accent that the (unaccented) lexicon term lacks is another word,
 * most often a name: `Morón` (an air base in Andalusia) is not `moron`. Lower-case accents are left to
 * the matcher, which reads them through as obfuscation (`ìdiot`).
 */
export function isAccentedName(text: string, span: readonly [number, number], term: string): boolean {
  const word = text.slice(span[0], span[1]);
  return isAscii(term) && /^\p{Lu}/u.test(word) && ACCENTED_LATIN.test(word);
}

/** The speaker, and what may stand between `I am` and the word they call themselves. */
const FIRST_PERSON = new Set(['i', 'je', 'j', 'yo', 'io', 'ich', 'я', 'ya', 'ja']);
const COPULA = new Set([
  'm',
  'am',
  'was',
  'im',
  'suis',
  'soy',
  'sono',
  'bin',
  'war',
  'был',
  'была',
  'jestem',
]);
const FILLER = new Set([
  'a',
  'an',
  'such',
  'complete',
  'total',
  'bit',
  'of',
  'un',
  'una',
  'ein',
  'eine',
  'so',
  'такой',
  'такая',
  'полный',
]);

/**
 * An insult the speaker says of themselves (`I'm an idiot, I misread the chart`, `soy un idiota`, `я идиот`):
 * the first person, a copula (or none, as in Russian), at most two words such as `such an`, then the word.
 */
export function selfDirected(text: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(text);
  let k = tokenAt(tokens, span[0]) - 1;
  const sentence = tokens[k + 1]?.sentence;
  for (let skipped = 0; k >= 0 && skipped < 2 && FILLER.has(tokens[k]!.text); skipped++) k--;
  if (k < 0 || tokens[k]!.sentence !== sentence) return false;
  if (tokens[k]!.text === 'im' || tokens[k]!.text === 'я') return true;
  return (
    COPULA.has(tokens[k]!.text) &&
    FIRST_PERSON.has(tokens[k - 1]?.text ?? '') &&
    tokens[k - 1]!.sentence === sentence
  );
}

/** The animal sense of a word for a female dog (round 88: `a stray bitch and her six puppies`, `detectors/animal-sense.ts`). */
export function animalAt(text: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(text);
  const k = tokenAt(tokens, span[0]);
  return k < tokens.length && animalSenseAt(tokens, k, () => addressesSomeoneMemo(tokens));
}

/** A `join …` term told of others (`Why do young Europeans join ISIS?`, `asserted.ts` `joinedBySomeone`). */
export function joinedAt(text: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(text);
  const k = tokenAt(tokens, span[0]);
  return k < tokens.length && joinedBySomeone(tokens, k);
}

/**
 * A term inside quotation marks, or named as a word (`the word …`), is a mention: quoting abuse to
 * discuss it is what a news comment section does (LABELLING.md, `civil_quote`).
 */
export function isMention(text: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(text);
  const k = tokenAt(tokens, span[0]);
  if (k >= tokens.length) return false;
  // Any word of the match in quotation marks (`not "human"`), or a name told by its receiver (`detectors/called.ts`).
  return mentioned(tokens, k, Math.max(k + 1, tokenAt(tokens, span[1] - 1) + 1)) || calledReceived(tokens, k);
}
