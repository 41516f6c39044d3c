/**
 * Text-speak, as the classifier reads it: a word typed short on a phone (`u`, `ur`, `ppl`, `xq`, `cmq`,
 * `щас`) is read as the word it stands for, so that its features are that word's.
 *
 * Why: the model learnt `u` and `ur` mostly from the few threats typed that way (`i know where u live`), so a
 * civil comment typed on a phone (`get ur jab if u can`) leaned towards a threat for its spelling alone,
 * while the same words spelled out weigh what thousands of comments taught. The rules read the text as
 * written. Only forms that stand for one word and mean nothing else in the readership's languages are
 * listed: not `y` (Spanish `and`), `ya` (Russian `я` typed in Latin letters), `net` or `is` (English), `da`
 * (Italian `from`), and nothing that stands for several words (`tbh`, `jsp`).
 */
import { hashWord } from '../text/tokens';

const FORMS: Readonly<Record<string, string>> = {
  // English.
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  ppl: 'people',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  bcoz: 'because',
  b4: 'before',
  shud: 'should',
  cud: 'could',
  wud: 'would',
  wat: 'what',
  dat: 'that',
  dis: 'this',
  tho: 'though',
  thru: 'through',
  abt: 'about',
  bout: 'about',
  rly: 'really',
  srsly: 'seriously',
  govt: 'government',
  gov: 'government',
  // Spanish.
  q: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  tb: 'tambien',
  tmb: 'tambien',
  tmbn: 'tambien',
  // French (folded: no accents).
  pk: 'pourquoi',
  bcp: 'beaucoup',
  tjrs: 'toujours',
  tjs: 'toujours',
  qd: 'quand',
  ds: 'dans',
  // German.
  nix: 'nichts',
  hab: 'habe',
  // Italian.
  cmq: 'comunque',
  xke: 'perche',
  xche: 'perche',
  nn: 'non',
  ke: 'che',
  // Russian.
  щас: 'сейчас',
  ваще: 'вообще',
  спс: 'спасибо',
  чо: 'что',
  шо: 'что',
};

/** The word a token's folded text stands for, with its hash, by the token's hash. */
const BY_HASH = new Map<number, { readonly short: string; readonly text: string; readonly hash: number }>();
for (const [short, text] of Object.entries(FORMS))
  BY_HASH.set(hashWord(short), { short, text, hash: hashWord(text) });

/** The word `text` (a token's folded text, of hash `hash`) stands for, or undefined when it is no text-speak. */
export function spokenWord(
  text: string,
  hash: number,
): { readonly text: string; readonly hash: number } | undefined {
  const spoken = BY_HASH.get(hash);
  return spoken && spoken.short === text ? spoken : undefined;
}
