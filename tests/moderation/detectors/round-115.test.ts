/**
 * Round 115, from the bad twins of a red-team of civil comments that sound like rumours (`/work/audit59`): the quote or
 * the article said scrubbed afterwards, the insider at work, everyone on the spot knows (weak,
 * `detectors/misinformation-told.ts`); French `vous vous souvenez` for a remembered quote; `confirmed by two outlets:` as
 * a verified opener (`detectors/misinformation-openings.ts`).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 115: scrubbed quotes and insiders at work', () => {
  cases('holds', 'pending', [
    '¿Os acordáis cuando Sánchez dijo "los españoles pagarán lo que haga falta"? Ya lo han borrado de todas partes.',
    'Vous vous souvenez quand Zelensky a dit « l’Europe paiera pour chaque goutte de notre sang » ? Évidemment les médias l’ont effacé.',
    'Erinnert ihr euch, wie Baerbock gesagt hat "Die Deutschen müssen frieren"? Wurde natürlich überall rausgeschnitten.',
    'Ma voisine travaille au ministère : les résultats des législatives étaient écrits une semaine avant. Tout le monde le sait.',
    'Bestätigt von zwei Medien: Erdoğan liegt seit Wochen im Koma, die Auftritte sind alte Aufnahmen.',
  ]);
  cases('publishes one marker alone', 'approved', [
    'Ma voisine travaille au ministère de la Culture et elle adore son boulot.',
    'The clip was pulled from the BBC site after the complaint, the corporation confirmed.',
    'Mein Bruder war beim THW im Ahrtal und hat drei Wochen lang Keller ausgepumpt.',
  ]);
});
