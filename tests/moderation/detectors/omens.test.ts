/**
 * Threats that name no act (detectors/cue-rules-omens.ts), read by the threats check: an omen said to the
 * person addressed, a fate wished or promised soon, doom, mock regret over what may befall someone, harm
 * promised on a condition, a weapon drawn at the end of a message. Written for round 22, before its rules,
 * as probes beside the `dev69` batch (whose texts are in the evaluation set, not here); each civil one is
 * a look-alike the first version of the rules rejected.
 */
import { describe, expect, it } from 'vitest';
import { threats } from '../../../shared/moderation/checks/threats';
import { resultOf } from './support';

const outcome = async (text: string) => (await resultOf(threats, text)).outcome;

describe('threats that name no act', () => {
  it.each([
    'Judge Harlow, accidents happen. Especially to people who sign the wrong papers.',
    "Prosecutor Mendes: you won't wake up one of these mornings.",
    'Alcaldesa Ruiz, los accidentes ocurren, y más en esa curva.',
    'Herr Bürgermeister Kahl, Unfälle passieren. Auch Ihnen.',
    'Прокурор Смирнов, ты следующий.',
    'Dear Senator Whitfield, your days are over.',
    "Write one more article about our family and you'll never write again.",
    'Una palabra más sobre el cártel y no vuelves a escribir nunca más.',
    'Noch ein Artikel über unseren Verein und du bist dran, Schreiberling. Dann brennt dein Haus.',
    'Councillor Byrne 🔪',
    'reporter Ames, see you soon 🔫',
    'Ты ответишь кровью за эту статью.',
    'Tu le paieras de ton sang, journaliste.',
    'Wäre schade, wenn Ihren Kindern auf dem Schulweg etwas passiert, Frau Richterin.',
    'Would be a shame if something happened to your daughter on her way home, Mr Cole.',
    'Spero che il sindaco faccia la fine di Borsellino.',
    // Disguised (text/unleet.ts): leetspeak throughout a word, letters spaced out.
    't1 4mm4zz0, g10rn4l1st4',
    'у б ь ю тебя, журналист',
    'w i r  k r i e g e n  d i c h, Schreiberling, und dann bist du tot',
  ])('rejects: %s', async (text) => {
    expect(await outcome(text)).toBe('reject');
  });

  it.each([
    "Accidents happen, but the report shows the judge's car had been tampered with.",
    "Poland, you're next, said the Kremlin's TV host, and that should worry everyone.",
    'Judge Rossi will end up like every other honest magistrate in this country: ignored and underpaid.',
    'The mayor should be careful: accidents happen on that bridge every winter and nobody fixes it.',
    "One more article about celebrities and I'm cancelling my subscription.",
    "One more word about tax cuts and you'll never get my vote again.",
    'Check your brakes before the mountain road, accidents happen.',
    'Si el juez sigue así, terminará como su antecesor: jubilado y olvidado.',
    'Judge Bernhardt got death threats with a 🔪 emoji; the police are investigating.',
    'Le maire finira comme son prédécesseur, battu aux élections.',
    'Der Bürgermeister wird enden wie sein Vorgänger: abgewählt.',
    'Accidents happen, you know. The driver was not drunk, the road was icy.',
    'Witness protection exists because accidents happen to witnesses who talk. The state must fund it.',
    'One more lie from the minister and the coalition is finished.',
    'Мэр, несчастные случаи бывают, но эта дорога убивает людей каждую зиму. Почините её.',
    "If you read one more article about this war you'll never sleep again.",
    'La jueza recibió un mensaje con un ⚰️ y la policía ya investiga quién lo envió.',
    'Great speech, Mayor Lindqvist 💣 the crowd loved it.',
    'After the bombing killed nine, one more article about the victims would be welcome.',
    'Wäre schade, wenn beim Gipfel etwas passiert, Herr Minister: die Verhandlungen sind zu wichtig.',
  ])('passes: %s', async (text) => {
    expect(await outcome(text)).toBe('pass');
  });
});
