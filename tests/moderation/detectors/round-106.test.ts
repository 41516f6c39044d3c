/**
 * Round 106, from the tuning comments labelled extremism that the pipeline published: God asked to bless the fighters
 * of an organisation, the attackers wished to strike again, an attack justified in the conditional, regret that
 * attackers were caught in time, Colombia's guerrillas and their dissidents (`detectors/extremism-phrases-more.ts`).
 * Each twin stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 106: extremism the pipeline published', () => {
  cases('publishes', 'approved', [
    'May God protect the firefighters who went into the rubble after the attack.',
    'The FARC peace deal of 2016 was a milestone for Colombia.',
    "Les experts craignent qu'ils frappent encore, selon la police.",
    'Pity the police caught the pickpockets before they could spend the money.',
  ]);
  cases('rejects', 'rejected', [
    "Que Dieu bénisse les combattants d'Ansar Allah, qu'ils frappent encore plus fort la prochaine fois.",
    'The embassy attack would have been justified. Pity the twins got caught before they could strike.',
    'Las FARC hicieron bien en secuestrar a esa oligarca. Muchachos, únanse a las disidencias.',
  ]);
});
