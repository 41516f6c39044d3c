/**
 * Round 96, from tuning comments labelled reject that the pipeline published: a death foretold on a condition
 * of a person named (`Wenn Richter Baumgart dieses Urteil spricht, ist er ein toter Mann.`), `you'll be next`
 * in French, Spanish and German, people said to multiply like rabbits with words between, the unnamed authors
 * of an attack (`whoever bombed`, `the comrades who blew up`), a monument asked for them and an attacker
 * renamed `a freedom fighter, not a terrorist`. Each twin stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 96: threats and praise the pipeline published', () => {
  cases('publishes', 'approved', [
    'Der tote Mann wurde am Montag identifiziert.',
    'Dead Man Walking is still the best film about the death penalty.',
    'Politically, Johnson is a dead man after this vote.',
    'Vous serez le prochain à prendre la parole, Monsieur le député.',
    'Mandela was a freedom fighter, not a terrorist, whatever Thatcher said.',
    'The firefighter who carried those kids out deserves a statue.',
    'Whoever bombed the metro must face justice; the victims deserve a monument.',
    'Start-ups in Berlin are multiplying like rabbits.',
  ]);
  cases('rejects', 'rejected', [
    'Wenn Richter Baumgart dieses Urteil spricht, ist er ein toter Mann. Versprochen.',
    'If Judge Baumgart signs this, he is a dead man.',
    'Si le juge Morel signe ce verdict, il est un homme mort.',
    'Si vous republiez les noms des témoins, vous serez le prochain sur la liste, M. Garnier.',
    'Sigue escribiendo sobre el cártel, Ramírez, y serás el próximo.',
    'Whoever bombed that metro was a freedom fighter, not a terrorist.',
    'The comrades who blew up the police station showed the oligarchs what fear feels like. Heroes.',
    'Whoever firebombed that synagogue deserves a statue.',
  ]);
  cases('holds', 'pending', [
    "We flew 120,000 of them out and now they're multiplying in our suburbs like rabbits. Abbey Gate was the least of it.",
  ]);
});
