import { describe, expect, it } from 'vitest';
import { misinformation } from '../../../shared/moderation/checks/misinformation';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('misinformation check', () => {
  it.each([
    // The staged event, the secret, the call to wake up.
    'The airport blast was a false flag, everyone with a brain can see it.',
    'Those "victims" are crisis actors. Same faces as at the Brenmoor shooting.',
    'It was all staged to push the new surveillance law through.',
    "They don't want you to know who really planted the device.",
    'Wake up people, the war is a business plan.',
    'Do your own research before you swallow what this paper prints.',
    'Fue un autoatentado, está clarísimo.',
    'Réveillez-vous, tout est mis en scène depuis le début.',
    'Lügenpresse! Was man uns verschweigt, steht hier natürlich nicht.',
    'Проснитесь, это всё постанова.',
    'vse postanova, rebyata',
    // A comment dressed as a news flash; the insider source.
    'BREAKING: the defence minister has fled to Montenegro with his family.',
    'Срочно: президент в больнице, скрывают уже третий день.',
    'My sources inside the ministry confirmed that the ceasefire deal is already dead.',
    // The jab, the vote.
    'The jab rewrites your DNA, that is why they called it experimental.',
    'Microchips in the vaccine, they admitted it on page 40 of the contract.',
    'Dead people voted in the thousands, the election was stolen.',
    'Las elecciones robadas, otra vez, y nadie hace nada.',
    // Insinuation and coded hostility.
    'Councillor Ambrose bought the land a month before the rezoning. Just asking questions.',
    'La députée Moreau était absente ce jour-là. Je dis ça, je dis rien.',
    'Wieder ein Einzelfall, die Goldstücke sind halt so.',
    'Cui bono? Follow the money and the official story falls apart.',
    // Tenth round: the gagged newsroom, the real purpose of the jab, the sarcastic closer.
    'Every broadcaster in the region was ordered not to air the pictures from the dam. Nothing to see here.',
    'Think about what the vaccine was really designed for, then look at the birth figures.',
    'Nettle tea every morning flushes the spike protein out, my doctor will never tell you that.',
    'They sterilised an entire generation and called it prevention.',
    'The governor signed the port deal, his cousin got the contract. Nothing to see here. Probably unrelated.',
    'Not accusing anyone, but the judge bought two flats the week of the verdict. Honest question.',
    'The blackout was planned long ago, and people are finally waking up to it.',
    'Todo esto estaba planeado, lo tapan y todo el mundo lo sabe.',
    'Alles war geplant, und es wird vertuscht.',
    'Всё спланировано заранее, а нам запретили писать об этом.',
    'The referendum was staged from day one, connect the dots.',
    'El apagón fue planeado. ¿Qué casualidad, no? Pregúntense quién ganó.',
    'Der Anschlag war geplant. Zufall, dass die Kameras aus waren? Denkt mal nach.',
  ])('holds conspiracy talk and invented news: %s', async (text) => {
    const result = await resultOf(misinformation, text);
    expect(result).toMatchObject({ outcome: 'hold', reason: 'misinformation_review' });
    expect(result.evidence?.every((e) => e.kind === 'misinformation' && e.span !== undefined)).toBe(true);
  });

  it.each([
    // Reporting, debunking, quoting: the site's daily work.
    'Fact-checkers debunked the false flag claims within hours of the attack.',
    'The "crisis actors" story was spread by the same Telegram channels as last year.',
    'Pro-Kremlin accounts are pushing the idea that it was staged.',
    'It was not staged: three independent teams geolocated the footage.',
    'La teoría de que fue un autoatentado no tiene ningún fundamento.',
    'Le mythe du faux drapeau revient à chaque attentat.',
    'Der Begriff "Lügenpresse" stammt aus dem 19. Jahrhundert.',
    'Конспирологи опять пишут, что всё постанова.',
    // A fact-check saying a fake is one.
    'Verificación: el audio de la jefa de policía es un montaje, la voz fue clonada con IA.',
    // Sharp but civil; ordinary words that markers are made of.
    'The election in Velmora was rigged, observers from the OSCE said so in their report.',
    'Staged withdrawal of troops over three months is the only realistic plan.',
    'I wake up every morning to more bad news from the front.',
    'Breaking the ceasefire would cost Moscow more than it gains.',
    'The minister is an incompetent liar and this government has no plan.',
    'I wake up every morning and the mainstream media still has nothing on Sudan.',
    'Companies are shedding jobs, the elites are fine, and Russian television is censored anyway.',
    'The invasion was planned in advance: the satellite images of the build-up prove it.',
    'Not a word on the news about the strike at the port, which is odd for a story this size.',
    'The real death toll is probably higher than the ministry says; rescuers are still digging.',
    'Young conscripts are dropping dead in the trenches while the generals lie about the losses.',
    'Honest question: does anyone know when the referendum results will be certified?',
    'Russian channels were ordered not to show the protests, as the leaked guidance showed.',
    'The exercise was staged in the Baltic over three days, with 9,000 troops.',
    'Der Angriff war geplant, sagen die Ermittler, seit mindestens einem Jahr.',
    'What are the odds that the talks succeed this time? Low, according to every diplomat I know.',
  ])('publishes reporting, debunking and civil criticism: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });

  it('holds two weak markers together, not one alone', async () => {
    expect(await outcomeOf(misinformation, 'The mainstream media is useless on this war.')).toBe('pass');
    expect(
      await outcomeOf(misinformation, 'The mainstream media will cover up the real truth, as always.'),
    ).toBe('hold');
  });

  it('can be turned off in the policy', async () => {
    const policy = { ...defaultPolicy(), misinformation: { enabled: false } };
    expect(await outcomeOf(misinformation, 'It was a false flag, wake up sheeple.', policy)).toBe('pass');
  });
});
