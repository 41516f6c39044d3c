/**
 * The harmful sentence of a long comment that the checks missed even on its own (round 36, a red-team of long and
 * reply comments, `/work/audit21`), each with civil twins (docs/moderation-rounds.md, round 36).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('a drowning wished, weapons waiting, limbs broken, a death in agony', () => {
  cases('rejects', 'rejected', [
    'To the person who wants them all to drown: I hope you drown first.',
    'Tell the mayor we will be waiting for him with iron bars.',
    'Et au sénateur Morel, on sera quelques-uns à l’attendre avec des barres de fer.',
    'Депутату Орлову передайте: найдём и сломаем ему руки.',
    'deputatu Orlovu peredaite: naidem i slomaem emu ruki',
    'A Ramírez, si lo encuentro, le voy a romper la cara.',
    'Желаю, чтобы тот, кто отдал этот приказ, сдох в муках.',
  ]);
  cases('publishes', 'approved', [
    'Nobody should have to drown to reach Europe. I hope you agree with that, at least.',
    'The fans were waiting for him with flowers and banners at the airport.',
    'Les supporters l’attendaient avec des banderoles à la sortie du stade.',
    'Он сломал руку на тренировке и пропустит сезон.',
  ]);
});
