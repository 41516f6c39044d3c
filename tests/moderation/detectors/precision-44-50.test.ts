/**
 * Rounds 44 to 50, precision. Civil comments of the tuning batches that the threat rules rejected (someone's work
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
