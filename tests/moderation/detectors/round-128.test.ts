/**
 * Round 128, from what a red-team of insinuation (`/work/audit65`) still found published after round 123: weak winks
 * that hold in pairs (an employer or funder, a spouse's or parent's origin, the closer that makes it the explanation,
 * figures said to be inflated, friends across the ocean behind it all, a pure coincidence, a family's origin pointed at) and strong ones that hold
 * alone (bombs timed to the ratings, the people who run Hollywood, the same surnames,
 * a minority in one's own country, paid extras, a false flag, the statistics office as the party's branch), in
 * `misinformation-winks.ts`. Each with civil twins that use the same words.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 128: winks in pairs', () => {
  cases('holds', 'pending', [
    'The columnist spent three years on grants from a Swiss foundation. That explains a lot about this piece.',
    'Her husband is a Chinese engineer, so naturally she writes that the ports deal is harmless.',
    'Le sénateur a épousé une Marocaine, pas étonnant qu’il défende l’accord de pêche.',
    'The reporter used to work for a think tank in Virginia. You do the math.',
    'Они опять добавили ноль к числу беженцев. Pull the other one, как говорят англичане. Все об этом знают.',
    'Nuestros amigos del otro lado del charco están detrás de todo esto, como en Irak.',
    'El periódico dejó de criticar al emirato justo desde que entró su fondo en el capital. Pura casualidad.',
    'The embassy must be delighted with this interview. I wonder how many dinners that cost.',
    'Nobody voted for it, but someone decided for us that our town would look like this.',
    'Die Zahlen zur Kriminalität sind geschönt, das glaubt doch keiner mehr.',
    'Pourquoi il défend toujours Moscou à la télé ? Regardez d’où vient sa famille, ceci explique cela.',
  ]);
  cases('publishes their civil neighbours', 'approved', [
    'My sister works for an NGO in Beirut and says the bakeries reopened this week.',
    'Her husband is a Chinese engineer who helped design the bridge, the profile says.',
    'He received grants from a foundation in Oslo to finish the documentary, as the credits say.',
    'So naturally the first question at the press conference was about the budget.',
    'Our friends across the pond vote on Tuesday; the polls open at 6am Eastern.',
    'The two teams met by pure coincidence in a hotel lobby in Doha, the captain told reporters.',
    'The mother of the victim is a nurse at the city hospital, the report says.',
    'Nobody voted for the merger, the union says, and it will take the company to court.',
    'The census figures were made up of three surveys, the statistics office explained in its annex.',
  ]);
});

describe('round 128: strong winks', () => {
  cases('holds', 'pending', [
    'Every time the president’s ratings drop, something explodes somewhere. Notice the pattern.',
    'The people who run Hollywood decided this war was necessary. Their sons never go.',
    'Los que se forran con cada guerra llevan los mismos apellidos de siempre.',
    'Keep going like this and in thirty years we will be a minority in our own country.',
    'The crying mother in the video is a drama student, somebody found her theatre profile.',
    'The “spontaneous” crowd was paid extras, bussed in from two cities.',
    'The pipeline blast was done by their own services, so they could blame us at the UN.',
    'The statistics office has been a branch of the ruling party since the last election.',
  ]);
  cases('publishes their civil neighbours', 'approved', [
    'Look where his family comes from: a mining town that lost everything when the pits closed. That shapes his politics on energy.',
    'Every time the ratings drop, the channel brings back the old quiz show.',
    'The people who run the Hollywood Bowl announced the summer season today.',
    'The actor playing the witness in the new series was a drama student two years ago.',
    'Catholics will be a minority in Ireland by 2040 if the trend holds, the census analysis says.',
    'The statistics office is a branch of the finance ministry in many small countries, which worries the IMF.',
  ]);
});
