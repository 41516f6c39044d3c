/**
 * `by nature` and its translations (round 126): the cue rules' `hate_phrase` list holds them as dehumanising talk
 * (`they are criminals by nature`), but alone they are how anyone speaks of children or cats (`Children are by nature
 * curious.` was rejected as hate). They count only with a trait word within four tokens of them (`criminals by nature`,
 * `von Natur aus kriminell`).
 */
import { wordClass } from '../text/phrases';
import { tokensOf, type Token } from '../text/tokens';
import { comparedAt, deniedAt } from './asserted';
import { cuesIn, scanCues, type CueHit, type CueScan } from './cues';

const NATURE_OPENERS = new Set(['by', 'par', 'por', 'von', 'per']);
const TRAIT = wordClass(
  [
    'criminal|criminals|violent|lazy|stupid|dumb|dumber|inferior|thieves|liars|dangerous|savage|savages|primitive|dishonest|treacherous|dirty|parasites|animals',
    'criminels|violents|paresseux|stupides|inferieurs|inferieures|voleurs|menteurs|sauvages|primitifs|traitres|sales|parasites',
    'criminales|violentos|vagos|estupidos|inferiores|ladrones|mentirosos|salvajes|primitivos|traidores|sucios|parasitos',
    'kriminell|kriminelle|gewalttatig|gewalttatige|faul|faule|dumm|dumme|dummer|minderwertig|minderwertige|diebe|lugner|primitiv|primitive|verrater|dreckig|parasiten',
    'criminali|violenti|pigri|stupidi|inferiori|ladri|bugiardi|selvaggi|primitivi|traditori|sporchi|parassiti',
  ].join('|'),
);
/** Whether a `hate_phrase` hit is `by nature` (or a translation) with no trait word within four tokens of it. */
function natureWithoutTrait(tokens: readonly Token[], from: number, to: number): boolean {
  if (!NATURE_OPENERS.has(tokens[from]!.text) || to - from > 3) return false;
  const { sentence } = tokens[from]!;
  for (let k = Math.max(0, from - 4); k < tokens.length && k <= to + 3; k++)
    if ((k < from || k >= to) && tokens[k]!.sentence === sentence && TRAIT(tokens[k]!)) return false;
  return true;
}

const hatePhrases = (scan: CueScan): CueHit[] => cuesIn(scan, ['hate_phrase'], 0, scan.sentences);

/**
 * The first dehumanising phrase of the cue rules (`hate_phrase`) that stands: not in a sentence that condemns it, not a
 * comparison, not denied, not `by nature` without a trait.
 */
export const firstHatePhrase = (scan: CueScan, condemned: ReadonlySet<number>): CueHit | undefined =>
  hatePhrases(scan).find(
    (h) =>
      !condemned.has(h.sentence) &&
      !comparedAt(scan.tokens, h.from) &&
      !deniedAt(scan.tokens, h.from) &&
      !natureWithoutTrait(scan.tokens, h.from, h.to),
  );

/** The spans of `by nature` without a trait in `source`, which the classifier reads blanked (its cue is a feature). */
export function natureSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const scan = scanCues(tokens, source);
  return hatePhrases(scan)
    .filter((h) => natureWithoutTrait(tokens, h.from, h.to))
    .map((h) => [h.span[0], h.span[1]]);
}
