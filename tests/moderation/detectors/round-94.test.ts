/**
 * Round 94, from the failures a red-team of violence in the third person (`/work/audit52`) still had after round 91:
 * the person a call is aimed at (`whoever …`, an office with a word before it, a determiner after the noun, trades in
 * more languages, a name opening the sentence before a wish), and veiled wishes and calls in the languages that lacked
 * them (`threats-ambiguous.ts`, `VEILED_CALLS`). With their twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 94: the person a call is aimed at, and veiled wishes', () => {
  cases('publishes', 'approved', [
    'jemand sollte endlich was gegen die Inflation unternehmen',
    'Solche Geschäfte wird es hier nicht mehr lange geben, die Mieten sind zu hoch',
    'кто-то должен разобраться с этой проблемой в министерстве',
    "We're lucky we live in a civilised country with independent courts",
    'The company picked the wrong town to build a battery plant',
    'The world would be a better place without landmines',
    'qualcuno dovrebbe fare qualcosa con questa inflazione',
    'ktoś powinien coś zrobić z tym problemem',
    'Maduro tiene que acabar en La Haya, juzgado como se merece',
  ]);
  cases('holds', 'pending', [
    'ich würde keine Träne vergießen, wenn ihm was passiert',
    'no lloraría si al ministro le pasara algo',
    "je ne pleurerai pas s'il lui arrive quelque chose",
    'gente como ella no va a durar mucho por aquí',
    'такие, как она, долго здесь не протянут',
    'пусть этот судья почаще оглядывается',
    'jemand sollte mal was gegen diesen Journalisten unternehmen',
    "he's lucky we live in a civilised country",
    'the world would be a better place without that general in it',
    'Früher hätte man solche Volksverräter an die Wand gestellt.',
  ]);
  cases('rejects', 'rejected', [
    'whoever moderates this site should be lined up against a wall and shot',
    'whoever leaked the names should be tortured and dumped in the Seine',
    'the opposition leader should be thrown off a roof like ISIS used to do',
    'Maduro tiene que acabar fusilado contra un paredón, como se merece',
    "sud'yu etu nado rasstrelyat'",
    "blogera etogo zarezat' by, i vse",
    'комментатору выше стоит проломить череп арматурой',
    'qualcuno dovrebbe piantare una pallottola in testa a quel giudice',
    'tomara que o avião desse deputado caia',
    'oby jego samolot się rozbił',
  ]);
});
