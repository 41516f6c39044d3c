import { describe, expect, it } from 'vitest';
import { misinformation } from '../../../shared/moderation/checks/misinformation';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('misinformation check', () => {
  it.each([
    // The staged event, the secret, the call to wake up.
    'The airport blast was a false flag, everyone with a brain can see it.',
    'Those "victims" are crisis actors. Same faces as at the Brenmoor shooting.',
    'It was all staged to push the new surveillance law through.',
    "They don't want you to know who really planted the device.",
    'Wake up people, the war is a business plan.',
    'Do your own research before you swallow what this paper prints.',
    'Fue un autoatentado, está clarísimo.',
    'Réveillez-vous, tout est mis en scène depuis le début.',
    'Lügenpresse! Was man uns verschweigt, steht hier natürlich nicht.',
    'Проснитесь, это всё постанова.',
    'vse postanova, rebyata',
    // A comment dressed as a news flash; the insider source.
    'BREAKING: the defence minister has fled to Montenegro with his family.',
    'Срочно: президент в больнице, скрывают уже третий день.',
    'My sources inside the ministry confirmed that the ceasefire deal is already dead.',
    // The jab, the vote.
    'The jab rewrites your DNA, that is why they called it experimental.',
    'Microchips in the vaccine, they admitted it on page 40 of the contract.',
    'Dead people voted in the thousands, the election was stolen.',
    'Las elecciones robadas, otra vez, y nadie hace nada.',
    // Insinuation and coded hostility.
    'Councillor Ambrose bought the land a month before the rezoning. Just asking questions.',
    'La députée Moreau était absente ce jour-là. Je dis ça, je dis rien.',
    'Wieder ein Einzelfall, die Goldstücke sind halt so.',
    'Cui bono? Follow the money and the official story falls apart.',
    // Tenth round: the gagged newsroom, the real purpose of the jab, the sarcastic closer.
    'Every broadcaster in the region was ordered not to air the pictures from the dam. Nothing to see here.',
    'Think about what the vaccine was really designed for, then look at the birth figures.',
    'Nettle tea every morning flushes the spike protein out, my doctor will never tell you that.',
    'They sterilised an entire generation and called it prevention.',
    'The governor signed the port deal, his cousin got the contract. Nothing to see here. Probably unrelated.',
    'Not accusing anyone, but the judge bought two flats the week of the verdict. Honest question.',
    'The blackout was planned long ago, and people are finally waking up to it.',
    'Todo esto estaba planeado, lo tapan y todo el mundo lo sabe.',
    'Alles war geplant, und es wird vertuscht.',
    'Всё спланировано заранее, а нам запретили писать об этом.',
    'The referendum was staged from day one, connect the dots.',
    'El apagón fue planeado. ¿Qué casualidad, no? Pregúntense quién ganó.',
    'Der Anschlag war geplant. Zufall, dass die Kameras aus waren? Denkt mal nach.',
  ])('holds conspiracy talk and invented news: %s', async (text) => {
    const result = await resultOf(misinformation, text);
    expect(result).toMatchObject({ outcome: 'hold', reason: 'misinformation_review' });
    expect(result.evidence?.every((e) => e.kind === 'misinformation' && e.span !== undefined)).toBe(true);
  });

  it.each([
    // History in another sentence does not excuse today's claim, nor does a document said to be declassified now.
    'Remember Gleiwitz in 1939? Bucha is the same thing, the whole massacre was staged with paid actors.',
    'Declassified files now prove the Bucha massacre was staged with paid actors.',
  ])('holds a claim about today beside history: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    // Reporting, debunking, quoting: the site's daily work.
    'Fact-checkers debunked the false flag claims within hours of the attack.',
    'The "crisis actors" story was spread by the same Telegram channels as last year.',
    'Pro-Kremlin accounts are pushing the idea that it was staged.',
    'It was not staged: three independent teams geolocated the footage.',
    'La teoría de que fue un autoatentado no tiene ningún fundamento.',
    'Le mythe du faux drapeau revient à chaque attentat.',
    'Der Begriff "Lügenpresse" stammt aus dem 19. Jahrhundert.',
    'Конспирологи опять пишут, что всё постанова.',
    // A fact-check saying a fake is one.
    'Verificación: el audio de la jefa de policía es un montaje, la voz fue clonada con IA.',
    // Sharp but civil; ordinary words that markers are made of.
    'The election in Velmora was rigged, observers from the OSCE said so in their report.',
    'Staged withdrawal of troops over three months is the only realistic plan.',
    'I wake up every morning to more bad news from the front.',
    'Breaking the ceasefire would cost Moscow more than it gains.',
    'The minister is an incompetent liar and this government has no plan.',
    'I wake up every morning and the mainstream media still has nothing on Sudan.',
    'Companies are shedding jobs, the elites are fine, and Russian television is censored anyway.',
    'The invasion was planned in advance: the satellite images of the build-up prove it.',
    'Not a word on the news about the strike at the port, which is odd for a story this size.',
    'The real death toll is probably higher than the ministry says; rescuers are still digging.',
    'Young conscripts are dropping dead in the trenches while the generals lie about the losses.',
    'Honest question: does anyone know when the referendum results will be certified?',
    'Russian channels were ordered not to show the protests, as the leaked guidance showed.',
    'The exercise was staged in the Baltic over three days, with 9,000 troops.',
    'Der Angriff war geplant, sagen die Ermittler, seit mindestens einem Jahr.',
    'What are the odds that the talks succeed this time? Low, according to every diplomat I know.',
    // A claim named as one before what it says (round 25).
    'Версия, что теракт в Крокусе был операцией под ложным флагом, ничем не подтверждена.',
    'Die Behauptung, dass der Anschlag in Solingen eine False-Flag-Aktion war, hält keiner Prüfung stand.',
    // History, where a staged attack is a documented fact (round 25).
    'The documents show the Pentagon considered paid actors and staged attacks in 1962.',
    'Historians agree the Gleiwitz incident was a staged attack by the SS to give Hitler a pretext.',
    'In 1933 the Nazis used the Reichstag fire as a pretext; whether it was staged is still debated by historians.',
  ])('publishes reporting, debunking and civil criticism: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });

  it.each([
    // Round 24: Russian typed in Latin letters, read a second time in Cyrillic.
    'Srochno: Zelenskiy sbezhal v London, ofis pustoi, SMI molchat.',
    'Kak po zakazu, vzryv proizoshel rovno pered vyborami. Sovpadenie? Ne dumayu.',
    'Eto vse Soros oplatil, a ob etom ne pishut, potomu chto vse kupleno.',
    // …including where Polish, which shares its short words, leads the function-word vote.
    'prosto sprashivayu: pochemu vzryv na mostu sluchilsya rovno za den do peregovorov? kto-to ochen khotel chtoby ikh sorvat, dumaite sami',
    // The coincidence asked about and denied at once; Ukrainian news flashes.
    'The port burned the night before the inspection. Coincidence? I don’t think so.',
    'ТЕРМІНОВО: мобілізаційний вік знизять до 16 років, документ підписаний.',
    // The jab and the vote, in the readership's other languages.
    'Die Impfung verändert die DNA, das weiß inzwischen jeder Arzt, der ehrlich ist.',
    'La vacuna causa infertilidad, lo saben todos los médicos pero no pueden decirlo.',
    'Il vaccino modifica il DNA, lo sanno tutti i medici onesti.',
    'Прививка меняет ДНК, это уже все честные врачи признали.',
    'Rappel : pour le second tour, les votes par SMS seront acceptés cette année.',
    'Les élections ont été truquées, des milliers de bulletins ont été brûlés à Marseille.',
    // The side that was hit did it to itself; chemtrails; the paid journalist.
    'Они сами себя обстреляли, как всегда.',
    'Die Kondensstreifen sind Chemikalien, das ist längst bewiesen.',
    'On devine aisément qui vous a dicté la conclusion. La vie de porte-voix doit être confortable.',
  ])('holds, round 24: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    // A claim denied inside or right after it, the vote by text message warned about, a real question.
    'Die Impfung verändert nicht die DNA, das erklärt der Artikel gut.',
    'Nein, die Impfung verändert die DNA nicht. Das ist seit Jahren geklärt.',
    'La vacuna no modifica el ADN, lo explica bien la OMS.',
    'No, the vaccine does not cause infertility; the large Danish study found nothing.',
    'Be careful with messages saying you can vote by text message — it is a scam the commission warned about.',
    'In Estonia you can vote online, but nowhere can you vote by SMS.',
    'Die Kondensstreifen sind Wasserdampf, keine Chemikalien.',
    'Просто спрашиваю: кто-нибудь знает, где будет трансляция суда?',
    // Rigged votes abroad and self-inflicted attacks reported as the other side's claim.
    'Les élections ont été truquées en Biélorussie, l’OSCE l’a documenté.',
    'Российское ТВ утверждает, что украинцы сами себя обстреляли. Это классика их пропаганды.',
    'Die Behauptung, die Wahl sei gefälscht, hält keiner Prüfung stand.',
    'Sluhi pro sozhzhennye byulleteni — feik, eto uzhe proverili.',
    'Zelenskiy segodnya v Londone na vstreche s prem’erom, pishet Reuters.',
    // The answered coincidence quoted; the vote by text reported, or denied two words on.
    '"Coincidence? I don\'t think so" is the standard caption on these channels, the researchers found.',
    'Texts telling Moldovan voters they could vote by SMS were traced to a bot network, the commission said.',
    "The minister's office says votes by text message will never be accepted; the rumour is false.",
  ])('publishes, round 24: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });

  it.each([
    // Round 24, from `dev74`'s families: the commenter paid per comment, the envelope from an embassy, the
    // article dictated, sarcastic neutrality, the relative inside with the order to keep quiet, the vote said
    // to be useless or erasable, what they will not print.
    'How much do they pay you per comment, @ivan_k? Saw you here at 9 sharp again.',
    'Qué objetividad, Marta. Se nota que el sobre de la embajada llega puntual.',
    "Article dicté directement par l'Élysée, comme d'habitude.",
    "Yeah she's definitely neutral, her husband only runs the ministry's PR.",
    'Mi cuñado es policía en Melilla y dice que tienen orden de no contar a los que entran.',
    "Mon beau-frère est gendarme et il dit qu'ils ont reçu l'ordre de se taire. Les médias n'en parleront pas.",
    'Знакомая работает в больнице, говорит, что им запрещено фиксировать осложнения после прививки.',
    'Take your own pen to the polling station, the pencils let them rub out your cross.',
    'Можно не ходить на участок, в этом году всё равно всё посчитали заранее, передайте бабушкам.',
    "Here's what they won't print: the minister resigned last week and they are keeping it quiet.",
    'Pallywood again: same crying kid, three different wars.',
  ])('holds, round 24 (dev74): %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'How much do they pay teachers per hour in Finland? The article does not say.',
    'Mi cuñado es médico en Melilla y dice que el hospital está desbordado.',
    'The ambassador handed over an envelope with the credentials, as protocol requires.',
    'Chlorine dioxide is bleach, and the FDA warned against drinking it; the article on MMS is a useful warning.',
    'Les soldats ont reçu l’ordre de se retirer de Kherson en novembre 2022, selon l’état-major.',
    'Солдаты получили приказ отступить, но связь была потеряна.',
    'Immunotherapy now cures some melanomas outright, which would have been unthinkable in 2005.',
    'Moscow tried to blame it on Ukraine within hours, the usual playbook.',
  ])('publishes, round 24 (dev74): %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });

  it('points a Cyrillic reading’s evidence at the Latin words of the comment', async () => {
    const text = 'Srochno: Zelenskiy sbezhal v London, ofis pustoi, SMI molchat.';
    const result = await resultOf(misinformation, text);
    const flash = result.evidence?.find((e) => e.value === 'invented');
    expect(flash?.span && text.slice(...flash.span)).toBe('Srochno');
  });

  it('holds two weak markers together, not one alone', async () => {
    expect(await outcomeOf(misinformation, 'The mainstream media is useless on this war.')).toBe('pass');
    expect(
      await outcomeOf(misinformation, 'The mainstream media will cover up the real truth, as always.'),
    ).toBe('hold');
  });

  it('can be turned off in the policy', async () => {
    const policy = { ...defaultPolicy(), misinformation: { enabled: false } };
    expect(await outcomeOf(misinformation, 'It was a false flag, wake up sheeple.', policy)).toBe('pass');
  });
});

