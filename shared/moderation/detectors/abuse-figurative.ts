/**
 * Insults said as a figure rather than a word (round 34, from a red-team of meaning, `/work/audit19`): a commenter
 * called as bright as a village with no electricity, or a house with the lights on and nobody home. Class `insult`:
 * held only when aimed at someone (`abuse.ts`), so a report of villages left without power stays published; `label`
 * where the figure is said to the reader in its own words.
 */
import { entries, type AbuseEntry } from './abuse-entry';

export const FIGURATIVE_INSULTS: readonly AbuseEntry[] = [
  ...entries(
    'en',
    'insult',
    '{bright|smart|clever|sharp} as a village {with no|without} {electricity|power|lights}, {lights|light} {are|is|were} on but {nobody|no one} {s|is|was} home, {lights|light} on {but|and} {nobody|no one} home',
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
