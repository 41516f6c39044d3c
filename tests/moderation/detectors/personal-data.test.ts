import { describe, expect, it } from 'vitest';
import { personalData } from '../../../shared/moderation/checks/personal-data';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('personal-data check', () => {
  it.each([
    ['His mobile is 07911 123456, tell him what you think.', 'phone'],
    ['Call her on +33 6 12 34 56 78 if you want answers.', 'phone'],
    ['Der Typ hat die Nummer 030 12345678, ruft ihn an.', 'phone'],
    ['Его телефон 8 (903) 555-12-34, звоните.', 'phone'],
    ['text him at (646) 555-0199', 'phone'],
    ['her number: five five five zero one nine nine three two', 'phone'],
    ['Write to j.kowalski77@protonmail.com and ask her yourself', 'email'],
    ['his mail is tom dot baker at gmail dot com', 'email'],
    ['She lives at 42 Elm Grove, Leeds LS6 2AB.', 'address'],
    ['Il habite au 17 rue Victor Hugo à Lyon.', 'address'],
    ['Wohnt in der Bahnhofstraße 12, direkt über dem Bäcker.', 'address'],
    ['Vive en la calle Mayor 8, tercero izquierda.', 'address'],
    ['Живёт на ул. Пушкина, д. 10, квартира 5.', 'address'],
    ['The car that blocked the ambulance had the plate AB-123-CD, owner lives nearby.', 'plate'],
    ['Her passport number is 123456789, leaked yesterday.', 'identity'],
    ['The real name of "FreedomEagle" is Martin Kovac, from Brno.', 'unmasking'],
    ['Sein echter Name ist Jens Möller, er arbeitet bei der Post.', 'unmasking'],
    ['@night_owl is Daniel Price from the planning office.', 'unmasking'],
    ['@quiet_heron is actually Laura Benning, she runs the bakery on Dale Road.', 'unmasking'],
    ['@marsh_fox = Tomas Riedl. Look him up.', 'unmasking'],
    ['@kestrel ist in Wirklichkeit Uwe Brand aus Kassel.', 'unmasking'],
    ['@reed_warbler se llama Marta Gil Soto y firma con otro nombre.', 'unmasking'],
    ["@kite_runner, name's Owen Hartley, posts from his office at lunch.", 'unmasking'],
    ['@grey_gull works the late shift at the Harbour Road depot, gate 2.', 'whereabouts'],
    ['Vivono in Via Roma 14 a Bologna, secondo piano.', 'address'],
    ['Su móvil es el 655 21 34 87, a ver si contesta.', 'phone'],
    ['My number is 2023/0412345, her case number too.', 'phone'],
  ])('holds %s (%s)', async (text, kind) => {
    const result = await resultOf(personalData, text);
    expect(result).toMatchObject({ outcome: 'hold', reason: 'personal_data' });
    expect(result.evidence?.map((e) => e.kind)).toContain(kind);
    for (const e of result.evidence ?? [])
      if (e.span) expect(text.slice(...e.span).length).toBeGreaterThan(0);
  });

  it.each([
    'The 2014 census counted 2,284,769 people; in 1991–2001 about 2 000 000 left.',
    'Budget: 47,2 milliards d’euros en 2024, soit +7,5 %.',
    'The ministry hotline 0 800 300 815 is on their official site.',
    'Press enquiries go to press@mfa.example.org according to the ministry.',
    'Ten years later, 10 Downing Street still has not answered.',
    'The embassy at 24 Kensington Palace Gardens was closed.',
    'F-16s and MiG-29s flew over Kyiv; 155 mm shells cost $3,000 each.',
    'See doi 10.1016/j.worlddev.2023.106372 and pages 123-145.',
    'Sergeant Paul Ainsley served in Helmand, according to the report.',
    'She lives in Glasgow and writes about housing.',
    'The posted figures are at www.iaea.org/newscenter.',
    'On 12/03/1979 the treaty was signed.',
    '@heron_22 is in Berlin this week, ask her about the summit.',
    '@heron_22 is right, the Baltic States paid for it.',
    'I sent the forms via DHL 3 times before the consulate answered.',
    'My cousin works at the county hospital and says the night shift is chaos.',
    // A `number` after a reference noun is a reference.
    'Case number 2023/0412345 was dismissed by the court last week.',
    'Expediente número 0412345/2023 de la Audiencia Nacional.',
    'Дело номер 4123456/21 рассматривал Мещанский суд.',
    // Round 24: Polish `nie` before a short number; an institution's address and line; a count after a place.
    'Mała poprawka: przesmyk suwalski ma około 65 km, a nie 100, jak podano w tekście.',
    'Paper copies go to the Home Affairs Committee secretariat, 14 Millbank Row, London.',
    'Les courriers sont à adresser au secrétariat de la commission, 9 quai des Orfèvres-Neufs, Paris.',
    "For anyone who wants to help: the council's refugee support line is 0161 496 0732.",
    'Anschlag am Breitscheidplatz, 13 Tote insgesamt, das Versagen ist gut dokumentiert.',
  ])('passes %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });

  it.each([
    'She lives at Breitscheidplatz 13, go and ring her bell.',
    'Her home is 14 Millbank Row, London, pay her a visit.',
    'Her NIE 12345678 is in the leaked file.',
    "Bramley's personal mobile is 07700 900318, he never answers the council one. Ring him.",
  ])('holds, round 24: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it('lets a newsroom allow its own e-mail domain, or switch a kind off', async () => {
    const text = 'Tips go to desk@newsroom.example, or call +44 20 7946 0000.';
    const policy = defaultPolicy().personalData;
    expect(await outcomeOf(personalData, text)).toBe('hold');
    const allowed = await resultOf(personalData, text, {
      personalData: { ...policy, allowedEmailDomains: ['newsroom.example'], phoneNumbers: false },
    });
    expect(allowed.outcome).toBe('pass');
  });
});