describe('narratives every round-25 writer reached for (misinformation-narratives.ts)', () => {
  it.each([
    'Putin died last spring and the man on TV is a body double, compare the earlobes.',
    'Лукашенко давно умер, вместо него двойник. Сравните уши на старых фото.',
    'Google the surnames of the owners of Reuters and AP and you will understand everything.',
    'Погуглите фамилии владельцев этих каналов, и вопросы отпадут.',
    'they control the banks, they control hollywood, they control the news.',
    "Turmeric and baking soda every morning cured my aunt's cancer in a month. Doctors won't tell you.",
    'Бабушка вылечила диабет отваром лаврового листа, а врачи это скрывают.',
    'Die «Flüchtlinge» auf Lampedusa sind junge Männer mit nagelneuen iPhones.',
    "les 'réfugiés' ont tous des iphone 15, étrange non",
    'La vacuna lleva grafeno, está más que comprobado.',
    'Буча постановка, трупы были манекены.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'The rumour that Putin uses a body double has circulated since 2020 and has never been backed by any evidence.',
    'Is it true that Moscow has a body double for Putin? I keep seeing this on TikTok.',
    'The Doppelgänger campaign cloned Le Monde and Der Spiegel to publish fake articles about Ukraine.',
    'Stunt doubles are used in every action film, that is not news.',
    'The register lists the owners of the paper: two families, the surnames are in the annual report.',
    'The central bank controls interest rates, and the government controls the budget.',
    'The new drug cured 40% of patients with this form of leukaemia in the trial, the Lancet reports.',
    'Doctors in Gaza say they hide patients in corridors because the wards are full.',
    'Compare the two maps: the front line has barely moved since spring.',
    'Refugees use smartphones to navigate the Balkan route, a UNHCR study found.',
    'The graphene-in-vaccines hoax was debunked by every lab that tested the vials.',
    'Graphene batteries could transform electric cars, the researchers say.',
    'Crash-test dummies and mannequins are used in the training exercise, the army said.',
    'The machines are programmed and tested in public before every election, observers can attend.',
    // A one-word dog whistle in quotation marks is a quotation of it, not a sneer.
    'Der Begriff „Umvolkung“ stammt aus dem NS-Vokabular, gut, dass der Artikel das einordnet.',
  ])('publishes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('myths and dog whistles known by name (misinformation-named.ts)', () => {
  it.each([
    'the kalergi plan is being carried out right in front of us',
    'Le plan Kalergi se réalise sous nos yeux',
    'the Khazarian mafia is behind this war too',
    'Rothschilds fund both sides of every war, always have',
    'Les Rothschild tirent les ficelles depuis deux siècles',
    'the moon landing was faked in a studio, same people, same lies',
    'Sandy Hook was a drill, look it up',
    'adrenochrome harvesting, that is what these elites are hiding',
    'they want us eating bugs while they fly private jets',
    '15 minute cities are open air prisons, that is the plan',
    'you will own nothing and be happy, the great reset in action',
    "it's okay to be white, why is that controversial",
    'la gran sustitución avanza y nadie dice nada',
    'the bombing was orchestrated by the CIA, obviously',
    "l'attentato l'hanno organizzato i servizi, lo sanno tutti",
    'Киев сам обстрелял свой торговый центр, чтобы обвинить Россию',
    '5G towers spread the virus, that is why they went up during lockdown',
    'measles is actually good for kids, we let ours get it naturally',
    'Früher nannte man das unwertes Leben, und so falsch war das nicht.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'The Kalergi plan is an antisemitic conspiracy theory that keeps resurfacing in far-right channels.',
    'El llamado plan Kalergi es un bulo antisemita, y el artículo lo explica bien.',
    'The Rothschild bank financed railways across Europe in the 19th century.',
    'The Rothschild foundation funds a lot of archives and museums in Britain today.',
    'The moon landing footage was filmed on cameras Hasselblad built, my grandfather worked on them.',
    'Survivors of Beslan held a memorial drill at the school this year.',
    'My town is basically a 15 minute city already and nobody feels locked in, we just walk more.',
    'The EU approved mealworm powder as food; nobody has to buy it.',
    "QAnon's slogan WWG1WGA appeared on signs at the rally, the reporter noted.",
    'The 1985 Rainbow Warrior bombing was carried out by the French secret services.',
    'The attack was carried out by the Islamic State, which claimed it within hours.',
    'measles is not harmless, it killed two children in Texas this year',
    '5G coverage in rural Spain is still poor, which matters more than the article admits.',
    'Die Nazis ermordeten unter dem Begriff „lebensunwertes Leben“ zehntausende Behinderte.',
  ])('publishes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});
