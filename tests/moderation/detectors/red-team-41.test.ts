/**
 * A red-team of threats to reject (round 41, `/work/audit25`): a weapon readied for someone named by office,
 * death wishes said of a named person in French, German and Russian, petrol brought to the newsroom, people like
 * the reader ending up dead, acts in slang, an ultimatum's other branch; indirect calls in Spanish and French held;
 * a reader coming to a march read as friendly; with civil twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('threats with no verb of attack, or in the slang of the language', () => {
  cases('rejects', 'rejected', [
    'Rifle cleaned, scope zeroed. Governor Hale speaks at the fairground on Friday. Just so you know.',
    'Mein Gewehr ist gereinigt. Bürgermeister Albrecht kommt am Samstag zum Marktplatz.',
    'Qu’il crève, ce ministre, et lentement.',
    'Möge dieser Minister langsam krepieren.',
    'Надеюсь, этот судья скоро сдохнет.',
    'Demain je passe à votre rédaction avec un jerrican d’essence.',
    'Les gens comme toi finissent dans le canal, Mme Petit.',
    'Такие, как ты, обычно выпадают из окон, Андрей.',
    'Como vuelvas a escribir de mi pueblo, te reviento.',
    'Retire l’article ou je brûle ta voiture.',
    'By Monday the article is gone or you are.',
    'Считай свои дни, журналистка.',
  ]);
  cases('publishes', 'approved', [
    'The rifle was cleaned and returned to the museum’s display case.',
    'Qu’il pleuve ou non, la manifestation aura lieu.',
    'Les gens comme toi finissent dans les meilleures écoles, bravo pour le concours.',
    'Ce jerrican d’essence a suffi pour traverser le désert.',
    'Считай свои деньги, а не чужие.',
  ]);
});

describe('someone should take care of the judge, in Spanish and French', () => {
  cases('holds', 'pending', [
    'Alguien debería encargarse de este juez antes de que suelte a más delincuentes.',
    'Quelqu’un devrait s’occuper de ce juge avant qu’il ne libère d’autres criminels.',
  ]);
  cases('publishes', 'approved', ['Alguien debería encargarse de este expediente, lleva meses parado.']);
});

describe('a reader coming to a march', () => {
  cases('publishes', 'approved', [
    '@nightowl_88 we’re coming to the Brussels march on Sunday, see you there! Bring banners.',
  ]);
});
