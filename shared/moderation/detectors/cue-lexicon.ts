/**
 * The cue words of `cues.ts`: what a word or short phrase contributes to a judgement (a person addressed,
 * harm, intent, a wish, knowledge of where someone lives, a group, a dehumanising metaphor, praise, an
 * attack, a sales pitch …), in the readership's languages: English, Spanish, French, German, Russian
 * (Cyrillic and Latin), Italian, Portuguese, Polish, Turkish, Ukrainian.
 *
 * A cue is never a verdict on its own: the rules in `cue-rules.ts` ask for two or three kinds of cue in
 * the same or neighbouring sentences (harm + a person + intent), so each list can be broad. Written as
 * phrase-list syntax (`text/phrases.ts`): folded (no accents, lower case), `*` for a stem, `{a|b c}` for
 * alternatives of several words.
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';
import { mentionCueEntries } from './cue-lexicon-mention';

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const cueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  // ── people ─────────────────────────────────────────────────────────────────────────────────────
  ...cue(
    'you',
    'you|u|ya|yourself|yourselves|yall|ur|your|yours',
    'tu|te|ti|usted|ustedes|vosotros|tus|contigo',
    'toi|vous|votre|vos|ton|ta|tes',
    'du|dich|dir|dein*|euch|euer|eure*|sie|ihnen',
    'ты|тебя|тебе|тобой|вы|вас|вам|вами|твой|твоя|твое|твои|твоих|твоей|ваш|ваша|ваше|ваши',
    'ty|tebya|tebe|toboy|vy|vas|vam|tvoy|tvoya|tvoi|tvoei|tvoey|vash|vasha|vashi',
    'voi|tuo|tua|tuoi|vostro|vostra',
    'voce|voces|teu|tua|teus|tuas',
    'cie|ciebie|tobie|pan|pani|panu|twoj|twoja|twoje',
    'sen|seni|sana|senin|siz|sizi|size|sizin',
    'тобі|тебе|твій|твоя|твої|вас|ваш',
  ),
  ...cue(
    'family',
    'family|families|kids|children|child|daughter|daughters|wife|husband|mother|mum|mom|parents|grandchildren',
    'familia|hijos|hijas|hija|hijo|mujer|esposa|madre|padres|ninos',
    'famille|enfants|fille|fils|femme|mere|parents|gosses',
    'familie|kinder|tochter|sohn|frau|mutter|eltern',
    'семья|семьи|семьей|семью|дети|детей|детям|дочь|дочери|сын|сына|жена|жену|мать|мама|маму|родители|родных',
    'semya|semi|semei|deti|detei|doch|syn|zhena|mat|mama',
    'famiglia|figli|figlia|figlio|bambini|moglie|madre',
    'filhos|filha|filho|esposa|mae',
    'rodzina|rodzine|dzieci|corka|syn|zona|matka',
    'aile|ailen|ailenin|cocuk*|kizin|oglun|annen|esin',
    'сім|родина|діти|дітей|доньк*',
  ),
  ...cue(
    'target',
    'author|writer|journalist*|journo*|reporter*|columnist*|editor*|hack|presstitute*',
    'autor|autora|periodista*|redactor*|columnista*|plumilla*',
    'auteur|autrice|journaleu*|redacteur*|chroniqueu*|journaliste*',
    'verfasser*|schreiberling*|redakteu*|journalist*',
    'автор*|журналист*|журналюг*|писак*|редактор*',
    'avtor*|zhurnalist*|zhurnalyug*',
    'giornalist*|autore|scrittore|cronista',
    'jornalista*|autor',
    'dziennikarz*|autorze|redaktor*',
    'gazeteci*|yazar*|muhabir*',
  ),
  ...cue('target', 'mr|mrs|ms|herr|monsieur|madame|senor|senora|signor|signora|senhor|senhora|panie'),

  // ── threats ────────────────────────────────────────────────────────────────────────────────────
  ...cue(
    'harm',
    'die|dies|died|dying|dead|death|deaths|kill|kills|killed|killing|murder*|shoot|shot|bullet*|stab|stabbed|knife|knifed|hang|hanged|hanging|noose|burn|burned|burning|fire|blood|bleed|bleeding|bury|buried|grave|graves|coffin|accident|choke|chokes|choking|rot|suffer|suffering|skull|beat|beaten|smash|throat|strangle*|torture*|pain|agony|slowly|hurt|harm|acid|explode|gun|guns',
    'muer*|morir|mata*|matar*|tiro|tiros|bala|balas|sangre|ahorca*|entierr*|accidente|sufr*|dolor|cuchill*|navaja|quema*|fuego|cadaver|tumba',
    'crev*|mort|morts|mourir|meurs|meure|tuer|tue|tuera|balle|balles|pendre|pendu|pendus|sang|souffranc*|souffrir|accident|couteau|brule*|tombe|cercueil|egorge*|flingue*|buter|bute',
    'tod|tot|tote|toten|sterb*|stirb|umbring*|erschies*|erstech*|schadel|blut|aufhang*|unfall|messer|verbrenn*|qualvoll*|grab|schlag|schlage|abstech*|abknall*|kugel',
    'смерт*|умр*|умер*|убь*|убью|убить|убит*|убью|сдох*|сдохн*|пул*|кров*|закопа*|повес*|сожг*|гроб*|нож*|зарежу|зареж*|расстрел*|голов*|сдохнешь|мучени*|муч*',
    'sdoh*|sdokh*|sdohn*|umri|ub yu|ubyu|ubit*|ubyut|zakopa*|povesit*|otorvut|golovu|krov*|pulyu|zarezh*|rasstrel*',
    'morte|morire|muori|crepa|crepi|crepare|creperai|crepate|uccid*|ammazz*|sparare|sparo|sangue|proiettil*|impicca*|bruci*|coltell*',
    'morrer|morra|mata*|tiro|bala|sangue|enforca*|queima*|faca',
    'smierc|zabi*|zabije*|kula|kulke|krew|powiesic|zdechn*|zdychaj*|urodzil',
    'olum|oldur*|geber*|kursun*|kan|mezar*',
    'кінець|вб*|закопаємо|знайдемо|смерть|здохн*',
  ),
  // More of the same, as abusers write them: beatings, maiming, and first-person verbs.
  ...cue(
    'harm',
    'break|smash|crack|slap|punch|kick|bash|batter|maim|cripple|crush|destroy|disappear|six feet under|in the ground|hospital|wheelchair|shank|gut|slit|behead|beheaded|execute|executed|lynched|drown|drowned|bomb|firebomb|put a bullet|end you|finish you|come for you|get you',
    'romper|partir la cara|reventar|pegar|paliza|matarte|hostia|ostia|balazo|navajazo|cuchillada|colgar|colgado|quemar|ahogar|hospital',
    'defoncer|casser|gueule|frapper|tabasser|cogner|planter|flinguer|creve|pendre|egorger|bruler|noyer|hopital',
    'fertig|kalt|umlegen|abstechen|verprugeln|prugel|kaputt|verrecken|verreck|hangen|aufknupfen|krankenhaus|rollstuhl|fresse',
    'урою|уроем|прибью|грохну|порешу|замочу|пришью|ответишь|сломаю|разобью|морду|рожу|больниц*|гроб',
    'uroyu|pribyu|grokhnu|zamochu|otvetish|slomayu|mordu',
    'spaccare|spacco|rompere|picchiare|botte|sgozzare|impiccare|ospedale',
    'porrada|surra|bater|enforcar|queimar',
    'zabije|zajebie|pobije|polamie|morde|szpital',
    'gebertirim|oldururum|oldurecegim|kafani|kiracagim|dayak',
  ),
  // Verbs that announce the act in the first person carry their own intent.
  ...cue(
    'intent',
    'убью|урою|прибью|грохну|порешу|замочу|зарежу|найду|закопаю|сломаю|разобью|убьем|убьём|уроем|найдем|найдём',
    'ubyu|uroyu|pribyu|grokhnu|zarezhu|naydu|zakopayu',
    'zabije|zajebie|znajde|pobije',
    'gebertirim|oldururum|oldurecegim|bulacagim',
    'matare|encontrare|reventare|partire',
    'tuerai|trouverai|defoncerai|buterai',
    'ammazzero|uccidero|trovero|spacchero',
    'matarei|encontrarei',
    'вб*',
  ),
  // Third persons a call to violence is aimed at (held for review, not rejected: see cue-rules.ts).
  ...cue(
    'person3',
    'him|her|them|he|she|they|these people|those people|traitor|traitors|collaborator|collaborators|politicians|ministers|minister|president|mps|senators|judges|cops|bureaucrats|elites|globalists',
    'el|ella|ellos|ellas|traidor|traidores|politicos|ministro|ministros|jueces',
    'lui|elle|eux|ils|traitre|traitres|politiciens|ministre|ministres|juges|elus',
    'ihn|ihm|verrater|volksverrater|politiker|minister|richter',
    'его|ему|их|им|они|он|она|предател*|политик*|министр*|депутат*|судь*',
    'ego|emu|ikh|im|oni|predatel*|politik*|deputat*',
    'loro|traditori|politici|giudici',
    'ele|ela|eles|elas|traidores|politicos|deputados',
    'jego|ich|zdrajcy|zdrajcow|politycy|poslowie',
    'onu|onlari|hainler|hainlere|politikacilar|vekiller',
  ),
  ...cue(
    'should',
    'should|ought|must|needs to|need to|deserves|deserve|has to|have to|let s',
    'deberia|deberian|habria que|hay que|merece|merecen',
    'faudrait|faut|devrait|devraient|il faut|meritent',
    'sollte|sollten|muss|mussen|gehort|gehoren|verdient|verdienen',
    'надо|нужно|следует|должны|должен|пора',
    'nado|nuzhno|dolzhny|pora',
    'dovrebbe|dovrebbero|bisognerebbe|bisogna|meritano',
    'deveria|deveriam|merecem|tem de|tem que',
    'powinien|powinni|trzeba|nalezy|zasluguja',
    'lazim|gerek|gerekir|meli|mali',
  ),
  ...cue(
    'intent',
    'will|ll|gonna|shall|wont|soon|going to|personally|promise|coming',
    'voy|vas|va|vamos|van|pronto|iremos|ira|vendremos|personalmente|promesa',
    'vais|vas|va|allons|vont|irons|ira|aura|auras|bientot|promesse|personnellement',
    'werde|wirst|wird|werden|bald|personlich|versprechen|versprochen',
    'буду|будешь|будет|будем|будете|будут|скоро|лично|обещаю|придем|придём|найдем|найдём',
    'budu|budesh|budet|budem|skoro|lichno|obeshchayu|naydem|pridem',
    'sara|sarai|presto|personalmente|promessa',
    'vais|vai|vamos|vao|breve|pessoalmente|promessa',
    'bedzie|bedziesz|wkrotce|osobiscie',
    'olacak*|olacagiz|yakinda|bir dahaki',
    'буде|скоро|знайдемо',
  ),
  ...cue(
    'wish',
    'hope|hopefully|wish|wishing|deserve|deserves|deserved|pray|praying|may',
    'ojala|espero|esperemos|merece|mereces|merecen|deseo',
    'espere|j espere|souhaite|merite|meritent|pourvu',
    'hoffe|hoffentlich|wunsche|wunsch|verdien*|moge|moge',
    'чтоб|чтобы|надеюсь|желаю|заслужил*|заслуживает|пусть',
    'chtob|chtoby|nadeyus|zhelayu|pust',
    'spero|speriamo|merita|meritano|auguro',
    'espero|tomara|oxala|merece|merecem|desejo',
    'oby|mam nadzieje|zasluguje|zycze',
    'umarim|insallah|hak ediyor',
    'щоб|сподіваюсь|бажаю|хай',
  ),
  ...cue(
    'know',
    'know|knows|knew|found|find|finding|track|tracked|watching|followed|photographed',
    'sabemos|sabe|conozco|encontramos|encontrar|vigilando|seguimos|vimos',
    'sait|sais|savons|connais|trouve|trouver|retrouve*|surveill*|suivi*',
    'weis|wissen|wisst|kennen|gefunden|finden|beobachten|blick|verfolgt',
    'знаю|знаем|знает|нашли|найти|найдем|найдём|следим|видели|вычислил*',
    'znayu|znaem|nashli|naiti|naydem|sledim',
    'sappiamo|conosciamo|trovato|trovare|sorvegli*',
    'sabemos|conheco|encontramos|encontrar',
    'wiemy|wiem|znamy|znalezc|znalezlismy',
    'biliyoruz|biliyorum|bulduk|buluruz|izliyoruz',
    'знаємо|знаю|знайдемо|знайшли',
    'نعرف|اعرف|أعرف|نعلم|وجدنا|سنجدك',
  ),
  // Places a person can be found at, and (below) the same said to someone: `where you live`.
  ...cue(
    'where',
    'address|home|house|flat|apartment|office|school|workplace|street|door|doorstep|car|live|lives|work|works|sleep|sleeps|park|parks',
    'vive|vivi|vis|mora|mieszka|wohnt|wohnen',
    'direccion|casa|piso|oficina|escuela|colegio|calle|puerta|domicilio',
    'adresse|domicile|maison|appartement|bureau|ecole|rue|porte',
    'adresse|zuhause|hause|haus|wohnung|buro|schule|strase|tur',
    'адрес|дом|доме|домой|квартир*|подъезд*|офис*|школ*|улиц*|двер*',
    'adres|dom|domoi|kvartir*|podezd*|ofis|shkol*|ulic*|dver*',
    'indirizzo|casa|ufficio|scuola|strada|porta',
    'endereco|casa|escritorio|escola|rua|porta',
    'adres|dom|domu|biuro|szkol*|ulic*|drzwi',
    'adres*|ev|evde|yerini|ofis*|okul*|isyerin*|sokak*|kapi*',
    'адрес*|дім|додому|школ*',
  ),
  ...cue(
    'whereyou',
    'vives|trabajas|duermes',
    'habites|travailles|dors',
    'wohnst|arbeitest|schlafst',
    'живешь|живёшь|работаешь|спишь',
    'zhivesh|rabotaesh',
    'abiti|lavori|dormi',
    'moras|trabalhas',
    'mieszkasz|mieszkacie|pracujesz',
    'evin|evinin|evini|kapini|oturuyorsun',
    'живеш|працюєш',
    // Arabic: the verb carries `you` (`تسكن` you live), the noun `your` (`بيتك` your house).
    'تسكن|تسكنين|تعيش|تعيشين|تعمل|تعملين|بيتك|منزلك|عنوانك|اولادك|أولادك|عائلتك',
  ),
  ...cue(
    'warn',
    'careful|beware|safe|safety|shame|regret|regrets|warned|watch your back|look over your shoulder',
    'cuidado|cuidate|ojo|arrepent*|avisado|advertencia',
    'attention|prudent|gare|regrett*|previen*|averti*',
    'vorsicht|bereu*|gewarnt|warnung|pass auf|passt auf',
    'берегись|осторожн*|пожалеешь|пожалеете|предупрежд*',
    'beregis|ostorozhn*|pozhaleesh|preduprezh*',
    'attento|attenta|attenti|pentir*|avvisato',
    'cuidado|arrepend*|avisado',
    'uwazaj|pozaluje*|pozalujesz',
    'dikkat|pisman*',
    'обережно|пошкодуєш',
  ),
  // Menace that needs nothing else: the speaker tells someone they are marked.
  [
    '{you|u|ya|yall} {are|re|r|will be|ll be} {next|a dead man|a dead woman|finished|done for|marked}',
    'menace',
  ],
  // Not `you're on the list for the newsletter`.
  ['{you|u|ya|yall} {are|re|r|will be|ll be} {on the list|on our list|on a list} .', 'menace'],
  ['{you re|youre|your} {time is up|days are numbered|time will come|turn will come}', 'menace'],
  ['{enjoy|enjoying} {your|ur} ~3 {while it|while they|while you} {lasts|last|can}', 'menace'],
  // A harm wished as a pity: a threat only about someone (`shame if something happened to your kids`), not
  // about a policy (`It would be a shame if something derailed the peace talks`): `cue-rules.ts` asks for a
  // person or their place.
  ['{would be|it would be|be} a {shame|pity} if ~3 {happened|something|someone}', 'shame_if'],
  ['{we|i} {have|ve got|got} {your|ur} {address|number|details|plate|photo}', 'menace'],
  ['{not|this is not|it s not|its not} a threat ~3 {promise|fact|warning}', 'menace'],
  ['{ce n est pas|c est pas|pas} une menace ~3 promesse', 'menace'],
  ['{no es|esto no es} una amenaza ~3 promesa', 'menace'],
  ['{das ist|ist} keine drohung ~3 versprechen', 'menace'],
  ['{это не угроза|eto ne ugroza}', 'menace'],
  ['{тебе|тобі|vam|вам|tebe} {конец|кінець|kranty|конец|крышка|hana|kabzda}', 'menace'],
  ['{ты|ty} {уже|uzhe} {в списке|v spiske}', 'menace'],
  ['{wir|ich} {haben|habe} {sie|dich|euch} im blick', 'menace'],
  ['{on|nous} {t a|vous a|te|vous} {a l oeil|dans le viseur|a l œil}', 'menace'],
  ['{te|los|les|os} {tenemos|tengo} {vigilado|vigilados|fichado|fichados|en la mira}', 'menace'],

  // ── calls to violence: lynching imagery and the people rising ───────────────────────────────────
  // Words for lynching itself count alone; exact forms, because a stem reaches innocent words (`linchpin`,
  // Spanish `lince` from Turkish `linç`, `lynchet`, Lynchian films).
  ...cue(
    'lynch',
    'lynch|lynched|lynches|lynching|lynchings|lyncher|lynchers|tar and feather|firing squad',
    'linchar*|lincha*|linche|linchen|linches|lincho|linchemos|linchenlo*|linchamiento*|al paredon|paredon con|paredon para',
    'lyncha*|lyncher*|lyncheur*|lynche|lynchee*|lynchent|lynchez|lynchons|lynchage|lynchages|lynches',
    'lynchen|lynchjustiz|lyncht',
    'линч*|к стенке',
    'k stenke',
    'linciare|linciarl*|linciat*|linciaggi*|lincialo|linciamol*',
    'linchar|linchado*|linchamento*|linchem',
    'lincz|linczu|lincz*',
    'linc|linc edin|linc edilmeli',
  ),
  // Props of an execution that a comment section rarely means otherwise count alone, as lynching does,
  // unless the sentence is an idiom (`gallows humour`, `tightening the noose`) or history.
  ...cue(
    'lynch',
    'lamppost*|lampposts|lamp posts|noose|nooses|gallows|pitchfork*|guillotine*|bayonets',
    'horca|horcas|guillotina',
    'fourches|guillotine',
    'galgen|mistgabel*',
    'виселиц*|гильотин*',
    'viselic*',
    'ghigliottin*',
    'guilhotina',
    'szubienic*|widly|gilotyn*',
    'daragaci',
    'шибениц*',
    // Sent to the street light, or found on it: the idiom of the lynching (`an die Laterne mit ihnen`,
    // `a la farola con todos`); the street light alone is a prop (below).
    'an die laterne|an die laternen|an den laternen|an der laterne|a la farola|a las farolas|alla lanterna',
  ),
  // Props that are everyday words elsewhere (`la poste`, `a Força Aérea`, `la lanterne`, `der Strick`,
  // `petla` for any loop) count only next to a person or a group (cue-rules.ts). A lamppost alone stays
  // a lynching prop: eleven writers' calls to violence say only `there are enough lampposts`.
  ...cue(
    'lynch_prop',
    'soga|reverbere*|lanterne|potence|fourche|poteau|strick|an die wand|петл*|petlyu|forca|forche|poste|postes|urgan',
    // Elsewhere a street light is any street light (`la farola de la plaza lleva un mes apagada`) unless it
    // is close to the people it is wished on (`die Laterne wartet auf diese Verräter`); English `lamppost`
    // in a comment section is the idiom, and counts alone above.
    'farola|farolas|laterne*|lampione|lampioni|latarni*',
    // Russian `фонарь` and Ukrainian `ліхтар` are any lamp (a torch is `фонарик`); `вилы` is a farm tool (and an idiom for a dead end).
    'фонарь|фонари|фонаря|фонарей|фонарях|фонарям|фонаре|fonar|fonari|fonaryah|ліхтар|ліхтарі|ліхтаря|ліхтарях',
    'вилы|вилами|вила|vily',
  ),
  ...cue(
    'idiom',
    'gallows humour|gallows humor|gallows humoured|tightening the noose|tighten the noose|noose is tightening|noose tightens|guillotine motion|guillotine motions',
    'humour noir de potence|galgenhumor',
    // What hangs on a lamppost in a campaign: posters.
    'poster|posters|election poster*|campaign poster*|plakat*|wahlplakat*|affiche*|cartaz*|плакат*',
    // What hangs on one on a holiday (round 32): lights, bunting, garlands; a street said to be decorated.
    'decorated|decorations|christmas lights|fairy lights|festive lights|bunting|garland*|hanging baskets',
    // French `la Poste` is the post office (Spanish and Portuguese `poste` is a pole: `el poste`, `no poste`).
    'la poste|bureau de poste|laposte',
    // Polish `latarnia` is a street light, and a lighthouse.
    'latarnia morska|latarni morskiej|latarnie morskie|latarniach morskich|latarnik*',
  ),
  ['{take up|taking up|pick up|grab} {arms|weapons|guns|rifles}', 'uprising'],
  [
    '{the people|patriots|the street|the streets|citizens|real men|the nation} will {answer|handle|act|rise|remember|come}',
    'uprising',
  ],
  ['{start|begin|started} {acting|shooting|fighting back}', 'uprising'],
  // "by other means", "time for different methods" — not "spelled two different ways".
  [
    '{by|with|through|use|using|try|find|need|needs|takes|take|time for|resort to} {other|different} {methods|means|ways|solutions}',
    'uprising',
  ],
  ['{only one|one} {language|way|solution|answer|cure} ~3 {understand|for|left|works}', 'uprising'],
  ['{not|never|nothing to do with} {the ballot|ballots|a ballot|voting|elections|the vote}', 'uprising'],
  ['{teach|learn|give} ~2 {a lesson|what fear|fear}', 'uprising'],
  [
    '{dealt with|deal with them|sorted out|taken care of} ~2 {once and for all|for good|properly}',
    'uprising',
  ],
  ['{justice|matters} {into|in} {our|their|his} own hands', 'uprising'],
  [
    '{el pueblo|la calle|las calles|los patriotas} ~2 {respondera|actuara|se levantara|hara justicia}',
    'uprising',
  ],
  ['{escarmiento|mano dura|por las malas|como sea|justicia por su mano|tomar las armas}', 'uprising'],
  // The lesson taught, not the lesson learnt (`una lección que quedó es que…`).
  ['{dar|darles|darle|daremos|vamos a dar|hay que dar} ~1 una leccion', 'uprising'],
  ['una leccion que no {olviden|olvidaran|olvide|olvidara|olvidaras|olvidareis}', 'uprising'],
  ['{le peuple|la rue|les patriotes} ~2 {ira|repondra|agira|se levera|se soulevera}', 'uprising'],
  ['{regler|regle} ~4 {une bonne fois|pour de bon}', 'uprising'],
  ['{pas de pitie|aux armes|prendre les armes|par la force}', 'uprising'],
  ['{das volk|die strase|die strasse} ~2 {wird|werden} ~2 {antworten|handeln|aufstehen|holen}', 'uprising'],
  [
    '{gehoren weg|gehort weg|mussen weg|zur rechenschaft ziehen|zu den waffen|wie ist mir egal|brennen nicht nur}',
    'uprising',
  ],
  ['{народ|улица|патриоты} ~2 {ответит|ответят|придет|придут|поднимется|разберется}', 'uprising'],
  [
    '{брать|взять|берёт|берет|берут|возьмут|взяться за|браться за|возьмутся за|доставать|достать|достают|достанут} {вилы|оружие}',
    'uprising',
  ],
  ['{brat|vzyat|bratsya za|brat sya za|vzyatsya za|dostavat|dostat|dostanut} {vily|oruzhie}', 'uprising'],
  ['вилы {достанут|достают|возьмут|поднимут}', 'uprising'],
  ['{brat|vzyat} {vily|oruzhie}', 'uprising'],
  ['{navesti poryadok|навести порядок}', 'uprising'],
  ['{si fara|farsi} giustizia da {solo|soli}', 'uprising'],
  ['{una lezione|dare una lezione}', 'uprising'],
  ['le piazze ~2 risponderanno', 'uprising'],
  ['{uma licao|licao que|justica com as proprias maos|pegar em armas}', 'uprising'],
  ['{tylko jeden sposob|jeden sposob|nie jest to kartka wyborcza|wziac sprawy w swoje rece}', 'uprising'],
  ['{sokaklar|halk} ~2 {cevap verecek|hesap soracak}', 'uprising'],
  ['{час прийде|час настане}', 'uprising'],

  // ── mention and condemnation (`cue-lexicon-mention.ts`) ─────────────────────────────────────────
  ...mentionCueEntries(),
];
