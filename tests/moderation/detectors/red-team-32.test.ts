/**
 * Classes a red-team left open at stop 49 (and two from stop 48's note), each with its civil twins. Each rule
 * was written before it was measured on the evaluation set (docs/moderation-rounds.md, round 32).
 */
import { describe, expect, it } from 'vitest';
import { imitatedSite } from '../../../shared/moderation/text/hosts';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeCases as cases, pipelineOutcome as outcome } from '../pipeline-cases';

describe('a reader reporting a scam is not selling one', () => {
  cases('publishes', 'approved', [
    'Mme Laurent, retraitée à Lille, a perdu 2000 € dans une arnaque WhatsApp, raconte France Bleu.',
    'La CNMV alerta de falsos asesores financieros en Telegram que prometen rentabilidades del 30 %.',
    'My dad was scammed by a crypto recovery outfit that cold-called him twice; please warn your parents.',
  ]);
  cases('publishes what the model rejected and the spam rules held', 'approved', [
    'I lost $9,400 to a fake trading-signals group on WhatsApp; the FCA told me to report it to Action Fraud.',
    'I got an email saying "I have recorded you through your webcam, pay $1,200 in bitcoin within 48 hours". It\'s a well-known sextortion scam; ignore it and report it.',
  ]);
  // The suspect term (`payday loan`) is its own check: held for a human, no longer rejected.
  cases('holds, no longer rejects', 'pending', [
    'Payday loans with no credit check hit the poorest families hardest, the Bank of England warned.',
  ]);
  // The pitch that denies the scam is read as a pitch.
  cases('still flags', 'rejected', [
    'This is NOT a scam, I earned $5,000 last month trading from home, ask me how.',
    '100% legit, no scam: my trading signals made me $3,000 this week. Message me for the group.',
  ]);
  // A channel left behind: the model still reads the pitch.
  cases('rejects', 'rejected', [
    'I lost $9,400 to a fake broker until I found Mr. Adams, the only honest recovery expert. WhatsApp +1 415 555 0142.',
    'Scammed by a broker? Our recovery team gets your money back in 48h. Contact fundsback@mail.com',
    'Make 3000 € par semaine depuis chez vous, écrivez-moi sur Telegram @cashfast',
  ]);
});

describe('justifying the answer to an attack, or what its victims deserved, is no justification of it', () => {
  cases('publishes', 'approved', [
    "Israel's response to October 7 was fully justified in its first weeks, whatever you think of what came after.",
    'The French response after the Bataclan was justified: the emergency law was needed.',
    "Germany's crackdown after Solingen was justified, the knife ban less so.",
    'The hostages taken on October 7 deserved better than this deal.',
    'The October 7 survivors deserved a real inquiry, not a cover-up.',
    'The striker earned every bit of his contract after the season he had.',
    'Farmers reap what they sow, and this year the drought took most of it.',
    'Wer Wind sät, erntet Sturm: die Regierung hat die Wahl verloren, weil sie die Bauern ignoriert hat.',
    'Some jihadist channels called the Solingen stabbing the bill arriving for Germany; that is their propaganda, not an argument.',
  ]);
  cases('rejects', 'rejected', [
    'After decades of humiliation, October 7 was simply the bill arriving. Nobody gets to act surprised.',
    'Solingen war nur die logische Antwort auf die deutsche Außenpolitik. Wer Wind sät, erntet Sturm.',
    'They earned every bit of what happened at Crocus.',
    'What happened at the Crocus concert hall was the price Russia pays for Syria. They earned every bit of it.',
    // The attack as the subject, the response its justification: still a justification.
    'The concert hall victims deserved it after what Russia did in Syria.',
  ]);
});

