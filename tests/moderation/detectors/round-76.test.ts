/**
 * Round 76, from a red-team of innocent names and words of world news (`/work/audit42`): Fukuoka's airport code and the
 * Bay of Pigs by name. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 76: innocent names of world news', () => {
  cases('publishes', 'approved', [
    'Fukuoka airport (FUK) is the closest big one to Busan, loads of Korean tourists come through there',
    "Bay of Pigs was 1961 and the CIA still hasn't learned anything about regime change",
  ]);
  cases('still holds', 'pending', ['Ho Lee Fuk, another ching chong troll from the 50 cent army']);
  cases('still rejects', 'rejected', ['they are pigs, all of them, these migrants']);
});
