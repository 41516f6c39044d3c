/**
 * Round 22's second pass over Italian, Portuguese, Polish, Ukrainian and Turkish, from the misses of the
 * `dev71` batch (its texts are in the evaluation set; these are my own sentences of the same forms): the
 * second person of those languages as an addressee, Ukrainian and Turkish menace, Ukrainian insults and
 * justification, Portuguese slurs, mild profanity, the Polish troll label, an Italian sales pitch.
 */
import { describe, expect, it } from 'vitest';
import { abuse } from '../../../shared/moderation/checks/abuse';
import { extremism } from '../../../shared/moderation/checks/extremism';
import { hate } from '../../../shared/moderation/checks/hate';
import { commercialSpam } from '../../../shared/moderation/checks/spam';
import { threats } from '../../../shared/moderation/checks/threats';
import { outcomeOf } from './support';

const CHECKS = { abuse, extremism, hate, spam: commercialSpam, threats };
type Name = keyof typeof CHECKS;

describe('five more languages, second pass (round 22)', () => {
  it.each<[Name, string, string]>([
    ['abuse', 'Ти клоун, а не аналітик.', 'hold'],
    ['abuse', 'Jesteś zwykłym trollem, kolego.', 'hold'],
    ['abuse', 'Che merda di articolo, zero fonti.', 'hold'],
    ['abuse', 'Que merda de reportagem, nada de novo.', 'hold'],
    ['abuse', 'Ти хрінову статтю написав, автор.', 'hold'],
    ['threats', 'Журналістко, ти вже покійниця, просто ще не знаєш.', 'reject'],
    ['threats', 'Bu haberi yapan muhabir arkasını kollasın.', 'reject'],
    ['threats', 'Bu yazıların hesabını tek tek soracağız.', 'reject'],
    ['hate', 'Esses viados estão destruindo o país.', 'reject'],
    ['extremism', 'Те, що зробив ІДІЛ у Парижі, правильно, так їм і треба.', 'reject'],
    [
      'spam',
      'Pannelli solari a costo zero! Preventivo gratis su sole-sicuro.shop, offerta valida fino a domenica.',
      'reject',
    ],
  ])('%s: %s → %s', async (check, text, expected) => {
    expect(await outcomeOf(CHECKS[check], text)).toBe(expected);
  });

  it.each<[Name, string]>([
    ['hate', 'O pacote foi enviado ontem pelos correios.'],
    ['abuse', 'Sen. Warren said the bill would pass.'],
    ['spam', 'Il comune offre una consulenza gratuita agli anziani per le bollette.'],
    ['extremism', 'ІДІЛ знову взяв відповідальність за вибух у Кабулі, загинули 12 людей.'],
  ])('%s passes: %s', async (check, text) => {
    expect(await outcomeOf(CHECKS[check], text)).toBe('pass');
  });
});
