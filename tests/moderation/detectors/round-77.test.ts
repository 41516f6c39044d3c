/**
 * Round 77, from the tuning batch `dev91` (scored once when it arrived, then read): Fucking beside its new name in German,
 * fire shown as an image of history, mob justice in Russian, `nothing to see here, move along`, and a second-person
 * possessive addressing the reader for the classifier too. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 77: from the tuning batch dev91', () => {
  cases('publishes', 'approved', [
    'Witzig: Meine Oma hat 1956 als junge Frau Decken für ungarische Flüchtlinge in einem Lager in Oberösterreich verteilt, gar nicht weit von Fucking – das heute Fugging heißt.',
    'The footage of teenagers filling Molotov cocktails in the Corvin Passage is a classic image of the Cold War. Those kids were 14, 15 years old.',
    'Надо бы навестить консула на открытых слушаниях в четверг и спросить про визы',
  ]);
  cases('holds', 'pending', [
    'vseh etih generalov kotorye tanki v Vilnius posylali nado by navestit, esli eshe zhivy. sud im nichego ne sdelal, mozhet narod sdelaet',
    'Totally normal that so many people connected to the Letelier case died young or "disappeared" later. Nothing to see here, move along.',
  ]);
  cases('rejects', 'rejected', [
    'lmao look at this limp-d!ck loser pretending to know about Afghanistan. your mum should have swallowed',
  ]);
});
