/**
 * Conspiracy myths and dog whistles known by name, for `misinformation-phrases.ts`. Written from the public
 * record of such myths (the glossaries of hate symbols and the fact-checkers' files of recurring claims),
 * not from any labelled comment: the Kalergi plan, the Khazarian mafia, the bankers who fund both sides,
 * the moon landing filmed in a studio, the massacre that was a drill, 5G and the virus, the bugs we are to
 * eat in a city we may not leave, the reset after which we own nothing, adrenochrome, the slogans of QAnon
 * and of white supremacists, the great replacement in the readership's other languages, the side that
 * shelled itself, the attack the spies organised.
 *
 * Each is held as the comment's own claim only: the detector leaves a name that is quoted, reported
 * (`channels claim`), debunked in its sentence (`an antisemitic conspiracy theory`, `a slogan`, `a myth`) or
 * set in history (`in 1815`), as for every other marker. Weights and syntax as in `misinformation-phrases.ts`.
 */
import { entries } from './misinformation-kinds';

/** The few who are said to run everything, and what they are said to do. */
const BANKERS = '{rothschild|rothschilds|ротшильд|ротшильды|ротшильдов|rotshild|rotshildy}';
const RUN_IT_ALL =
  '{control|controls|own|owns|run|runs|rule|rules|controlan|manejan|controlent|dirigent|gouvernent|steuern|kontrollieren|lenken|beherrschen|контролируют|правят|управляют|владеют|controllano} ~3 {the world|everything|the banks|the media|governments|the government|all|el mundo|todo|los gobiernos|le monde|tout|les gouvernements|die welt|alles|die regierungen|миром|мир|всем|всё|il mondo|tutto|i governi}';
/** Pulling the strings, in the readership's languages. */
const STRINGS =
  '{pull|pulls|pulling|pulled|tirent|tire|tiran|mueven|ziehen|zieht|дергают|дёргают|dergayut|tirano|muovono} ~2 {the strings|strings|les ficelles|los hilos|die faden|die strippen|за ниточки|за нитки|i fili}';

/** An atrocity of the last decades that a myth calls a drill or a hoax. */
const MASSACRE =
  '{sandy hook|parkland|uvalde|bataclan|christchurch|manchester arena|boston marathon|beslan|bucha|буча|буче|бучи|butscha|boutcha|nord ost|норд ост}';

/** The bugs or worms that "they" want us to eat. */
const BUGS =
  '{bugs|insects|worms|crickets|mealworms|insectos|bichos|gusanos|grillos|insectes|vers|grillons|insekten|wurmer|grillen|жуков|насекомых|червей|сверчков|insetti|grilli|vermi|robaki|owady}';
const MAKE_US =
  '{want us|want you|wants us|wants you|make us|making us|force us|forcing us|quieren que|nos quieren|veulent nous|veulent qu on|nous faire|wollen uns|wollen dass wir|хотят чтобы мы|хотят нас|заставят нас|vogliono farci|chca zebysmy}';
const EAT =
  '{eat|eating|comer|comamos|manger|mangions|essen|fressen|есть|ели|жрать|жрали|mangiare|jedli|jesc}';

/** The city of fifteen minutes, called a prison. */
const FIFTEEN_MINUTE_CITY =
  '{15|fifteen|quince} {minute|min|minutes|minutos|minuten|минут|minuti} {city|cities|town|towns|ciudad|ciudades|stadt|stadte|город|города|citta}';
const PRISON =
  '{prison|prisons|prisoners|ghetto|ghettos|open air prison|control grid|carcel|carceles|prision|gueto|gefangnis|gefangnisse|тюрьма|тюрьмы|тюрьмой|концлагерь|гетто|prigione|prigioni|wiezienie}';

/** A moon landing and what the myth says of it. */
const MOON_LANDING =
  '{moon landing|moon landings|landing on the moon|apollo landings|alunizaje|llegada a la luna|alunissage|mondlandung|mondlandungen|высадка на луну|высадку на луну|lunar landing}';
const FAKED =
  '{fake|faked|fakes|staged|hoax|in a studio|falso|falsa|trucado|montaje|en un estudio|truque|faux|bidon|dans un studio|gefalscht|gefakt|inszeniert|in einem studio|фейк|фальшивка|постановка|в студии|finto|in studio}';

/** The spies or one's own government, said to have organised an attack. */
const ORGANISED =
  '{organised|organized|orchestrated|planned|staged|carried out|organizado|organizada|orquestado|orquestada|organise|organisee|orchestre|organisiert|inszeniert|организовали|организовал|устроили|организован|organizzato|organizzata|organizzati|orchestrato}';
const SPIES =
  '{by the cia|by cia|by mossad|by the mossad|by mi6|by our own government|by their own government|by the government itself|por la cia|por el mosad|por el mossad|par la cia|par le mossad|von der cia|vom mossad|цру|моссадом|моссад|dai servizi|dalla cia|dal mossad|dai servizi segreti|i servizi|i servizi segreti|our own services|the services}';