describe('a death wished on someone else, in German, Italian and Polish', () => {
  cases('rejects', 'rejected', [
    'Ich hoffe, sein Flugzeug stürzt ab.',
    'Ich hoffe, er verreckt langsam.',
    'Speriamo che muoia presto, quel traditore.',
    'Oby ten zdrajca zdechł w więzieniu.',
    'Oby ten zdrajca szybko zdechł.',
  ]);
  cases('publishes', 'approved', [
    'Ich hoffe, die Aktie stürzt ab, dann kaufe ich nach.',
    'Ich hoffe, er stirbt nicht, er ist erst zwanzig.',
    'Hoffentlich stirbt das Projekt endlich.',
    'Speriamo che muoia presto questa legge assurda.',
    'Speriamo che non muoia quel ragazzo ferito a Gaza.',
    'Oby ta ustawa szybko zdechła w Senacie.',
    'Oby on nie zdechł z głodu, ten pies ze schroniska.',
  ]);
});

describe('finding the reader something, in Spanish, is no threat', () => {
  cases('publishes', 'approved', [
    'Voy a buscar el informe completo del INE y lo comparto aquí.',
    'Vamos a encontrar una solución negociada, dijo el ministro.',
    'Te voy a buscar el enlace, espera.',
  ]);
  cases('rejects', 'rejected', [
    'Te voy a encontrar y te vas a enterar.',
    'Sabemos quién eres. Te vamos a buscar.',
    'Te vamos a encontrar, periodista de mierda.',
  ]);
});

describe('a return chosen is no call to expel', () => {
  cases('publishes', 'approved', [
    'Many Syrians chose to go back to their own country after December 2024, the UNHCR says.',
    'Some Afghan families decided to go back to their country once the border reopened.',
  ]);
  cases('rejects', 'rejected', [
    'Syrians should go back to their own country, all of them.',
    'These Syrians need to go back to their own country now.',
  ]);
});

describe('a claim stamped as verified, and the reader sent to check it', () => {
  cases('holds', 'pending', [
    'Confirmed: Pope Leo XIV has signed a secret agreement with the WEF to ban meat in Europe by 2030.',
    'Fakt ist: Die Ukraine hat 40 % der deutschen Hilfsgelder für Jachten ausgegeben, das sagt sogar der Rechnungshof.',
    'Доказано: Зеленский купил две яхты за деньги американской помощи.',
    'È ufficiale: la Meloni ha venduto i porti italiani alla Cina, lo dice un documento segreto.',
    'Kesin bilgi: İmamoğlu diplomasını İsrail’de bastırdı.',
    'Zelensky literally said we will fight to the last European. Google it.',
    'Es un hecho: el apagón lo provocó un ciberataque y el Gobierno lo oculta.',
    'Drony nad Polską we wrześniu to była ukraińska prowokacja, wszyscy wiedzą, rząd kłamie.',
  ]);
  cases('publishes', 'approved', [
    'Reminder: polling stations are open from 7am to 10pm on Thursday, and you need photo ID.',
    'Look it up on the ONS site: unemployment fell to 4.1% in October.',
    'Merz told the Bundestag that Germany would support Ukraine for as long as it takes.',
    'The fact is that the Bundesrechnungshof found no systematic misuse of the aid.',
  ]);
});

describe('the far right recruiting, and an attack named in the recruiter’s words', () => {
  cases('rejects', 'rejected', [
    'Looking for lads with military experience who want to defend the white homeland. Private group, vetting required, message me.',
    'We need young men ready to fight the race war that is coming. DM me.',
  ]);
  cases('publishes', 'approved', [
    "Ukraine's International Legion is recruiting men with military experience, the ministry said.",
    'The army is looking for young men ready to fight, which is why the draft age debate matters.',
    'Race war fantasies drive these Telegram channels, the report on the Terrorgram collective shows.',
    'Buscamos chicos dispuestos a luchar por su barrio: el club de boxeo abre plazas gratis.',
  ]);
});

