/**
 * Round 122, from a red-team of veiled threats and ambiguous calls (`/work/audit64`) and the tuning batches `dev128` and
 * `dev129`: threats told by what befell others and calls a moderator holds (`threats-precedents.ts`), a rival beaten at
 * sport (`model/idioms.ts`), the author's surname, the natives replaced and embassy money (`misinformation-narratives.ts`),
 * a disaster called geoengineering, a sign-up bonus, the pay of working people (`spam.ts`), a praise word inside a unit's
 * name (`extremism-subjects.ts`), the replacement story named as language (`common.ts`'s claim nouns), a glorified assassin, and Hindi and Urdu abuse typed in Latin letters. Each with civil twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 122: threats told by what befell others', () => {
  cases('rejects', 'rejected', [
    'Maybe we should pay the newsroom a little visit. Third floor, by the lifts, right? We will bring some friends along.',
    'Un día de estos nos pasamos todos por la redacción, a ver si allí siguen siendo tan valientes.',
    'Скоро заглянем в вашу редакцию всей компанией. Поговорим уже не в комментариях.',
    'You think a press card protects you? Ask Khashoggi how that worked out. Think it over, Mr. Lindqvist.',
    'Hope whoever wrote this ends up like Arshad Sharif. Traitors get what they deserve.',
    'Тебя всё равно найдут, Ковалёва. Не сегодня, так через месяц.',
    "Quelqu'un finira par te retrouver, Moreau. Et ce jour-là, personne ne viendra t'aider.",
    'I hope whoever wrote this piece of garbage doesn’t wake up tomorrow morning.',
    'Maybe the next bomb should go off at the offices of this paper. Just saying.',
    'Karim Aboud should be very careful walking home at night. Traitors don’t grow old in this country.',
  ]);
  cases('publishes the news and the idioms around the same words', 'approved', [
    'The last journalist who investigated the port deal was Daphne Caruana Galizia, and she was killed by a car bomb in 2017.',
    'The Saudi consulate in Istanbul is where Khashoggi was murdered; the trial in Riyadh convicted eight men.',
    'We paid the newsroom a visit on the open day: the editors showed us how the corrections desk works.',
    'Accidents happen on that road every winter, especially to lorries coming down the pass too fast.',
    "We're going to destroy them in the derby on Saturday, no doubt about it ⚽",
    'If the cold keeps up I hope the pipes don’t freeze and the heating doesn’t fail before I wake up.',
  ]);
});

describe('round 122: calls a moderator holds, not refuses', () => {
  cases('holds', 'pending', [
    'The politicians who signed this deal had better watch their backs.',
    'Esos diputados mejor que se cuiden las espaldas a partir de ahora.',
    'Этим чиновникам стоит почаще оглядываться.',
    'Whoever voted for this bill had better not show their faces in our town again.',
    'These slumlords should be scared. Really, genuinely scared.',
    'Words have failed. What comes after words, we all know.',
    'Las marchas pacíficas no sirvieron de nada. Ahora toca lo otro.',
    'Nos grands-parents savaient comment traiter les collabos. On a juste oublié.',
    'Jemand sollte endlich mal was gegen diese Leute unternehmen.',
    'Con unos generales que roban elecciones solo se puede hablar un idioma, y no es el de las urnas.',
    'Every official who signed off on the ban should have to think twice before stepping outside.',
  ]);
  cases('publishes their civil neighbours', 'approved', [
    'The new school principal should watch the budget closely this year.',
    'Historians still argue over how the Resistance dealt with collaborators after the liberation.',
    'Think twice before stepping outside without a coat, the forecast says minus twelve tonight.',
    'You should be scared of the interest rates, not of the migrants.',
  ]);
});

describe('round 122: insinuation, spam and the words around them', () => {
  cases('holds', 'pending', [
    'Notice the author’s surname. Nothing this outlet prints about Pakistan should surprise anyone.',
    'Lovely how the author lectures us about rights. I’m sure her funding from certain embassies has nothing to do with it 😊',
    "Les inondations au Pakistan, c'est de la géo-ingénierie. Des avions ont été vus au-dessus du Sindh la semaine d'avant.",
    'Same playbook everywhere: open the borders, bring in the newcomers, replace the natives.',
  ]);
  cases('rejects', 'rejected', [
    'Geld nach Pakistan überweisen – schnell, sicher, ohne Gebühren! Jetzt bei hawala-express24.de registrieren und 10 € Startbonus sichern.',
    'Mumtaz Qadri was a true ghazi and anyone who says otherwise is no believer.',
    '@HarisAhmed you bhenchod, what do you even know about Balochistan',
  ]);
  cases('publishes', 'approved', [
    'The IMF keeps bailing out a government that builds a new capital while teachers earn $100 a month.',
    'Derna was held by the Abu Salim Martyrs Brigade, partly by ISIS in 2014-15, then besieged by Haftar until 2018.',
    'Solar geoengineering is being studied at Harvard, and the risks deserve a serious public debate.',
    'The reporter’s surname is misspelled in the caption under the second photo.',
    'The speech talked about hordes of migrants changing the demographic composition. That’s Great Replacement language almost word for word.',
  ]);
});
