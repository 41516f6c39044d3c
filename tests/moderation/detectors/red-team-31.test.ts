/**
 * Classes two red-teams left open (stop 46's probes still wrong at stop 47's end, and stop 48's own red-team),
 * taken up at stop 48, each with its civil twins. Each rule was written before it was measured on the
 * evaluation set (docs/moderation-rounds.md, round 31).
 */
import { describe, expect, it } from 'vitest';
import { abuse } from '../../../shared/moderation/checks/abuse';
import { classifier } from '../../../shared/moderation/checks/classifier';
import { extremism } from '../../../shared/moderation/checks/extremism';
import { hate } from '../../../shared/moderation/checks/hate';
import { misinformation } from '../../../shared/moderation/checks/misinformation';
import { personalData } from '../../../shared/moderation/checks/personal-data';
import { threats } from '../../../shared/moderation/checks/threats';
import { toxicityCheck } from '../../../shared/moderation/checks/toxicity';
import { lexiconProvider } from '../../../shared/moderation/toxicity/lexicon';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';
import { outcomeOf } from './support';

const toxicity = toxicityCheck(lexiconProvider);
const published = async (text: string) => (await runPipeline(makeContext(text))).outcome;

describe('a disease metaphor said of an ideology is not said of the group named after it', () => {
  it.each([
    'Islamist terror is a cancer, and the first victims are Muslims themselves.',
    'El terrorismo yihadista es un cáncer y las primeras víctimas son los musulmanes.',
    'Der Islamismus ist ein Krebsgeschwür, und die ersten Opfer sind Muslime.',
    'Jihadism is a plague on Muslims first of all.',
  ])('publishes: %s', async (text) => {
    expect(await published(text)).toBe('approved');
  });

  it.each([
    'Muslims are a cancer on this country.',
    'Migranten sind ein Krebsgeschwür.',
    // The ideology brought by the group: said of the group.
    'Terrorism is a disease spread by Muslims.',
    'Le terrorisme est une peste importée par les migrants.',
  ])('rejects: %s', async (text) => {
    expect(await published(text)).toBe('rejected');
  });

  it('lets the toxicity lexicon read the same subject', async () => {
    expect(
      await outcomeOf(toxicity, 'Islamist terror is a cancer, and the first victims are Muslims themselves.'),
    ).toBe('pass');
    expect(await outcomeOf(toxicity, 'Muslims are a cancer, and the first victims are us.')).not.toBe('pass');
  });
});

describe('a short German sentence is read as German', () => {
  it('does not take the article `die` for a death', async () => {
    expect(await outcomeOf(threats, 'Du wirst dich totlachen über die Pressekonferenz.')).toBe('pass');
  });

  it.each(['You will die, journalist.', 'Du wirst sterben, Journalist.'])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });
});

