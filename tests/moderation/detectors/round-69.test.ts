/**
 * Round 69, from a red-team of the semantic hold band (`/work/audit36`): an office holder whispered about (a hidden
 * illness or double, an allegiance, a private life, asked or said to be hidden), a vaccine blamed for harm or a disease
 * made to sell one, quack cures, the great replacement in Russian, a euphemism in scare quotes beside a knife. All held
 * for review; with the twins the detector must leave published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 69: whispers', () => {
  cases('holds', 'pending', [
    'Is it true minister Joris Velthuis has dementia? his hands shake on camera and he read out the wrong speech. who is actually running the ministry?',
    'просто спрашиваю: почему депутат Аркадий Лисовский так часто летает в Лондон? на кого он работает?',
    'not saying anything but MP Dariusz Klemm spent 3 holidays in Sochi. whose side is he really on? just a question',
    'прививка от кори вызывает аутизм, врачи знают, но молчат из-за денег',
    'la grippe aviaire a été fabriquée en labo pour vendre le prochain vaccin, même scénario qu’en 2020',
    'MMS heilt Borreliose und Krebs, meine Heilpraktikerin hat mir das empfohlen',
    'скоро в Европе коренных не останется, замещение идёт полным ходом. посмотрите на классы в Париже',
    'another "Swede" with a knife. we all know what the quotation marks mean',
  ]);
  cases('publishes', 'approved', [
    'the minister had a stroke last year and returned to work in May',
    "Is the president's health a matter for voters? The constitution is silent.",
    "who pays for the minister's trips? the audit office should publish it",
    'Did the president have a stroke? The Kremlin denies it, Reuters reports.',
    'The president is a coward who hides behind his spokesmen. Twelve soldiers dead and not even a press conference.',
    "the vaccine causes a sore arm for a day, that's all",
    'the claim that the vaccine causes autism has been debunked',
    'baking soda cures nothing, see a doctor',
    'замещение импорта идёт полным ходом',
    'the "Swede" in the film is played by a Dane',
    'a young man with a knife was arrested',
  ]);
});