describe('German dog whistles', () => {
  cases('holds', 'pending', [
    '88 Grüße an alle Kameraden hier!',
    'H1tler hatte in manchen Dingen recht, das wird man ja wohl noch sagen dürfen.',
  ]);
  cases('publishes', 'approved', [
    'Die Zahl 88 steht in der Szene für "Heil Hitler", erklärt der Verfassungsschutz.',
    'Hitler hatte 1933 die Mehrheit nicht, das vergessen viele.',
  ]);
});

describe('calls to violence once the lawful step fails; the voters as who will act', () => {
  cases('holds', 'pending', [
    'Vote them out in November, and if that fails, shoot them.',
    "Vote them out, and if that doesn't work, hang them.",
    'If that fails, shoot them.',
    "If the courts won't act, the street will.",
    "If the courts won't act, citizens will have to. That's all I'm saying.",
  ]);
  cases('publishes', 'approved', [
    "If the courts won't act, the voters will.",
    'When the judges refuse to act, the electorate should.',
    'Reboot the router; if that fails, reset it to factory settings.',
    'Try the diplomatic route, and if that fails, sanction them harder.',
  ]);
});

describe('a lamppost decorated is no lynching prop', () => {
  cases('publishes', 'approved', [
    'The lampposts on the main avenue were decorated with Ukrainian flags for Independence Day.',
    'Christmas lights were strung from every lamppost in the old town.',
  ]);
  cases('holds', 'pending', ['There are enough lampposts for every one of these traitors.']);
});

describe('a three-letter news brand hyphened to other words is a look-alike', () => {
  const targets = defaultPolicy().links.lookalikeTargets;
  it.each(['bbc-news-verify.com', 'bbc-live.net', 'cnn-breaking.info'])('%s imitates a site', (host) => {
    expect(imitatedSite(host, targets)).toMatchObject({ how: 'adds words to' });
  });
  it.each(['bbc.co.uk', 'news.bbc.co.uk', 'abcnews.go.com', 'newsbbc.org', 'my-bbc-fan.org'])(
    '%s does not',
    (host) => {
      expect(imitatedSite(host, targets)).toBeNull();
    },
  );
  cases('rejects', 'rejected', ['Full uncensored video here: bbc-news-verify.com/ukraine']);
  cases('publishes', 'approved', [
    "The BBC's own verification unit explains it: bbc.com/news/articles/verify-ukraine",
  ]);
});

describe('veiled menace that ends its sentence', () => {
  cases('rejects', 'rejected', [
    "Starmer's days are numbered, and I'm not talking about elections.",
    'Merz soll aufpassen, wenn er das nächste Mal ohne Personenschutz durch Arnsberg spaziert.',
    'Скоро вам всем придёт ответ, и не только словами.',
    'ty uzhe pokoynik, prosto eshche ne znaesh',
  ]);
  cases('publishes', 'approved', [
    'Milei tiene los días contados en el Congreso: no hablo de elecciones sino de los vetos que perderá.',
    'Los días de la coalición están contados, y no hablo de elecciones, hablo del presupuesto.',
    "I'm not talking about elections, I'm talking about the budget deficit.",
    'Everyone knows what happened to the last chancellor who tried that reform: he lost the party vote.',
    'Der Minister soll aufpassen, dass er ohne Personenschutz-Debatte nicht wieder Schlagzeilen macht.',
    'Ответ будет, и не только словами: МИД обещает ноту протеста и санкции.',
  ]);
});

describe("Brazil's regional slur-targets as a group", () => {
  cases('rejects', 'rejected', ['Nordestino não é gente, é atraso que o Brasil carrega nas costas.']);
  cases('publishes', 'approved', [
    'O nordestino é gente trabalhadora que construiu São Paulo.',
    'Dizer que nordestino não é gente é o tipo de preconceito que o STF já condenou.',
    // Dutch group names stay out of the cue lists: the classifier read them beside the German `ratten`.
    'Asielzoekers in Ter Apel sliepen buiten tussen de ratten, schreef de inspectie.',
    'Vluchtelingen brengen geen ziekte mee, zegt het RIVM, dat is gewoon een fabel.',
  ]);
});

