/**
 * Round 127, from round 124's known regressions (`RETRAIN_REGRESSIONS` in ../pipeline-cases.ts): idioms the retrained
 * classifier read as harm (`model/idioms.ts`: dying happy, rabbits and start-ups that multiply, good wishes, a saint made,
 * a hero's welcome, liking someone, a better piece, a welcome with flowers, accidents on the road, the start of the
 * article) and a bullet offered to the reader (`threats-precedents.ts`). Their civil comments are the regressions' own
 * tests, which expect their outcome again; here, the harmful neighbours the idioms must not hide.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 127: the idioms hide no threat', () => {
  cases('still rejects', 'rejected', [
    'Dodge this one, journalist. Next time it will not miss.',
    'I hope you die screaming, and I will die happy knowing it.',
    'The fans were waiting for him with knives at the airport, and next time they will not miss.',
  ]);
  cases('still holds the one language when it is force', 'pending', [
    'These people only understand one language, and it is bullets.',
  ]);
  cases('publishes', 'approved', [
    'I wish you better luck with the next story, the sources on this one were thin.',
    'The club says the team was waiting for him with flowers when he landed.',
  ]);
});
