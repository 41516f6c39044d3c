/**
 * Cue words in idioms and literal uses where they say nothing about people, for the hate rule of
 * `cue-rules.ts`: `go back to school` sends nobody away, `how you breed distrust` calls nobody an animal.
 */
import type { CueHit, CueScan } from './cues';
import { WORD } from '../text/tokens';

/** Where `go back to` sends nobody away: `should go back to school`, `back to the drawing board`. */
const BACK_TO_IDIOM = new Set(
  'school|work|bed|sleep|basics|square|class|college|university|uni|studying|normal|reality|business|drawing|beginning|start|office|books|kindergarten'.split(
    '|',
  ),
);
export const backToIdiom = (scan: CueScan, d: CueHit): boolean => {
  const { tokens } = scan;
  if (tokens[d.to - 1]?.text !== 'to' || tokens[d.to - 2]?.text !== 'back') return false;
  const next = tokens[d.to];
  const object = next?.text === 'the' ? tokens[d.to + 1] : next;
  return (
    object !== undefined && object.sentence === tokens[d.from]!.sentence && BACK_TO_IDIOM.has(object.text)
  );
};

const BREED = new Set(['breed', 'breeds', 'breeding', 'bred']);
const BREED_ON = new Set(['like', 'of', 'and']);
/**
 * `breed` with an object or a noun after it is a verb or a compound (`how you breed distrust`, `a breeding
 * ground for`), not a word for people; `they breed like rabbits`, `that breed of people` still are.
 */
export const breedWithObject = (scan: CueScan, d: CueHit): boolean => {
  const { tokens } = scan;
  const next = tokens[d.to];
  return (
    d.to - d.from === 1 &&
    BREED.has(tokens[d.from]!.text) &&
    next !== undefined &&
    next.sentence === d.sentence &&
    next.kind === WORD &&
    !BREED_ON.has(next.text)
  );
};
