/**
 * Round 105, from the tuning comments labelled violence_ambiguous that the pipeline published: the one language named
 * with its lawful alternative denied (`only understand one language, and it isn't diplomacy`; `threats.ts`
 * `lawfulLanguage`), all of it taken into one's own hands, people found and dealt with, reminded that accidents happen,
 * lists kept, a lesson and not in words (`detectors/threats-ambiguous.ts`). Held; each twin stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 105: ambiguous calls the pipeline published', () => {
  cases('publishes', 'approved', [
    'Esta gente solo entiende un idioma: el de los tribunales.',
    'They only understand one language, and it is sanctions.',
    'The lesson of Munich, not in words but in deeds, was rearmament.',
    'We have the names of every donor in the annual report.',
    'Accidents happen, don’t blame the driver.',
  ]);
  cases('holds', 'pending', [
    "Governments that jail women for wanting to drive only understand one language, and it isn't diplomacy.",
    'Esta gente solo entiende un idioma, y no es el de los tribunales. Ya me entendéis.',
    "Raslan's old colleagues who are still hiding in Europe should be found and dealt with. Courts take far too long.",
    'Con questa gente servirebbe una bella lezione, e non a parole.',
    'Every Huawei exec transiting through a Five Eyes airport should be reminded that accidents happen.',
    'mozhet pora uzhe brat vse v svoi ruki? slova ne rabotayut',
  ]);
});
