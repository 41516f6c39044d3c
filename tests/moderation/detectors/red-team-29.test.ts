/**
 * A red-team's probes in a dozen languages (stop 46), each class with its civil twins: what the checks
 * published that a newsroom removes, and what they held that it publishes. Each rule was written before
 * it was measured on the evaluation set (docs/moderation-rounds.md, round 29).
 */
import { describe, expect, it } from 'vitest';
import { abuse } from '../../../shared/moderation/checks/abuse';
import { bannedTerms } from '../../../shared/moderation/checks/banned-terms';
import { extremism } from '../../../shared/moderation/checks/extremism';
import { hate } from '../../../shared/moderation/checks/hate';
import { personalData } from '../../../shared/moderation/checks/personal-data';
import { suspectTerms } from '../../../shared/moderation/checks/suspect-terms';
import { threats } from '../../../shared/moderation/checks/threats';
import { detectThreats } from '../../../shared/moderation/detectors/threats';
import { outcomeOf } from './support';

describe('a policy term written in capitals is an acronym', () => {
  it.each([
    'Russland zog seine Truppen aus Cherson ab.',
    'Der Minister zog die Konsequenzen und trat zurück.',
    'Die Demonstration zog über die Straße des 17. Juni.',
  ])('passes the everyday word: %s', async (text) => {
    expect(await outcomeOf(suspectTerms, text)).toBe('pass');
  });

  it('holds the acronym, and an editor’s lower-case term still matches any case', async () => {
    expect(await outcomeOf(suspectTerms, 'The ZOG runs the media, wake up.')).toBe('hold');
    expect(await outcomeOf(suspectTerms, 'Russland zog ab.', { suspectTerms: ['zog'] })).toBe('hold');
  });

  it('reads a banned term in capitals in any case: an editor’s `KKK` bans `kkk`', async () => {
    expect(await outcomeOf(bannedTerms, 'join the kkk today', { bannedTerms: ['KKK'] })).toBe('reject');
  });
});

