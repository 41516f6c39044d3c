/**
 * Round 98, from semantic tuning comments the pipeline published, most with one weak marker and no second: a secret
 * hand (an intelligence service or a sponsor beside a word for running, paying or staging: `a CIA operation`, `NED
 * money`, `une invention de la CIA`, `a Russian asset`), an event timed to suit someone (`pile au moment où`, `justo
 * cuando`), and more knowing closers (`totally spontaneous`, `casualidades de la vida`, `that's been proven`), all weak
 * (`detectors/misinformation-sarcasm.ts`). Each twin has one marker, or history, and stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 98: a secret hand, timing, knowing closers', () => {
  cases('publishes', 'approved', [
    'Operation Ajax was a CIA operation to topple Mossadegh, declassified in 2013.',
    'The frozen Russian assets should pay for rebuilding, and they should have started right when the war began.',
    'USAID funding cuts closed the clinic right when the outbreak started.',
    'The power went out right when the match began.',
    'The NED publishes every grant it makes; NED money went to 40 groups in the region last year.',
  ]);
  cases('holds', 'pending', [
    'Snowden was a Russian asset from day one. Connect the dots.',
    'Les « attaques sonores » de La Havane ? Une invention de la CIA pour justifier des sanctions. Réfléchissez.',
    'Curioso que el fotógrafo apareciera justo cuando Occidente quería bombardear Siria. Casualidades de la vida, ¿no?',
    "The Tibetan riots were organised from Dharamsala with NED money, that's been proven.",
    "Sure, 'grassroots' protesters who just happened to have brand new radios. Totally spontaneous. Someone's paying.",
    'Белый дом подожгли изнутри — это была спецоперация ЦРУ. Вот увидите, всё вскроется.',
  ]);
});
