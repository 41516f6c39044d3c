/**
 * Round 88, from a red-team of insults and profanity (`/work/audit50`) and two tuning batches (dev103, dev104): an
 * exclaimed insult that names the writer or closes its clause, Russian's inverted vocative (`Дурачок ты`), Cyrillic
 * words masked with asterisks (`detectors/abuse-masked.ts`), telling someone to kill themselves in five languages,
 * sexual slurs said of a person in the third person, mild words the five languages lacked, and the civil senses that
 * looked like them (the Hui people in Russian typed in Latin letters, a stray bitch and her puppies). With their twins,
 * each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe("round 88: insults and profanity in the readership's languages", () => {
  cases('publishes', 'approved', [
    'What a disaster, the whole week was chaos at the border',
    'What a player, he scored twice in the final',
    'Rescuers pulled a stray bitch and her six puppies out of the rubble in Antakya.',
    'repressii protiv uigurov i hueitsev v Sintszyane prodolzhayutsya',
    'Всё это с*мо по себе интересно, но статья о другом',
    "Qu'on ferme la frontière, disent-ils, comme si c'était si simple",
    'Was für ein Kommentar! Endlich jemand, der den Bericht gelesen hat',
    'Какой молодец писал этот репортаж, всё по делу',
    'Qué periodista el que escribió este reportaje, impecable',
    'He wrote that the minister was a fool to trust the junta',
    'The kids got stuffed at the buffet after the ceasefire',
    'Kein Grund zur Panik, sagt der Minister',
  ]);
  cases('holds a word reported or told of a film, as before the round (not rejected)', 'pending', [
    'Trolls called her a whore for years, she kept reporting anyway',
    'The film is about a whore in 1920s Berlin and it won at Cannes',
  ]);
  cases('holds', 'pending', [
    'Qué idiota el que escribió este titular, ni leyó el informe',
    'Какой идиот писал этот заголовок?',
    "What a pillock, he clearly didn't read past the first paragraph",
    'Дурачок ты, Мали и Малави — разные страны',
    'durak ty, eto bylo v 2014 godu, a ne seichas',
    'д*бил, сначала прочитай источник',
    "Get stuffed, drongo, Niger isn't Nigeria",
    'Honestly this pisses me off, the aid trucks sat at the crossing for weeks',
    'Ay, tontito, los drones no los fabrica solo Irán',
    'Was für ein Kack-Kommentar',
    'ты вообще статью читал, умник?',
    'du hast den Artikel offensichtlich nicht gelesen, du Schlaumeier',
    'na hrena nam etot sammit voobshe',
  ]);
  cases('rejects', 'rejected', [
    'Mátate, nadie va a echar de menos tus comentarios',
    'Убей себя, никто по тебе скучать не будет',
    "Why don't you just neck yourself and spare us all",
    'х*йло ты конченое, а не журналист',
    "She's nothing but a Kremlin whore spreading lies",
    'the minister is a cheap wh*re for Beijing money',
    'Renata writes like a cheap wh0re who gets paid by the word by whichever government is buying this week.',
  ]);
});
