/**
 * Round 84, from a red-team of conspiracy talk (`/work/audit45`) and the `semantic` misses of the tuning batches `dev98`
 * and `dev99`: more of the stock moves that carry a claim (`detectors/misinformation-moves.ts`). With their twins, each
 * checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 84: stock moves of conspiracy talk', () => {
  cases('holds', 'pending', [
    'Putin has been dead since 2022, the one you see is one of three doubles. Even the walk is wrong.',
    'Prigozhin zhiv, v samolyote ego ne bylo, grob zakrytyi. Sami podumaite.',
    'Зеленский в закрытом интервью сказал: «Мне плевать на солдат». Запись удалили через час.',
    'Aux urgences, on leur demande de ne pas déclarer les effets secondaires. Cherchez un peu.',
    'Kuzyn pracuje w szpitalu i mówi, że po szczepionkach zgonów jest trzy razy więcej, tylko nie wolno tego zapisywać.',
    "Dernière minute : l'Égypte fermera le canal de Suez aux navires européens dès lundi, selon une source au Caire.",
    'Certain circles in London and New York have been funding both sides of this for a century. You know who I mean.',
    'Vsem zhe ponyatno, chto Westgate ustroili amerikantsy, chtoby otkryt svoi bazy v Kenii.',
    "Let's be honest, certain communities knew exactly what was coming and said nothing. Always the same people.",
  ]);
  cases('publishes', 'approved', [
    'The actor who played Churchill used a body double for the long shots, the director said in an interview.',
    'Zelensky said in a closed session of parliament that the front needs more air defence, several MPs confirmed.',
    'His grandmother has been dead since 2019 and he still mentions her in every speech.',
    'The usual suspects in a Premier League title race: City, Arsenal and Liverpool.',
  ]);
});

describe('round 84: a group said inferior by biology', () => {
  cases('rejects', 'rejected', ['Frauen sind biologisch einfach zu dumm zum Autofahren.']);
  cases('publishes', 'approved', ['Putin only understands force, the sanctions must be doubled']);
});