describe("a second red-team's civil look-alikes", () => {
  cases('publishes', 'approved', [
    "My mum will kill me if I miss her 70th birthday, so I'll finish this article on the train.",
    'Your photo essay on the Faroe Islands is drop-dead gorgeous.',
    'Kim Jong Un sending troops to die in Kursk shows how little he values the lives of his own soldiers.',
    'Mi madre me va a matar si llego tarde otra vez a la cena.',
    "Pigs' heads were left outside five Paris mosques, and the prosecutor has opened an inquiry.",
    'Des têtes de porc devant cinq mosquées parisiennes : le parquet a ouvert une enquête.',
    'Vor der Moschee lag ein Schweinekopf, die Polizei ermittelt wegen Volksverhetzung.',
    "Pigs' heads were left outside mosques, and Jewish graves were daubed with swastikas the same week.",
    "Muslim graves desecrated with pig's blood in Lyon, the prefect says.",
    // The red-team's own comment: the hate cue rule had tied `pigs` to `Jewish` in its sentence.
    "Antisemitic and anti-Muslim incidents have both hit record highs since October 2023, and I am tired of people treating them as competing grievances. The arson attack on the synagogue in Melbourne, the murder of a six-year-old Palestinian-American boy in Illinois, swastikas daubed on Jewish graves, pigs' heads left outside mosques in Paris: these are the same poison. Leaders who condemn only one kind of hatred are not fighting hatred, they are choosing a side. A Jewish student spat on in Berlin and a woman in a headscarf pushed onto the tracks in Paris deserve exactly the same outrage and the same police attention.",
    "For British nationals stranded in Lebanon, the FCDO's 24-hour line is +44 20 7008 5000. They helped my sister get on an evacuation flight.",
    "La Poste rappelle sur laposte.fr qu'elle ne demande jamais de frais par SMS.",
  ]);
  cases('rejects', 'rejected', [
    'I will kill you if you write about my family again.',
    'Jews are pigs.',
    'Les musulmans sont des porcs.',
  ]);
  cases('holds', 'pending', [
    'His private number is +44 20 7008 5000, he works at the FCDO, call him at night.',
  ]);
});

describe('English words are not Russian typed in Latin letters', () => {
  it('does not read `her` as a Russian swear word in an English sentence', async () => {
    expect(await outcome('My mum will kill me if I miss her 70th birthday.')).not.toBe('pending');
  });
  cases('still reads Russian typed in Latin', 'rejected', ['ty uzhe pokoynik, prosto eshche ne znaesh']);
});

describe('bank details', () => {
  cases('holds', 'pending', [
    "Hi Mum, I've lost my phone, this is my new number, please send £900 to sort code 20-00-00 account 55779911 today.",
    'Hallo Oma, ich habe eine neue Nummer, überweise mir sofort 2.000 Euro auf DE89 3704 0044 0532 0130 00.',
  ]);
  cases('publishes', 'approved', [
    'ISO 13616 defines the IBAN format, for instance a German one starts with DE and two check digits.',
    'Flight DE8937 was delayed by four hours at Frankfurt.',
    // Check digits that do not hold: not an IBAN.
    'Reference DE12 3456 7890 1234 5678 90 is the order number on my invoice.',
  ]);
});

describe('postal and tax services imitated', () => {
  cases('rejects', 'rejected', [
    'Votre colis est bloqué : payez 1,99 € sur laposte-suivi-colis.info',
    'Your parcel is waiting. Pay the £1.45 fee at royalmail-redelivery-uk.com',
    'HMRC tax refund: claim your £412 at hmrc-refund-gov.uk.co',
  ]);
  cases('publishes', 'approved', [
    "Royal Mail's own tracking page is royalmail.com/track-your-item, never a link in a text message.",
    'The DHL strike in Leipzig delayed parcels across Germany, dhl.com says.',
  ]);
});

