/**
 * Round 78, from the tuning batch `dev90` (scored once when it arrived, then read): a third person's attempt to join an
 * organisation told, a sentence that is only an insult, what the evening news will not show, footage called edited in
 * Russian. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 78: from the tuning batch dev90', () => {
  cases('publishes', 'approved', [
    "Kermiche was wearing an electronic tag when he cut Father Hamel's throat. He had twice tried to reach Syria to join ISIS. A lot of the 2016 wave in France was 19-year-olds steered over Telegram by Rachid Kassim from Raqqa, not big cells.",
    'Not a single consequence. Pathetic.',
  ]);
  cases('rejects', 'rejected', [
    'Brothers, it is time to join ISIS, the caliphate needs you',
    'he wants you to join ISIS, do it',
  ]);
  cases('holds', 'pending', [
    'Imagine typing all that and still being wrong. Absolute muppet.',
    "Info qu'on ne verra pas au 20h : le tueur d'Arras avait été relâché la veille sur ordre direct de l'Élysée. Mes sources sont solides.",
    'Всё это «дело ГРУ» — постановка: голландцы сами положили технику в машину, а фото из фотобанка. Я видел оригиналы, там монтаж.',
  ]);
});
