/**
 * Who a threat rule's cues are about, and when a warning word is none (`cue-rules.ts`): the writer's own
 * family, and `safe` as the adjective of the noun after it.
 */
import type { CueHit, CueScan } from './cues';

const SAFE = new Set(['safe', 'safety']);
/** Whether the warning cue `w` is `safe` or `safety` (a kindness when wished: `hope your family is safe`). */
export const safeWord = (scan: CueScan, w: CueHit): boolean => SAFE.has(scan.tokens[w.from]!.text);

/** Nouns that `safe` describes rather than warns with: `their safe rooms`, `a safe corridor`. */
const SAFE_NOUNS = new Set(
  'room|rooms|house|houses|haven|havens|zone|zones|passage|corridor|corridors|route|routes|space|spaces|harbour|harbor|area|areas|bet|seat|seats|deposit|word|mode|third|country|countries|shelter|shelters'.split(
    '|',
  ),
);
/** First-person possessives: `my family`, `our children`, `ma famille`, `моя семья` are the writer's own. */
const FIRST_PERSON = new Set(
  [
    'my|our|mi|mis|nuestra|nuestro|nuestros|nuestras|ma|mon|mes|notre|nos|mein|meine|meinen|meiner|meinem|unser|unsere|unseren|unserer',
    'mia|mio|miei|mie|nostra|nostro|nostri|nostre|minha|meu|meus|minhas|nossa|nosso|nossos|nossas|moja|moje|nasza|nasze|nasi',
    'моя|мой|мои|моих|моей|мою|моим|наша|наш|наши|наших|нашей|нашу|нашим|мій|мої|моїх|моєї|наші|moya|moi|nasha|nashi',
  ]
    .join('|')
    .split('|'),
);

/** A family the writer names as their own (`Alhamdulillah my family in Antakya is safe`): nobody is aimed at. */
export const ownFamily = (scan: CueScan, h: CueHit): boolean => {
  const before = scan.tokens[h.from - 1];
  return h.cue === 'family' && before?.sentence === h.sentence && FIRST_PERSON.has(before.text);
};

/** `safe` before the noun it names (`burning families in their safe rooms`): an adjective, not a warning. */
export const safeAdjective = (scan: CueScan, w: CueHit): boolean =>
  safeWord(scan, w) && SAFE_NOUNS.has(scan.tokens[w.to]?.text ?? '');
