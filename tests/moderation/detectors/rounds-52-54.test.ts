/**
 * Rounds 52 to 54. Hate the tuning batches published for want of a word (every one of a group named in the
 * singular called a criminal, breeding said of people in Italian, a people called another biological species,
 * a group sent back with `alle` or `tutti` in the call), and two hate signals with no group named that had left
 * no evidence. Round 53: veiled threats the tuning batches published (a German wish whose harm comes ten words on,
 * a hack's address held, a workplace found out, the dare `mal sehen, ob er dann noch so große Töne spuckt` beside them). Each with the
 * civil twins the rules must spare. Round 54, from a red-team of the hold band (`/work/audit29`): invented news that
 * declares itself official or tells of a secret act while the media sit on it, mild profanity and an idiom of
 * violence the lists lacked, and analysis that doubts or quotes such a call. Round 55: extremism the tuning batches
 * published. Round 56: severe abuse held as profanity (a phrase disguised inside, a commenter pointed at as the one
 * above, a vocative of five words). Round 57, from a red-team of spam, links and personal data (`/work/audit30`):
 * pitches the cue lists had no words for, a site's domain hyphened into another host, readers sent to a workplace
 * in German and Russian. Round 58: trolling called out. Round 59, from a red-team of innocent look-alikes
 * (`/work/audit31`): a bread, birds, a dog with her litter and a Black Country dish. Round 60: praise in a sentence of
 * its own after a rescue told is for the rescuers. Round 61, from a red-team of quotation and replies
 * (`/work/audit32`): a quotation the comment endorses, or says to the reader, is its own words. Round 62: a
 * sentence typed in lower case after a full stop is a sentence of its own. Round 63, from a red-team of threats
 * (`/work/audit33`): threats asked as questions, a life as the price, a bounty, advice about someone's movements.
 * Round 64: a comment in leetspeak throughout reads its shortest words as leetspeak too.
 */
import { describe, expect, it } from 'vitest';
import { detectHate } from '../../../shared/moderation/detectors/hate';
import { detectThreats } from '../../../shared/moderation/detectors/threats';
import { unleet } from '../../../shared/moderation/text/unleet';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 52: hate the lists had no word for', () => {
  cases('rejects', 'rejected', [
    'Die vermehren sich wie Karnickel und wir zahlen dafür. Alle zurückschicken, und zwar gestern.',
    'Si riproducono come conigli e noi paghiamo. Rimandiamoli tutti a casa loro, con le buone o con le cattive.',
    'Chaque musulman est un terroriste en sommeil. Tous complices, tous coupables du Bataclan.',
    "Every Afghan man who's arrived since 2021 is a rapist waiting for the right moment. Collective guilt? Yes. Good.",
    'Проблема с этими людьми в том, что они не такие, как мы. Кавказцы — это просто другой биологический вид.',
    'Das sind Parasiten. Abschieben, alle.',
    'They are vermin. Send them all back.',
  ]);
  cases('publishes', 'approved', [
    'Not every Afghan man who arrived since 2021 is a rapist, and saying so is exactly the collective guilt the article warns about.',
    'Non, chaque musulman n’est pas un terroriste, et ce genre de phrase fait le jeu de Daech.',
    'The Nazi propaganda said every Jew is a parasite; the exhibition shows the posters.',
    'Chaque ministre est un voleur dans ce gouvernement, et personne ne démissionne.',
    'Every commander who gave that order is a criminal under international law.',
    'Cada dictador es un criminal en potencia si nadie lo controla.',
    'Jeder Täter ist ein Verbrecher, egal welcher Herkunft.',
    'Die Kaninchen in Australien vermehren sich wie Karnickel, das ist ja das Problem seit 1859.',
    'Die Sammler wollen alle zurückschicken, was sie aus Benin haben, sagt der Museumsdirektor.',
    'Le startup si moltiplicano come conigli a Milano, ma poche sopravvivono.',
  ]);
});

describe('round 52: hate signals that pile up with no group named', () => {
  it('rejects people called vermin and sent back, with evidence for both', () => {
    const verdict = detectHate('They are vermin. Send them all back.');
    expect(verdict?.outcome).toBe('reject');
    expect(verdict?.evidence.map((e) => e.detail)).toEqual([
      'people called: "vermin"',
      'piled with other hate: "Send them all back"',
    ]);
  });
  it('does not count the `alle` of an expulsion call as a second signal', () => {
    expect(detectHate('Die Sammler wollen alle zurückschicken, was sie aus Benin haben.')).toBeNull();
  });
});