describe('addresses: a count is no house number, an article no street name', () => {
  it.each([
    'La cifra de muertos ronda los 300 según la ONU.',
    'El precio del gas ronda los 40 euros por megavatio hora.',
    'A guerra já ronda os 1000 dias e ninguém fala disso.',
    'In via Roma 3 persone sono state ferite durante la notte.',
    'Su Piazza San Marco 20 mila persone hanno manifestato.',
    'Станция метро «Площадь Революции» была закрыта 3 часа.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });

  it.each([
    'Vive en la calle de las Huertas 12, tercero izquierda.',
    'la periodista vive en calle olmo 22 3b en valencia',
    'Abita in via Garibaldi 22, secondo piano.',
    'Он живёт на улице Ленина, дом 5, квартира 12.',
  ])('still holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });
});

describe('mistreatment described is not dehumanisation, in the active voice too', () => {
  it.each([
    'Los talibanes tratan a las mujeres como ganado en Afganistán.',
    'Migranten werden in libyschen Lagern wie Vieh behandelt.',
    'En Libye, on traite les migrants comme du bétail.',
  ])('the hate check passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });

  it.each(['Los inmigrantes son ganado.', 'Migranten sind Vieh.'])('still rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });
});

describe('idioms of dying and killing, and a bomb shelter', () => {
  it.each([
    "You'll die laughing at the minister's press conference.",
    'You will kill me with these puns, honestly.',
    'Bomb shelters in Kharkiv are full every night.',
  ])('the threats check passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it.each(['You will die, journalist.', 'Bomb the shelters in Kharkiv.'])(
    'still rejects: %s',
    async (text) => {
      expect(await outcomeOf(threats, text)).toBe('reject');
    },
  );
});

describe('threats in Dutch, Swedish, Hungarian, Arabic, and Italian and Polish with a comma', () => {
  it.each([
    'Ik weet waar je woont, vuile journalist. Kijk maar uit.',
    'Ik maak je af als je nog één artikel schrijft.',
    'Jag ska döda dig.',
    'Vi vet var du bor.',
    'Megöllek, te szemét.',
    'Tudjuk, hol dolgozol. Megfizetsz ezért.',
    'الموت للصحفي الخائن، سنذبحك.',
    'Sei morto, hai capito? Morto.',
    'Znajdziemy cię, pismaku, i pożałujesz.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  it.each([
    'De politie zegt dat de dader dreigde: ik weet waar je woont.',
    'Polisen säger att mannen hotade: jag ska döda dig.',
    'Tudjuk, hol a hiba: a költségvetésben.',
    'Znajdziemy cię na konferencji, dziennikarzu, porozmawiamy.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it('reads a threat after a colon as someone’s words only when someone else said it', () => {
    expect(detectThreats('Police say the man threatened her: I know where you live.', true)).toBeNull();
    expect(detectThreats('I told him: I know where you live.', true)?.outcome).toBe('reject');
    expect(detectThreats('Listen: I know where you live.', true)?.outcome).toBe('reject');
  });
});

describe('the author and the newsroom named in Italian, Portuguese, Turkish, Polish', () => {
  it.each([
    'Sei un coglione, caro autore.',
    'Il giornalista Bassi è un coglione, figlio di una puttana.',
    'Yazar tam bir şerefsiz, amına koyayım.',
  ])('rejects a severe insult aimed at them: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('reject');
  });

  it.each([
    'Il giornalista ha scritto un ottimo articolo sulla Libia.',
    'Yazar çok iyi bir analiz yapmış.',
    'O jornalista explicou bem a crise em Moçambique.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('pass');
  });
});

describe('praise of a terrorist organisation with its case endings, and `well done` in more languages', () => {
  it.each(['Chwała bohaterom Hamasu!', 'Gut gemacht, Hamas.', 'Ben fatto, Hezbollah.'])(
    'rejects: %s',
    async (text) => {
      expect(await outcomeOf(extremism, text)).toBe('reject');
    },
  );

  it.each([
    'Der Hamas-Angriff war ein Verbrechen.',
    'Hamas-Kämpfer wurden getötet, berichtet die Armee.',
    'Zamach Hamasu był zbrodnią, a ofiary to cywile.',
    // Praise said to the newsroom, named after a comma.
    'Gut gemacht, Redaktion: die Analyse der Hamas-Finanzen ist gründlich.',
    'Well done, editors: the analysis of Hamas finances is thorough.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });
});

describe('a group generalised in Italian, Polish, Portuguese and Ukrainian', () => {
  it.each([
    'Gli ebrei controllano la finanza mondiale.',
    'Żydzi kontrolują media i banki.',
    'Os judeus controlam os bancos e a imprensa.',
    'Gli zingari rubano, è nel loro DNA.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });

  it.each([
    'Le banche controllano la finanza mondiale, dice l’economista.',
    'Il mito secondo cui gli ebrei controllano la finanza è antisemita.',
    'Gli ebrei italiani hanno una storia lunga e ricca.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });
});

describe('an insult aimed through the copulas of Italian, Portuguese and Polish', () => {
  it.each(['O autor é um imbecil.', 'Autor to debil.', '@marco sei proprio un cretino.'])(
    'holds: %s',
    async (text) => {
      expect(await outcomeOf(abuse, text)).toBe('hold');
    },
  );

  it.each(['O autor é um economista respeitado.', 'Il governo è un disastro, dice l’autore.'])(
    'passes: %s',
    async (text) => {
      expect(await outcomeOf(abuse, text)).toBe('pass');
    },
  );
});

describe('recruitment reported as someone else’s urging', () => {
  it.each([
    'ISIS recruiters used Telegram to convince teenagers to make hijra, the researchers found.',
    'ISIS propaganda urged young Europeans to make hijra to Syria.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });

  it.each(['Make hijra, brothers, the caliphate needs you.', 'We urge you to join ISIS, brothers.'])(
    'still rejects the speaker’s own: %s',
    async (text) => {
      expect(await outcomeOf(extremism, text)).toBe('reject');
    },
  );
});

describe('an acronym that is a name, not the insult it spells', () => {
  it.each(['El HDP kurdo ganó en Diyarbakır.', "HDP'nin eski eş genel başkanı Demirtaş hâlâ cezaevinde."])(
    'passes: %s',
    async (text) => {
      expect(await outcomeOf(abuse, text)).toBe('pass');
    },
  );

  it('still reads it aimed at someone', async () => {
    expect(await outcomeOf(abuse, 'Eres un HDP.')).toBe('reject');
  });
});
