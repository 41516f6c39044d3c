/**
 * Round 101, from a red-team of veiled threats against journalists, judges, witnesses and commenters
 * (`/work/audit56`): the name in the obituaries, the last article promised on a condition, mock concern for the
 * family of the person addressed, the car bomb hinted (`detectors/threats-veiled.ts`); and, from `/work/audit55`,
 * `terroristi neri` as the colour of a politics rather than of people (`detectors/hate.ts`). Each twin stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 101: veiled threats, and black terrorists', () => {
  cases('publishes', 'approved', [
    'The obituary of the reporter in Saturday’s paper was moving.',
    'It would be terrible if anything happened to the peace talks now.',
    'My uncle always looks under the car before driving off in winter, cats sleep under it.',
    'La strage di Bologna del 1980 fu opera di terroristi neri, come stabilito da sentenze definitive.',
  ]);
  cases('rejects', 'rejected', [
    'Si publicas los nombres de los policías, Ernesto, el próximo nombre en el periódico será el tuyo, en la esquela.',
    'Wenn Sie die Namen veröffentlichen, Herr Krause, wird das Ihr letzter Artikel gewesen sein.',
    'Jak opublikujesz te nazwiska, Tomek, to będzie twój ostatni tekst.',
    'Take care of yourself, prosecutor Reyes. It would be terrible if anything happened to your family before the trial.',
    "Black Audi, plate ending 47K. That's yours, isn't it, Mr Fontaine? Check under it before you drive.",
    'Белая «Тойота» у вашего дома — ваша, товарищ судья? Проверяйте под днищем, прежде чем заводить.',
    'I neri sono terroristi, tutti.',
  ]);
});
