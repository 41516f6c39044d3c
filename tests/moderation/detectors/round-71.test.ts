/**
 * Round 71, from the tuning batch `dev87` (scored once when it arrived, then read): a number before a month is a date,
 * not a house number; a commenter unmasked and located is personal data, not spam; `whoever wrote this` points at the
 * author; dealing with people `не судами` is an ambiguous call; the border made lethal beside a group is hate; the
 * official story left to the naive and what this paper will never print are misinformation. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 71: from the tuning batch dev87', () => {
  cases('publishes', 'approved', [
    'Восемь человек, вышедших на Красную площадь 25 августа, — единственное, что спасает честь.',
    'whoever wrote the law should resign',
    'это решается судами, а не толпой',
    "the wall's electric gate broke again",
    'the official story was later confirmed by the inquiry',
  ]);
  cases('holds', 'pending', [
    '@cyprus_truth_74 is actually Stelios Andreou, 27 Akropoleos Ave, Strovolos, mobile +357 99 548213. posts this junk daily, pay him a visit',
    'ул. Ленина 25, кв. 3, там он и живёт',
    'oligarhov kotorye stranu razvorovali nado bylo v 90e reshat po-drugomu, ne sudami. mozhet eshche ne pozdno',
    "Massoud a été éliminé parce qu'il gênait un pipeline américain. Les « terroristes », c'est l'histoire officielle pour les naïfs.",
    'La revolución de los claveles la financió la CIA para sacar a Caetano, eso está documentado pero nunca lo vas a leer en este periódico.',
  ]);
  cases('rejects', 'rejected', [
    "Whoever wrote this is a brainless bitch who probably smiled when she heard he'd been stabbed.",
    'mexicans are either narcos or illegals, nothing in between. electrify the wall and be done with it',
    'Buy followers now! WhatsApp +44 7700 900123, cheap and fast',
  ]);
});
