/**
 * Round 114, from the tuning batches `dev119`/`dev120` and a red-team's civil probes (`/work/audit59`): round 110's
 * `ни слова` only of silence in the media, its remembered quote only with the quote itself (`REMEMBERED_QUOTE`,
 * `misinformation-openings.ts`), German `Mist` beside a farm is manure (`manureAt`, `animal-sense.ts`), a decimal number
 * repeated is a flood (`shouting.ts`), and a business's own method and the free call are offers (`spam-phrases.ts`).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 114: from dev119, dev120 and audit59', () => {
  cases('publishes', 'approved', [
    'Статья — чистая методичка МВД Франции. Ни слова от семьи погибшего парня, зато три цитаты из профсоюза полицейских. Позор редакции.',
    'Remember when the Kremlin spent January 2022 saying it had no plans to invade Ukraine? Peskov said it on camera more than once.',
    'Diese Berichterstattung über die Bauernproteste ist einseitig. Immer nur den Mist vor der Präfektur filmen, nie die Bilanzen der Höfe zeigen.',
    'Article 49.3 again, the fourth time this year. The opposition will table a motion.',
  ]);
  cases('holds', 'pending', [
    'А помните, как Макрон в 2023 году сказал: «Украина для нас полигон, а не союзник»? По телевизору ни слова.',
    'So ein Mist, der Zug fällt schon wieder aus.',
    '49.3 49.3 49.3 49.3 49.3 49.3 49.3 49.3 49.3 49.3 democracy lol',
    'Marre de la réforme ? Partez à la retraite à 55 ans grâce à notre méthode LMNP. Appel gratuit au 09 70 45 18 32 ou sur retraite-libre-patrimoine.fr',
  ]);
});