describe('round 53: veiled threats', () => {
  cases('rejects', 'rejected', [
    'Ich wünsch dir, dass du bei deiner nächsten Reportage im Donbass auf eine Mine trittst, Ko11ege.',
    'Fahr morgen nach Köln. Adresse von dem Schmierfink hab ich. Mal sehen, ob er dann noch so große Töne spuckt.',
    'Zum Artikel: Die Mietpreisbremse wirkt kaum, das zeigen die Zahlen aus Leipzig und Dresden, und die Kommunen bauen zu wenig. Darüber kann man ja sachlich reden. Und an @faktencheck_jana: Ich habe rausgefunden, in welcher Praxis du arbeitest. Ich komm da mal vorbei, dann reden wir ohne Tastatur.',
    'Ich habe deine Adresse. Mal sehen, ob du dann noch so große Töne spuckst.',
  ]);
  cases('publishes', 'approved', [
    'Ich wünsche dir, dass du bei deiner nächsten Reportage im Donbass mehr Glück hast als beim letzten Mal.',
    'Die Adresse von dem Bürgeramt hab ich unten verlinkt, da kann man den Antrag abgeben.',
    'Vediamo se sei così coraggioso anche quando devi votare la fiducia, caro senatore.',
    'A ver si eres tan valiente cuando tengas que explicar el presupuesto en el Congreso.',
    'On verra si tu fais toujours le malin quand les résultats du second tour tomberont.',
    'Mal sehen, ob er nach der Wahl noch so große Töne spuckt. Die Umfragen sehen schlecht aus.',
    'Посмотрим, такой ли он смелый, когда придётся отвечать перед избирателями.',
  ]);
  it('reads a wish denied inside its words, and an address denied after them, as no threat', () => {
    expect(
      detectThreats(
        'Ich wünsche dir, dass du bei deiner nächsten Reportage im Donbass nicht auf eine Mine trittst.',
        true,
      ),
    ).toBeNull();
    expect(
      detectThreats('Wir kennen deine Adresse nicht, bitte schick sie uns für die Einladung.', true),
    ).toBeNull();
    expect(detectThreats('Wir kennen deine Adresse, bitte lösch den Artikel.', true)?.outcome).toBe('reject');
  });
});

describe('round 54: the hold band', () => {
  cases('holds', 'pending', [
    "It's confirmed, the president already resigned this morning and the media is just sitting on it",
    'Die Bundesregierung hat gestern Nacht heimlich den NATO-Austritt beschlossen. Die Presse verschweigt es natürlich.',
    'Уже официально: премьер вчера тайно подал в отставку, но СМИ молчат.',
    'uzhe oficialno: prezident vchera tayno uletel v Dubai i ne vernetsya, SMI molchat',
    "C'est officiel depuis ce matin : l'armée française a quitté le Tchad cette nuit, mais aucun média n'en parle.",
    'who the hell signed off on this deal',
    'malditos mentirosos, dijeron que no habria recortes en cooperacion',
    'какого чёрта МИД молчит уже третью неделю?',
    'Чёртовы лжецы, обещали, что мобилизации не будет',
    'vsya eta vstrecha v Astane polnaya hren, nichego ne reshili',
    'some politicians only understand one language and it isn’t words',
    'na ulicy v etot raz ne s plakatami. oni ponimayut tolko odin yazyk',
  ]);
  cases('publishes', 'approved', [
    "It's official, the summit moves to Friday, the ministry confirmed it on its site.",
    'Confirmado por el Congreso: el ministro comparecerá el martes.',
    'The deal was negotiated in secret in Oman, as Reuters reported at the time.',
    'Force is the only language they understand, said the general in 1991, and the article shows where that led.',
    "Diplomats like him only understand one language, and it's sanctions, so the EU should finally apply them.",
    'I doubt the opposition will take up arms; they have no weapons and no appetite for it.',
  ]);
});

