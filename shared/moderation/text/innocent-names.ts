/**
 * Place names and everyday words of other languages that contain a listed insult or profanity: inside
 * one of them no term counts, in the toxicity lexicon (`toxicity/lexicon-data.ts`) and in the abuse
 * detector (`detectors/abuse-lexicon.ts`) alike. Folded like the text (`slut på` → `slut pa`).
 */
export const INNOCENT_NAMES: readonly string[] = [
  'slutsk',
  'bitche',
  'twatt',
  'wankie',
  'shitterton',
  // Fucking, Upper Austria (renamed Fugging in 2021), and Fuk Wing Street, Hong Kong.
  'fucking in oberosterreich',
  'fucking in upper austria',
  'fuk wing',
  // Swedish `slut` is an end: `slut på` (no more), `till slut` (at last), `tog slut` (ran out).
  'slut pa',
  'till slut',
  'tog slut',
  'ta slut',
];