export const NAMED_PHRASES = [
  // Myths named by their own name: to assert the name is to assert the myth.
  ...entries('conspiracy', 'strong', [
    '{kalergi plan|kalergi plans|plan kalergi|kalergiplan|план калерги|plan kalergiego|piano kalergi|plano kalergi}',
    '{khazarian mafia|khazar mafia|khazarian mob|mafia jazara|mafia khazar|mafia khazare|khasarische mafia|хазарская мафия|хазарской мафии|chazarska mafia}',
    `${BANKERS} ~5 ${RUN_IT_ALL}`,
    `${BANKERS} ~5 ${STRINGS}`,
    `${BANKERS} ~5 {both sides|every war|all wars|the wars|ambos bandos|les deux camps|beide seiten|обе стороны|все войны}`,
    `${MASSACRE} ~4 {was|were|is|all|just|only|fue|era|etait|war|это|было|всё|все} {a|an|un|una|une|eine|ein|} {hoax|drill|exercise|simulacro|farsa|canular|exercice|ubung|schwindel|учения|фейк|постановка}`,
    // Round 31: a massacre said staged in Portuguese, Italian, Polish; bodies said placed for the cameras.
    '{massacre|chacina|strage|massacro|masakra|rzez|zamach|atentado|attentato} ~3 {foi|foram|e stato|e stata|byl|byla|bylo} {encenado|encenada|encenados|inscenato|inscenata|ustawiony|ustawiona|sfingowany|sfingowana|montado|montada|una messinscena|uma encenacao}',
    '{os corpos|corpos|i corpi|cadaveri|ciala|zwloki|тела|трупы|tela|trupy} ~5 {colocados|postos|messi|piazzati|podrzucone|polozone|подбросили|подложили|разложили|podbrosili|razlozhili} ~5 {cameras|camera|telecamere|kamer|kamery|камер|камеры|kamer|kameri|fotografos|fotografi}',
    // B4: the Federal Republic as a company; an attack the work of Western services.
    '{brd|bundesrepublik} {ist|sei} ~3 {gmbh|firma|kein staat}',
    '{дело рук|delo ruk} {британцев|англичан|англосаксов|сбу|цру|американцев|британских спецслужб|britancev|anglichan|anglosaksov|sbu|cru|amerikancev}',
    `${MOON_LANDING} ~5 ${FAKED}`,
    `${MOON_LANDING} ~5 {never happened|didn t happen|didnt happen|never took place|nunca ocurrio|n a jamais eu lieu|hat nie stattgefunden|не было}`,
    '{adrenochrome|adrenocromo|adrenochrom|адренохром} ~3 {harvest|harvesting|harvested|farm|farming|elite|elites|children|kids|ninos|enfants|kinder|детей|bambini}',
    '{wwg1wga|where we go one we go all}',
    `${MAKE_US} ~3 ${EAT} ${BUGS}`,
    `${FIFTEEN_MINUTE_CITY} ~6 ${PRISON}`,
    `${PRISON} ~6 ${FIFTEEN_MINUTE_CITY}`,
    '{you ll|you will|youll|we ll|we will} own nothing {and be happy|and you ll be happy|and like it}',
    // From the attack's noun, not its article: a phrase that started at `the` or `it` would be tried at
    // every `the` of every comment.
    `{attack|attacks|bombing|bombings|massacre|shooting|attentato|attentati|atentado|atentados|attentat|attentats|anschlag|anschlage|теракт|теракты|взрыв} ~6 ${ORGANISED} ${SPIES}`,
    // The side that was hit did it to itself, again (`Киев сам обстрелял свой торговый центр`).
    '{сам|сами|сама} {себя|} {обстрелял|обстреляли|обстреливает|обстреливают|взорвал|взорвали|взрывает|взрывают|бомбит|бомбят|разбомбил|разбомбили|ударил|ударили} {свой|свои|свою|своих|своё|свое|по своим|по своему}',
  ]),
  ...entries('health', 'strong', [
    '5g ~6 {virus|viruses|covid|corona|coronavirus|pandemic|ковид|коронавирус|вирус|virus|cancer|cancers|рак|vacunas|vaccins|vaccines|impfung}',
    // The childhood disease said to be good for children (a denial inside it, `is not harmless`, is left).
    '{measles|chickenpox|polio|masern|windpocken|sarampion|varicela|rougeole|varicelle|корь|ветрянка|morbillo|odra} ~3 {is|are|es|est|ist|это|e|jest} ~2 {good|healthy|harmless|beneficial|no big deal|bueno|buena|inofensivo|inofensiva|bon|bonne|inoffensif|inoffensive|gut|harmlos|полезна|полезно|безобидна|buono|buona|innocuo|dobra|zdrowa}',
    '{vaccines|vaccine|the jab|jabs|shots|vacunas|vaccins|impfungen|impfung|вакцины|прививки|vaccini} ~3 {make you sterile|make women sterile|cause infertility|sterilise|sterilize|causan infertilidad|esterilizan|rendent steriles|rendent sterile|machen unfruchtbar|вызывают бесплодие|делают бесплодными|rendono sterili}',
  ]),
  ...entries('conspiracy', 'weak', [
    'kalergi|калерги',
    'adrenochrome|adrenocromo|adrenochrom|адренохром',
    '{the storm is coming|trust the plan|the great awakening}',
    '{great reset|gran reinicio|grand reset|grande reinitialisation|grosser neustart|groser neustart|великая перезагрузка|великую перезагрузку}',
    '{agenda 2030|agenda 21|агенда 2030|повестка 2030}',
  ]),
  // The slogans of white supremacists and the words they use for Jews.
  ...entries('dogwhistle', 'strong', [
    '{it s|its|it is} {ok|okay} to be white',
    '{the goyim|goyim} know',
    'secure the existence of our people',
    // The Nazis' word for the disabled they murdered, said again of people today (history reads it as history).
    '{unwertes leben|lebensunwertes leben|lebensunwerten lebens|unwerten lebens|unwertem leben|lebensunwertem leben}',
    '{gran sustitucion|grande sostituzione|sostituzione etnica|grande substituicao|wielka wymiana|великое замещение|velikoe zameshchenie|grose austausch|grosse austausch|grosen austausch|grossen austausch}',
  ]),
  ...entries('dogwhistle', 'weak', ['every single time', 'goyim', '{the noticing|noticing intensifies}']),
];
