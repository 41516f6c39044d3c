import { describe, expect, it } from 'vitest';
import { abuse } from '../../../shared/moderation/checks/abuse';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('abuse check', () => {
  it.each([
    '@petra_k you absolute c*nt, nobody asked you',
    'You f**king moron, read the treaty.',
    'this author is a lying wh0re',
    'Shut up, you worthless piece of shit.',
    'Eres un hijo de puta, cállate ya.',
    '@Marco gilipollas de mierda, no tienes ni idea',
    'Ta gueule, espèce de connard.',
    'Du Arschloch hast keine Ahnung.',
    'Автор — конченая мразь и шлюха.',
    'ty tupoy mudak, idi nakhuy',
    'go back to onlyfans, you fat ugly cow',
    // The author named by their piece.
    'автор этой статьи — тупая блядь',
    'the author of this article is a f*cking idiot',
  ])('rejects severe abuse aimed at a person: %s', async (text) => {
    expect(await resultOf(abuse, text)).toMatchObject({ outcome: 'reject', reason: 'abuse' });
  });

  it.each([
    "You're an idiot if you believe the ministry.",
    '@vlad_77 clown, read the article first',
    'Eres un payaso, infórmate antes.',
    "T'es vraiment un abruti.",
    'Du bist so ein Trottel.',
    'Ты просто дебил, почитай договор.',
    'Stop feeding the troll, people.',
    'Quel abruti ce @mathis_b, il n a pas lu la dépêche.',
    '@lola_v no seas tonta, lee el informe entero.',
    "honestly @pike_22 you're a joke",
    "Espèce d'andouille, relis la dépêche.",
  ])('holds a milder insult aimed at someone: %s', async (text) => {
    expect(await resultOf(abuse, text)).toMatchObject({ outcome: 'hold', reason: 'insult' });
  });

  it.each([
    'What the hell is the EU doing?',
    'This is bullshit and everybody knows it.',
    'Joder, otra vez lo mismo.',
    'Putain, encore une guerre oubliée.',
    'So ein Mist, schon wieder Stromausfall.',
    'Блин, опять отключили свет.',
    'Total bs from start to finish.',
    'Menuda gilipollez de ley.',
    "Encore des conneries sur l'OTAN.",
    'nu i fignya, a ne analiz',
  ])('holds mild profanity: %s', async (text) => {
    expect(await resultOf(abuse, text)).toMatchObject({ outcome: 'hold', reason: 'profanity' });
  });

  it.each([
    'I grew up in Scunthorpe and Penistone, and studied in Middlesex.',
    'Dick Cheney and Moby Dick are not insults.',
    'The troll farms in St Petersburg were well documented.',
    'Les négociations ont pris du retard à cause des quotas.',
    'Slutsk and Bitche are towns, not words to be blocked.',
    'The cocktail at the Shiite festival was nothing like Shitake soup.',
    'A stupid policy from an incompetent government.',
    'El cono sur vivió dictaduras en los setenta.',
    'Die Pfeife des Schiedsrichters war zu hören.',
    'Херсон освободили в ноябре, а Гондурас тут ни при чём.',
    'The minister is an incompetent liar and the article lets him off.',
    'The word "idiot" comes from Greek.',
    'Genuine question, not trolling: why did Niger expel the ambassador?',
    'Mist over the Danube delayed the convoy.',
    'Three summits and no ceasefire. Pathetic.',
    'It is a joke of a budget, frankly.',
    'In Fucking, Österreich, the signs were stolen so often that the village renamed itself.',
    'Une espèce de crabe rare vit au large de Dakar.',
    'The author of this clown show of a budget should resign.',
  ])('passes an innocent or civil comment: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('pass');
  });

  it('reads `fdp` and `hdp` as abuse only in French and Spanish, and Russian words only in transliteration', async () => {
    for (const text of [
      '@juan eres un hdp y todos lo sabemos',
      "T'es qu'un fdp @marc",
      'ty tvar, ubirajsya otsyuda',
      '@oleg mraz ty i urod',
    ])
      expect(await outcomeOf(abuse, text), text).toBe('reject');
    for (const text of [
      // The German and Turkish parties.
      'Die FDP hat die Koalition verlassen, und Lindner erklärt jetzt, warum.',
      'The HDP won most seats in the southeast despite the arrests of its mayors.',
      // Czech `mráz` (frost, and a surname), `tvář` (a face); Croatian `urod` (a harvest).
      'Ministr Mráz odmítl komentovat situaci na hranicích.',
      'Jeho tvář byla na všech titulních stranách po útoku.',
      'Ovogodišnji urod pšenice u Ukrajini je manji zbog rata.',
    ])
      expect(await outcomeOf(abuse, text), text).toBe('pass');
  });

  it('follows the policy knobs', async () => {
    const policy = defaultPolicy().abuse;
    expect(
      await outcomeOf(abuse, 'What the hell is this?', { abuse: { ...policy, holdProfanity: false } }),
    ).toBe('pass');
    expect(await outcomeOf(abuse, "You're an idiot.", { abuse: { ...policy, holdInsults: false } })).toBe(
      'pass',
    );
    expect(await outcomeOf(abuse, 'You f**king moron.', { abuse: { ...policy, severe: 'hold' } })).toBe(
      'hold',
    );
  });
});

describe('abuse in Italian, Portuguese, Polish, Ukrainian and Turkish (round 22)', () => {
  it.each([
    'Vaffanculo, stronza.',
    'Sei un pezzo di merda, @gianni_r.',
    'Vai se foder, sua vadia.',
    '@ricardo_m seu filho da puta, cala a boca',
    'Spierdalaj, głupia suko.',
    'Ty skurwysynu, zamknij ryj.',
    'Йди нахуй, тупа сука.',
    'Автор — покидьок і паскудо.',
    'Siktir git, orospu.',
    '@mehmet_k şerefsiz pezevenk',
  ])('rejects severe abuse aimed at someone: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('reject');
  });

  it.each([
    'Stai zitto, cretino.',
    'Cala a boca, imbecil.',
    'Zamknij się, kretynie.',
    'Заткнись, бовдуре.',
    'Kapa çeneni, salak.',
  ])('holds a milder insult aimed at someone: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('hold');
  });

  it.each([
    'Sono nato a Bastardo, frazione di Giano dell’Umbria, e il terremoto lo ricordiamo bene.',
    'La guerra di Troia è più leggenda che storia, ma gli scavi di Hisarlik dicono altro.',
    'Il burro costa il doppio rispetto al 2021.',
    'O salak é uma fruta da Indonésia com casca de cobra.',
    'The ahmak of Turkish folk tales is a fool, not a villain.',
  ])('passes the same words where they are something else: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('pass');
  });
});

describe('insults in Russian and Ukrainian after `ну ты и` (round 23)', () => {
  it.each([
    'ну ты и тупица, Вася',
    'Nu ty i tupica, dorogoi. Sankcii ne na gorodskie avtobusy vvodili.',
    'ну ти й бовдур, прости господи',
    'Що за дурня, якого біса ви це публікуєте?',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('hold');
  });

  it.each([
    'вы и ваши дружки идиоты? нет, просто разные взгляды',
    'Міністр поводиться як ідіот, але це його політика.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(abuse, text)).toBe('pass');
  });
});
