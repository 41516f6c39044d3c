/**
 * Round 116, from a red-team of ambiguous calls to violence and veiled threats (`/work/audit61`): an execution told as
 * history is no wish (`history.ts`, read by the cue rules); a fallen ruler's fate offered as a warning, a rope's price
 * with a knowing closer, offices said to burn first, heads on pikes are held, and `недолго тебе осталось` is a menace
 * (`threats-fates.ts`).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 116: fates offered as warnings', () => {
  cases('publishes history and everyday words', 'approved', [
    'Расстрел царской семьи в 1918 году до сих пор вызывает споры среди историков.',
    'The Romanovs were executed in Yekaterinburg in 1918, and the bodies were found only in 1991.',
    'A rope costs about 3 euros at Leroy Merlin, I checked for the tent.',
    'Смотри по сторонам, когда переходишь Тверскую, там машины летят на красный.',
  ]);
  cases('holds', 'pending', [
    'The Romanovs thought they were untouchable too 🤷',
    'Die Romanows dachten auch, sie wären unantastbar. Bis Jekaterinburg.',
    'pomnite kak konchil Kaddafi? vot i nashim tozhe ne vechno sidet',
    'una cuerda en la ferretería cuesta 3 euros, solo lo digo 🪢',
    'Cuando se acabe la paciencia, las oficinas de los diputados serán lo primero en arder. Avisados quedan.',
    'Sharpen the blades, citizens. 1789 is calling and it wants its baskets back.',
  ]);
  cases('rejects', 'rejected', ['avtoru, Denisu Kuznetsovu: pishesh takoe, nedolgo tebe ostalos']);
});
