/**
 * Mass violence said without a call's imperative (reject, `harassment`; `hate` when a protected group is
 * named), the companions of `cue-rules-calls.ts`:
 *
 * - a strike wished on people or a place: a wish, then a projectile arriving, then whom or where it hits
 *   (`I hope the next missile lands on that school`, `Ojalá el próximo misil caiga en plena plaza`,
 *   `Надеюсь, следующая ракета прилетит прямо в их школу`), or everyone inside (`speriamo che il
 *   prossimo missile centri proprio lì, tutti dentro`);
 * - destruction with everyone inside, wished or called for (`the camp should be levelled with everyone
 *   inside`, `Das Dorf einfach plattmachen, mit allen drin`): the `everyone inside` words beside a verb of
 *   killing or burning and a modal, a wish, or that verb heading its sentence — news of such an act
 *   (`the strike levelled the block with everyone inside`) has none of them;
 * - a crowd told what to bring to a place or its people (`bring petrol … the shelter on Dock Road`,
 *   `traed gasolina … frente a la mezquita`), in the sentence or the next.
 *
 * Like the calls: not in a reported, quoted or negated form, nor in a sentence that names the crime.
 */
import type { Cue } from './cue-kinds';
import type { CueHit, CueScan } from './cues';
import { condemnedSentences, cuesIn, memoisedOnScan } from './cues';
import type { CallVerdict } from './cue-rules-calls';
import { callCues, crimeSentences } from './cue-rules-calls';
import { sentenceStart, wordBefore } from './common';
import { evidenceOf } from './cue-rules';
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

/** Words that report what a crowd was told (`the post telling people to bring petrol`). */
const TELLING = wordClass('telling|told|tells|urging|urged|asking|asked|calling|called|inciting|incited');
/** Fire shown as an image of history (round 77: `The footage of teenagers filling Molotov cocktails in the Corvin Passage`). */
const DEPICTION = wordClass(
  'footage|photo|photos|photograph|picture|pictures|image|images|video|videos|film|documentary|museum|exhibition|archive|archives',
);
const THROWN = wordClass('threw|thrown|hurled|tossed');
const depictedFire = (tokens: readonly Token[], at: number): boolean =>
  wordBefore(tokens, at, 8, DEPICTION) || wordBefore(tokens, at, 3, THROWN);

const OBJECTS: readonly Cue[] = ['group', 'people', 'people_place', 'with_people'];
/** The verbs of destruction a `with everyone inside` makes a killing (the calls' verbs, and a few participles). */
const DESTROY: readonly Cue[] = ['call', 'destroyed', 'harm', 'attack'];
const MODAL: readonly Cue[] = ['should', 'wish', 'intent'];

const verdict = (source: string, why: string, hits: readonly CueHit[], object: CueHit): CallVerdict => ({
  outcome: 'reject',
  hate: object.cue === 'group',
  evidence: evidenceOf('threat', source, why, [...hits, object]),
});

/** A projectile arriving: `lands on`, `caiga en`, `trifft`, `прилетит` (read after a wished projectile only). */
const STRIKE = new Set(
  [
    'hits|hit|lands|land|falls|fall|finds|find|strikes|comes|takes|wipes',
    'caiga|caigan|impacte|acierte|cae',
    'tombe|tombent|frappe|touche|atterrisse',
    'trifft|treffen|einschlagt|landet|fallt',
    'прилетит|прилетела|прилетели|прилетело|упадет|попадет|накроет|накрыть|накрыли',
    'prileteli|priletit|upadet|popadet|nakroet',
    'прилетить|впаде|влучить|накрити|накрила',
    'centri|colpisca|cada|cadano',
    'acerte|caia|atinja',
    'trafi|spadnie|spadla',
    'dussun|vursun',
    'بيفته|يسقط',
  ]
    .join('|')
    .split('|'),
);

/** A wish, a projectile after it, a word of its landing after that, and an object after the projectile. */
function wishedStrike(scan: CueScan, hits: readonly CueHit[], source: string): CallVerdict | null {
  const wish = hits.find((h) => h.cue === 'wish');
  if (!wish) return null;
  const projectile = hits.find((h) => h.cue === 'projectile' && h.from > wish.from);
  if (!projectile) return null;
  const object = hits.find((h) => OBJECTS.includes(h.cue) && h.from > projectile.from);
  if (!object) return null;
  for (let k = wish.to; k < object.from; k++)
    if (k !== projectile.from && STRIKE.has(scan.tokens[k]!.text))
      return verdict(source, 'a strike wished on people', [wish, projectile], object);
  return null;
}

/** `with everyone inside` beside a verb of destruction and a modal or wish. */
function everyoneInside(hits: readonly CueHit[], source: string, headed: boolean): CallVerdict | null {
  const inside = hits.find((h) => h.cue === 'with_people');
  if (!inside) return null;
  const act = hits.find((h) => DESTROY.includes(h.cue));
  const modal = hits.find((h) => MODAL.includes(h.cue));
  if (!act || (!modal && !headed)) return null;
  return verdict(source, 'destruction wished with the people inside', modal ? [act, modal] : [act], inside);
}

/** A violent act wished on many people, without a call's imperative; null when there is none. */
export const strikeCues = memoisedOnScan(findStrike);

function findStrike(scan: CueScan, source: string): CallVerdict | null {
  const kinds: readonly Cue[] = ['projectile', 'with_people', 'arson'];
  if (!scan.hits.some((h) => kinds.includes(h.cue))) return null;
  const crimes = crimeSentences(scan.tokens);
  const condemned = condemnedSentences(scan);
  for (let s = 0; s < scan.sentences; s++) {
    if (crimes.has(s) || condemned.has(s)) continue;
    const hits = cuesIn(scan, [...OBJECTS, ...DESTROY, ...MODAL, 'projectile'], s, s);
    // The verb heads its sentence (`Das Dorf einfach plattmachen, mit allen drin` has it after its object).
    const headed = hits.some((h) => h.cue === 'call' && h.from - sentenceStart(scan.tokens, h.from) <= 4);
    const found = wishedStrike(scan, hits, source) ?? everyoneInside(hits, source, headed);
    if (found) return found;
    const arson = cuesIn(scan, ['arson'], s, s).find(
      (h) => !wordBefore(scan.tokens, h.from, 3, TELLING) && !depictedFire(scan.tokens, h.from),
    );
    // Reported and condemned: `Reported the comment telling people to bring petrol. It's incitement.`
    const near = condemned.has(s - 1) || condemned.has(s + 1);
    const target = arson && !near && cuesIn(scan, ['people', 'people_place', 'group'], s - 1, s + 1)[0];
    if (arson && target) return verdict(source, 'a crowd told to bring fire', [arson], target);
  }
  return null;
}

/**
 * Violence against many people, read by the threats check (as `harassment`) and the hate check (as `hate`,
 * when the people are a protected group): a call (`cue-rules-calls.ts`), else a strike wished on them.
 */
export const massViolenceCues = (scan: CueScan, source: string): CallVerdict | null =>
  callCues(scan, source) ?? strikeCues(scan, source);
