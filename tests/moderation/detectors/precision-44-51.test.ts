/**
 * Rounds 44 to 51, precision. Civil comments of the tuning batches that the threat rules rejected (someone's work
 * read as a workplace, a call asked and refused, a match won, everyone knowing where witnesses live); the misses of
 * a red-team of boundaries (`/work/audit27`: a dish to die for, a pity threat in Russian, `этот тролль`, `was zum
 * Teufel`); echo brackets alone held as a dog whistle; mild insults that added up to a severe one; analysis read as
 * praise or justification, or what others framed an attack as. Each with the harmful twins the rules must not spare.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('threat words that threaten nobody', () => {
  cases('publishes', 'approved', [
    "I've been following this reporter's work for years. Does anyone know if there's a book coming?",
    'saturday we’ll bury them, Spurs have nothing in midfield. (sorry, back to the article)',
    'Vergüenza de fiscalía. Protegen tan bien a los testigos que todo el mundo sabe dónde viven.',
    'Nadie sabe dónde viven los desplazados ahora; la ONU perdió su rastro.',
    'Slow-roast the lamb for six hours and your guests will die happy.',
  ]);
  cases('rejects', 'rejected', [
    'I know where this reporter works. Does anyone want the address?',
    "I know where this reporter's office is. See you there.",
    'Everyone knows where you live, traitor.',
    'Hang them all? Yes. Every last one of the traitors.',
    'Reporters like you deserve to be shot. End of.',
    'After the derby we’ll stab them all in the car park.',
    'See you after the match, I’ll kill you.',
    'Sé dónde vive la periodista. Que tenga cuidado.',
    'Tu jefe sabe dónde vives, cuidado con lo que escribes.',
    'будет очень жаль, если с твоими детьми что-нибудь случится по дороге из школы',
    // Refused, then another harm called for: the call stands.
    'Hang them all? No, burn them all alive.',
    'String them up? No, shoot them.',
    'Does anyone know where the reporter lives?',
  ]);
  // Asked and refused: no longer rejected as a call; the toxicity lexicon still holds `hang them all` for a human.
  cases('holds', 'pending', [
    'Hang them all? No. Try them all, convict them all, lock them up for decades.',
    'String them up? No. Put them on trial.',
  ]);
});

describe('mild abuse the red-team found published', () => {
  cases('holds', 'pending', [
    'опять этот тролль со своими методичками',
    'was zum Teufel soll diese Überschrift? Habt ihr den Artikel überhaupt gelesen?',
  ]);
  cases('publishes', 'approved', [
    'Der Teufel steckt im Detail, und genau dort scheitert das Abkommen.',
    'Будет очень жаль, если переговоры сорвутся из-за этого.',
  ]);
});

describe('the echo brackets alone, a dog whistle (round 45: held as the labelling guide holds dog whistles)', () => {
  cases('holds', 'pending', [
    'Same (((people))) as always.',
    'Interesting how the same (((names))) always show up behind these sanctions policies.',
  ]);
  cases('rejects', 'rejected', [
    'Jews own the media, parasites the lot of them (((always))).',
    '(((They))) own the media, same tribe as always, parasites feeding on every nation.',
  ]);
});

describe('mild insults piled up stay mild (round 46: insults count by the worst one)', () => {
  cases('holds', 'pending', [
    '@OliverTwist_ you’re a clown and your "sources" are clowns too',
    'Typical Russian troll, you’re an idiot @ivan_k77.',
    'you’re a clown, a troll and an idiot',
  ]);
  cases('rejects', 'rejected', [
    'the woman who wrote this is a brainless wh0re who’d type anything for Qatari money',
    'Whoever wrote this is a brain-dead wh0re for the ministry.',
    '@ivan_k77 you fucking idiot, nobody asked you',
    '@marta_k you stupid cunt',
  ]);
});

describe('analysis the extremism check read as praise or justification (round 47)', () => {
  cases('publishes', 'approved', [
    'al-Shabaab framed both Westgate (2013) and Garissa (2015) as retaliation for Kenya’s intervention. Understanding their framing is not the same as justifying the massacres.',
    'Die Lehrerin verdient jeden Preis. Boko Haram hat in Borno Hunderte Schulen niedergebrannt.',
    'Legends, every one of the Peshmerga and YPG fighters who died pushing ISIS out of Kobane in 2015.',
    'Die MDR-Chronik zum Prozess in Magdeburg ist sehr gut gemacht: https://www.mdr.de/nachrichten/prozess-100.html',
    'ИГИЛ назвало стрелков «воинами халифата». Повторять это в заголовках — подарок пропагандистам.',
    'O Estado Islâmico em Cabo Delgado recruta jovens desempregados. Sem emprego e sem Estado presente, isto não acaba.',
  ]);
  cases('rejects', 'rejected', [
    'The attack was revenge for Mosul, and they deserved it.',
    'The Bataclan was retaliation for the bombing of Raqqa, fully justified.',
    'Die Ungläubigen in Borno haben es verdient, Boko Haram hat nur getan, was getan werden musste.',
    'Glory to the fighters of ISIS who drove the crusaders out of Raqqa, heroes every one.',
    'Der Anschlag in Magdeburg, gut gemacht, weiter so Brüder.',
    'Крокус — подарок всем нам от воинов Исламского государства, победа!',
    'Mártires del Estado Islámico, ¡presentes! Su sangre no será olvidada.',
  ]);
});

describe('what others framed or regarded an attack as, and an idiom of deserving (round 48)', () => {
  cases('publishes', 'approved', [
    'Netanyahu and the Hamas leadership deserved each other; both built careers on the corpses of their own people.',
    'Worth remembering the ISWAP/Boko Haram split in 2016 was partly about this: Shekau’s faction treated Muslim civilians as legitimate targets, ISWAP courted them to build a tax base.',
    'The ‘join the caravan’ slogan the article quotes comes from Abdullah Azzam’s 1980s recruitment pamphlet. Knowing its history matters: it framed jihad as an individual duty for every Muslim, which is precisely why it’s dangerous.',
  ]);
  cases('rejects', 'rejected', [
    'The settlers killed in Hebron deserved it, every one of them.',
    'Jihad is an individual duty for every Muslim, brothers, come to Syria.',
    'Hamas saw the kibbutzim as legitimate targets and they were right to.',
  ]);
});

describe('the review’s twins of rounds 47 and 48: a gift to the cause, each bullet deserved', () => {
  cases('rejects', 'rejected', [
    'El atentado de Moscú fue un regalo para la causa, Alá los bendiga.',
    'The settlers of Hebron deserved each bullet they got from the brothers of Hamas.',
  ]);
  cases('publishes', 'approved', ['That video was a gift to ISIS recruiters, nothing less.']);
});

describe('long comments (round 49, a red-team of long comments): a place word that qualifies a noun, a public service’s number, the author wished dead', () => {
  cases('publishes', 'approved', [
    'Anyone who volunteers at a reception centre knows how much is paperwork. Children lose a school year waiting for papers.',
    'The home secretary knows the system is broken; the minister’s office hours are a joke.',
    'For British nationals trying to leave Lebanon, the FCDO number is +44 20 7008 5000, staffed 24 hours. The embassy in Beirut is on Serail Hill. Register your presence, it matters when evacuation flights are organised.',
    'Les deseo que les vaya bien en el nuevo trabajo.',
  ]);
  cases('rejects', 'rejected', [
    'I know where your kids go to school. Nice school, shame about the fence.',
    'We know your children’s school and the bus they take. Think about that, @mark_t.',
    'Official Binance support hotline +1 415 555 0199, call now and we double your crypto in 24 hours, guaranteed profit.',
    'Is YOUR business protected?? Free audit at cyberguard-pro.solutions Call 1-800-555-0199',
    'Hope the author gets cancer and rots, that’s my honest review.',
    'Al autor de este bodrio le deseo que lo secuestren en Malí y que se pudra en un agujero hasta morirse.',
  ]);
  // A consulate's number with `appelez`: a weaker channel, so held for a look rather than rejected as a sale.
  cases('holds', 'pending', [
    'À Paris, le consulat du Mali reçoit sans rendez-vous le matin, appelez le +33 1 45 48 58 43 avant de venir.',
  ]);
});

describe('what readers are owed, read again by the classifier without it (round 50)', () => {
  cases('publishes', 'approved', [
    'Frankly this newsroom’s coverage of the Sahel is lazy and condescending. You send a reporter once a year, quote two diplomats in Dakar and call it analysis. Your readers deserve better and so do the people you’re writing about.',
    'Instead we get four paragraphs on the minister’s ‘emotion’. He was a hero and he deserved a newsroom that does its job.',
  ]);
  cases('rejects', 'rejected', [
    'You deserve a bullet, and your readers deserve better.',
    'Journalists like you deserve what’s coming, and your readers deserve better.',
  ]);
});

describe('veiled threats at the door and on the way home (round 51, the long-comment red-team’s)', () => {
  cases('rejects', 'rejected', [
    '@karim_75 continue d’écrire ce genre de choses et un jour tu me trouveras devant ta porte.',
    '@hans_dieter schreib ruhig weiter so, irgendwann stehe ich vor deiner Haustür und dann reden wir nicht mehr.',
    '@kiev_patriot пиши дальше, однажды откроешь дверь, а там я стою, и разговаривать мы уже не будем.',
    '@claire_d, à ta place je regarderais derrière moi en sortant du boulot le soir.',
    '@lena_k, an deiner Stelle würde ich mich abends auf dem Heimweg öfter mal umdrehen.',
    '@nastya_msk, я бы на твоём месте почаще оглядывалась по дороге домой.',
    '@dan_k if I were you I’d watch my back on the way home.',
    'Quant au journaliste, Julien Morel, qu’il sache qu’on connaît l’adresse de sa rédaction.',
    'Und die Autorin, Frau Brenner, sollte wissen, dass wir wissen, wo ihre Redaktion ist.',
    // The red-team's long comments, where the one threatening sentence is outweighed for the classifier.
    "Sur les sanctions, il faut être honnête : le pétrole russe continue de partir vers l'Inde et la Chine par la flotte fantôme, et les composants passent par le Kazakhstan ou l'Arménie. Soit on applique sérieusement, soit on arrête de faire semblant. @claire_d, à ta place je regarderais derrière moi en sortant du boulot le soir, certains ont très bonne mémoire des visages, moi le premier. L'article est intéressant mais il sous-estime l'usure du front. Les Russes avancent lentement au prix de pertes énormes, et les drones ont tout changé : plus aucun véhicule ne peut bouger de jour sans être repéré. Pendant ce temps l'Europe débat encore des montants. Le Liban est le grand oublié. Le Hezbollah a perdu presque toute sa direction en quelques semaines, mais l'État libanais reste incapable de déployer l'armée au sud du Litani. Et les gens à Beyrouth survivent comme ils peuvent.",
    "Zu den Sanktionen: russisches Öl kommt über die Schattenflotte nach Indien und China, Chips über Kasachstan und Armenien. Entweder man setzt das ernsthaft durch oder man hört auf, so zu tun als ob. / Der Artikel unterschätzt, wie sehr sich die Front verändert hat. Die Russen rücken in kleinen Infanteriegruppen vor, Drohnen erledigen auf beiden Seiten den Großteil des Tötens, und der Munitionsmangel auf ukrainischer Seite ist real. In Berlin will das nur niemand laut sagen. / Nach Solingen wurde wieder viel versprochen. Der Täter hätte abgeschoben werden sollen und war am Tag der Abholung einfach nicht in seiner Unterkunft. Das sagt eigentlich alles darüber, wie das System in der Praxis funktioniert. / Und die Autorin, Frau Brenner, sollte wissen, dass wir wissen, wo ihre Redaktion ist. Beim nächsten Artikel dieser Art gibt's was aufs Maul, und zwar richtig.",
    'Die Wahlen in Moldau und Rumänien haben gezeigt, wie billig Einflussnahme geworden ist: ein paar Millionen für TikTok-Influencer, Stimmenkauf, Netzwerke von Fake-Accounts. Und ein paar Prozent reichen oft. @lena_k, an deiner Stelle würde ich mich abends auf dem Heimweg öfter mal umdrehen, manche Leute vergessen Gesichter nicht, ich zum Beispiel. Syrien nach Assad ist ein großes Fragezeichen. Die HTS gibt sich als Regierung, manche Signale waren ermutigend, aber die Massaker an alawitischen Zivilisten an der Küste im März haben gezeigt, wie schnell es wieder kippen kann. Man sollte auch über rechten Terror sprechen, der viel weniger Aufmerksamkeit bekommt. Hanau, Halle, der NSU, die Umsturzpläne der Reichsbürger. Die Ideologie ist eine andere, das Radikalisierungsmuster im Netz ist erstaunlich ähnlich.',
    'Статья в целом неплохая, но про фронт написано слишком оптимистично. Россия наступает медленно, с огромными потерями, но наступает, а дроны изменили всё: днём технику уже не сдвинуть. В Европе тем временем продолжают спорить о суммах. @kiev_patriot пиши дальше, пиши, однажды откроешь дверь, а там я стою, и разговаривать мы уже не будем. Санкции, конечно, работают не так, как обещали. Нефть идёт в Индию и Китай через теневой флот, чипы везут через Казахстан и Армению. Либо это всё контролировать всерьёз, либо перестать делать вид. Читаю этот раздел уже несколько лет, в целом серьёзно, хотя с позицией редакции согласен далеко не всегда. Длинные разборы вроде этого как раз то, ради чего сюда захожу.',
    'Выборы в Молдове и Румынии показали, как дёшево стало вмешательство: пару миллионов на блогеров в ТикТоке, покупка голосов, сети фейковых аккаунтов. А решают часто как раз несколько процентов. Про Сахель у нас пишут мало, и в основном про «Вагнер». @nastya_msk, я бы на твоём месте почаще оглядывалась по дороге домой, некоторые хорошо запоминают лица, я, например. А между тем после переворотов в Мали, Буркина-Фасо и Нигере JNIM и ИГ только расширились, а армия вместе с наёмниками убивает мирных жителей не меньше, чем джихадисты. Санкции, конечно, работают не так, как обещали. Нефть идёт в Индию и Китай через теневой флот, чипы везут через Казахстан и Армению. Либо это всё контролировать всерьёз, либо перестать делать вид.',
  ]);
  cases('publishes', 'approved', [
    'À ta place je regarderais derrière le rapport officiel, les chiffres sont truqués.',
    'An deiner Stelle würde ich mir das Interview noch einmal ansehen.',
    'На твоём месте я бы оглядывался на историю: такие реформы уже проваливались.',
    'Ich stand gestern vor der Tür des Ministeriums und habe protestiert.',
  ]);
});
