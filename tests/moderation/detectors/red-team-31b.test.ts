/**
 * Round 31's second half (docs/moderation-rounds.md): invented news with the silence about it, lawful means for
 * the classifier, the writer said to work for a service, myths named by their own words, arson and the old
 * euphemisms. Each rule was written before it was measured; each class with its civil twins.
 */
import { describe, expect, it } from 'vitest';
import { hate } from '../../../shared/moderation/checks/hate';
import { misinformation } from '../../../shared/moderation/checks/misinformation';
import { threats } from '../../../shared/moderation/checks/threats';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';
import { expectOutcome } from '../pipeline-cases';
import { outcomeOf } from './support';

const published = async (text: string) => (await runPipeline(makeContext(text))).outcome;

describe('fresh news of a named actor with the silence about it', () => {
  it.each([
    'Macron announced this morning that France will send 20,000 troops to Odessa next week. Why is nobody reporting it?',
    'Zelensky signed a decree this morning handing Odesa port to BlackRock for 99 years. Not a word about it anywhere.',
    'Macron anunció esta mañana que enviará 20.000 soldados a Odesa. ¿Por qué nadie lo cuenta?',
    'Selenskyj hat gestern eine Villa für 20 Millionen in der Schweiz gekauft, mit unserem Geld. Warum berichtet niemand darüber?',
    "Putin said at the press conference: 'Finland will cease to exist by Christmas.' Nobody in the West dares to quote it.",
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    // Either half alone.
    'Macron announced this morning that France will send more air-defence systems to Ukraine.',
    "Sudan has the world's largest displacement crisis. Why is nobody reporting it?",
    'Selenskyj hat gestern in Berlin gesprochen, die Rede ist online.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('lawful means named as such are no call to violence for the classifier', () => {
  it.each([
    'Politicians like him should face justice in a court of law.',
    'The people will decide at the ballot box in November.',
    'etih politikov nado vygnat na vyborah',
  ])('publishes: %s', async (text) => {
    await expectOutcome(text, 'approved');
  });

  it('still holds the same frame with a rope', async () => {
    expect(await published('Politicians like him should face justice at the end of a rope.')).not.toBe(
      'approved',
    );
  });
});

describe('the writer said to work for a service, or paid in mockery', () => {
  it.each([
    'avtor rabotaet na MI6, eto vidno po kazhdoy stroke',
    'Этот журналист работает на британскую разведку, это видно по каждой строчке.',
    'Цей журналіст явно працює на ФСБ, це видно з кожного речення.',
    'Este "periodista" cobra de la OTAN, no hay mas que ver sus viajecitos a Bruselas pagados',
    'great article comrade, your bonus in roubles is on its way 😉',
    "Bel article, vous avez bien mérité votre chèque de l'ambassade américaine",
    'Toller Artikel. Wird die Prämie eigentlich in Dollar oder in Euro überwiesen? 😉',
    'Schon wieder ein frisch angelegtes Konto, das Putin verteidigt. Grüße nach Olgino, Genosse',
    'Qué casualidad, otra cuenta creada hoy defendiendo a Maduro. Saludos a la oficina de Caracas',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'The suspect worked for the FSB until 2019, the court heard.',
    'Mi primo cobra de la Seguridad Social.',
    'The Olgino troll farm was exposed by journalists in 2015.',
    'Mi bonus de Navidad llegó en euros.',
    'Meine Prämie wurde im Dezember überwiesen, pünktlich wie immer.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('myths named by their own words', () => {
  it.each([
    'Die Impfung hat Turbokrebs ausgelöst, die Pathologen wissen es, dürfen aber nichts sagen',
    'Die BRD ist kein Staat sondern eine GmbH, deshalb sind die Wahlen sowieso ungültig',
    'La vacuna de ARN te modifica el ADN, lo pone en el prospecto si lo lees bien',
    'Elections in Moldova were rigged by the EU, 200k ballots printed in Brussels and flown in on a military plane',
    'В Молдове выборы подделали евроинтеграторы, бюллетени печатали прямо в Брюсселе',
    'Krokus eto delo ruk britancev, vse znayut, tadzhiki prosto kukly',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'The claim that mRNA changes your DNA is false: it never enters the nucleus.',
    'Крокус — дело рук ИГИЛ, признали следователи.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('arson, arms in the future tense, the old euphemisms', () => {
  it.each([
    'Ein Streichholz und das Problem mit dem Asylheim ist erledigt',
    'al final el pueblo tomará las armas, es lo unico que entienden',
    "Si l'État ne fait rien, le peuple prendra les armes, c'est tout.",
    'En otros tiempos a este tipo le habrían dado un paseíto, ya me entiendes',
    'the answer to the next attack should be given in the mosques, not in speeches',
    'burn it all down. the whole rotten system. start with their offices',
    'i think its time for citizens to arm themselves and go to the border ourselves',
    'Für diese Politiker einen Galgen vor dem Reichstag!',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  it.each([
    'Das Asylheim in Solingen brannte 1993 nach einem Brandanschlag.',
    'Armarse de paciencia es lo único que queda.',
    'The answer to radicalisation is given in the mosques too, by imams who preach against it.',
    'Reported the comment telling people to bring petrol to the shelter. That is incitement.',
    // A prop, not a call.
    'Die Galgen-Attrappe bei der Bauerndemo wurde vom Staatsschutz untersucht, das war richtig.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('life said to mean nothing to them, veiled threats in Russian and German, history as a call', () => {
  it.each([
    'They simply don’t value life the way we do. You see it in how they treat their own children.',
    'Die ticken einfach anders. Menschenleben zählt bei denen nichts, das ist kulturell.',
    'Dlya nikh chelovecheskaya zhizn nichego ne stoit, oni drugie.',
  ])('holds as hate: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('hold');
  });

  it.each(['Muslims don’t value life the way we do.', 'Migrants are born with it.'])(
    'rejects beside a group: %s',
    async (text) => {
      expect(await outcomeOf(hate, text)).toBe('reject');
    },
  );

  it.each([
    'У нас долгая память. Когда всё поменяется, вспомним каждого автора этого издания.',
    'Wir merken uns die Namen aller Autoren dieser Zeitung. Der Tag kommt.',
    'Такие, как ты, обычно заканчивают в реке, учти.',
    'The brigade was wiped out, and the reporters who lied about it are next.',
    'A night of the long knives in the party would fix everything in a week.',
    'Ein paar Laternenmasten vor dem Reichstag würden reichen.',
    'Тридцать седьмой год на них нужен, тогда порядок был.',
  ])('holds as a threat: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  it.each([
    'The Night of the Long Knives in 1934 destroyed the SA leadership.',
    'Мы помним каждого погибшего журналиста.',
    'Der Tag kommt, an dem die Wahrheit über Butscha vor Gericht steht.',
    'The reporters who covered the siege are next in line for the Pulitzer.',
    'Life in the camps is worth nothing to the warlords, the UN report says.',
    'I was born with it, a heart defect.',
  ])('publishes: %s', async (text) => {
    await expectOutcome(text, 'approved');
  });
});

describe('more fresh news and silences; a settlement at the ballot box; the writer’s own family', () => {
  it.each([
    'Scholz hat letzte Woche gesagt: "Die Ostdeutschen zählen bei Wahlen nicht." Steht in keiner Zeitung.',
    'Зеленский вчера признал в интервью, что войну начали американцы, а не Россия. Об этом молчат.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'The people will settle accounts with this government at the ballot box.',
    'My daughter walks home past the base every day; the drone sirens at night are terrifying for kids.',
  ])('publishes: %s', async (text) => {
    await expectOutcome(text, 'approved');
  });

  it('still rejects the same routine told of the reader’s family', async () => {
    expect(await published('Your daughter walks home past the base every day. Think about it.')).toBe(
      'rejected',
    );
  });
});

describe('a call to do something about a thing is no call', () => {
  it.each([
    'Someone should do something about the potholes on the road to the crossing, they wreck every car.',
    'Alguien tiene que hacer algo con los precios del alquiler en Madrid, es insostenible.',
  ])('passes the threat check: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it.each([
    'Someone should do something about the traitors who let that tanker refuel in our port.',
    'Que alguien haga algo con los okupas de la calle Mayor antes de que lo hagamos nosotros.',
    'Someone should do something about him.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });
});

describe('a call to execute, passive or impersonal, is held', () => {
  it.each([
    // A name opening the sentence may be a plural as well (`Traitors should be hanged`).
    'Macron should be hanged.',
    'Зеленского надо повесить на Майдане.',
    // A report of such a call is for a moderator to read too.
    'Criminals should be shot, he said, and the crowd cheered.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  // Round 91 (`/work/audit52`): aimed at one person inside or next to the call, it is rejected (these two were held).
  it.each(['Il faut pendre ce traître.', 'Man sollte Scholz erschießen.'])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  it.each([
    'Eichmann was hanged in 1962.',
    'Il faut pendre le linge dehors quand il fait beau.',
    'Should Assad be executed? The ICC says no, he should be tried.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('a lawful step beside a harm is no excuse', () => {
  it.each([
    'The journalist should be prosecuted and then hanged.',
    'These traitors should be arrested and shot.',
    'Этих депутатов надо судить и повесить.',
  ])('does not publish: %s', async (text) => {
    expect(await published(text)).not.toBe('approved');
  });
});
