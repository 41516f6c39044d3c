/**
 * Classes a red-team of meaning left open at stop 51 (`/work/audit19`), each with its civil twins. Each rule was
 * written before it was measured on the evaluation set (docs/moderation-rounds.md, round 34).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('a turnout of more than 100 per cent', () => {
  cases('holds', 'pending', [
    'Turnout was 112% in the eastern provinces. Case closed.',
    'Official turnout in the capital: 104 percent. Democracy!',
    'La participación fue del 131% en la provincia del norte.',
    'Die Wahlbeteiligung lag im Landkreis bei 118 Prozent.',
    'Явка в республике составила 109%.',
  ]);
  cases('publishes', 'approved', [
    'Turnout was 67% in the eastern provinces, down from 71% in 2019.',
    'Claims of 112% turnout in the east were false: the commission counted 61%.',
    'The turnout of 103,000 voters in the district was a record.',
    'Die Wahlbeteiligung lag bei 76 Prozent, so hoch wie seit 1990 nicht.',
  ]);
});

describe('the vote by text, vaccines said to kill, the body double', () => {
  cases('holds', 'pending', [
    'Reminder: you can vote by text this time, send your candidate’s number to 4410.',
    'Good news, this year you can vote by text. Just send your party’s code to 2280.',
    'The vaccine campaign in the south killed 600 babies last winter.',
    'La vacuna mató a 300 niños en Jujuy el mes pasado.',
    'Die Impfung hat in Sachsen im Frühjahr 2.000 Rentner getötet.',
    'They have been using a body double since the spring, look at his ears.',
  ]);
  cases('publishes', 'approved', [
    'No, you cannot vote by text; the message going round is a hoax.',
    'Measles killed 900 children after the vaccine campaign stalled.',
    'The actor used a body double for the stunts, the director said.',
  ]);
});

describe('a commenter called as bright as a village with no electricity', () => {
  cases('holds', 'pending', [
    '@olaf_k smart as a village without electricity, every single time',
    '@lucia_r tienes las luces de un pueblo sin electricidad',
    '@marc_d brillant comme un village sans électricité',
    '@Jens_W bei dir ist das Licht an, aber niemand zu Hause.',
    '@ivan_p умный как деревня без электричества',
  ]);
  cases('publishes', 'approved', [
    'Half the villages east of the river have had no electricity since the strike on the substation.',
    'Plusieurs villages restent sans électricité depuis la tempête.',
    'In vielen Häusern ist das Licht an, aber niemand zu Hause: die Familien sind geflohen.',
  ]);
});

describe('a death wished as the reader no longer breathing, a killing foretold', () => {
  cases('rejects', 'rejected', [
    '@kit_m the world would be a much better place if you stopped breathing',
    'Рано или поздно кто-нибудь пристрелит этого Сомова.',
    'Sooner or later somebody will shoot that prosecutor Harlan, and I won’t be sad.',
  ]);
  cases('publishes', 'approved', [
    'Sooner or later someone will get killed at this crossing if they do not put in lights.',
    'If you stopped breathing, would a bystander know CPR? Most do not.',
    'Рано или поздно кто-нибудь поймёт, что эта реформа не работает.',
  ]);
});

describe('assassinations wished by allusion, and someone never heard from again', () => {
  cases('holds', 'pending', [
    'Somebody should do to the chancellor what was done to Rabin.',
    'Ten minutes alone with that consul and nobody would ever hear from him again.',
  ]);
  cases('publishes', 'approved', [
    'What was done to the archduke in Sarajevo started a war nobody wanted.',
    'Nobody would hear from the committee again until the autumn recess.',
  ]);
});

describe('attacks praised as a beautiful morning, a brave act left unfinished, a deserved lesson', () => {
  cases('rejects', 'rejected', [
    'October 7 was the best day in decades. More days like that.',
    'Беслан — это был смелый поступок, жаль, не доделали.',
    'Der Breitscheidplatz war ein verdienter Denkzettel.',
    'Норд-Ост — это был смелый поступок.',
  ]);
  cases('publishes', 'approved', [
    'October 7 was the worst day in decades for Israel’s south, and the inquiry says so plainly.',
    'Спасатели в Беслане совершили смелый поступок.',
    'Nord-Ost: the gas used to end the siege killed more hostages than the attackers did.',
  ]);
});

describe('talk of hate that does not use it', () => {
  cases('publishes', 'approved', [
    'The camp NGOs deny a viral claim that the tap water is spiked to sterilise migrants.',
    'Triple parentheses around a name, like (((this))), are an antisemitic echo; the platform now flags them.',
  ]);
  cases('rejects', 'rejected', [
    'Sterilise the migrants, all of them.',
    'Migranten sind eine Seuche für Europa.',
  ]);
});

describe('a threat told as what someone else received', () => {
  cases('publishes', 'approved', [
    'Журналистка Орлова сообщила, что ей написали, в какую школу ходит её сын; полиция проверяет.',
    'Lena K. raconte qu’un internaute lui a conseillé de ne plus rentrer seule le soir.',
  ]);
  cases('rejects', 'rejected', [
    'hope the reporter who wrote this burns like that refinery did. slowly.',
    'Police are investigating? Good. We still know which school your son goes to.',
  ]);
});