describe('round 55: extremism the tuning batches published', () => {
  cases('rejects', 'rejected', [
    "Al-Sh4b4ab, sorry, 'the youth' lol, are doing what the govt in Mogadishu never will. Whoever can go, go. Whoever can't, give.",
    'Zur Debatte über Messerverbote: Die Zahlen aus NRW zeigen seit Jahren keinen klaren Effekt, und die Polizei hat zu wenig Personal für Kontrollen. Aber die Medien nennen Solingen Terror, obwohl der Anschlag nur eine Antwort auf Gaza war. Der Bruder hat gehandelt, während alle anderen nur geredet haben. Möge Allah ihn aufnehmen.',
    'Saint Balliet got closer than anyone thought possible with a homemade gun. The next one will bring a better door breaker.',
  ]);
  cases('publishes', 'approved', [
    'Be the next one to subscribe and get the newsletter on the Sahel every Friday.',
    'Whoever can go to the vigil on Sunday, go. The families asked for a quiet crowd.',
    'Die Familie des getöteten Polizisten bittet um Ruhe. Möge Gott ihn aufnehmen.',
    'Breivik wanted to be the first of many; Norway made sure nobody would be the next one.',
  ]);
});

describe('round 56: severe abuse held as profanity', () => {
  cases('rejects', 'rejected', [
    'el de arriba es un subnormal de mierda, su madre tendria que haberlo abortado',
    'hijo de la gran puta, vete a lamerle el culo a putin',
    'cállate, pedazo de m1erda',
    'Daniel Okafor you are a f u c k i n g disgrace, a brainless sack of s h i t',
  ]);
  cases('holds', 'pending', [
    'El de arriba tiene razón, el gobierno es un desastre de mierda.',
    'the one above is right, this policy is a fucking disgrace',
  ]);
  cases('publishes', 'approved', [
    'the chart above shows what a mess this policy is',
    'The one above is right, the council wasted millions.',
  ]);
});

describe('round 57: spam, look-alikes and workplaces', () => {
  cases('rejects', 'rejected', [
    'Russia, China, whatever. The real opportunity is in the new meme coin $PEACE launching on Solana tomorrow. Presale at peacecoin.app — 100x guaranteed.',
    'Original Markenuhren zum halben Preis, Versand aus Deutschland: uhrenoutlet24.shop',
    'Продаю сим-карты и аккаунты на любые сервисы, оптом и в розницу. Звонить 8 800 555 35 35',
    'Azino: 500 frispinov za registraciyu bez depozita!!! azino-best777.com',
    'Kto stavit na futbol — est insayd po dogovornym matcham, koef 10+. Telega: @match_fix_pro',
    'Вся правда о мобилизации в закрытом отчёте, войдите через ВКонтакте чтобы прочитать: vk-com.login-secure.top',
  ]);
  cases('holds', 'pending', [
    'Der Verfasser arbeitet im Edeka an der Hauptstraße in Bielefeld, Spätschicht. Geht mal vorbei.',
    'Эта блогерша работает в поликлинике №3 на Садовой, в регистратуре, по будням. Сходите поговорите с ней.',
    'Ona rabotaet v apteke na Sadovoy 14 v Samare, s utra po budnyam. Mozhno zayti i sprosit ee lichno.',
  ]);
  cases('publishes', 'approved', [
    'Mein Bruder arbeitet im Edeka, die Preise sind gestiegen. Geht mal vorbei und seht euch die Regale an.',
    'Start here: the timeline on reuters.com is the clearest account of the talks.',
    'Мой брат рассказывал, как начали звонить на работу и вручать повестки у проходной.',
    'Solar panels on every roof would cut the bill, the study says, but the grid is not ready.',
    'The sanctions list names 200 verified accounts of Kremlin propagandists on X.',
    'My photos from the march are on vk.com/anna_petrova_photo if anyone wants them.',
    'The report is mirrored at news-de.spiegel.de for readers in Germany.',
  ]);
});

describe('round 58: trolling called out', () => {
  cases('holds', 'pending', [
    'stop trolling grayowl, nobody here buys it',
    'opyat etot troll s botofermy, blokiruite ego uzhe',
  ]);
  cases('publishes', 'approved', [
    'The trolling of the Baltic states by Russian bot networks is well documented by now.',
  ]);
});

describe('round 59: innocent look-alikes', () => {
  cases('publishes', 'approved', [
    'Faggots and mushy peas were on the menu at the Black Country welcome day for the Ukrainian families.',
    'Blue tits and great tits nesting inside the Chernobyl exclusion zone show remarkable adaptation, the study says.',
    'Le boulanger de Kherson fait du pain bâtard avec la farine envoyée par les ONG françaises.',
    'The family got out of Kherson with their dogs - the bitch had just whelped, so they carried the puppies in a laundry basket.',
  ]);
  cases('rejects', 'rejected', ['you fat bitch, nobody asked you', 'faggots like you should shut up']);
});

