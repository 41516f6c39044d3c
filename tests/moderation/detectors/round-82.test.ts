/**
 * Round 82, from two blind tuning batches (`dev96`, `dev97`, scored once when they arrived) and two red-teams
 * (`/work/audit43`: civil comments wrongly refused; `/work/audit44`: innocent words). With their twins, each checked
 * on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 82: acronyms, defusers, described propaganda and a reproach', () => {
  cases('publishes', 'approved', [
    // The IRA is no Spanish `irá`.
    'the IRA bombed Warrington and killed two kids, and the peace process still happened.',
    'ETA y el IRA mataron a cientos, y la paz llegó igual',
    // Those who defused a bomb or clear mines.
    'All respect to the heroes who defused the bomb at the station. Those guys walk towards the thing everyone else runs from.',
    'Gracias a los artificieros que desactivaron la bomba en el metro, son unos héroes',
    'Сапёры, которые разминируют поля под Изюмом, — настоящие герои.',
    // A reproach is no call to act.
    "The Slovak politicians who spent years calling LGBT people a threat to the nation should be ashamed of themselves. They didn't pull the trigger but they set the mood.",
    // The animal, spoken to no one; a rag.
    'la perra del vecino tuvo cachorros en el refugio antiaéreo de Járkov, una ternura 🐶',
    'una zorra se metió en el gallinero, los campesinos de Sumy dicen que con la guerra hay muchas más',
    'nasza suka owczarka urodziła sześć szczeniaków, jeden pojedzie do Ukrainy jako pies ratowniczy',
    'biała szmata na kiju i się poddali, tak wyglądał koniec tego oddziału',
    // Twins that stay published.
    'Pope Francis made another saint today, a Polish nun',
    'keep the score going lads, 3-0 up against Spurs',
    'I wanted to book now but the embassy closed, any advice?',
    'le mot chinetoque est une insulte raciste, point',
    'Estoy de acuerdo con el comentario de arriba, la policía tardó demasiado.',
  ]);
  cases('still rejects', 'rejected', [
    'TE VA A MATAR MAÑANA',
    'the heroes who planted the bomb at the station, glory to them',
    'the brothers who defused nothing and planted the bomb are heroes',
    'eres una perra, vuelve a tu perrera con tus cachorros',
    'la zorra de la periodista no sabe nada',
    'ty szmato',
  ]);
  cases('rejects', 'rejected', [
    'Another saint for the list next to Tarrant. 2 down, keep the score going 🔥',
    "Les chinetoques c'est une fourmilière, ils en perdent 5000 ils s'en foutent, ils en ont des millions en stock.",
    'Best Bangkok hotels far from the protests ✅ free airport pickup ✅ book now thaistay-cheap.shop',
  ]);
  cases('still holds', 'pending', ['the nation should deal with these traitors']);
});

describe('round 82: stock moves of conspiracy talk, mild insults', () => {
  cases('holds', 'pending', [
    "The Bratislava shooter's dad was a senior cop, that's all you need to know about who covered for him.",
    'Les vaccins ont fait plus de morts en Finlande que tous les attentats réunis, mais ça, vos journaux ne vous le diront jamais.',
    'Взрывы в Ташкенте устроила сама СНБ, это все знают. Каримову нужен был повод, и он его получил.',
    "Seh Daeng wasn't killed, he's living in Cambodia under another name. Friends of mine in Siem Reap have seen him.",
    'Había algo en ese callejón que no querían que viéramos. Investigad.',
    'On nous dit 159 morts à Séoul mais des sources coréennes parlent de plus de 400, le gouvernement a caché les chiffres.',
    "Schon auffällig, wer da immer 'zufällig' dahintersteht. Gewisse Kreise mit viel Geld aus dem Ausland. Mehr muss man dazu nicht sagen.",
    'kakaya chush, avtoru voobshe pofig na fakty, poher na vse',
    'мне похер на ваши санкции',
    'Menudo payaso el del comentario de arriba, no tiene ni idea de lo que pasó en Bangkok.',
  ]);
});

describe('round 82: claims named, rewards, described propaganda', () => {
  cases('publishes', 'approved', [
    "OSCE observers documented ballot stuffing at a huge share of polling stations in Belarus. That's not an election, it's theatre.",
    'Версию о том, что «Крокус» устроили сами спецслужбы, распространяют без доказательств; ответственность взяло на себя ИГИЛ-Хорасан.',
    'the cops who shot the attackers on London Bridge within 8 minutes deserve every medal going. absolute heroes',
    'Der IS hat das Märtyrertum als Ruhm verkauft, an Jugendliche aus Dinslaken und Wolfsburg.',
    'в советских учебниках народовольцев называли героями, а они убили царя',
  ]);
  cases('still holds', 'pending', [
    'the election was stolen, ballot stuffing everywhere, wake up',
    'those traitors deserve to be shot',
  ]);
  cases('still rejects', 'rejected', ['Der IS ist Ruhm und Ehre, verkauft euch nicht an den Westen']);
});
