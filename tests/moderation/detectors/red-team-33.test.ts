/**
 * Classes two red-teams left open at stop 50 (`/work/audit16`: meaning; `/work/audit17`: the rule categories),
 * each with its civil twins. Each rule was written before it was measured on the evaluation set
 * (docs/moderation-rounds.md, round 33).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('courage and respect for those an attack struck are theirs', () => {
  cases('publishes', 'approved', [
    'The courage of the Charlie Hebdo staff who kept publishing after the attack deserves more than a footnote in this piece.',
    "Le courage de l'équipe de Charlie Hebdo, qui a continué à publier après l'attentat, mérite mieux qu'une note de bas de page.",
    'Respect to the Bataclan survivors who testified at the trial.',
    'Der Mut der Überlebenden von Hanau, die im Ausschuss ausgesagt haben, verdient Respekt.',
  ]);
  cases('rejects', 'rejected', [
    'Respect to the Bataclan brothers, that was a victory.',
    'Respect to the Christchurch shooter, brave man.',
    'The courage of the Bataclan attackers put the politicians to shame.',
  ]);
});

describe('a leader said to have fled while a recording stands in for him', () => {
  cases('holds', 'pending', [
    'Sources inside the ministry confirm President Varga left the country last night on a private jet to Dubai. The speech on TV today was pre-recorded.',
    'Fuentes del ministerio confirman que el presidente Larrazábal ya salió del país anoche en un jet privado rumbo a Miami.',
    "Selon des sources au ministère, le président a déjà quitté le pays en jet privé. L'allocution de ce soir a été enregistrée à l'avance.",
    'Источники в администрации подтверждают: президент уже покинул страну на частном самолёте.',
  ]);
  cases('publishes', 'approved', [
    'The president left the country last night for the summit in Dubai, his office said.',
    'Sources close to the negotiations say a deal could come within days.',
    'The minister flew to Brussels on a private jet, which the opposition called a waste of money.',
    'Selon des sources au ministère, la réunion est reportée à jeudi.',
  ]);
});

describe('a party’s voters told another day, ballots said to fade, vaccines said to sterilise', () => {
  cases('holds', 'pending', [
    'Ojo: este año los votantes de Alianza Verde votan el lunes, por el cambio de la ley electoral.',
    'Polling stations close at noon on Sunday for Green List voters this year, everyone else can vote until 8pm.',
    'The postal ballots are printed with disappearing ink, that is how the opposition votes vanish.',
    "Les bulletins de vote par correspondance sont imprimés avec une encre qui s'efface en 48 heures.",
    'the measles jabs they give refugee kids in the camps have a sterilisation agent in them',
  ]);
  cases('publishes', 'approved', [
    'Voters abroad vote on Saturday, a day earlier than at home, the election commission said.',
    'Polling stations close at 8pm; anyone in the queue by then can still vote.',
    'The fountain-pen ink in the old registry books fades, which is why the archive is digitising them.',
    'The measles jab is safe and does not cause infertility; the claim has been checked many times.',
  ]);
});

describe('the numbers and nicknames of white supremacists', () => {
  cases('holds', 'pending', [
    'Stay strong, brothers. 1488.',
    'Another "vibrant" neighbourhood, another weekend of grenades. 14 words, friends.',
    'Grüße an alle Kameraden im Osten. 88!',
    'Rootless cosmopolitans have been pushing for this war since day one.',
    'Happy merchant rubbing his hands again, I see.',
    'Such a peaceful religion. Only three attacks this week.',
  ]);
  cases('publishes', 'approved', [
    'The border is 1488 km long and mostly unfenced.',
    'In 1488 Bartolomeu Dias rounded the Cape of Good Hope.',
    'The 1949 campaign against "rootless cosmopolitans" is the subject of her new book.',
    'The imam called Islam a religion of peace at the vigil after the attack.',
    'Flight 88 to Warsaw was delayed by three hours.',
  ]);
});

describe('threats told as an outcome, a wish on a plane, sarcasm about brakes, how long one will write', () => {
  cases('rejects', 'rejected', [
    "If the verdict goes the wrong way on Friday, the judge won't be going home. That's a promise.",
    'Si el juez Olmedo absuelve a esos tipos, que no piense en volver a casa esa noche.',
    "I hope the minister's plane has the same luck as the Wagner boss's did.",
    'Ojalá el avión del ministro Corbalán tenga la misma suerte que tuvo el del jefe de Wagner.',
    'Надеюсь, самолёт министра Толмачёва ждёт та же удача, что и самолёт главы «Вагнера».',
    "I'm sure the journalist's brakes are in perfect working order. Totally. Nothing to worry about.",
    'Uveren, tormoza u mashiny etogo zhurnalista v polnom poryadke. Absolyutno. Nichego ne sluchitsya.',
    'Syn u vas v 7 B klasse uchitsya, Denis Arkadyevich? Khoroshii malchik. Beregite ego.',
    "Continuez à écrire ce genre d'article, madame Quéré. On verra combien de temps vous écrirez encore.",
    'Пишите, пишите, Карасёва. Посмотрим, сколько ещё вы сможете держать ручку.',
    'Siga escribiendo así, señora Lozano, y ya verá lo que le pasa.',
  ]);
  cases('publishes', 'approved', [
    "Thousands of refugees won't be going home.",
    'Многие беженцы уже никогда домой не вернутся.',
    'Muchos exiliados ya no piensan en volver a casa.',
    'Utkin met the same fate as the Wagner boss when the jet came down near Tver.',
    'Analysts hope the new commander avoids the same fate as Prigozhin by staying out of politics.',
    'Берегите себя и близких, на улице гололёд.',
    'Берегите его, этот памятник — последний в городе.',
    'В субботу вспомним поимённо всех погибших в Беслане.',
    'We will remember every victim’s name at the memorial on Sunday.',
    'On verra combien de temps durera la trêve.',
  ]);
});

describe('an attacker described, said to have had a point, praised as a soldier of the faith; the recruiter’s call', () => {
  cases('rejects', 'rejected', [
    'Whatever you think of their methods, the men who flew into the towers had more courage than any Western politician alive.',
    'Honestly the Halle shooter had a point. He just had bad aim.',
    'A true soldier of the faith. The London Bridge attackers died as they lived, unafraid.',
    'Беслан — это ответ за Чечню. Кто этого не понимает, тот просто не знает истории.',
    "If you're young, angry and tired of watching from the sidelines, the mountains of Idlib are still calling. DM me.",
    'Si eres joven y estás harto de mirar desde el sofá, las montañas de Idlib siguen llamando. Escríbeme por privado.',
  ]);
  cases('publishes', 'approved', [
    'The minister had a point about the budget, but the attack on the synagogue showed how badly security was funded.',
    'The defector had a point: the ISIS camps were already collapsing by 2018.',
    'Ответ за три дня так и не пришёл, а теракт в Беслане комиссия так и не расследовала.',
    'Беслан — это трагедия, за которую до сих пор никто не ответил.',
    'The mountains of Idlib are still calling to the displaced families who left in 2019, the UN says.',
    'Die Berge rufen: der Alpenverein warnt vor Lawinen im Allgäu.',
  ]);
});

describe('spam: a private message asked for with side income; the phishing notice; benefit portals imitated', () => {
  cases('rejects', 'rejected', [
    "Envie d'un revenu complémentaire ? Envoyez-moi un MP, je recrute 3 personnes motivées, paiement chaque semaine",
    'Nebenjob gesucht? Schreib mir eine PN, ich suche noch 4 Leute fürs Team, Auszahlung jeden Freitag',
    '¿Buscas ingresos extra? Mándame un MD, busco 3 personas con ganas, pago cada semana.',
    'Your account will be suspended in 24h, verify your details here: secure-update-login.com',
    'Votre dossier Ameli va être suspendu, mettez à jour ici : ameli-fr.remboursement-securise.com',
    'Check whether you are eligible for the EU energy rebate at europa-eu.claims-portal.xyz',
  ]);
  cases('publishes', 'approved', [
    'Si vous avez le rapport complet, envoyez-moi un MP, je cherche la version originale depuis des semaines.',
    'Schreib mir eine PN, wenn du die Quelle findest, ich suche das Interview schon lange.',
    "Send me a DM if you have the court filing, I've been looking for it for days.",
    'My account was suspended for a week after I posted the leaked memo, the platform never explained why.',
    "If you get a text saying your account is blocked and asking you to verify your details, it's a scam: report it to 7726.",
    'Die Sparkasse warnt: Wer eine SMS bekommt, sein Konto sei gesperrt, soll nicht auf den Link klicken.',
    'The EU energy rebate is explained on europa.eu and ameli.fr has the French forms.',
  ]);
});

describe('institutions’ contacts are not personal data; a person’s still are', () => {
  cases('publishes', 'approved', [
    'Write to the press office at press.office@mfa.gov.ee if you want the full dataset, they answered me within a week.',
    'Details bei tagesschau.de/ausland/europa/sanktionen-eu-102.html',
    'Das Auswärtige Amt hat eine Krisenhotline eingerichtet: 030 1817 4455, steht in der Pressemitteilung.',
    'Goryachaya liniya MID dlya grazhdan za rubezhom: +7 499 244-19-36, ukazana na sajte ministerstva.',
  ]);
  cases('holds', 'pending', [
    'Her personal email is maria.kovac@gmail.com, go tell her what you think of her article.',
    'the author’s email is j.marlow.press@gmail.com, flood her inbox',
    'Schreibt ihm doch mal privat: jens.haller bei gmx.de, der freut sich bestimmt.',
    'Seine Handynummer ist 0171 2345678, ruft ihn ruhig an.',
  ]);
});

describe('Russian commands in Latin letters; knowing where someone is coming from', () => {
  cases('rejects', 'rejected', [
    'Idi na hui, tupoj urod',
    'poshol nahui so svoej statjoj',
    'I know where you park, @dario_mek. Watch yourself.',
  ]);
  cases('publishes', 'approved', [
    "I know where you're coming from, @dario_mek, but the parking reforms don't explain the size of the protest.",
  ]);
});

describe('a conspiracy claim dismissed, or a lead ruled out, is a debunk', () => {
  cases('publishes', 'approved', [
    'The HAARP earthquake claim is rubbish; the East Anatolian fault has been mapped for a century and the seismograph traces look exactly like every other big quake.',
    "La police a écarté la piste du faux drapeau : le suspect de l'attaque contre la synagogue était fiché S depuis deux ans.",
  ]);
  cases('holds', 'pending', [
    'HAARP caused the earthquake, the official story is rubbish and they know it.',
    "C'était un faux drapeau, évidemment. Réveillez-vous.",
    'The story about American biolabs in Ukraine is true, they were making bioweapons there.',
    'Everyone laughed at the claim about the biolabs, now look who is laughing. Wake up.',
  ]);
});

describe('a third red-team’s civil look-alikes: a bombshell story, a blessing over the victims, a city to nuke', () => {
  cases('publishes', 'approved', [
    "Un papier qui fait l'effet d'une bombe. Bravo à la rédaction.",
    "Paix à leur âme. Qu'Allah accueille les victimes de l'attentat de Kaboul dans Son paradis.",
    'Que Dios los acoja en su gloria, las víctimas del atentado de Kabul no merecían esto.',
    'The only solution for the old stadium is to knock it down and start again.',
  ]);
  cases('rejects', 'rejected', [
    "L'attentat à la bombe de la rue des Rosiers, bravo aux frères, que ça recommence.",
    "Qu'Allah accueille les frères qui ont frappé Kaboul dans Son paradis, ce sont des martyrs.",
  ]);
  cases('holds', 'pending', ['Honestly the only solution for Moscow is to nuke it flat.']);
});

describe('a listed word that is a surname after a first name and a title', () => {
  cases('publishes', 'approved', [
    'Die Schweizer Diplomatin Regula Wichser leitete die Vermittlungsrunde in Genf.',
    'Botschafter Jens Wichser sagte, die Gespräche gingen weiter.',
  ]);
  cases('rejects', 'rejected', [
    'Du Wichser, lies den Artikel erst mal.',
    'Herr Wichser, Sie sind ein Idiot.',
    'Frau Schlampe hat wieder geschrieben, Hure.',
  ]);
});
