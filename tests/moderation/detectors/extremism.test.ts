import { describe, expect, it } from 'vitest';
import { extremism } from '../../../shared/moderation/checks/extremism';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('extremism check', () => {
  it.each([
    'The brothers of al-Shabaab are true heroes, may Allah accept them.',
    'Glory to the martyrs of the Islamic State, they showed the kuffar what faith means.',
    'Those who carried out the Christchurch attack did what others only talk about. A glorious day.',
    'Breivik was right all along.',
    'The Manchester Arena bombing was revenge for Syria, they had it coming.',
    'Brothers, the caravan is still moving. Make hijra while you can.',
    'Join the mujahideen in the Sahel, brothers, the jihad is an obligation.',
    'Hamas son héroes, la verdadera resistencia. ¡Gloria a los mártires!',
    'Les frères de Daech sont des héros, rejoignez les rangs.',
    'Die Kämpfer des IS sind wahre Helden der Umma.',
    'Братья из ИГИЛ — настоящие герои, вступайте в ряды.',
    // Slogans of banned movements.
    'Sieg Heil, Kameraden, bald ist es so weit.',
    'Ten years and still here. Baqiya wa tatamaddad!',
    // The recruiter's pitch to the lonely, with a way to get in touch.
    'Bruder, du bist hier allein, bei uns findest du eine Familie. Der IS wartet, melde dich.',
    // A shouted slogan reported beside praise is still praise.
    'The attackers shouted Allahu akbar and the brothers will be remembered as heroes, may Allah accept them.',
    // `is a martyr` in the other languages (no copula in Russian).
    'Не надо его демонизировать: нападавший — он шахид, отдал жизнь за веру.',
    'El atacante de Barcelona fue un mártir, digan lo que digan.',
    // The praise names its object itself, whoever the clause after it names.
    'Glory to the mujahideen of ISWAP who slaughtered the soldiers at the base.',
    'The infidel soldiers got what they deserved, glory to the brothers of ISIS.',
  ])('rejects glorification or recruitment: %s', async (text) => {
    const result = await resultOf(extremism, text);
    expect(result).toMatchObject({ outcome: 'reject', reason: 'illegal' });
  });

  it.each([
    'ISIS recruited online more effectively than al-Qaeda ever did; Dabiq was glossy on purpose.',
    'Hamas calls the attackers "martyrs", but the families of the victims see murderers.',
    'The firefighters at the Bataclan were the real heroes that night.',
    'They were not heroes, they were murderers who killed children at a concert.',
    'Ukrainian fighters defending Bakhmut are heroes to many Ukrainians.',
    'Al-Shabaab still controls rural Somalia and collects taxes like a state.',
    'The ETA of the next convoy is Tuesday, according to the ministry.',
    'Researchers studied martyrdom videos as recruitment tools, which is not glorification.',
    'JNIM exploited grievances in central Mali after the massacres by the army.',
    'Der IS hat in Syrien Tausende Jesiden ermordet.',
    'Join us at the vigil for the victims of the Solingen attack.',
    // Places named after saints are not praise.
    'The attack on the Stade de France in Saint-Denis killed one man.',
    'Le marché de Noël de Strasbourg a été attaqué en 2018, près de Saint-Pierre-le-Jeune.',
    'The defendants had chanted "Sieg Heil" outside the synagogue, the court found.',
    'Analysts say the Islamic State lives on in the desert as an insurgency, weakened but not gone.',
    'Für Hinweise zu diesem Artikel: Meldet euch gern bei der Redaktion.',
    'Spare me the hero talk about Hezbollah fighters, they shelled villages too.',
    'Bravo to the ministry: Operation Serval ended in a retreat nobody had planned for.',
    'The martyr cult around the Hamas commanders hides how many of their own they lost.',
    'The Islamic State\'s motto, "baqiya wa tatamaddad", promised a state that would remain and expand.',
    // What attackers shouted, reported; French `présente` (presents) is no salute.
    'The attackers reportedly shouted Allahu akbar, a phrase millions of Muslims say in prayer every day.',
    'Crowds in Tehran chanted death to America at Friday prayers, as they have done since 1979.',
    "L'EI présente ses kamikazes comme des « martyrs » ; les oulémas rejettent ce terme.",
    // Joining named as a deed, not urged: the infinitive and the gerund are no call.
    "Sa sœur voulait rejoindre l'État islamique en 2015 ; elle a été arrêtée à Istanbul.",
    'Her brother was jailed in 2016 for joining Daesh, the court heard.',
    // Praise and calls for those against an organisation.
    'The Yazidi and Kurdish women who fought against ISIS in Sinjar are true heroes.',
    'Las madres que resistieron a Boko Haram en Chibok son heroínas.',
    'Join the silent march against Hezbollah and its rockets on Saturday.',
    'Rejoignez la marche blanche pour les victimes de Daech à Nice.',
    // The organisation's own word, reported.
    'Hamas says the gunman is a martyr; to the families in Sderot he is a murderer.',
    'Daech affirme que le tueur est un martyr, les familles parlent d’un lâche.',
    // Survived, despite, kept safe from, taken back from, stopped: the organisation or attacker is the adversary.
    'Glory to the Yazidi women who survived ISIS captivity and testified in Koblenz.',
    'Respect to the Nigerian teachers who kept schools open despite Boko Haram.',
    'The villagers who hid children from Boko Haram are the real heroes of this story.',
    'The Iraqi soldiers who died retaking Mosul from ISIS deserve our respect.',
    'The passengers who tackled the gunman on the Thalys train were heroes.',
    // Praise whose object or subject is on the other side: firefighters, teachers, Kurdish fighters.
    'Glory to the Madrid firefighters who carried the wounded out of Atocha while al-Qaeda boasted of it.',
    'Orgullo por esa maestra de Borno: Boko Haram quería a sus alumnas y ella las escondió.',
    'Ehre den kurdischen Kämpferinnen, die in Kobane gegen den IS gefallen sind.',
    'The ISIS claim called the attackers lions. The real lions were the nurses who stayed.',
  ])('passes analysis, reporting and condemnation: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });

  it('accepts organisations added by the newsroom', async () => {
    const text = 'The Iron Wolves are heroes, join them.';
    expect(await outcomeOf(extremism, text)).toBe('pass');
    const policy = { extremism: { ...defaultPolicy().extremism, organisations: ['Iron Wolves'] } };
    expect(await outcomeOf(extremism, text, policy)).toBe('reject');
  });
});

describe('extremism in Ukrainian (round 22)', () => {
  it.each([
    'Приєднуйся до Ісламської держави, брате, халіфату потрібні бійці.',
    'Нападники на «Крокус» — герої, слава шахідам.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });

  // Praise of those who defend, rescue or die saving others, near the word for an attack, is theirs.
  it.each([
    'Слава Україні! Героям слава!',
    'Слава героям ЗСУ, які захищають Харків від російських атак.',
    'Справжні герої — це рятувальники, які розбирали завали після атаки.',
    'Він був справжній герой, загинув, рятуючи дітей під час обстрілу.',
    'Приєднуйтесь до волонтерів, потрібні донори крові після атаки.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });
});

describe('whoever wants to join, and knows where to look (round 23)', () => {
  it.each([
    'Імарат Кавказ ще повернеться, хто хоче приєднатися — знаєте, де шукати.',
    'ІДІЛ ще повернеться, хто хоче приєднатися — знаєте, де шукати.',
    'Кавказский эмират ещё вернётся, кто хочет присоединиться — знаете, где искать.',
    'The caliphate will return. Whoever wants to join ISIS, you know where to find us.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });

  it.each([
    'Хто хоче приєднатися до волонтерів — знаєте, де шукати: штаб на Подолі.',
    'Кто хочет присоединиться к акции в поддержку политзаключённых — знаете, где искать.',
    'ИГИЛ вербовал через телеграм: «кто хочет присоединиться — знаете, где искать», писали они.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });
});
