/**
 * Round 113, from a red-team of sarcasm that hides hate and of dog whistles (`/work/audit60`): the sneer at newcomers
 * told as praise (`detectors/misinformation-sneers.ts`): enrichment, the danger hour, the religion of peace (strong when
 * introduced as "our friends"), a migrant euphemism in scare quotes (not when named as a word, denied, or already read
 * by round 92's scare-quote marker), a sneering closer. Two different weak markers hold.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 113: sneers told as praise', () => {
  cases('holds', 'pending', [
    'Our diverse neighbourhoods in Antwerp are sooo enriching, especially after dark 🙂 Culture is truly blossoming.',
    'Quelle chance d’avoir des voisins aussi enrichissants, surtout le soir vers la gare 🙂',
    'Was für eine kulturelle Bereicherung, besonders nachts am Hauptbahnhof 🙂',
    'Qué bonito barrio nos ha quedado con tanta "diversidad", sobre todo de noche 🙂 Lavapiés ya no es lo que era.',
    'Die "Fachkräfte" haben am Wochenende wieder fleißig im Freibad gearbeitet. Danke, Merkel!',
    'Our friends from the Religion of Peace are at it again.',
    "vse eti 'bezhentsy' v Morii sami sebya podzhigayut radi kartinki, vse davno znayut kto za etim stoit",
  ]);
  cases('publishes', 'approved', [
    'The tabloid calls them "refugees" in scare quotes, which says everything about the tabloid.',
    'Das Wort „Goldstücke“ hört man in der Kneipe oft, besonders abends, und es ist immer abfällig gemeint.',
    'Nobody here is a "refugee" any more, especially after dark the shelter is empty and the volunteers go home.',
    'Islam is a religion of peace, the imam told the vigil.',
    'Le quartier est animé le soir, surtout la nuit du samedi.',
    'Le mot « déséquilibré » dans les communiqués est critiqué à la fois par ceux qui y voient une minimisation du terrorisme et par les psychiatres.',
    'Selon les témoins, il criait « vous allez tous payer ». Ça ne fait pas de lui un « déséquilibré », ça fait de lui quelqu’un qui savait ce qu’il faisait.',
    'Rappel : Merah a tué Jonathan Sandler et ses fils. Parler de « déséquilibré », c’est nier une campagne ciblée et antisémite.',
  ]);
});
