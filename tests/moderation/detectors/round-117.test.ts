/**
 * Round 117, from the tuning batches `dev122`/`dev123`: a map's legend is no praise (`cue-rules-extremism.ts`),
 * `Imagine being this thick` said to someone (`abuse-figurative.ts`), a person's ward known and a killer's harm wished
 * on another (`threats-phrases-more.ts`), the Russian Imperial Movement (`extremism-phrases.ts`) and the Crimean Tatars
 * as a group (`group-names.ts`).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 117: from dev122 and dev123', () => {
  cases('publishes', 'approved', [
    'Guter Artikel. Eine Bitte: bei der Karte zu den Angriffen auf die Krim wäre eine Legende hilfreich, ich kann Flugplätze und Häfen nicht auseinanderhalten.',
  ]);
  cases('holds', 'pending', [
    'Imagine being this thick. The report literally says the opposite, @Kev_in_Kent. Reading is hard, I know.',
    'Hope the Southport killer’s barrister gets exactly what his client gave those little girls.',
  ]);
  cases('rejects', 'rejected', [
    'the nurse who leaked that story is gonna have a very bad night shift soon. we know her ward.',
    'The Russian Imperial Movement is taking volunteers for the Partizan training camp. Real men defend the Russian world - message the recruiters, details in their channel.',
    'Crimean Tatars = terrorists by birth. That whole tribe should be deported again, Stalin had the right idea.',
  ]);
});
