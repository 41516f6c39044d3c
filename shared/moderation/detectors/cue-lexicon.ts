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

export type Cue =
  // people a remark can be aimed at
  | 'you'
  | 'family'
  | 'target'
  // threats
  | 'harm'
  | 'intent'
  | 'wish'
  | 'know'
  | 'where'
  | 'whereyou'
  | 'warn'
  | 'menace'
  | 'person3'
  | 'should'
  // calls to violence (ambiguous)
  | 'lynch'
  | 'uprising'
  // what turns a use into a mention, or a statement around
  | 'report'
  | 'condemn'
  | 'negation'
  | 'copula'
  | 'hate_phrase'
  | 'replacement'
  // hate
  | 'group'
  | 'dehuman'
  | 'eliminate'
  // extremism
  | 'org'
  | 'attack'
  | 'attacker'
  | 'praise'
  | 'praise_weak'
  | 'oppose'
  | 'justify'
  | 'recruit'
  | 'share'
  | 'movement'
  // commercial spam
  | 'pitch_money'
  | 'pitch_offer'
  | 'pitch_product'
  | 'pitch_call';

/**
 * Entries for one cue from word lists (`a|b*|c d`): the single words become one phrase element (one
 * lookup whatever the list's length), each alternative of several words a phrase of its own.
 */
export function cue(kind: Cue, ...lists: string[]): Array<readonly [string, Cue]> {
  const alternatives = lists.flatMap((l) => l.split('|')).map((a) => a.trim());
  const single = alternatives.filter((a) => !a.includes(' '));
  const multi = alternatives.filter((a) => a.includes(' '));
  return [
    ...(single.length > 0 ? [[single.join('|'), kind] as const] : []),
    ...multi.map((m) => [m, kind] as const),
  ];
}

