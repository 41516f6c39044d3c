/**
 * Round 66, from a red-team of insults in five languages (`/work/audit37`): sexual commands, aimed by nature, in
 * Spanish, French, German and Russian; insults made from Russian mat (`хуйло`, `пиздабол`, `ебанутый`, `еблан`),
 * severe as `dickhead` is; a vocative that opens with profanity (`verf*ckter Vollidiot, geh …`) in a comment spoken to
 * someone. With the twins the rules must leave as they were.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 66: sexual commands and insults made from mat', () => {
  cases('rejects', 'rejected', [
    'соси хуй, либераст, и не забудь про свою Европу',
    'sosi hui, liberast',
    'suce ma bite, @Juju_Paris, et après on parlera du Sahel',
    'lutsch meinen Schwanz, du Bundeswehr-Versager',
    'chúpame la verga, pendejo, tú y tus fuentes rusas',
    'ты хуйло, а не аналитик',
    'ты xyйло, а не аналитик',
    'ты пиздабол, Артём',
    'ты ебанутый, Гоша?',
    'ty eblan konchennyi',
  ]);
  cases('holds profanity aimed at nobody', 'pending', [
    'пиздец, опять выборы',
    'этот ебанутый мир, опять война',
  ]);
});

describe('round 66: a vocative that opens with profanity', () => {
  cases('rejects', 'rejected', ['verf*ckter Vollidiot, geh zurück in deine Filterblase']);
  cases('holds', 'pending', [
    'Bloody idiots, the lot of them in parliament.',
    'fucking idiots, all of them, who voted for this',
    'this fucking idiot government, again',
  ]);
});