describe("an address said to be a public place's", () => {
  it.each([
    'Calle Mayor 1 es la dirección del Ayuntamiento de Madrid, por si alguien quiere protestar formalmente.',
    '14 Rue de Varenne is the address of the ministry, send your letters there.',
    'The ICC is in The Hague, at Oude Waalsdorperweg 10, and its hearings are public.',
    'La redacción está en la calle Miguel Yuste 40, Madrid; podéis mandar una carta al director.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });

  it.each([
    'Juan García vive en Calle Mayor 3, al lado del Ayuntamiento.',
    'Calle Mayor 3 es la dirección de Juan, el del ayuntamiento.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it('passes a consular line and holds a private one', async () => {
    expect(
      await outcomeOf(
        personalData,
        "If you're worried about relatives in Lebanon, the Foreign Office consular line is +44 20 7008 5000, open 24 hours.",
      ),
    ).toBe('pass');
    expect(
      await outcomeOf(
        personalData,
        'His office line is +1 (202) 555-0187, the direct one, not the switchboard. Call and ask him.',
      ),
    ).toBe('hold');
  });
});

describe('praise that others give, told as news, is not the classifier’s either', () => {
  it.each([
    'Some in Gaza call the attackers martyrs, which tells you how deep the radicalisation runs.',
    'O Hamas diz que os combatentes mortos são mártires; Israel chama-os terroristas.',
  ])('publishes: %s', async (text) => {
    expect(await outcomeOf(classifier, text)).toBe('pass');
    expect(await published(text)).toBe('approved');
  });

  it.each(['The attackers are martyrs.', 'I call the attackers martyrs and heroes.'])(
    'rejects: %s',
    async (text) => {
      expect(await published(text)).toBe('rejected');
    },
  );
});

describe('hate in Italian, Polish, Portuguese and Ukrainian', () => {
  it.each([
    'Cyganie to złodzieje, wszyscy co do jednego.',
    'Pedały to zboczeńcy.',
    'Gli ebrei comandano tutto, banche e giornali.',
    'Жиди керують світом.',
    'I negri tornino in Africa.',
    'Os imigrantes são todos criminosos.',
    'Gli immigrati sono delinquenti.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });

  it.each([
    'I ladri hanno svaligiato la casa del sindaco.',
    'Gli ebrei di Roma ricordano il 16 ottobre.',
    'Cyganie w Polsce mają swoją kulturę.',
    'Цигани в Україні мають свою культуру.',
    'Злочинці обстріляли Харків.',
    'Molti siriani tornano in patria dopo la caduta di Assad.',
    // Refuted, or told as a claim.
    'Non è vero che i migranti sono criminali, lo dicono i dati del Viminale.',
    'Nie jest prawdą, że migranci to przestępcy.',
    'I migranti non sono criminali, sono persone.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });
});

describe('praise of terrorist groups and attacks in Ukrainian, Polish, Italian and French', () => {
  it.each([
    'Вагнерівці — герої, слава ПВК.',
    'Слава Вагнеру, вони герої.',
    'Bohaterowie z Wagnera, chwała im.',
    'Bravi i ragazzi di Hamas, il 7 ottobre è stato giusto.',
    'Le Brigate Rosse avevano ragione a uccidere Moro.',
    'Zamach w Krokusie był zasłużoną karą dla Rosjan.',
    'Zamach w Krokusie był słuszny.',
    "Très bon papier sur le Sahel. Par contre l'État islamique au Grand Sahara, ce sont de vrais moudjahidines, qu'Allah leur donne la victoire. Merci.",
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });

  it.each([
    'Wagner to nie bohaterowie, to najemnicy.',
    'Gli eroi del 7 ottobre sono i soccorritori dei kibbutz.',
    'Propaganda nazywa ich bohaterami, ale to mordercy z Wagnera.',
    'La propaganda russa chiama eroi i mercenari della Wagner.',
    'Le Brigate Rosse avevano torto, e lo dico da sinistra.',
    'Il processo alle Brigate Rosse fu giusto.',
    // Spanish `justo` is "right before": no attack called just.
    'Qué casualidad que el atentado fuera justo la víspera de votar la ley.',
  ])('does not reject: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).not.toBe('reject');
  });
});

describe('who hides behind a handle, in Italian, Polish, Portuguese and Turkish', () => {
  it.each([
    'Ten "Patriota" to naprawdę Marek Nowak z Radomia, pracuje w urzędzie miasta.',
    'Quel "Lupo" è in realtà Marco Bianchi, insegnante al liceo Galilei di Firenze.',
    'O "Tuga_Livre" é na verdade o João Silva, trabalha na câmara de Braga.',
    '"Bozkurt" aslında Ahmet Yılmaz, Kadıköy\'de bir okulda öğretmen.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it.each([
    'Il "Lupo" è in realtà un romanzo di Verga.',
    '"Bozkurt" aslında bir sembol, bir kişi değil.',
    'Thanks "Anon_77" to John Smith for the link.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});

describe('phone numbers spelled out in words, by digits or by pairs', () => {
  it.each([
    "Son portable, c'est le zéro six douze trente-quatre cinquante-six soixante-dix-huit.",
    'Il suo cellulare: tre tre tre, uno due tre, quattro cinque sei sette.',
    'His number is oh seven seven double oh, nine hundred, four six one. Ring him any time.',
    'ego nomer vosem devyat shestnadcat odin dva tri sorok pyat shestdesyat sem, zvonite',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('hold');
  });

  it.each([
    "Il a dit trois ou quatre fois qu'il appellerait.",
    'In nineteen ninety-nine, twenty thousand troops crossed.',
    'Die Zahlen: zwanzig, dreißig, vierzig Prozent der Wähler.',
    'Sei sei sei volte campione, tre titoli, due coppe.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(personalData, text)).toBe('pass');
  });
});

describe('ambiguous calls to violence in more languages, and with a car or a stick', () => {
  it.each([
    'Alguém devia dar um tiro nesse deputado.',
    'Quel ministro farà la fine di Moro, presto.',
    'Tego posła trzeba powiesić na latarni.',
    'Bu hainleri asmak lazım, hepsini.',
    'Die minister moet je gewoon opknopen.',
    'Någon borde skjuta den där ministern.',
    'The protesters blocking the motorway deserve to be run over, simple as that.',
    "Ces manifestants mériteraient qu'on leur roule dessus.",
    'etih politikov nado bit palkami na ploshadi',
    'Questi politici andrebbero presi a bastonate in piazza, uno per uno.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('hold');
  });

  it.each([
    'O jogador deu um tiro ao poste.',
    'A cyclist was run over on the A4 yesterday.',
    'Le bus lui a roulé dessus, il est hospitalisé.',
    'Trzeba powiesić nowe zasłony w urzędzie.',
    // The street answers by lawful means.
    'La grève de jeudi sera massive, la rue répondra dans le calme et la légalité.',
    'La rue répondra par une grève générale.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('a call for a lawful process is no call to violence', () => {
  it.each([
    'A estos políticos corruptos habría que juzgarlos y meterlos en la cárcel, con todas las garantías.',
    'Этих депутатов надо судить, а не награждать.',
  ])('publishes: %s', async (text) => {
    expect(await published(text)).toBe('approved');
  });

  it('still holds the same frame with a rope', async () => {
    expect(await published('Этих депутатов надо судить и повесить.')).not.toBe('approved');
  });
});

describe('the writer said to be paid, and a massacre said staged, in more languages', () => {
  it.each([
    'Автор явно получает гранты от Госдепа, иначе бы такое не писал.',
    'interesno skolko platyat avtoru za takie statyi? yavno ne v rublyah',
    'Combien Kiev vous paie pour écrire ça ? Sérieusement.',
    'Quanto ti pagano per scrivere queste cose?',
    'Ile ci płacą za te artykuły?',
    'O massacre foi encenado, os corpos foram colocados depois para as câmeras.',
  ])('holds: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('hold');
  });

  it.each([
    'Госдеп выделил гранты независимым СМИ, пишет автор.',
    'Combien coûte la guerre à Kiev ? Sérieusement.',
    'O filme foi encenado em Lisboa.',
    'Ile płacą za prąd w Polsce?',
    // Who pays, not how much: labelled heated but civil.
    'Articolo fazioso e superficiale. Ma chi vi paga?',
    // The claim named as one and refuted.
    'A tese de que o massacre foi encenado foi desmentida pela ONU.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(misinformation, text)).toBe('pass');
  });
});

describe('where most of a people lives, and an insult named as a case', () => {
  it('passes where most refugees live, told as a fact', async () => {
    expect(
      await outcomeOf(
        threats,
        'Sabemos dónde vive la mayoría de los refugiados: en campos de Jordania y Líbano.',
      ),
    ).toBe('pass');
    expect(await outcomeOf(threats, 'Sé dónde vives, Marta.')).toBe('reject');
  });

  it('passes an insult hyphened to a case noun', async () => {
    expect(
      await outcomeOf(
        abuse,
        'Der Hurensohn-Vorwurf im Prozess gegen den Rapper wurde vom Gericht als Beleidigung gewertet.',
      ),
    ).toBe('pass');
    expect(await outcomeOf(abuse, 'Du bist ein Hurensohn-Journalist.')).toBe('reject');
    expect(await outcomeOf(abuse, 'Du Spacko hast null Ahnung von Außenpolitik.')).toBe('hold');
  });
});
