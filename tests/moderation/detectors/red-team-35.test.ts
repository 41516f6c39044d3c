/**
 * Classes a red-team of threats, calls, extremism and doxxing left open at stop 51 (`/work/audit20`), each with its
 * civil twins. Each rule was written before it was measured on the evaluation set (docs/moderation-rounds.md, round
 * 35).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('the reader’s car or house set on fire if they publish again', () => {
  cases('rejects', 'rejected', [
    'Vuelve a escribir de mi familia y tu casa amanece ardiendo.',
    'Publie encore un article sur nous et ta maison, elle finira en cendres.',
    'Ещё раз напишешь про завод — твоя машина сгорит.',
    'esche raz napishesh pro zavod i tvoya mashina sgorit',
    'Schreib nochmal über uns und dein Auto brennt.',
  ]);
  cases('publishes', 'approved', [
    'Encore une fois, la forêt brûle et la préfecture découvre le problème.',
    'Ещё раз: в сгоревшем доме никто не пострадал, пишет МЧС.',
    'Otra vez ardiendo el monte en Ourense; ¿dónde están los retenes?',
  ]);
});

describe('an attack called a response, its victims said to have asked for it', () => {
  cases('rejects', 'rejected', [
    'Manchester Arena was a response, not an attack. Britain knows why.',
    'Норд-Ост — это ответ, а не теракт.',
    'Beslan: sami naprosilis.',
  ]);
  cases('publishes', 'approved', [
    'The government’s response, not the attack itself, is what the inquiry into Manchester Arena criticised.',
    'Ответ на теракт в Беслане — отдельная глава доклада.',
  ]);
});

describe('a day of reckoning, the street not with placards', () => {
  cases('holds', 'pending', [
    'Apuntad los nombres de cada diputado que votó esto. Llegará el día.',
    'Запомните всех, кто голосовал. День придёт.',
    'Cette fois, dans la rue, et pas avec des pancartes.',
  ]);
  cases('publishes', 'approved', [
    'The day will come when this border is just a line on an old map.',
    'Not with placards but with ballots: register to vote by Friday.',
  ]);
});

describe('a commenter unmasked, a journalist’s own address', () => {
  cases('holds', 'pending', [
    "he signs his comments as 'north_fox' but he's Daniel Aske and lives with his parents in Harrow",
    'pod nikom "Sever77" sidit Oleg Markin, rabotaet v sklade na Lenina 4',
  ]);
  cases('holds', 'pending', ['mail me at joe.pike@example.com, I have more photos of him']);
  cases('publishes', 'approved', [
    "Vous pouvez m'écrire à c.durand@lequotidien.example, je réponds à tous les lecteurs. Claire Durand, autrice",
    'Questions about the investigation? Write to me at t.berg@northdesk.example. Tomas Berg, reporter',
  ]);
});
