/**
 * Names of protected groups (religion, ethnicity, nationality, migration, sex, orientation, disability) in
 * the readership's languages, and the slurs used as names for them: one list, read by the hate detector's
 * phrases (`hate-phrases.ts`) and by the cue lexicon (`cue-lexicon-groups.ts`, for `cue-rules.ts`), so the
 * two agree on what a group is. Peoples named by a demonym no list can hold whole (`Venezuelans`,
 * `Albaner`, `украинцы`) are found by their endings in `cues.ts`. Phrase syntax (`text/phrases.ts`): folded,
 * `*` for a stem, alternatives of several words allowed.
 */
export const GROUP_NAMES: readonly string[] = [
  'migrants|immigrants|refugees|asylum seekers|illegals|foreigners|muslims|moslems|islamists|jews|jewish|christians|hindus|sikhs|gays|lesbians|homosexuals|trans|transgender|queers|blacks|africans|arabs|asians|chinese|russians|ukrainians|syrians|afghans|pakistanis|somalis|roma|gypsies|travellers|mexicans|turks|kurds|palestinians|israelis|women|females|feminists|disabled|cripples|the retarded|that community|these people|those people|their kind|that lot|the lot of them',
  'migrantes|inmigrantes|refugiados|extranjeros|menores no acompanados|musulmanes|moros|judios|cristianos|gais|gays|maricones|homosexuales|negros|africanos|arabes|chinos|rusos|ucranianos|sirios|gitanos|sudacas|mujeres|feministas|discapacitados|esa gente|esta gente',
  'migrants|immigres|refugies|etrangers|musulmans|juifs|chretiens|homos|homosexuels|noirs|africains|arabes|chinois|russes|ukrainiens|syriens|afghans|roms|gitans|femmes|feministes|handicapes|ces gens|ces gens la',
  'migranten|einwanderer|zuwanderer|fluchtlinge|gefluchtete|gefluchteten|asylbewerber|asylanten|auslander|muslime|moslems|juden|christen|schwule|homosexuelle|transen|schwarze|afrikaner|araber|chinesen|russen|ukrainer|syrer|afghanen|zigeuner|roma|frauen|feministinnen|behinderte|diese leute',
  'мигрант*|иммигрант*|беженц*|приезж*|мусульман*|евре*|христиан*|гей|геи|геев|гомосексуал*|педик*|трансы|негр*|африканц*|араб*|китайц*|русские|русских|украинц*|хохл*|сирийц*|цыган*|женщин*|бабы|баб|инвалид*|хачи|хачей|чурк*|эти люди',
  'migranty|immigranty|bezhency|priezzhie|musulmane|evrei|gei|pidory|pidorasy|negry|kitaycy|russkie|ukraincy|khokhly|hohly|cygane|baby|invalidy|hachi|churki',
  'migranti|immigrati|profughi|stranieri|musulmani|ebrei|cristiani|gay|froci|omosessuali|neri|negri|africani|arabi|cinesi|russi|ucraini|siriani|zingari|rom|delle donne|alle donne|sulle donne|queste donne|quelle donne|tutte le donne|dalle donne|per le donne|femministe|disabili',
  'migrantes|imigrantes|refugiados|estrangeiros|muculmanos|judeus|cristaos|gays|bichas|homossexuais|negros|africanos|arabes|chineses|russos|ucranianos|ciganos|mulheres|feministas|deficientes|esses imigrantes',
  'migranci|imigranci|uchodzcy|obcokrajowcy|muzulmanie|zydzi|chrzescijanie|geje|pedaly|homoseksualisci|murzyni|arabowie|chinczycy|rosjanie|ukraincy|cyganie|kobiety|feministki|niepelnosprawni',
  'gocmen*|multeci*|yabanci*|musluman*|yahudi*|hristiyan*|escinsel*|ibneler|zenci*|araplar|cinliler|ruslar|ukraynalilar|suriyeli*|afganlar|cingene*|kadinlar|engelli*',
  'мігрант*|біженц*|мусульман*|євре*|геї|москал*|кацап*|русн*|жінки|жиди|жидів|цигани',
  'invaders|invasores|envahisseurs|invasoren|захватчики|najezdzcy|invasori|somali|roma|muslim|jewish|arab|african|gay|trans|gypsy|migrant|immigrant|refugee',
  'ukies|ukrops|vatniks|moskals|kikes|yids|towelheads|ragheads|wetbacks|chinks|gooks|pakis|bougnoules|bicots|bamboulas|youpins|sudacas|panchitos|kanaken|zhidy|жиды|хохлы|чурки|хачи|пиндосы|ciapaty|pedaly|schwuchteln|tunten|maricones|tapettes|pedes',
  // Round 103: leetspeak of the commonest target (`the bankers were all j3ws`).
  'j3ws|j3w|jewz',
  // More peoples and groups, in full word forms (the stems above do not reach them).
  'islam|tatars|crimean tatars|jew|jewish people|black people|gay people|trans people|poles|romanians|albanians|latinos|menas|maghrebins|turken|tsygane|geyi|ukraintsy|chechens|tajiks|uzbeks|moroccans|algerians|tunisians|nigerians|eritreans|sudanese|bangladeshis|venezuelans|haitians|buddhists|lgbt|lgbtq|transsexuals|sinti|whites|marroquies|rumanos|venezolanos|negras|judias|musulmanas|clandestins|marocains|algeriens|tunisiens|roumains|lesbiennes|transsexuels|juives|polen|kurden|rumanen|tschetschenen|marokkaner|nordafrikaner|lesben|transsexuelle|musliminnen',
  'ислам|татары|крымские татары|кавказцы|таджики|узбеки|азиаты|чеченцы|армяне|грузины|азербайджанцы|гастарбайтеры|гастеры|понаехавшие',
  // Round 32: Brazil's regional slur-targets (`Nordestino não é gente`). Not Dutch: group names feed the
  // classifier's cue features, and Dutch words it never saw in training (`ratten` is German) moved civil
  // Dutch comments to a rejection.
  'nordestino|nordestinos|baianos|paraibas',
];
