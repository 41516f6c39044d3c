import { describe, expect, it } from 'vitest';
import { hate } from '../../../shared/moderation/checks/hate';
import { outcomeOf, resultOf } from './support';

describe('hate check', () => {
  it.each([
    'Somalis are parasites, every town that took them in is worse off.',
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
    'Typical (((globalist))) media.',
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
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });
});
