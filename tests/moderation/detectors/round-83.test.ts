/**
 * Round 83, from a red-team of threats and calls to violence (`/work/audit46`): calls the other languages lacked, Russian
 * typed in Latin letters in short comments, threats at named people in Spanish, French, German and Russian, and a
 * player's shot. With their twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 83: calls to violence and threats in more languages', () => {
  cases('holds', 'pending', [
    'Verräter werden eines Tages hängen',
    'Zdrajcy kiedyś zawisną',
    'Не пора ли браться за оружие?',
    'ne pora li bratsya za oruzhie?',
    'ulitsa otvetit, tak ili inache',
    'Jemand sollte diesen Politikern mal Bescheid geben, und zwar nicht an der Wahlurne',
    'Any MP who voted for this deserves a visit from angry citizens with bats',
    'The ballot box has failed, the cartridge box remains',
    'Should have shot the looters on sight',
  ]);
  cases('rejects', 'rejected', [
    'Губернатора Сомова повесим на площади, верёвку я принесу',
    'mera Kuznetsova povesim u merii, verevku uzhe kupili',
    "Le ministre Delcourt finira pendu devant l'Assemblée, et c'est moi qui tirerai la corde",
    'Diputada Montes, si vota esa ley no llega viva a Navidad',
    'Das Asylheim in der Bahnhofstraße brennt heute Nacht, Benzin steht schon bereit',
    'y0u w1ll d13 @n0rth_star, 1 pr0m1se',
  ]);
  cases('publishes', 'approved', [
    'Our striker needs to shoot more, he passed up three clear chances',
    'Не надо браться за оружие, это путь в никуда',
    'не пора ли ему уйти в отставку?',
    'Bora Bora is lovely this time of year',
    'verbovshik IGIL obeshal rai, a popal v koloniyu strogogo rezhima bez interneta. shahid otmenyaetsya',
  ]);
  cases('still rejects', 'rejected', ['they should shoot more of these traitors']);
});
