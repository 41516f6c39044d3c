/**
 * Round 72, from the threats red-team's comments still published (`/work/audit33`): silence promised to the writer,
 * in five languages, and the advice to look over one's shoulder. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 72: silence promised, and the advice to look behind you', () => {
  cases('rejects', 'rejected', [
    'Si vuelves a publicar algo así sobre nuestro pueblo, no vas a llegar a publicar nada más.',
    'Ещё одна такая статья, и ты больше ничего не напишешь, Мара.',
    "keep writing like this and you'll never write anything again, Tomas",
    'На твоём месте я бы почаще оглядывался, @kestrel_ray.',
  ]);
  cases('publishes', 'approved', [
    "you'll never write a better piece than this",
    'на твоём месте я бы почаще проверял источники',
  ]);
});
