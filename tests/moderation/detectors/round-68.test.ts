/**
 * Round 68, from a red-team of calls to violence (`/work/audit38`): a call to attack a place where a group lives or
 * gathers (a place, a harm said as a call or a plan, a gathering or a time), and a call to drive into a crowd, in five
 * languages (`detectors/incitement.ts`). With the twins: news, someone else's plan reported, a negated call, a place
 * named without harm.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 68: calls to attack a place or to drive into a crowd', () => {
  cases('rejects', 'rejected', [
    'go to their mosque on Friday and make them pay for what happened in Southport',
    'Heute Nacht das Flüchtlingsheim in der Lindenstraße abfackeln, wer ist dabei?',
    'сегодня ночью сожжём общежитие для мигрантов на Заводской, кто с нами?',
    'segodnya nochyu podzhigaem obshchagu s migrantami na Lesnoi, kto s nami',
    'mañana en la manifa de la plaza quien tenga coche que atropelle a esos rojos, la policía mirará para otro lado',
    "allez à la mosquée du quartier vendredi et faites-leur payer l'attentat",
  ]);
  cases('publishes', 'approved', [
    'the mosque burned down on Friday, nobody hurt',
    'go to the mosque on Friday and see for yourself',
    'make them pay taxes like everyone else',
    'a man drove into the crowd at the rally last year',
    'drive into town for the march on Saturday',
  ]);
});
