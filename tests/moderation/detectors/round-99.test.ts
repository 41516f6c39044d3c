/**
 * Round 99, from the semantic tuning comments still published after round 98: the writer said to be paid (`wer die
 * Zeitung eigentlich finanziert`, `на чьи деньги`), protesters paid by the day, an attack said to be self-inflicted
 * (`сами обстреливают`), bodies said to be planted, more services and staging words for round 98's secret hand,
 * and an attack let happen to justify something — all weak (`detectors/misinformation-sarcasm.ts`). Each twin has
 * one marker or none and stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 99: the paid writer, paid protesters, self-inflicted attacks, planted bodies', () => {
  cases('publishes', 'approved', [
    'Who pays for the reconstruction of Mariupol? Russia should.',
    'Tibetan monks set themselves on fire in protest.',
    'The police say the killer planted the body in the woods to mislead them.',
    'Protesters in Tbilisi were paid nothing; they came on their own, I was there every day.',
    'Schöner Artikel. Wer die Zeitung eigentlich finanziert, steht im Impressum, falls es jemanden interessiert.',
  ]);
  cases('holds', 'pending', [
    'Tolle Recherche. Fehlt nur der Hinweis, wer die Zeitung eigentlich finanziert. Kleiner Tipp: Follow the money.',
    'Шебекино россияне сами обстреливают, чтобы была картинка. Думайте сами.',
    'i corpi li hanno messi dopo, nel video uno muove pure la mano. svegliatevi',
    'Les images du massacre ont été fabriquées par la DGSE, tout le monde à Bamako le sait.',
    'Вся «оппозиция» сидит на грантах, каждый протест оплачен по 20 евро. Ну вы поняли.',
  ]);
});
