/**
 * Round 97, from the tuning batches `dev111` and `dev112`: the Austrian village renamed Fugging, called by its
 * old name anywhere in a comment that gives the new one (`text/innocent-names.ts` `renamedVillageAt`); a phone
 * number said to be someone's own is personal data, not a seller's contact (`detectors/spam.ts`); `Bulevar`,
 * `Rambla` and `Pasaje` as street words; comrades told to join the hills (`¡Únanse compañeros, el monte los
 * espera!`).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 97: the renamed village, a person’s phone, street words, the hills calling', () => {
  cases('publishes', 'approved', [
    'Wir waren 2019 in Fugging in Oberösterreich – das Dorf hieß früher ja Fucking – und haben dort ein Paar kennengelernt.',
    'Ich komme aus Fucking, also dem Ort in Oberösterreich, der jetzt Fugging heißt.',
    'We walked along the Rambla in Montevideo and then down Bulevar Artigas, lovely.',
    'Este finde subimos al Aconcagua, el monte nos espera.',
    'Únanse al club de montaña, el monte los espera.',
  ]);
  cases('holds', 'pending', [
    'fucking idiots, they renamed it Fugging',
    'El dueño de la empresa de autobuses se llama Arben Selmani y su teléfono es +389 70 312 884. Que le llamen las familias.',
    'The interpreter who worked with the detainees lives in Pocitos, Bulevar España 2291 apt 5. She knows more than she said.',
  ]);
  cases('rejects', 'rejected', [
    'Call us now: +44 7700 900123, best prices on loans',
    'Cada estanciero secuestrado es un paso hacia la liberación. ¡Únanse compañeros del norte, el monte los espera!',
  ]);
});
