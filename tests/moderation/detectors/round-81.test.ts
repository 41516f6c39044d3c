/**
 * Round 81, regional insults the lists lacked (`/work/audit37`): Chilean and Argentine, Québécois and Belgian, Swiss and
 * Austrian. Words that a dictionary scan showed to be innocent elsewhere (`pajero`, German and Italian `Ostie`) were left
 * out. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 81: regional insults', () => {
  cases('rejects', 'rejected', [
    'cállate, culiao, no sabes nada de Venezuela',
    "mange d'la marde, mon ostie de trou de cul, t'as jamais mis les pieds en Haïti",
    'Du huere Siech, gang go schiisse mit dine Verschwörigstheorie',
  ]);
  cases('holds, addressed to nobody', 'pending', [
    'weón culiao, cerrai el hocico que no sabís ni una wea de Venezuela',
  ]);
  cases('publishes', 'approved', [
    'el Mitsubishi Pajero del embajador apareció quemado en la frontera',
    'Die Ostie wurde bei der Messe für die Opfer verteilt.',
  ]);
});