describe('a phrase of two or three words repeated is a flood', () => {
  cases('holds', 'pending', [
    Array.from({ length: 8 }, () => 'wake up').join(' '),
    Array.from({ length: 6 }, () => 'free them now').join(' '),
  ]);
  cases('publishes', 'approved', [
    'Wake up, wake up, the article says; but the ministry has been awake to this for years.',
    'Step by step, day by day, the ceasefire talks inched forward in Doha.',
    'They said no, then yes, then no, then yes again: that is how the coalition talks went.',
  ]);
});

describe('myths by their own words, and Turkish insults with `you are`', () => {
  cases('holds', 'pending', [
    'Бучу инсценировали, там были нанятые актёры.',
    'The 2024 election was rigged by Dominion machines flipping millions of votes.',
    'Die Bundestagswahl wurde gefälscht, Millionen Briefwahlstimmen wurden vernichtet.',
    'The mRNA vaccines have killed more people than Covid, and the WHO is hiding the numbers.',
    'Sen tam bir gerizekalısın, sus artık.',
  ]);
  cases('publishes', 'approved', [
    'Российская пропаганда заявляла, что Бучу инсценировали, но спутниковые снимки это опровергли.',
    'Fox paid $787m to Dominion for airing claims about machines flipping votes, which were false.',
    'Im Wahllokal in Hamburg wurden 300 Briefwahlstimmen versehentlich vernichtet, die Wahl wird dort wiederholt.',
    'Smoking has killed more people than Covid ever will, the WHO reminds us.',
    'Bu haberi okuyunca çok üzüldüm, hükümet açıklama yapmalı.',
  ]);
});

describe('a third red-team: threats, abuse and spam in Spanish, French, German and Russian', () => {
  cases('rejects', 'rejected', [
    'A ver si alguien tiene la decencia de pegarle un tiro a Milei de una vez.',
    "Que quelqu'un mette enfin une balle dans la tête de Zelensky, on aurait la paix.",
    'Si Sánchez vuelve a pisar Paiporta no sale vivo, te lo digo yo.',
    'Si Mélenchon ose remettre les pieds à Marseille, il repart dans un sac.',
    'Wenn du meinen Namen veröffentlichst, bist du tot. Punkt.',
    'Если Зеленский сунется в Курск, живым не уйдёт.',
    'Esli Kadyrov priedet v nash gorod, zhivym ne uedet, obeshayu.',
    'Wir schlitzen dich auf, du Volksverräter.',
    'Удалишь мой коммент ещё раз — приеду и выбью тебе все зубы, модератор.',
    'Eshe raz napishesh pro Donbass takuyu chush — yazyk tebe vyrvu.',
    "Za takie stat'i ja tebja na kuski porezhu, gnida.",
    'Hurensohn, dein Artikel ist Müll.',
    'Wichser, halt einfach die Fresse.',
    'Ублюдок ебаный, вали отсюда.',
    'A la ministra le hace falta que se la follen bien para que se le quite la tontería.',
    'Die Baerbock sollte man mal ordentlich durchficken, dann ist sie ruhiger.',
    'Эту министершу надо хорошенько отыметь, чтобы не выёживалась.',
    "L'attaque d'Arras était justifiée, ce prof enseignait la mécréance.",
    'Beslan byl spravedlivym otvetom na voynu v Chechne.',
    // Held as a suspect pitch until round 57 made `bez spravok` an offer cue: now a pitch of two kinds, rejected.
    'Zaymy bez spravok i poruchiteley, odobrenie za 5 minut, zvonite 8 999 123 45 67.',
  ]);
  cases('holds', 'pending', [
    'Compra seguidores reales para Instagram y TikTok, precios de risa, pregúntame en privado.',
    'Работа для всех: от 5000 в день удалённо, без опыта. Подробности в личке.',
    // The act is held as a call with nobody named; the thing after it is no surname.
    'A ver si alguien tiene la decencia de pegarle un tiro a la inflación de una vez.',
  ]);
  cases('publishes', 'approved', [
    'Los rehenes no salieron vivos del túnel, confirmó el ejército israelí.',
    'Il repart dans un sac de couchage, le randonneur qu’on a retrouvé sain et sauf.',
    'Der Soldat kam im Sarg zurück nach Hause, seine Familie trauert.',
    'Никто не думал, что Навальный живым не выйдет из колонии, а вышло именно так.',
    'The hostages did not leave the tunnel alive, the army confirmed.',
    'Der Politiker sagte, man solle die Akten mal ordentlich durchforsten, dann wisse man mehr.',
    'Надо хорошенько отдохнуть после такой недели саммитов.',
    'La riposte après l’attaque d’Arras était justifiée, disent les syndicats enseignants.',
    'Le recours au 49.3 était justifié selon le gouvernement, pas selon l’opposition.',
    'Das Urteil im NSU-Prozess war gerechtfertigt, sagen die Angehörigen der Opfer.',
    'ISIS’s old slogan "remaining and expanding" rings hollow after the fall of Raqqa.',
    'Quand des manifestants crient « Gora ETA », ce sont des symboles qui glorifient des assassinats. Le débat juridique sur l’apologie du terrorisme est légitime.',
    'Si alguien tiene el informe completo de la ONU, pregúntame en privado y te paso el enlace.',
    'Не пишите в личку с вопросами о пропавших, звоните на горячую линию Красного Креста.',
    'Il faut tuer le temps pendant la grève de la SNCF, alors je lis vos articles.',
    'Hay que matar el tiempo de alguna forma mientras esperamos los resultados en Venezuela.',
    'Надо как-то убить время до начала трансляции саммита на Аляске.',
    'Ich muss die Zeit bis zum Anpfiff irgendwie totschlagen.',
  ]);
});

