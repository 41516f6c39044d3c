/**
 * Round 92, from a red-team of insinuation, sarcasm, invented quotes and fake news (`/work/audit53`): knowing closers in
 * six languages, footage said fabricated, a quote kept from the public and then pulled, "they knew" and hid it, tolls
 * said invented or kept small (`detectors/misinformation-sarcasm.ts`, all weak: two to hold), and one to three words
 * of an official account in scare quotes. With their twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 92: insinuation by sarcasm, scare quotes and invented quotes', () => {
  cases('publishes', 'approved', [
    "These 'independent reviews' are a whitewash every single time. I want a proper public inquiry with sworn testimony, not another consultant's PDF.",
    'That photo of "French troops in Odesa" is AI-generated. Look at the hands and the flag.',
    'The coroner ruled it an "accident", and the family is appealing the verdict in court next month.',
    'Very convenient timing for the ceasefire announcement, the markets will love it on Monday.',
    'BBC Verify says the Kramatorsk footage is not AI, the shadows match the time of day.',
    'Lived in Kathmandu in 2001. The first official line was that an automatic weapon had "gone off by accident", and nobody I knew believed a word of it.',
  ]);
  cases('holds', 'pending', [
    'The guy who wrote the report on the election servers dies in a "car accident" two weeks later. Nothing to see here.',
    'Plane goes down with three nuclear scientists on board and the black box is "missing". They don\'t even bother hiding it ',
    'Same voting machine vendor in Moldova now? Same "glitches", same result. Wonder which country is next.',
    'Convenient that the cameraman was already filming that exact corner before the missile hit. Very convenient.',
    'my neighbours healthy 30 yr old son died in his sleep a week after the booster. coroner said "natural causes". of course he did',
    '"Radicalised online", apparently. Funny how the online part never gets investigated. Whose forums, I wonder.',
    'Netanyahu admitted in the Knesset last week "we let it happen on purpose". Hebrew media had it for an hour, then pulled it.',
    'Sánchez dijo en una reunión "los inmigrantes nos votarán dentro de diez años". Lo contó un escolta, buscadlo.',
    'Investiga por tu cuenta quién financia a las ONG de los barcos. Luego hablamos de "rescates".',
    'Documento filtrado del CNI: lo de Barcelona se sabía días antes y lo dejaron pasar. Ya lo borrarán.',
    'El juez que investigaba el caso muere en un "accidente" de tráfico. Nada que ver aquí, sigan circulando.',
    'Otro "desequilibrado" que actúa "solo". Ya van cuántos, ¿diez? Qué raro todo.',
    'Scholz hat intern gesagt: "Die Bürger müssen frieren, damit die Ukraine gewinnt." Ein Abgeordneter hat es durchgestochen',
    'Mal wieder ein "psychisch kranker Einzeltäter". Wie praktisch, dass es nie ein Netzwerk gibt.',
  ]);
});
