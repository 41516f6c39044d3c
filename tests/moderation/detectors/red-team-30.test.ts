/**
 * Classes the red-team of stop 46 left open, taken up at stop 47, each with its civil twins. Each rule was
 * written before it was measured on the evaluation set (docs/moderation-rounds.md, round 30).
 */
import { describe, expect, it } from 'vitest';
import { abuse } from '../../../shared/moderation/checks/abuse';
import { hate } from '../../../shared/moderation/checks/hate';
import { classifier } from '../../../shared/moderation/checks/classifier';
import { extremism } from '../../../shared/moderation/checks/extremism';
import { onTheOtherSide } from '../../../shared/moderation/detectors/extremism';
import { misinformation } from '../../../shared/moderation/checks/misinformation';
import { personalData } from '../../../shared/moderation/checks/personal-data';
import { threats } from '../../../shared/moderation/checks/threats';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';
import { outcomeOf } from './support';

describe('an exclamation that names whom it insults is aimed', () => {
  it.each([
    'Quel bouffon ce journaliste.',
    'Menudo payaso el periodista este.',
    'What a clueless hack of a reporter.',
    'Was für ein Depp der Autor.',
    'Ну и клоун этот автор.',
    'Che buffone questo giornalista.',
    'Автор — дятел.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('hold');
  });

  it.each([
    // An exclamation about a thing, or an insult word with no one named after it.
    'Quel cirque ce sommet.',
    'What a circus this summit was.',
    'Quel bouffon ! Le sketch de la soirée était drôle.',
    'Menudo lío el de la cumbre.',
    // The insult described, not exclaimed: the sentence does not open with an exclamation.
    'The clown the author describes in chapter two is a real circus performer.',
    // A woodpecker, not a person.
    'Дятел стучал по сосне всё утро.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('pass');
  });
});