describe('street addresses in Italian running text, Ukrainian and Turkish (round 22)', () => {
  it.each([
    'Abita in via Garibaldi 22, Torino. Andate a trovarlo.',
    'Він живе на вулиці Хрещатик, 15, Київ. Навідайтесь.',
    'Atatürk Caddesi No: 12, Kadıköy’de oturuyor. Ziyaret edin.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it.each([
    'Il governo è caduto in via definitiva: 22 senatori hanno votato contro.',
    'Sono arrivato in via Roma alle 9, ma il corteo era già partito.',
    'На вулиці Хрещатик сьогодні 15 тисяч людей на мітингу.',
    'Atatürk Caddesi’nde 12 bin kişi yürüdü.',
    'UN resolution no 2334 was about settlements.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});

describe('unmasking in Ukrainian, and a real name that unmasks nobody (round 23)', () => {
  it.each([
    "Справжнє ім'я коментатора 'Kozak_Dnipro' — Олександр Ігорович Мельник, працює у відділенні Нової Пошти на Шевченка 22.",
    "Spravzhnie imia komentatora 'Kozak_Dnipro' — Oleksandr Ihorovych Melnyk, pratsiuie u viddilenni Novoi Poshty na Shevchenka 22.",
    "Настоящее имя комментатора 'Volk_Sibiri' - Геннадий Петрович Кузнецов, учитель истории в школе № 14 в Томске.",
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it.each([
    'Настоящее имя Ленина — Владимир Ильич Ульянов, это все знают.',
    "Справжнє ім'я Лесі Українки — Лариса Косач, це знає кожен школяр.",
    'Nastoyashchee imya Lenina - Vladimir Ilyich Ulyanov, eto vse znayut.',
    'Мій брат живе у Львові й працює на заводі, каже що світло дають за графіком.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});

describe('phone numbers with a letter O for a zero (an outside red-team)', () => {
  it.each([
    "FYI Tom Baker's mobile is 07700 9OO456.",
    "FYI Tom Baker's mobile is O7700 900456.",
    "Sarah Jones' private cell is 2O2 555 O143",
  ])('holds %s, quoting what was typed', async (text) => {
    const r = await resultOf(personalData, text);
    expect(r.outcome).toBe('hold');
    expect(r.evidence?.some((e) => /[Oo]/.test(e.value))).toBe(true);
  });

  it.each([
    'Room 1OO is on floor 2.',
    'COVID-19 hit the G7 in 2O20 hard.',
    'Call the Samaritans free on 116 123.',
  ])('leaves %s alone', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});
