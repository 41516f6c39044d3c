/**
 * Round 123, from a red-team of insinuation and coded hate (`/work/audit65`) and the tuning batches `dev133`/`dev134`: the
 * wink rather than the claim (`misinformation-winks.ts`), doxxing held rather than rejected by the classifier
 * (`checks/classifier.ts`), a name and a face, praying advised and teeth to pick up (`threats-precedents.ts`), an atrocity
 * called lawful spoils or a masterpiece, `May` the month (`cues.ts`), a loan offered, and mild profanity. Each with civil
 * twins.
 */
import { describe, expect, it } from 'vitest';
import { detectPersonalData } from '../../../shared/moderation/detectors/personal-data';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 123: the wink rather than the claim', () => {
  cases('holds', 'pending', [
    'These rootless Brussels types don’t care about any nation because they never belonged to one.',
    'Guess whose open society money is behind this grassroots campaign.',
    'the ones who lend to both sides of every war are laughing again. same families since Waterloo',
    'Опять эти известные люди с двойным гражданством решают за нас, с кем нам воевать.',
    'Of course Senator Whitcombe votes against the sanctions, look at his mother’s maiden name.',
    'Claro que el diputado defiende a Marruecos, con ese apellido que esperabais',
    'Bien sûr, les réfugiés sont tous ingénieurs et médecins. On sait très bien ce qu’ils viennent faire chez nous.',
    'Every time the polls turn against the PM, something conveniently explodes somewhere.',
    'Attentat trois jours avant les européennes, le gouvernement n’aurait pas pu rêver mieux pour faire passer sa loi.',
    'Спросите себя, кто платит этому изданию за такие тексты.',
    'Les manifestants avaient tous les mêmes sacs à dos neufs. Financés par une ONG bien connue, suivez mon regard.',
    'The woman who filmed it works for an NGO with an office in Washington. How convenient. You do the math.',
    'Le vaccin distribué aux sinistrés contenait des traceurs, plusieurs médecins l’ont dit.',
  ]);
  cases('publishes their civil neighbours', 'approved', [
    'How convenient that the ministry found money for stadiums but not for nurses.',
    'The minister’s figures are cooked, says the audit office, which found the deficit understated by a third.',
    'The new tram line is very convenient for those who live in the eastern suburbs.',
    'Who funds this NGO? I could not find it in their annual report, can someone post a link?',
    'Rootless is how the novel describes its hero, a sailor who never settles anywhere.',
    'Vaccine trackers show that 80% of adults in the region have had a second dose.',
    'Lenders on both sides of the Atlantic raised rates this week, the central banks said.',
  ]);
});

describe('round 123: doxxing, threats and the rest', () => {
  cases('holds doxxing with a taunt, not rejects it', 'pending', [
    '@Lena_Zg you keep posting the same lies so here’s your address for everyone: Ulica Grge Novaka 14, Zagreb. Funny how brave people are online.',
    '@TruthSeeker_NG your real name is Chinedu Okafor and you work at the Zenith branch on Adeola Odeku Street. Keep talking.',
  ]);
  cases('holds an address posted with a taunt, which the classifier alone would reject', 'pending', [
    '@Lena_Zg here is where you live: Ulica Grge Novaka 14, Zagreb. Keep talking.',
  ]);
  it('reads a Slavic street and `your real name is` as personal data', () => {
    const kinds = (text: string) => detectPersonalData(text, defaultPolicy().personalData).map((e) => e.kind);
    expect(kinds('Here it is: Ulica Grge Novaka 14, Zagreb.')).toContain('address');
    expect(
      kinds('@TruthSeeker_NG your real name is Chinedu Okafor and you work at the Zenith branch.'),
    ).toContain('unmasking');
  });
  cases('rejects', 'rejected', [
    'To the mod who deleted my comment: you have a name and a face. Remember that.',
    'Whoever the witness in this story is, his village is small. People will figure out who he is. He should start praying.',
    '@Hannes_B du schreibst unter Klarnamen. Noch so ein Kommentar über Kurden und du suchst deine Zähne aufm Parkplatz.',
    'The Chibok girls were taken as lawful spoils of war, nothing more. Read the statements of the Jama’at before you judge.',
    'JNIM’s hit on the gendarmerie school was a masterpiece. Precise, disciplined, they showed the junta who runs Mali 💪',
    'Borrow up to ₦500k instantly, no BVN needed!!! Download QuickCash NG today 👉 quickcashng.app',
  ]);
  cases('holds mild profanity', 'pending', [
    'kakaya hren napisana, avtor voobshche v Afrike hot raz byl?',
    '@pablo_bcn eres un ignorante, no tienes ni puta idea de los Balcanes y opinas igual',
  ]);
  cases('publishes', 'approved', [
    'The Ribnikar school shooting in May 2023 killed nine children and a guard, and the spree the next day killed eight more.',
    'La Françafrique a fait un mal immense, mais ces juntes prennent leurs peuples pour des idiots.',
    'Kurosawa’s Ran is a masterpiece, and the new restoration is worth the cinema ticket.',
    'My grandmother always said that when the news is this bad, you should start praying and keep reading.',
  ]);
});
