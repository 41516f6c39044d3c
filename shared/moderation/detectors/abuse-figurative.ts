/**
 * Insults said as a figure rather than a word (round 34, and round 107's sarcastic `genius`, `this dense` and clowns, from a red-team of meaning, `/work/audit19`): a commenter
 * called as bright as a village with no electricity, or a house with the lights on and nobody home. Class `insult`:
 * held only when aimed at someone (`abuse.ts`), so a report of villages left without power stays published; `label`
 * where the figure is said to the reader in its own words.
 */
import { entries, type AbuseEntry } from './abuse-entry';

export const FIGURATIVE_INSULTS: readonly AbuseEntry[] = [
  // Round 107: the reader called a genius for what they did not do (`You clearly didn't read past the headline,
  // genius.`), asked if they are this dense, the comment section full of clowns.
  ...entries(
    'en',
    'label',
    '{didn t|did not|can t|cannot|couldn t|don t|never} ~8 {genius|einstein|sherlock} ., {are you|you re|youre} ~1 {this|that|so} {dense|thick|daft|clueless|dim}, {comment section|comments section|comments|this thread} ~2 full of clowns, clown brigade',
  ),
  ...entries(
    'en',
    'insult',
    'imagine being {this|that|so} {thick|dense|dumb|stupid|daft|dim}, {bright|smart|clever|sharp} as a village {with no|without} {electricity|power|lights}, {lights|light} {are|is|were} on but {nobody|no one} {s|is|was} home, {lights|light} on {but|and} {nobody|no one} home',
  ),
  // Said to the reader (`tienes las luces de…`, `bei dir ist das Licht an…`): aimed by its own words.
  ...entries('es', 'label', '{tienes|tenes|tiene} las luces de un pueblo sin {electricidad|luz}'),
  ...entries('es', 'insult', '{listo|lista|brillante} como un pueblo sin {luz|electricidad}'),
  ...entries(
    'fr',
    'insult',
    '{brillant|brillante|malin|maligne|lumineux} comme un village sans {electricite|lumiere|courant}',
  ),
  ...entries(
    'de',
    'label',
    '{bei dir|bei ihnen|bei euch} ist ~1 {das licht|licht} an aber {keiner|niemand} {zu hause|zuhause|daheim}',
  ),
  ...entries('de', 'insult', '{hell|helle} wie ein dorf ohne strom'),
  ...entries(
    'ru',
    'insult',
    '{умный|умная|умён|умен|светлый} как деревня без электричества, {umnyj|umnyy|umnaya|umnyi} kak derevnya bez elektrichestva',
  ),
];
