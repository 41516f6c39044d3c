/**
 * Round 95, from the failures a red-team of insinuation (`/work/audit53`) still had after round 92: more weak markers
 * (`detectors/misinformation-sarcasm.ts`) — nobody asks, interesting timing, what they don't tell you, footage staged,
 * the same woman in several videos, photos recycled, tolls said invented, an uncut version elsewhere — so that the
 * comments that had one weak marker have two. Each twin has one marker and stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 95: a second weak marker of insinuation', () => {
  cases('publishes', 'approved', [
    'Nobody asks the refugees what they want, the EU just decides for them',
    'Interesting timing for the ceasefire, just before the holidays',
    'The real number of displaced people is over two million, according to UNHCR',
    'Das Video ist gestellt, sagt die Polizei: es war eine Übung der Feuerwehr',
    'The uncut version of the interview is on the BBC website, worth the hour',
  ]);
  cases('holds', 'pending', [
    'Real number killed in the Moscow concert hall is over 900, the official 145 is a joke, hospitals were told to stop counting.',
    'Excess deaths in 2023 higher than in 2020 and not one journalist asks the obvious question. I wonder what changed in 2021...',
    'BBC cut the part of the interview where the general admitted they targeted civilians on purpose. Uncut version is on rumble.',
    'Nadie se pregunta a quién beneficia la voladura del gasoducto. Curioso, ¿no?',
    'Esas fotos de niños en Gaza son de Siria de 2014, todo reciclado. Los muertos reales no llegan a mil.',
    'Les blessés de Kramatorsk sont des figurants, on reconnaît la même femme dans trois vidéos différentes.',
    "Interessantes Timing, der Anschlag genau vor der Abstimmung über das Sicherheitspaket. Zufälle gibt's.",
    'Geleaktes RKI-Protokoll: Sie wussten, dass die Maßnahmen nichts bringen, und haben trotzdem weitergemacht. Teilen, bevor es weg ist!',
    'Das Video aus Butscha ist gestellt, schaut euch die Leiche im Rückspiegel an. Alles Schauspieler.',
    'Никто почему-то не спрашивает, кому выгоден этот взрыв. Странно, да?',
    'vse eti "razrusheniya" v Khar\'kove snyaty v pavil\'one, posmotrite na teni',
  ]);
});
