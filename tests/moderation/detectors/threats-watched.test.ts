import { describe, expect, it } from 'vitest';
import { threats } from '../../../shared/moderation/checks/threats';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';
import { outcomeOf } from './support';

describe('harm promised by its outcome, and the person addressed shown they are watched (round 25)', () => {
  it.each([
    'Keep writing like that and you will need a surgeon.',
    "If I see you at the march you'll need a dentist afterwards.",
    'Next time we meet it starts with your kneecaps.',
    "Say that again in Minsk and you'll go home in a body bag.",
    'Повтори это в Гродно и уедешь оттуда в мешке.',
    'Ещё одна статья и твоя машина сгорит вместе с тобой.',
    'Your car would burn nicely with you inside it.',
    'ur days r numbered mate',
    "I'd run you over and reverse.",
    'We know which café you have breakfast in, Mr Halloran.',
    'Sé que llevas a tu hija al colegio todas las mañanas por la calle Mayor.',
    'Sabemos en qué bar desayunas cada mañana, periodista.',
    'Conosciamo il tuo bar e anche l’ora in cui chiudi.',
    'Wir wissen, in welchem Café du morgens sitzt.',
    'Sabemos em que café você toma o pequeno-almoço.',
    'Адрес твоей редакции известен.',
    'Ходи теперь и оглядывайся.',
    "I'd watch my step in Lagos if I were him.",
    'O autor que se cuide.',
    'Eines Tages stehen wir vor deiner Tür, und dann wird nicht mehr geredet.',
    'Someone will be waiting for you outside, and not to chat.',
    'Qualcuno ti aspetta fuori e non sarà per parlare.',
    'Your editor might get a package at home one of these days.',
    'People who write like you tend to have accidents.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  // The same words about someone else, in the past, negated or as advice: the news and its readers.
  it.each([
    'My days are numbered at this company, the layoffs start Monday.',
    'After the crash he needed a surgeon and two months of rehab.',
    'His kneecaps were shattered by the police batons, the medical report says.',
    'The car burned with the driver inside after the drone strike, witnesses said.',
    'We know which café the minister had breakfast in: the leaked receipts were paid with public money.',
    'I take my son to school on Baker Street every morning and the traffic is insane since the roadworks.',
    'Sé que llevas años cubriendo Venezuela y se nota en la calidad del artículo.',
    'Conosciamo bene quel bar, ci andavamo da studenti.',
    'Ходи на выборы и не оглядывайся на соседей, голосуй как считаешь нужным.',
    'Uważaj na siebie w drodze do domu, na obwodnicy jest remont.',
    'Journalists in Mexico tend to have accidents that the police never investigate.',
    "The protesters stood at the minister's door for three days, and then the police came.",
    'The editor received a package with a threatening letter, and the police are investigating.',
    'The tank ran over the car and reversed, crushing it, the footage shows.',
    'The letter said "we know which café you have breakfast in", and the police took it seriously.',
    // Replies in a thread (the rules' own readings; the classifier's are in model/idioms.test.ts).
    "@mike I'm coming for your title of most pedantic commenter.",
    '@uwe ich finde dich sympathisch, auch wenn ich anderer Meinung bin.',
    '@gui you are on the list for the newsletter, check your inbox.',
    '@ines te voy a matar de envidia: estuve en Kiev la semana pasada.',
    '@ravi I know your work, you covered Kashmir for years, respect.',
    // A lesson learnt, not taught.
    'Recordemos el 11-M: una lección que quedó es que mentir sobre la autoría destruye la confianza.',
    'La lección que nos dejó Ucrania es que la disuasión funciona.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it.each([
    'Hay que darles una lección a esos traidores del congreso.',
    'A esos políticos hay que darles una lección que no olviden.',
  ])('holds a lesson taught: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  // Ambiguous calls (`threats-ambiguous.ts`): the people doing what the state will not, the methods history knows.
  it.each([
    'Se lo stato non ci protegge ci penseremo noi, con le buone o con le cattive.',
    'Полиция с мигрантами не справляется? Значит, разберемся сами.',
    'Може, час брати справу у свої руки?',
    'Maybe it is time the self-defence groups came back and finished what the state won’t.',
    'История знает методы для таких предателей.',
    'Z takimi zdrajcami powinno się rozmawiać inaczej.',
    'Qué lástima que ya no existan los paredones.',
    'Lock and load boys, this isn’t going to fix itself.',
  ])('holds an ambiguous call: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  it.each([
    'Se lo stato non ci pensa, ci pensiamo noi a pulire il parco: sabato mattina, guanti e sacchi.',
    'Без западных кредитов справимся сами, экономика уже перестроилась.',
    'History knows many examples of sanctions that failed.',
    'Rozmawiajmy inaczej o migracji, bez krzyku i bez etykiet.',
    'The army finished what the state had started: the roads were rebuilt within a year.',
  ])('publishes the same words in civil sentences: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it('rejects a long, otherwise reasonable comment for the threat in its middle', async () => {
    const text =
      'Long-time reader, and I usually value the Sahel coverage: the piece on the displaced families in ' +
      'Tillabéri was careful and humane. But this op-ed defending the junta is disgraceful, and its author ' +
      'should know that I read where he lives. Keep writing like that and you will need a surgeon, Mr Marchetti. ' +
      'For everyone else, the UN panel report from last year has the real figures on the mercenaries, and it ' +
      'is worth reading in full before arguing about who pays whom in Bamako.';
    const decision = await runPipeline(makeContext(text));
    expect(decision).toMatchObject({ outcome: 'rejected', decidedBy: 'threats' });
  });
});

describe('threats a long comment hid in round 26 (threats-watched.ts)', () => {
  it.each([
    'Hope the person who wrote this dies slowly in a fire, honestly.',
    'Judge Alan Merriman should get a bullet in the head for that sentence.',
    "I sincerely hope it's your house next, with your kids inside.",
    'We keep lists, and your name is on mine, so enjoy the time you have left.',
    'Но вы, Алексей Громов, когда приедете снова, оглядывайтесь, живым домой можете не доехать.',
    "Dr Ravi Menon will answer for that, I'll make sure he pays with his own skin.",
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  it.each([
    'I hope the person who wrote this gets a raise, it is the best piece on Sudan this year.',
    'He got a bullet in the leg at Bakhmut and still went back, the profile says.',
    'Enjoy the time you have left in Lisbon, the old town is lovely in December.',
    'The families pay with their own blood for decisions taken in Moscow.',
    "J'espère que le gouvernement tiendra ses promesses sur le logement.",
    'Солдаты живыми домой не вернутся, если эта мясорубка продолжится.',
    'Rebuilding your house next to the river with your kids inside the flood zone is a gamble, the insurers say.',
  ])('leaves alone: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('ambiguous calls a long comment hid in round 26 (threats-ambiguous.ts)', () => {
  it.each([
    'There are four boxes of liberty, soap, ballot, jury and ammo, and we have tried the first three.',
    'People who cheered for an invader would have been dealt with the old-fashioned way by their neighbours.',
    'this govt is begging for a revolution n not the peaceful kind',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  it.each([
    'The jury box and the ballot box are how democracies settle disputes, not the street.',
    'The bakery still does things the old-fashioned way, and the queue shows it.',
    'The Orange Revolution was peaceful, and so were most of the protests since.',
  ])('leaves alone: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});
