/**
 * A red-team of civil look-alikes (round 37, `/work/audit23`): health advice about a cancer that the classifier
 * rejected as hate, and mild profanity in Russian, Italian and Polish that every check published (docs/moderation-rounds.md, round 37).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('a cancer named as an illness', () => {
  cases('publishes', 'approved', [
    'Le cancer des testicules se soigne très bien s’il est détecté tôt, parlez-en aux jeunes hommes.',
    'Le dépistage du cancer du sein est gratuit dès 50 ans, profitez-en mesdames.',
    'Rak jąder jest wyleczalny, jeśli wcześnie się go wykryje, mężczyźni powinni się regularnie badać.',
    'Breast cancer screening saves lives; book the mammogram, ladies.',
  ]);
  cases('rejects', 'rejected', ['Migrants are a cancer on this country and must be cut out.']);
});

describe('mild profanity in Russian, Italian and Polish', () => {
  cases('holds', 'pending', [
    'Какая херня этот саммит, опять одни фотографии.',
    'Kakaya hernya etot sammit, opyat odni fotki.',
    'Che cazzata questo vertice, solo foto e nessun accordo.',
    'Co za gówno ten szczyt, znowu nic nie ustalili.',
  ]);
  cases('publishes', 'approved', ['Херсон снова под обстрелом, херсонцы держатся.']);
});
