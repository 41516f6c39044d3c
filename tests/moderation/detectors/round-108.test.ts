/**
 * Round 108, from a red-team of personal data and doxxing (`/work/audit57`): a locator beside where a person lives or
 * works makes it findable without a house number — the door, the floor, the stairwell, the name on the bell, the shop
 * next door (`personal-data-phrases.ts`, signal `locator`; `personal-data.ts` holds the whereabouts with it) — and more
 * workplace verbs. Not the shift: a reader's own night shifts are their life. Each twin stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 108: homes and workplaces made findable without a number', () => {
  cases('publishes', 'approved', [
    'The exhibition is on the second floor of the museum, next to the café.',
    "My sister is a nurse at St Brigid's. Night shifts are brutal right now.",
    'We live next to the school, and the kids love the new playground.',
  ]);
  cases('holds', 'pending', [
    'she lives in the house with the yellow door right behind the Esso garage on Pilkington Road',
    'Die wohnt gegenüber vom Dönerladen am Markt, das Haus mit dem Baugerüst, erster Stock links',
    'Она живёт в доме за «Пятёрочкой», где вывеска «Ремонт обуви», второй этаж, окна на двор',
  ]);
});
