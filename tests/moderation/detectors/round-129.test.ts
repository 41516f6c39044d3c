/**
 * Round 129, from the tuning batches `dev139` (the Western Balkans) and `dev140` (Southern Africa), scored on arrival:
 * the ballot asked whether it is the only tool left and `takikh ne vybirayut, takikh ubirayut` (held), `ignorante`
 * aimed at a commenter (held), regional news sites imitated, praise of a named assassin, those who follow an
 * attacker's path said to be upon the truth (rejected), a disaster set on purpose to bury something, and
 * coincidences with nothing more said (held). Each with civil twins.
 */
import { describe, expect, it } from 'vitest';
import { detectAbuse } from '../../../shared/moderation/detectors/abuse';
import { detectExtremism } from '../../../shared/moderation/detectors/extremism';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 129: dev139 and dev140', () => {
  cases('holds', 'pending', [
    'Four rigged elections in a row. Is the ballot the only tool left to these people, honestly?',
    'Таких не выбирают, таких убирают. Народ сам решит когда.',
    '@Marta_G eres un ignorante, en Namibia nunca se habló portugués.',
    'The dam did not burst by accident, it was done on purpose to derail the inquiry. Look at the timing.',
    'Der Minister und der Bauunternehmer im selben Flieger nach Wien. Zufälle gibt’s. Mehr sag ich nicht.',
  ]);
  cases('publishes their civil neighbours', 'approved', [
    'The opposition insists the ballot is the only legitimate way forward, even after four disputed elections.',
    'Such people are not elected by anyone: the central bank governor is appointed, the article explains.',
    'No soy ignorante del tema, viví diez años en Maputo y el portugués se habla en todas partes.',
    'The fire was not set on purpose, the fire brigade concluded after a three-month investigation.',
    'What a coincidence, I was in Sarajevo the same week as the reporter and saw the same exhibition!',
    'Full text of the ruling on Daily Maverick: https://www.dailymaverick.co.za/article/2024-06-01-constitutional-court-ruling/',
  ]);
  cases('rejects', 'rejected', [
    'Read it on the original site before they delete it: https://www.dailymaverlck.co.za/article/ramaphosa-resigns',
    'Godse was a hero and did what had to be done. Every patriot should remember 30 January with pride.',
    'The brother who struck the police station in Zvornik chose well. Whoever follows his path is upon the truth.',
  ]);
  cases('publishes history and analysis of the same', 'approved', [
    'Waluś was paroled in 2022 after 28 years, and Hani’s widow called it a betrayal of the victims.',
    'Yigal Amir’s bullets killed Rabin and, many historians argue, the Oslo process with him.',
  ]);
});

describe('round 129: what the detectors themselves read', () => {
  it('reads `ignorante` aimed at a commenter as an insult, and not said of oneself', async () => {
    const opts = { holdProfanity: true, holdInsults: true, severe: 'reject' } as const;
    expect(
      await detectAbuse('@Lucia_M eres una ignorante, en Mozambique no se habla español.', opts),
    ).toMatchObject({
      outcome: 'hold',
      reason: 'insult',
    });
    expect(await detectAbuse('No soy ignorante del tema, viví diez años en Maputo.', opts)).toBeNull();
  });
  it('reads praise beside a named assassin, and a call to follow an attacker’s path, as extremism', () => {
    expect(
      detectExtremism('Waluś is a hero, and Hani got what communists get.')?.evidence[0]?.detail,
    ).toMatch(/praise/);
    expect(detectExtremism('Whoever follows his path is upon the truth.')?.evidence[0]?.detail).toMatch(
      /recruitment/,
    );
    expect(detectExtremism('Waluś was paroled in 2022 after 28 years in prison.')).toBeNull();
  });
});
