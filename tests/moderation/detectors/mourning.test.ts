import { describe, expect, it } from 'vitest';
import { mourned } from '../../../shared/moderation/detectors/mourning';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';

// Condolences a Middle East desk's readers write under every report of a strike, a flood or an earthquake.
const CONDOLENCES = [
  "Our neighbour's son died in the flood. May Allah accept him.",
  'May Allah accept him, said the mother of the boy killed in the attack.',
  'My uncle passed away in Gaza last night. Allah yerhamo, please pray for the family.',
  'Rest in peace to the paramedics killed in the strike, may Allah grant them paradise.',
  'Que Allah le reciba en su gloria, era el médico del barrio y murió atendiendo heridos.',
  "Qu'Allah l'accueille dans son paradis, ce journaliste est mort en faisant son métier.",
  'Möge Allah ihm gnädig sein, der Junge ist beim Erdbeben ums Leben gekommen.',
  'Пусть Аллах примет его, наш сосед погиб при обстреле рынка.',
];

// The same blessings in the mouths of an attacker's admirers.
const ADMIRATION = [
  'The brother who hit the concert hall is a hero. May Allah accept him.',
  'Allah accept the martyrs of the checkpoint operation, they did what we only talk about.',
  "Le frère de Molenbeek n'a pas tué des innocents, il a rendu la monnaie pour Mossoul. Qu'Allah l'accepte parmi les chouhada.",
  'The fighters died in the raid on the base, may Allah accept them, they are lions.',
];

describe('a blessing over the dead a comment mourns (mourning.ts)', () => {
  it.each(CONDOLENCES)('publishes: %s', async (text) => {
    expect((await runPipeline(makeContext(text))).outcome).toBe('approved');
  });

  it.each(CONDOLENCES.filter((c) => !/paradise|gnädig/.test(c)))(
    'reads a blessing as mourning: %s',
    (text) => {
      expect(mourned(text)).toBe(true);
    },
  );

  it.each(ADMIRATION)('still rejects: %s', async (text) => {
    expect(mourned(text)).toBe(false);
    expect((await runPipeline(makeContext(text))).outcome).toBe('rejected');
  });

  it('needs both a blessing and someone dead', () => {
    expect(mourned('May Allah accept our prayers for peace.')).toBe(false);
    expect(mourned('Three people died in the flood, the ministry says.')).toBe(false);
  });
});
