/**
 * Who a threat rule's cues are about, and when a warning word is none (`cue-rules.ts`): the writer's own
 * family, a family or place that is someone's, and `safe` as the adjective of the noun after it.
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

/** Third-person possessives, and the `s` of a name's `'s` (apostrophes split words): `his kids`, `the minister's wife`. */
const THEIRS = new Set(
  [
    's|his|her|their|son|sa|ses|leur|leurs|su|sus|sein|seine|seinen|seiner|seinem|ihr|ihre|ihren|ihrer|ihrem',
    'его|её|ее|их|suo|sua|suoi|sue|seu|seus|suas|jego|jej',
  ]
    .join('|')
    .split('|'),
);

/**
 * Whether the family or place cue `h` is someone's that a warning can be about: said to the reader (`your
 * family`, or `you` in its sentence: `nice family you have`) or a third person's (`his kids`, `the mayor's
 * office`). Not families and places in general (`Such a shame that families are still waiting for news`,
 * `Shame on Hamas and shame on the IDF, the children pay for both`, `What a shame the kids in Gaza have lost
 * three years of school`).
 */
export const someones = (scan: CueScan, h: CueHit, hits: readonly CueHit[]): boolean => {
  if (hits.some((x) => x.cue === 'you' && x.sentence === h.sentence)) return true;
  for (let k = h.from - 1; k >= Math.max(0, h.from - 2); k--) {
    const t = scan.tokens[k]!;
    if (t.sentence !== h.sentence) return false;
    if (THEIRS.has(t.text)) return true;
  }
  return false;
};