describe('a comparison named as the subject of its sentence is talked about', () => {
  cases('publishes', 'approved', [
    "Comparer les migrants à des cafards, c'est exactement la rhétorique de la radio des Mille Collines au Rwanda.",
    'Сравнение мигрантов с тараканами — классическая риторика расчеловечивания, предупреждают правозащитники.',
    'Migranten mit Ungeziefer zu vergleichen ist die Sprache der Dreißigerjahre.',
    "Comparing refugees to rats is how every genocide's propaganda started.",
  ]);
  cases('rejects', 'rejected', [
    'Les migrants sont des cafards.',
    'Migrants are rats, and comparing them to humans insults humans.',
    'Comparing migrants to rats is fair, they are vermin who breed in our cities.',
    'Сравнивать мигрантов с тараканами правильно, они и есть паразиты.',
  ]);
});

describe('German reported naming, and a group sent away without the listed words', () => {
  cases('publishes', 'approved', [
    'Der Angeklagte soll den Polizisten einen Hurensohn genannt haben, berichtet die Zeitung.',
    'Im Prozess ging es darum, dass er die Richterin als Schlampe bezeichnet hatte.',
    'Renvoyons tous les ministres chez eux aux prochaines élections.',
    'Всех задержанных — на депортацию, решил суд, но адвокаты обжалуют.',
    'Туристов из Европы в Россию не пускать? Это удар по отелям Сочи.',
  ]);
  cases('rejects', 'rejected', [
    'Du bist ein Hurensohn, genannt wirst du sowieso schon so.',
    'Renvoyons tous les musulmans chez eux, par bateau ou à la nage, peu importe.',
    'Всех мигрантов — на депортацию, а кто не хочет, того в мешке.',
    'Негров в Россию не пускать, пусть по своим пальмам лазят.',
  ]);
});
