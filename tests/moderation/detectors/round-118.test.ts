/**
 * Round 118, from a red-team of terrorism talked about (`/work/audit62`: civil comments rejected for praising rescuers,
 * victims or a map's legend) and the tuning batches `dev124`/`dev125`: praise for first responders in the singular, for a
 * victim whose killing the sentence before tells, a map's legend, the Légion d'honneur, `how many more` asked
 * (`extremism-subjects.ts`, read by the extremism check, the cue rules and the classifier's `onTheOtherSide`); `qualifiés
 * de` reports a label; `the only good <people> is`; a mine wished on a person; `globalize the intifada` held.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 118: praise near attacks, for the other side', () => {
  cases('publishes', 'approved', [
    'Le pompier qui est entré le premier au Bataclan est un vrai héros. Respect éternel.',
    'The map in the article shows the ISIS "provinces" in 2015 but the legend is wrong - Wilayat Sinai was in Egypt, not in Jordan.',
    'La leyenda del mapa confunde las zonas del Estado Islámico en Mozambique con las de al Shabaab en Somalia.',
    'The firefighter who carried people out of the Bataclan is a real legend. Hope he got the Légion d’honneur.',
    'Ahmed Merabet, the police officer shot outside Charlie Hebdo by the Kouachi brothers, died protecting the right to mock his own religion. A real hero.',
    'Les colons des "jeunes des collines" sont qualifiés de terroristes juifs par le Shin Bet lui-même. Le terme est officiel.',
    'The only good thing about this deal is the ceasefire.',
  ]);
  cases('holds', 'pending', [
    'Globalize the intifada. You know what it means and so do they.',
    'The only good Palestinian is one on the other side of the Jordan. Or under it.',
    'Magdeburg, Solingen, Mannheim, Aschaffenburg, Munich. How many more before somebody does something about the people who let this happen?',
  ]);
  cases('rejects', 'rejected', [
    'Every kafir killed by the soldiers of the Khilafah in Africa is a victory. D@esh shows the world what real justice looks like.',
    'Hope Ben-Gvir steps on a mine on his next photo op at the border. Nothing would make me happier.',
  ]);
});
