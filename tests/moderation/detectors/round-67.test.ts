/**
 * Round 67, from a red-team of the extremism check's precision (`/work/audit39`): propaganda described (what recruits
 * were sold or promised) is no praise; praise of the defenders a sentence opens with, a relative clause telling what
 * they did, is theirs; `justified` and `deserved` said of a blow against an organisation's leader justify no attack.
 * With the twins that must stay rejected.
 */
import { describe, expect, it } from 'vitest';
import { praiseDescribedAt } from '../../../shared/moderation/detectors/extremism-subjects';
import { tokensOf } from '../../../shared/moderation/text/tokens';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 67: propaganda described', () => {
  cases('publishes', 'approved', [
    'ISIS sold martyrdom as glory to bored teenagers in Molenbeek and Raqqa alike. the videos promised paradise, a wife and a salary.',
    'Daech vendait le martyre comme une gloire à des gamins de cité. Les vidéos promettaient le paradis, une femme et un salaire.',
    'ИГИЛ продавал мученичество как славу. Подросткам обещали рай, жену и зарплату.',
  ]);
  cases('rejects', 'rejected', [
    'glory to ISIS',
    'the mujahideen are glory itself',
    'they promised paradise and delivered it, glory to the mujahideen',
  ]);
  it('reads the praise word after `as` and a verb of selling, or right after a promise', () => {
    const at = (text: string, word: string) => {
      const { tokens } = tokensOf(text);
      return praiseDescribedAt(
        tokens,
        tokens.findIndex((t) => t.text === word),
      );
    };
    expect(at('ISIS sold martyrdom as glory to teenagers', 'glory')).toBe(true);
    expect(at('the videos promised paradise and a wife', 'paradise')).toBe(true);
    expect(at('glory to the martyrs, as always', 'glory')).toBe(false);
  });
});

describe('round 67: defenders as the subject', () => {
  cases('publishes', 'approved', [
    "The YPJ women who took Kobani back street by street are heroes. I don't care what Ankara says, they broke ISIS when nobody else would.",
    'the Utøya kids who swam into freezing water and the locals who came out in boats - heroes. Breivik is a footnote, they are the story.',
    'Rest in peace to the children of Beslan. The special forces who ran into that gym under fire were heroes, whatever you think of how the Kremlin handled it',
  ]);
  cases('rejects', 'rejected', [
    'the brothers who blew up the bus are heroes',
    'the kids who joined ISIS are heroes',
    'the kids who fought for ISIS in Raqqa are heroes',
    'the attackers who stormed the hall are heroes',
  ]);
});

describe('round 67: a blow against an organisation justified', () => {
  cases('publishes', 'approved', [
    "the drone strike that killed the emir was justified. he'd ordered three market bombings that year",
    'qué alivio cuando mataron a Bin Laden. se lo merecía, sin más',
    "la frappe de drone qui a tué l'émir d'AQMI était justifiée, il avait ordonné l'attaque de Ouagadougou",
    'der Drohnenangriff auf den Emir war gerechtfertigt. der Mann hatte drei Anschläge auf Märkte befohlen',
  ]);
  cases('rejects', 'rejected', [
    'the attack on the concert was justified',
    'ISIS attacked the concert, they deserved it',
    'Bin Laden hit the towers and the Americans deserved it',
    'bin laden was right, they deserved it',
  ]);
});