describe('a generalisation named as a lie is refuted, unless the refutation is denied', () => {
  it.each([
    'The old lie that Jews control the media resurfaced on Telegram after the attack, the report says.',
    'Мифы о том, что мигранты — преступники, опровергает статистика МВД.',
    'Неправда, что мигранты — преступники, это опровергает статистика.',
    'El bulo de que los inmigrantes son delincuentes lo desmiente el INE.',
  ])('does not reject: %s', async (text) => {
    expect(await outcomeOf(hate, text)).not.toBe('reject');
  });

  it.each([
    "It's no lie that Jews control the media.",
    'It is not a myth that migrants are criminals.',
    'Kein Mythos: Migranten sind Kriminelle.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });
});

describe('the classifier reads mistreatment described without its simile', () => {
  it.each([
    'Los talibanes tratan a las mujeres como ganado, y Occidente mira a otro lado.',
    'En Libye, les migrants sont traités comme du bétail dans les centres de détention.',
    'Migranten werden in libyschen Lagern wie Vieh behandelt.',
    'Nei CPR gli immigrati sono trattati come bestie, denuncia il Garante.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(classifier, text)).toBe('pass');
  });

  it.each(['Migrants should be treated like cattle.', 'Migranten sollte man wie Vieh behandeln.'])(
    'reads a call for it as written: %s',
    async (text) => {
      expect(await outcomeOf(classifier, text)).toBe('reject');
    },
  );
});

describe('praise of those who rescue is not glorification, wherever they work', () => {
  it.each([
    'Los médicos de Gaza son verdaderos héroes.',
    'Die Rettungskräfte in Hatay sind echte Helden.',
    'Врачи Харькова — настоящие герои.',
    'Les vrais héros, ce sont les Casques blancs qui sortent les enfants des ruines.',
  ])('spares: %s', async (text) => {
    expect(onTheOtherSide(text)).toBe(true);
    expect(await outcomeOf(classifier, text)).toBe('pass');
  });

  it.each([
    'Los mártires de Hamás son verdaderos héroes.',
    'Die Kämpfer des IS in Rakka sind echte Helden.',
    'Бойцы ИГИЛ — настоящие герои.',
    'Les vrais héros, ce sont les frères Kouachi.',
  ])('still rejects: %s', async (text) => {
    expect(onTheOtherSide(text)).toBe(false);
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });
});

describe('phone numbers in Polish, Portuguese, Turkish, Dutch and Ukrainian formats', () => {
  it.each([
    'Zadzwońcie do niego: 512 345 678, niech się tłumaczy.',
    'Liguem-lhe para o 912 345 678 e digam o que pensam.',
    'Bu hainin numarası 532 123 45 67, arayın.',
    'Bel hem gerust op 06 12345678, hij verdient het.',
    'Його номер 067 123 45 67, дзвоніть.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it.each([
    'W 2023 roku Polska wydała 512 345 678 zł na obronność, podaje MON.',
    'O orçamento prevê 912 345 678 euros para a defesa.',
    'Ukrayna 2024 yılında 532 milyon dolar yardım aldı.',
  ])('passes a figure: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});

describe('the Wagner Group, the Red Brigades and the Crocus attack are named', () => {
  it.each([
    'Слава героям Вагнера!',
    'Glory to the heroes of the Wagner Group!',
    'Крокус — справедливое возмездие, так им и надо.',
    'Krokus - spravedlivoe vozmezdie, tak im i nado.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });

  it.each([
    "Wagner's heroes in the Ring cycle are flawed gods.",
    'Senator Wagner was a hero to his constituents.',
    'Вагнер написал героическую музыку.',
    'The Wagner Group was proscribed as a terrorist organisation in 2023.',
    'Крокус: суд приговорил нападавших к пожизненному сроку, жертвам — вечная память.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });
});

describe('an office holder named by office is a person a threat aims at', () => {
  it.each(['A ese ministro habría que colgarlo en la plaza.', 'Ce ministre, il faut le pendre.'])(
    'rejects: %s',
    async (text) => {
      expect(await outcomeOf(threats, text)).toBe('reject');
    },
  );

  it.each([
    // A kind of person, not the one: an ambiguous call, held.
    'Таких, как этот депутат, раньше к стенке ставили. Может, пора вспомнить?',
    'A los corruptos habría que colgarlos a todos.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });
});

describe('they will come for you, in Spanish, Russian and Dutch', () => {
  it.each([
    'Pronto vendrán a por ti, espera.',
    'Скоро за тобой придут, жди.',
    'Skoro za toboy pridut, zhdi.',
    'Ik ga je vermoorden, klootzak.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  it.each([
    'Vendrán a por ti los inspectores de Hacienda si no declaras.',
    'За тобой приедут в восемь, такси заказано.',
    'За тобой придут друзья в восемь.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('a coined slur', () => {
  it('rejects `rapefugees`, leetspeak too, and passes a report of the word', async () => {
    expect(await outcomeOf(hate, 'Rapefugees welcome, right?')).toBe('reject');
    expect(await outcomeOf(hate, 'r@pefugees again, close the borders')).toBe('reject');
    expect(await outcomeOf(hate, 'The slur "rapefugees" spread on Telegram after the attack.')).toBe('pass');
  });
});

describe('praise named by someone else, told as news', () => {
  it.each([
    'Russian state TV called the Wagner fighters heroes after Bakhmut.',
    'Al Jazeera called the Hamas fighters heroes.',
    'Some in Gaza call the attackers martyrs, which tells you how deep the radicalisation runs.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });

  it.each([
    'Call the Hamas fighters what they are: heroes.',
    'I call the Hamas fighters heroes.',
    "Let's call the ISIS brothers heroes.",
    'They call the Hamas fighters terrorists but they are heroes.',
  ])('still rejects the writer’s own: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });
});

describe('who hides behind a handle, in French, German and Russian', () => {
  it.each([
    'Derrière le pseudo « Gaulois75 » se cache Pierre Martin, prof au lycée Victor-Hugo.',
    'Hinter "Wahrheitsfreund" steckt Klaus Becker aus Dortmund, arbeitet bei der Sparkasse.',
    'Под ником «Патриот» пишет Иван Смирнов из Твери, работает в школе №5.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it.each([
    'Hinter dem Anschlag steckt der IS, sagen die Ermittler.',
    'Derrière cette décision se cache une vraie stratégie au Sahel.',
    'За этим решением стоит Кремль, пишет автор.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});

describe('the writer or a commenter said to be paid or an agent', () => {
  it.each([
    'how much is the atlantic council paying you per article these days? asking for a friend',
    'Combien vous touchez de Moscou pour écrire ça ? franchement ça se voit',
    'Wie viel zahlt Ihnen die Bundesregierung für solche Artikel?',
    'skolko tebe platyat v Vashingtone za takie kommentarii? prosto interesno',
    'Nice piece. Say hi to your handlers in Langley for me',
    'This "journalist" has been on the Soros payroll for years, everyone in the industry knows it.',
    'опять новый аккаунт, опять за Зеленского. привет ЦИПСО, как зарплата?',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'Has the author disclosed any funding from the Atlantic Council for this series? Some outlets add a note.',
    'Calling every critic a "paid troll" is lazy. I have been reading this site for ten years and nobody pays me.',
    'Bezahlte Trolle gibt es wirklich, aber nicht jeder, der anderer Meinung ist, ist einer.',
    'The Olgino troll farm was paid by Prigozhin, the US indictment says.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('dealt with by the law, and arms taken up in history, are no call to violence', () => {
  it.each([
    'Cases like his should be dealt with by the courts, quickly and transparently.',
    'The refugee crisis must be dealt with at EU level, not by each country alone.',
    'Corruption cases should be dealt with by an independent prosecutor.',
    '1943 griffen die Partisanen in Italien zu den Waffen; der Artikel erzählt die Geschichte gut.',
  ])('publishes: %s', async (text) => {
    expect((await runPipeline(makeContext(text))).outcome).toBe('approved');
  });

  it.each([
    'people like him should be dealt with. properly, not by some judge',
    'These traitors should be dealt with by the people.',
    'Zu den Waffen, Bürger!',
    'Es ist Zeit, zu den Waffen zu greifen.',
  ])('still holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });
});

describe('news flashes and what you will not read here, in more languages', () => {
  it.each([
    "EXCLUSIF : le président nigérien a été exécuté hier soir à Niamey, la presse française censure l'info",
    'Exklusiv: Die Bundeswehr kämpft seit Januar heimlich in der Ukraine.',
    'Just heard from a friend in Niamey: the junta executed the French ambassador yesterday. you wont read that here',
    'Эстония выселит всех русскоязычных до 2026 года. Об этом молчат все.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'Un ami à Bamako me dit que la ville est calme ce soir.',
    'My cousin in Niamey says the mood in the city is tense but calm.',
    'The exclusive interview with the Nigerien foreign minister is worth reading.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('voting machines and the postal vote named as rigged, in French, German and Spanish', () => {
  it.each([
    "les machines a voter ont ete truquées en 2022, des milliers de voix effacées, personne n'en parle",
    'briefwahl ist manipuliert, in Sachsen wurden tausende Stimmen einfach in den Müll geworfen',
    'El voto por correo fue amañado en Melilla, lo sabe todo el mundo.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'En France on vote très peu avec des machines ; les rumeurs de fraude de 2022 ont été vérifiées et réfutées.',
    'Die Briefwahl in Sachsen wurde überprüft, es gab einzelne Fehler, aber keine systematische Manipulation.',
    'La compra de votos por correo en Melilla acabó con condenas, informa el artículo.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('invented news passed on as hearsay', () => {
  it.each([
    'reliable source told me Putin died in March and theyve been using a double since. look at the ears',
    'Hab von nem Bekannten bei der Bundeswehr gehört, dass deutsche Soldaten schon seit Januar heimlich in der Ukraine kämpfen',
    'Me dijo un amigo de la Guardia Civil que la DANA fue provocada con aviones para quedarse con las tierras',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'My cousin in Niamey says the mood in the city is tense but calm, shops are open.',
    'Ein Bekannter bei der Feuerwehr sagt, die Lage in Hatay ist weiter schwierig.',
    'A friend of mine was secretly relieved when the summit was postponed.',
    'A friend in Moscow told me prices there are double what they were last year.',
    "Un ami m'a dit que les prix ont doublé à Dakar.",
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});
