/**
 * Round 93, from the tuning batches' misses (dev103–dev110) and a red-team of civil comments near this stop's rules
 * (`/work/audit54`): a join told by a court's words, `mirror` only as a link, a motive attributed (`supposedly as
 * revenge for`), a bomb squad named. With their twins: the same
 * words as praise, recruitment or justification still reject.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 93: analysis that names attacks and groups', () => {
  cases('publishes', 'approved', [
    "Had a cocktail at Leopold Cafe a year before the attack. They kept the bullet holes in the wall and mirror, it's quite something to sit next to.",
    'Belmokhtar\'s "Signed in Blood" battalion split from AQIM and hit In Amenas, supposedly as revenge for the French intervention in Mali. Algerian special forces went in with helicopters on day two; around 40 hostages were killed. Whether that assault was necessary is still argued about in Oslo and Tokyo.',
    'The Vienna attacker had already been convicted for trying to travel to join ISIS in Syria and was released early into a deradicalisation programme. He posted a pledge to IS shortly before the attack. The shooting around Seitenstettengasse, near the main synagogue, killed four people.',
    'The unexploded WW2 bomb in Cologne was defused this morning, 20,000 people evacuated. Bomb squads are heroes',
  ]);
  cases('still rejects', 'rejected', [
    'Join ISIS, brothers, the caliphate needs you',
    'He took revenge for the prophet, Charlie Hebdo got what it deserved',
    'The Bataclan attackers were heroes, like the martyrs before them',
  ]);
});
