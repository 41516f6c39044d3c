/**
 * Round 104, from the insinuations `/work/audit55` still had with no marker: hearsay from kin or an acquaintance in
 * English and Russian typed in Latin letters, `everyone knows` in French, Spanish, German and Russian, three more closers,
 * `found` and `discovered` in scare quotes, and staged footage with more words between — all weak
 * (`detectors/misinformation-flat.ts`, `detectors/misinformation-sarcasm.ts`). Each twin has one marker and stays
 * published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 104: hearsay, everyone knows, found just in time', () => {
  cases('publishes', 'approved', [
    'My brother-in-law is a nurse and says the ward is overwhelmed since the floods.',
    'The ruling will be appealed, everyone knows that, and the trial took too long for anyone to feel satisfied.',
    'Tout le monde sait que la réforme des retraites était impopulaire, les sondages le montraient.',
  ]);
  cases('holds', 'pending', [
    'A friend in the army told me there are already US troops inside Ukraine. Make of that what you will.',
    'Tout le monde sait que les européennes sont jouées d’avance à Bruxelles. Réfléchissez.',
    'Die Fotos von der zerstörten Geburtsklinik in Mariupol sind gestellt. Macht euch selbst ein Bild.',
    "Election in two weeks and suddenly a terror cell is 'discovered'. You couldn't script it better.",
  ]);
});
