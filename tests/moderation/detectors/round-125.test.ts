/**
 * Round 125, from a red-team of short everyday comments (`/work/audit66`): friendly intent in a reply, a hatchet buried and
 * cooking verbs are idioms the classifier reads blanked (`model/idioms.ts`; the harm cue skips `bury the hatchet`), good luck
 * wished with a swear word is no profanity (`abuse-lexicon-more.ts`), and a minister's courage without his guards is an
 * ambiguous call (`threats-precedents.ts`). Each with its harmful neighbour.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 125: short everyday comments', () => {
  cases('publishes', 'approved', [
    '@tom_b I’ll check the figures and come back to you tonight',
    'I’ll be there with bells on for the town hall on Thursday',
    'I’ll bury the hatchet with @mike_d, we both got a bit carried away yesterday',
    'Slice the onions paper thin and let them sweat slowly',
    'Mucha mierda en el estreno, @lucia_g!',
  ]);
  cases('holds', 'pending', ['Let’s see how brave the minister is without his bodyguards.']);
  cases('still rejects', 'rejected', [
    '@tom_b I’ll find you and come for your family tonight',
    'I’ll bury you with @mike_d, you are both dead',
    'Stab the author with a fork before he writes again',
  ]);
});