export const CUE_ENTRIES: ReadonlyArray<readonly [string, Cue]> = [
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
    'morte|morire|muori|uccid*|ammazz*|sparare|sparo|sangue|proiettil*|impicca*|bruci*|coltell*',
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
    'will|ll|gonna|shall|wont|soon|going|personally|promise|coming',
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
    '{you|u|ya|yall} {are|re|r|will be|ll be} {next|on the list|on our list|on a list|a dead man|a dead woman|finished|done for|marked}',
    'menace',
  ],
  ['{you re|youre|your} {time is up|days are numbered|time will come|turn will come}', 'menace'],
  ['{enjoy|enjoying} {your|ur} ~3 {while it|while they|while you} {lasts|last|can}', 'menace'],
  ['{would be|it would be|be} a {shame|pity} if ~3 {happened|something|someone}', 'menace'],
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
  ...cue(
    'lynch',
    'lamppost*|lampposts|lamp posts|noose|nooses|gallows|pitchfork*|guillotine*|lynch*|tar and feather|bayonets|firing squad',
    'farola*|soga|horca|horcas|guillotina|linch*|paredon',
    'reverbere*|lanterne|potence|fourche*|guillotine|lynch*|poteau',
    'laterne*|strick|galgen|mistgabel*|guillotine|lynch*|an die wand',
    'фонар*|вил|вилы|виселиц*|петл*|гильотин*|линч*|к стенке',
    'fonar*|vily|vil|viselic*|petlyu|k stenke',
    'lampion*|forca|forche|ghigliottin*|linci*',
    'poste|postes|forca|guilhotina|linch*',
    'latarni*|szubienic*|widly|gilotyn*|lincz*',
    'daragaci|urgan|linc*',
    'ліхтар*|ліхтарях|вила|шибениц*',
  ),
  ['{take up|taking up|pick up|grab} {arms|weapons|guns|rifles}', 'uprising'],
  [
    '{the people|patriots|the street|the streets|citizens|real men|the nation} will {answer|handle|act|rise|remember|come}',
    'uprising',
  ],
  ['{start|begin|started} {acting|shooting|fighting back}', 'uprising'],
  ['{other|different} {methods|means|ways|solutions}', 'uprising'],
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
  [
    '{escarmiento|leccion que|mano dura|por las malas|como sea|justicia por su mano|tomar las armas}',
    'uprising',
  ],
  ['{le peuple|la rue|les patriotes} ~2 {ira|repondra|agira|se levera|se soulevera}', 'uprising'],
  ['{regler|regle} ~4 {une bonne fois|pour de bon}', 'uprising'],
  ['{pas de pitie|aux armes|prendre les armes|par la force}', 'uprising'],
  ['{das volk|die strase|die strasse} ~2 {wird|werden} ~2 {antworten|handeln|aufstehen|holen}', 'uprising'],
  [
    '{gehoren weg|gehort weg|mussen weg|zur rechenschaft ziehen|zu den waffen|wie ist mir egal|brennen nicht nur}',
    'uprising',
  ],
  ['{народ|улица|патриоты} ~2 {ответит|ответят|придет|придут|поднимется|разберется}', 'uprising'],
  ['{брать|взять|взяться за} {вилы|оружие}', 'uprising'],
  ['{brat|vzyat} {vily|oruzhie}', 'uprising'],
  ['{navesti poryadok|навести порядок}', 'uprising'],
  ['{si fara|farsi} giustizia da {solo|soli}', 'uprising'],
  ['{una lezione|dare una lezione}', 'uprising'],
  ['le piazze ~2 risponderanno', 'uprising'],
  ['{uma licao|licao que|justica com as proprias maos|pegar em armas}', 'uprising'],
  ['{tylko jeden sposob|jeden sposob|nie jest to kartka wyborcza|wziac sprawy w swoje rece}', 'uprising'],
  ['{sokaklar|halk} ~2 {cevap verecek|hesap soracak}', 'uprising'],
  ['{час прийде|час настане}', 'uprising'],

  // ── mention and condemnation ─────────────────────────────────────────────────────────────────────
  ...cue(
    'report',
    'said|says|called|calls|quote|quoted|quoting|according to|slogan|slogans|chanted|chants|slur|labelled|labeled|nicknamed|the letter|the word|the term|letter read|message read|tweeted',
    'dijo|dice que|segun|llamo|lema|insulto|la carta|la palabra|el termino',
    'dit|a dit|disait|selon|appele|appelait|slogan|la lettre|le mot|le terme|qualifie',
    'sagte|sagt|laut|nannte|nennt|parole|schimpfwort|der brief|das wort|der begriff|bezeichnete',
    'сказал|сказала|заявил|заявила|по словам|назвал|назвала|называет|лозунг|слово|письмо',
    'skazal|zayavil|nazval|lozung|slovo',
    'detto|ha detto|secondo|chiamato|la lettera|la parola',
    'disse|segundo|chamou|a carta|a palavra',
    'powiedzial|wedlug|nazwal|slowo',
    'dedi|gore|kelime',
  ),
  ...cue(
    'condemn',
    'condemn*|victim*|mourn*|firefighters|police|officers|nurses|doctors|paramedics|rescuers|survivors|volunteers|first responders|pompiers|policiers|infirmieres|medecins|bomberos|policias|enfermeras|medicos|feuerwehr*|polizist*|arzte|пожарн*|полицейск*|врач*|медсестр*|vigili del fuoco|poliziotti|bombeiros|strazacy|policjanci|itfaiye*|accused|civilians|мирных|обвиня*|accuses|acusados|beschuldigt|accusati|zivilisten|civiles|civili|tried|trial|court|courts|prosecuted|jail|prison|hague|tribunal|holocaust|genocide|nazis|nazi|pogrom*|tried to|attempted|wanted to|tragedy|tragic|horrific|horrible|atrocity|atrocities|barbaric|barbarity|heartbroken|condolences|innocent|innocents|terrorists|terrorist|murderers|butchers|monsters|sickening|disgusting|disgrace*|prosecute*|justice for',
    'conden*|victim*|tragedia|horrible|atroz|atrocidad*|barbari*|terrorista*|asesinos|inocentes|condolencias',
    'condamn*|victime*|tragedie|horrible|atroce*|barbar*|terroristes|terroriste|assassins|innocents|condoleances|deuil',
    'verurteil*|tragodie|schrecklich*|grausam*|barbar*|terroristen|terrorist|morder|unschuldig*|beileid|trauer',
    'осужда*|жертв*|трагеди*|ужасн*|зверств*|варвар*|террорист*|убийц*|невинн*|соболезн*',
    'vittim*|tragedia|orribil*|atroc*|barbar*|terroristi|assassini|innocenti|condann*',
    'vitim*|tragedia|horrivel|atroz|barbar*|terroristas|assassinos|inocentes|condena*',
    'ofiar*|tragedi*|straszn*|barbarzyn*|terrorysci|mordercy|niewinn*|potepi*',
    'kurban*|trajedi|vahset|teroristler|katiller|masum*|kinami*',
  ),
  ['{don|doesn|didn|isn|wasn|aren|weren|couldn|wouldn|shouldn|haven|hasn|can|won} t', 'negation'],
  // What a comparison or a description needs: `are`, `like`, `sont`, `sind wie`, `это`, `gibi`, `=`.
  ...cue(
    'copula',
    'are|re|is|s|were|was|be|like|as|become|becoming',
    'son|es|eran|era|como|parecen',
    'sont|est|etaient|comme|ressemblent',
    'sind|ist|waren|wie|seien',
    'это|как|словно|будто|являются',
    'eto|kak',
    'sono|come|sembrano',
    'sao|eram|como|parecem',
    'sa|jak|jako|niczym',
    'gibi|dir|dur|dirler|durlar',
  ),
  // Describing mistreatment is not dehumanising: `refugees were treated like animals`.
  ['{treated|treat|treating|treats|kept|caged|herded|handled|housed|transported} ~1 {like|as}', 'condemn'],
  [
    '{tratados|tratadas|traites|traitees|behandelt|обращаются|trattati|tratados|traktowani} ~1 {como|comme|wie|как|come|jak}',
    'condemn',
  ],
  ...cue(
    'negation',
    'not|no|never|nobody|none|dont|didnt|isnt|wasnt|arent|werent|cannot|cant|wont|neither|nor',
    'no|nunca|jamas|ni|nadie|tampoco',
    'ne|pas|jamais|aucun|aucune|personne|ni',
    'nicht|kein|keine|keiner|keinen|nie|niemals|niemand|weder',
    'не|ни|нет|никогда|никто|нельзя',
    'ne|ni|net|nikogda|nikto',
    'non|mai|nessuno',
    'nao|nunca|jamais|ninguem|nem',
    'nie|nigdy|nikt|ani',
    'degil|asla|hic|yok',
    'не|ні|ніколи|ніхто',
  ),
];