describe('round 60: praise after a rescue told', () => {
  cases('publishes', 'approved', [
    'Gracias a los médicos de Krasnogorsk que atendieron a cientos de heridos después del ataque del Estado Islámico en el Crocus. Héroes sin capa.',
  ]);
  cases('rejects', 'rejected', [
    'ISIS attacked the hospital and killed the doctors. Heroes!',
    'The brothers hit the checkpoint and the soldiers fled. Heroes.',
    'Los hermanos atacaron el cuartel. Héroes sin capa.',
  ]);
});

describe('round 61: quotations endorsed or said to the reader', () => {
  cases('rejects', 'rejected', [
    '"Alimañas" es la palabra exacta para esa gente, ni una más ni una menos.',
    '« Vermine », c’est exactement le mot qui convient pour ces gens-là.',
    '"Vsekh ikh k stenke". Podpisyvayus\', nachinaya s redaktsii etoi pomoiki.',
    '@paul_92 as someone said earlier, you are a "f***ing moron".',
    '@sergei_m "dirty whore" is what he called her at the trial. Suits you too.',
  ]);
  cases('holds', 'pending', [
    '@carlos_r "clown" fits you pretty well, honestly.',
    'Ну, он был не так уж неправ, когда сказал, что «с ними надо разобраться».',
    '@kostya_spb "kloun", kak tebya tut uzhe nazyvali. Po-moemu, v tochku.',
  ]);
  cases('publishes', 'approved', [
    '"Vermin" is not the right word for anyone, and the minister should apologise.',
    'The councillor reportedly called the reporter a "stupid bitch" on a hot mic. That alone should end his career.',
    'Les menaces reçues par la journaliste (« on sait où tu habites ») devraient faire la une.',
    '@GrayWolf88 "they breed like rabbits" is a line lifted from 1930s pamphlets. You might want to know where your talking points come from.',
  ]);
});

describe('round 62: sentences typed in lower case', () => {
  cases('publishes', 'approved', [
    'uvazhenie uchitelnice iz Nigerii. Boko Haram ubivaet za shkolu, a ona detei spryatala. vot geroi nashego vremeni',
  ]);
});

describe('round 63: threats as questions, prices, bounties and advice', () => {
  cases('rejects', 'rejected', [
    'How fast can you run, @dunmore_77?',
    'Tu as une bonne assurance vie, @dunmore_77 ? Tu devrais vérifier, on ne sait jamais.',
    'Mayor Okonjo is going to pay for this with her life. Mark my words.',
    "A thousand pounds to whoever breaks Okonjo's legs. I'm serious.",
    'Alguien debería meterle un tiro a Ferrell antes de que escriba otra mentira.',
    'ты заплатишь жизнью за эту статью',
    'Friendly advice for the author: stop using the underground car park at night. Anything could happen down there.',
  ]);
  cases('publishes', 'approved', [
    "Do you have life insurance? The article says most freelancers in Kyiv don't.",
    "How fast can you run a marathon at 50? Asking for the veterans' charity run.",
    'Gongadze paid for it with his life in 2000, and the inquiry still names no one who ordered it.',
    'A thousand pounds to whoever finds the missing dog, the family said on the radio.',
    'Stop walking home alone at night, the police told students after the attacks in Leeds.',
  ]);
});

describe('round 64: leetspeak throughout', () => {
  it('reads the one-letter words and a lone digit of a comment in leetspeak throughout as letters', () => {
    expect(unleet('t3 v4m0s 4 m4t4r, f3rr3ll')).toBe('te vamos a matar, ferrell');
    expect(unleet('j3 v4is t3 bu73r f3rr3ll')).toBe('je vais te buter ferrell');
  });
  it('leaves numbers and codes alone elsewhere', () => {
    expect(unleet('G7 summit in 2024: 4 leaders left early')).toBe('G7 summit in 2024: 4 leaders left early');
    expect(unleet('h1 th3r3 4 y0u')).toBe('h1 there 4 you');
  });
  cases('rejects', 'rejected', ['t3 v4m0s 4 m4t4r, f3rr3ll', 'j3 v4is t3 bu73r f3rr3ll']);
});
