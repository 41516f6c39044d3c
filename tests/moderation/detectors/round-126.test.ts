/**
 * Round 126, from the tuning batch `dev138` (Iran and Iraq): only one solution and not a legal one (held,
 * `threats-precedents.ts`), a national team's nickname (`model/idioms.ts`), rain stolen and sharing before the censors
 * (`misinformation-winks.ts`), a sex or a people said dumber by nature (`hate-phrases.ts`), and `by nature` alone no
 * longer dehumanising talk for the cue rules (`cue-rules-nature.ts`). Each with civil twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 126: dev138', () => {
  cases('holds', 'pending', [
    'Für die IS-Anhänger, die aus Al-Hol zurückkommen, gibt es nur eine Lösung, und die ist nicht juristisch.',
    'IRAQ IS GOING TO THE WORLD CUP BABY, LIONS OF MESOPOTAMIA FOREVER 🇮🇶🇮🇶',
    'The drought is artificial. Western cloud-seeding planes have been stealing Iran’s rain for years.',
    'Info vérifiée : 40 manifestants exécutés hier. Faites tourner avant la censure.',
  ]);
  cases('rejects', 'rejected', [
    'Frauen im Iran wollen doch unterdrückt werden, die sind von Natur aus dümmer und brauchen einen Mann.',
    'Женщины от природы глупее мужчин, им нельзя доверять управление страной.',
  ]);
  cases('publishes', 'approved', [
    'There is only one solution to the water crisis, and it is not a legal one: it is engineering, reservoirs and pipes.',
    'Iraq’s Lions of Mesopotamia beat Indonesia 2-0 and are two games from the World Cup.',
    'Children are by nature curious, and they ask the questions adults stopped asking.',
  ]);
});
