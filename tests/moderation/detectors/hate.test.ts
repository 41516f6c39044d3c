import { describe, expect, it } from 'vitest';
import { hate } from '../../../shared/moderation/checks/hate';
import { outcomeOf, resultOf } from './support';

describe('hate check', () => {
  it.each([
    'Somalis are parasites, every town that took them in is worse off.',
    'Estos inmigrantes se reproducen como conejos y nosotros pagamos.',
    'These migrants are vermin and we need pest control.',
    'Muslims are a cancer on Europe.',
    'Gypsies are all thieves, it is in their blood.',
    'Deport them all, the whole lot, families included. These refugees are not welcome.',
    'The great replacement is not a theory, remigration now.',
    'Los marroquíes son unas ratas, fuera de nuestros barrios.',
    'Les Roms sont des parasites, qu’ils rentrent chez eux.',
    'Diese Flüchtlinge sind Ungeziefer, alle abschieben.',
    'Мигранты — саранча, пусть убираются обратно.',
    'those k1kes own the banks',
    // Told to a person: go back to the country their origin is said to be, no group word needed.
    'Go back to Africa, nobody wants you here.',
    'Vuelve a tu país, aquí no te queremos.',
    'Dégage dans ton pays, on ne veut pas de ta race ici.',
    'Geh zurück nach Afrika, hier ist kein Platz für dich.',
    'Убирайся в свой аул, тебе тут не место.',
  ])('rejects: %s', async (text) => {
    const result = await resultOf(hate, text);
    expect(result).toMatchObject({ outcome: 'reject', reason: 'hate' });
  });

  it.each([
    'Refugees were treated like animals in the Libyan detention camps.',
    'The slur «хохол» is considered offensive in Ukraine; the article explains why.',
    'Cancer rates among Ukrainian refugees are not being tracked.',
    'Migrants leave their animals behind when they flee.',
    'Roma families in Slovakia still face segregated schools.',
    'The Russian invasion displaced millions of Ukrainians.',
    'Muslims do not eat pigs, so the ration packs were a scandal.',
    'Historians describe how the Nazis called Jews vermin in their propaganda.',
    'The "great replacement" conspiracy theory inspired the Christchurch killer, as the report shows.',
    'Rats were a plague in the trenches of 1916.',
    // Pest words about pests.
    'Malaria parasites are becoming resistant to artemisinin in Eritrea.',
    'The barracks in Goma had a cockroach infestation, the report says.',
    'Una plaga de langostas arrasa los cultivos en el Sahel.',
    'Les nuisibles ont détruit la moitié des récoltes.',
    // The replacement story named as one is talked about.
    'The synagogue shooting was the deadliest attack on Jews in US history; the shooter was steeped in replacement conspiracy theories.',
    // Going home, with no country of origin thrown at anyone; a shout reported.
    'Rentre chez toi si tu as froid, la manif dure encore trois heures.',
    'Vuelve a leer el artículo, no dice lo que crees.',
    'Someone shouted "go back to Africa" at her on the tram, and nobody said anything.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });

  it.each([
    'Why are we letting these cockroaches across the Channel?',
    'Das sind keine Menschen, das ist Ungeziefer.',
    'They are parasites, always have been.',
    // Echo brackets alone: a dog whistle, which the labelling guide holds (round 45).
    'Typical (((globalist))) media.',
  ])('holds pest words pointed at people, and the echo brackets alone: %s', async (text) => {
    expect(await resultOf(hate, text)).toMatchObject({ outcome: 'hold', reason: 'hate_review' });
  });
});

describe('clean as an adjective (round 25)', () => {
  it.each([
    'Wer nur die eigene Blase befragt, braucht saubere Berichterstattung statt Kampagnenjournalismus, und liefert den Propagandisten in Tiflis die Munition gratis.',
    'Sauberer Journalismus über die Flüchtlinge in Polen sieht anders aus, liebe Redaktion.',
  ])('publishes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });
});
