/**
 * Cue words for hate and violent extremism (see `cue-lexicon.ts` for the syntax and
 * `cue-rules.ts` for how cues combine). A group or an organisation is never a signal alone.
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';
import { GROUP_NAMES } from './group-names';

/**
 * Words of those who fight an organisation (`fought against ISIS`, `contra ETA`, `besiegten den IS`): the
 * `oppose` cue here, and in `extremism.ts` the words right before a name that make it what the writer is
 * against.
 */
/**
 * Attacks named by their place, their target or their date: the `attacker` cue's context for praise of them,
 * but also the name of those they struck (`cue-rules-extremism.ts`, `STRUCK`).
 */
export const ATTACKS_BY_NAME = [
  'bataclan|11 m|9 11|utoya|christchurch|charlie hebdo|hanau|manchester arena|beslan|dubrovka|nord ost|хиросима',
  // Round 32: attacks of the last years, by name or date (as the phrase detector's `terror` knows them).
  'october 7|oct 7|7 october|7 octobre|7 de octubre|7 oktober|7 ottobre|7 октября|crocus|крокус*|krokus|solingen|pahalgam|magdeburg|bondi junction|nova festival',
];

export const OPPOSE_WORDS: readonly string[] = [
  'against|fought|fighting|fight|defeat|defeated|defeating|resisted|resisting|liberated|freed|destroyed|crushed|beat',
  'survived|survive|surviving|despite|occupation|tackled|overpowered|disarmed|subdued|confronted',
  'contra|lucharon|combatieron|derrotaron|derrotar|liberaron|resistieron|sobrevivieron|sobrevivio|pese|ocupacion',
  'contre|combattu|combattre|combattent|vaincu|vaincre|libere|liberes|survecu|malgre|occupation|maitrise|desarme',
  'gegen|bekampft|bekampften|besiegt|besiegten|befreit|uberlebt|uberlebten|trotz|besatzung|uberwaltigt|entwaffnet',
  'против|боролись|разгромил*|победил*|освободил*|выжил*|несмотря|оккупаци*|обезвредил*',
  'protiv|borolis|razgromili',
  'contro|combattuto|sconfitto|liberato|sopravvissut*|nonostante|occupazione',
  'contra|combateram|derrotaram|libertaram',
  'przeciw|przeciwko|walczyli|pokonali|wyzwolili',
  'karsi|savastilar|yendiler|kurtardilar',
  'проти|боролися|воювали|розгромили|перемогли|звільнили|вижили|вижив|вижила|попри|окупаці*|знешкодили',
];

/**
 * The people on the other side of an attack or an armed group: those who protect, treat, teach, report,
 * rescue, fight it or suffer it (`the firefighters`, `die kurdischen Kämpferinnen`, `курдским бойцам`). In
 * the `oppose` cue a sentence naming them praises them, not the group; in `extremism.ts` praise whose
 * object or subject is one of them is not praise of the group.
 */
export const DEFENDER_WORDS: readonly string[] = [
  'firefighters|firefighter|responders|firemen|fireman|police|policemen|policeman|policewoman|officers|officer|cops|soldiers|soldier|troops|medics|medic|paramedics|paramedic|doctors|doctor|nurses|nurse|surgeons|teachers|teacher|journalists|journalist|reporters|reporter|rescuers|rescuer|volunteers|survivors|survivor|victims|passengers|civilians|kurds|kurdish|peshmerga|ypg|ypj|yazidi|yazidis|villagers|residents|interpreters',
  'bomberos|bombero|policias|policia|agentes|soldados|tropas|medicos|medico|enfermeras|enfermeros|maestra|maestro|maestras|maestros|profesora|periodistas|periodista|rescatistas|voluntarios|supervivientes|victimas|pasajeros|civiles|kurdos|kurdas|peshmergas|yazidies|sanitarios',
  'pompiers|pompier|policiers|policier|secouriste|gendarmes|soldats|militaires|medecins|infirmieres|infirmiers|enseignante|enseignant|institutrice|professeurs|journalistes|journaliste|secouristes|benevoles|survivants|victimes|passagers|civils|kurdes|peshmergas|yezidis',
  'feuerwehr*|polizist*|ersthelfer|ersthelferin|ersthelferinnen|soldaten|arzte|arztinnen|pfleger|krankenschwestern|lehrerin|lehrer|lehrerinnen|journalisten|journalistin|retter|helfer|uberlebenden|opfer|passagiere|zivilisten|kurden|kurdischen|kurdische|jesiden',
  'пожарн*|полицейск*|солдат*|врач*|медик*|медсестр*|учительниц*|учител*|журналист*|спасател*|волонтер*|выживш*|пассажир*|мирных|курдск*|курд*|езид*',
  'uchitel*|vrach*|pozharn*|kurdsk*|zhurnalist*',
  'pompieri|vigili del fuoco|poliziotti|carabinieri|soldati|medici|infermiere|infermieri|insegnante|maestra|giornalisti|giornalista|soccorritori|volontari|sopravvissuti|passeggeri|civili|curdi|curde',
  'bombeiros|policiais|jornalistas|strazacy|policjanci|zolnierze|lekarze|nauczycielka|dziennikarze|itfaiye*|askerler|doktorlar|ogretmen*|gazeteciler',
  'пожежн*|поліцейськ*|поліціянт*|солдат*|лікар*|медик*|медсестр*|вчител*|учител*|журналіст*|рятувальник*|волонтер*|пасажир*|мирних|цивільн*|зсу|захисник*|захисниц*|курд*',
  // Those who clear bombs and mines (round 82): `the deminers`, `los artificieros`, `les démineurs`, `сапёры`.
  'deminers|artificieros|artificiero|desminadores|demineurs|demineur|entscharfer|kampfmittelraumer|саперы|сапер|саперам|сапёры|сапёр|сапёрам|минеры|минёры|sapery|сапери|artificieri|sapadores|saperzy',
];

/** Taken back or kept safe from an organisation: `retook Mosul from ISIS`, `hid the children from Boko Haram`. */
export const KEPT_FROM_WORDS: readonly string[] = [
  'hid|hidden|hiding|saved|saving|protected|protecting|rescued|rescuing|shielded|retook|retaking|recaptured|reclaimed|defended|defending',
  'escondieron|salvaron|protegieron|recuperaron|cache|caches|sauve|sauves|protege|proteges|repris',
  'versteckt|gerettet|geschutzt|zuruckerobert|спрятал*|спас*|защитил*|отбил*',
  'сховал*|врятувал*|захистил*|захищають|захищали|відбили|рятуючи|рятували',
];

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const groupCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  // ── protected groups (`group-names.ts`) ──
  ...cue('group', ...GROUP_NAMES),
  ...cue(
    'dehuman',
    'rat|rats|vermin|cockroach*|roaches|parasite*|leech*|plague|plagues|disease|diseased|virus|cancer|tumour|tumor|infest*|swarm|swarms|animals|animal|beasts|savages|subhuman*|sub human|untermensch*|not human|not people|not even human|filth|scum|garbage|trash|vermin|germs|maggots|insects|lice|breeding|breed|breeders|breeding stock|herd|apes|monkeys|pigs|dogs|mongrels|sick animals|bat eaters|a plague|contagious',
    'ratas|alimanas|cucarachas|parasitos|plaga|enfermedad|virus|cancer|tumor|infestad*|animales|bestias|salvajes|subhumanos|basura|escoria|gusanos|piojos|ganado|monos|cerdos|perros|no son personas|no son humanos',
    'rats|vermine|cafards|parasites|peste|maladie|virus|cancer|tumeur|infeste*|animaux|betes|sauvages|sous hommes|ordures|racaille|vermines|poux|betail|singes|porcs|chiens|pas des humains|pas des etres humains',
    'ratten|ungeziefer|kakerlaken|parasiten|plage|seuche|krankheit|virus|krebs|krebsgeschwur|geschwur|tiere|bestien|wilde|untermenschen|abschaum|mull|dreck|lause|vieh|affen|schweine|hunde|pack|gesindel|keine menschen|volkskorper|ansteckend',
    'крыс*|паразит*|тарака*|чум*|болезн*|вирус*|рак|опухол*|животн*|звер*|скот|стадо|нелюд*|недочеловек*|мраз*|мусор|отброс*|вши|обезьян*|свинь*|собак*|не люди|зараз*',
    'krysy|parazity|tarakany|chuma|bolezn|virus|zhivotnye|zveri|skot|stado|nelyudi|nedocheloveki|mraz|musor|otbrosy|obezyany|obez yany|svini|ne lyudi',
    'ratti|topi|parassiti|scarafaggi|piaga|malattia|virus|cancro|tumore|infest*|animali|bestie|selvaggi|subumani|feccia|spazzatura|pidocchi|bestiame|scimmie|maiali|cani|non sono persone',
    'ratos|parasitas|baratas|praga|doenca|virus|cancro|cancer|tumor|infest*|animais|bestas|selvagens|sub humanos|escoria|lixo|piolhos|gado|macacos|porcos|caes|nao sao pessoas|nao e gente|nao sao gente',
    'szczury|robactwo|karaluchy|pasozyty|zaraza|choroba|wirus|rak|nowotwor|zwierzeta|bestie|dzikusy|podludzie|scierwo|smiecie|wszy|bydlo|malpy|swinie|psy|nie sa ludzmi',
    'sican*|hamam bocegi|parazit*|veba|hastalik|kanser|hayvan*|vahsi*|asagilik|pislik|suru|maymun*|domuz*|kopek*|mikrop|mikroplar*|hasere',
    'щур*|паразит*|таргань*|чума|хвороб*|тварин*|худоб*|нелюд*|покидьк*|мавп*|свин*',
    'feral|filthy|contagion|sickness|disorder|anomaly|anomalie|abomination|jungle|urwald|dschungel|selva|jungla|savages|dzikusy|dzicy|insan degil|nie ludzie|nie sa ludzmi|keine menschen|pas des humains|no son humanos|non sono umani|nao sao humanos|crime statistic|orcs|orks|орки|locust|locusts|sarancha|саранча|sauterelles|heuschrecken|langostas|cavallette|szarancza|cekirge|skoty|скоты|pest control|different species|another species|другой вид|autre espece|andere spezies|otra especie|otro especie|nest of',
  ),
  // Said of a group, these need nothing else: sexism, eugenics, blood and replacement talk.
  ...cue(
    'hate_phrase',
    'by nature|in their genes|shouldn t vote|should not vote|no deberian votar|ne devraient pas voter|sollten nicht wahlen|par nature|por naturaleza|von natur aus|per natura|im blut|back to the kitchen|belong in the kitchen|only good for breeding|good for nothing but breeding|shouldn t be allowed to breed|should not breed|should be sterilised|should be sterilized|useless eaters|in their blood|in their dna|subhuman|sub human|untermenschen|untermensch|недочеловеки|nedocheloveki',
    'a la cocina|a fregar|solo sirven para parir|lo llevan en la sangre|en su adn|subhumanos',
    'a la cuisine|juste bonnes a pondre|bonnes a pondre|ont ca dans le sang|dans leur adn|sous hommes',
    'zuruck in die kuche|an den herd|unnutze esser|lebensunwert*|liegt ihnen im blut|in ihrer dna',
    'на кухню|у них в крови|в их днк',
    'in cucina|ce l hanno nel sangue|subumani',
    'para a cozinha|no sangue deles',
    'do kuchni|maja to we krwi|podludzie',
  ),
  ...cue(
    'replacement',
    'replacement|great replacement|remigration|reemplazo|gran reemplazo|remplacement|grand remplacement|umvolkung|bevolkerungsaustausch|замещение|великое замещение|sostituzione etnica|wielka wymiana',
  ),
  ...cue(
    'eliminate',
    'exterminate*|extermination|wipe out|wiped out|wipe them|gas them|gassed|purge|purged|cleanse|cleansed|cleansing|fumigate*|eradicate*|eliminate them|get rid of them|kill them all|every last one|drown them|burn them|sterilise*|sterilize*|shoot them all|put them down',
    'exterminar*|eliminarlos|acabar con ellos|limpiar|limpieza|fumigar|erradicar|hasta el ultimo|todos fuera|echarlos a todos',
    'exterminer|eradiquer|eliminer|nettoyer|nettoyage|jusqu au dernier|tous dehors|les virer tous|a la mer',
    'ausrotten|ausmerzen|vernichten|vergasen|saubern|saubert|sauberte|sauberten|gesaubert|sauberung|raus|rausschmeissen|abschieben alle|bis zum letzten|muss raus|mussen raus',
    'уничтожить|уничтожать|истребить|вытравить|вычистить|зачистить|выгнать|выгнать всех|до одного|перебить|вон|газом',
    // Round 70 (`/work/audit40`): death wished by drowning, croaking or burning (`пусть все эти беженцы утонут`).
    // Round 71 (`dev87`): the border made lethal (`electrify the wall and be done with it`).
    'electrify the wall|electrify the fence|electrified fence|mine the border|shoot them at the border|' +
      'let them drown|hope they drown|they all drown|que se ahoguen|que revienten|se noient|qu ils crevent|ersaufen|absaufen|verrecken|утонут|сдохнут|передохнут|подохнут|сгорят|utonut|sdohnut|peredohnut|podohnut',
    'unichtozhit|istrebit|vychistit|zachistit|vygnat|do odnogo|von',
    'sterminare|eliminarli|ripulire|cacciati|cacciarli|fino all ultimo|tutti fuori',
    'exterminar|eliminar|limpar|expulsar|ate ao ultimo|ate o ultimo|todos fora|se limpar',
    'wytepic|wybic|wyrzucic|oczyscic|do ostatniego|precz',
    'temizlenmeli|yok edilmeli|sinir disi|defolsun|hepsi gitmeli|kovulmali',
    'знищити|вигнати|вичистити|до останнього',
    'ship them back|ship every last one|flatten the lot|quarantined|soigner de force|cleaner solution|a su puto pais|a su pais|aqui sobran|qu ils crevent|wywalic|wypad|surmek|deport the lot|deport them all|deport all of them|go back to|back where they came from|send them back|fuera de|que se vayan|vuelvan a su|dehors|retournez chez|zuruck in ihre|raus aus|убираться|убирайтесь|вон из|ubiraytes|von iz|wracajcie do|wynocha|geri donsunler|defolsunlar',
  ),

  // ── extremism ─────────────────────────────────────────────────────────────────────────────────
  ...cue(
    'org',
    'raf|ira|provos|brigate rosse|harakat|الدولة الإسلامية|حركة الشباب|eta|the 19|hijackers|nos freres|unsere bruder|imarat kavkaz|имарат кавказ|ichkeria|brothers only|mudzhahid*|mudzhakhid*|моджахед*|l ei|der is|el ei|isis|isil|daesh|daech|daish|дайш|игил|игиш|dawla|dawlah|d4wla|khilafah|khilafa|khalifah|caliphate|califat|califato|kalifat|халифат*|hilafet|alqaeda|alqaida|qaeda|qaida|каида|shabaab|shabab|jnim|aqim|aqap|iswap|iskp|hts|boko haram|боко харам|hamas*|хамас*|hezbollah*|hizbollah|хезболл*|qassam|kassam|taliban|талибан|mujahideen|mujahidin|mujahid|moudjahidines|moudjahid|muyahidines|mudschahedin|муджахид*|modzhakhed*|mucahit*|mucahid*|al hayat|amaq|the brothers|los hermanos|les freres|die bruder|братья|bratya|i fratelli|os irmaos|bracia|kardesler|pkk|gerilla*|the ummah|la oumma|islamic state|estado islamico|etat islamique|islamischer staat|исламское государство|ісламська держава|ісламської держави|ісламську державу|іділ|ігіл|халіфат*|1g1l',
  ),
  ...cue(
    'attack',
    'الغزوة|غزوة|attack|attacks|attacked|bombing|bombings|bomb|blast|explosion|raid|raids|operation|operations|massacre|shooting|stabbing|stabbed|ambush|hostages|beheading|beheaded|suicide|martyrdom operation|concert|station|market|mall|synagogue|church|plane|planes|truck|lorry|killed|did it|struck|hit the',
    'atentado*|ataque*|bomba|bombas|explosion|operacion|masacre|tiroteo|apunalamiento|emboscada|rehenes|estacion|concierto|mercado|centro comercial|mataron',
    'attentat*|attaque*|bombe|explosion|operation|massacre|fusillade|embuscade|otages|gare|concert|marche|egorge*|tue|tues',
    'anschlag*|attentat*|angriff*|bombe|explosion|operation|massaker|schiesserei|hinterhalt|geiseln|bahnhof|konzert|markt|zugestochen|getotet',
    'теракт*|взрыв*|атак*|нападени*|операци*|резн*|засад*|заложник*|вокзал*|концерт*|торгов*|убил*',
    'terakt*|vzryv*|ataka|napadenie|operaciya',
    'attentato*|attacco|attacchi|bomba|esplosione|operazione|strage|imboscata|ostaggi|stazione|porto|colpito|hanno colpito',
    'atentado*|ataque*|bomba|explosao|operacao|massacre|emboscada|refens|estacao',
    'zamach*|atak*|bomba|wybuch|operacja|masakra|zasadzka',
    'saldiri*|bomba*|patlama*|eylem*|operasyon*|katliam|pusu|rehine*',
    'العملية',
  ),
  // Notorious attackers and attacks, and their authors described: praise next to them is glorification.
  ...cue(
    'attacker',
    'breivik|tarrant|merah|abdeslam|mateen|dylann roof|bowers|crusius|gendron|atta|bin laden|zarqawi|baghdadi|shekau|the shooter|the gunman|the bomber|the attacker|the attackers|the killers|the perpetrator|who stormed|who struck|who did it|who left that device|attentater|tater|atacante|atacantes|tireur|assaillant*|стрелок|смертник*|hanno colpito|qui ont frappe|que atacaron|منفذي',
    ...ATTACKS_BY_NAME,
  ),
  // Praise an attacker or a group would get from its own side.
  ...cue(
    'praise',
    'hero|heroes|heroic|martyr|martyrs|shaheed|shahid|shuhada|lion|lions|glory|glorious|blessed|paradise|jannah|baqiya|more please|many more|well done|finally someone|justice was done|may allah accept|legend|legends',
    'heroe|heroes|heroico|martir|martires|leones|gloria|glorioso|bendito|bendita|paraiso|bien hecho|leyenda',
    'heros|heroique|martyr|martyrs|lions|gloire|glorieux|beni|benie|paradis|bravo|legende',
    'helden|heldenhaft|martyrer|schahid|schahide|lowen|ruhm|ruhmreich|gesegnet*|paradies|legende',
    'геро*|мученик*|шахид*|львы|слава|славн*|благословен*|рай|аллаху акбар|легенд*',
    'geroi|geroy|shakhid|shahid|slava|blagosloven*',
    'eroe|eroi|eroico|martire|martiri|leoni|gloria|glorioso|benedett*|paradiso|leggenda',
    'heroi|herois|heroico|martir|martires|leoes|gloria|glorioso|abencoad*|paraiso|lenda',
    'bohater*|meczennik*|lwy|chwala|blogoslawion*|raj|legend*',
    'kahraman*|sehit*|sehitler*|sehitlerimiz|aslan*|cennet|olmez|efsane',
    'шахід*|мученик*|благословенн*',
    'الأبطال|الشهداء|الشهيد|المباركة|مباركة|باقية',
    'تقبل الله|up the ra|tiocfaidh ar la|best day of the decade|a saint|a true saint|our saint|our saints|saint of|saints of|are saints|were saints|is a saint|was a saint|shahids|shaheeds|chahid|chahids|chouhada|gudaris|molodtsy|молодцы|bien fait|gut so|gut gemacht|ben fatto|dobra robota|bem feito|vivement la prochaine|can t wait for the next|bring on the next one|hope the next one|gora eta|schade nur|shame he didn t|pity they didn t|dommage qu',
  ),
  [
    '{may|que|moge|пусть} ~2 {allah|dieu|аллах|gott} ~3 {accept|accepte|accepter|annehmen|примет|acepte|aceite}',
    'praise',
  ],
  ['{allah|аллах|dieu} {примет|accepte|accept|acepte}', 'praise'],
  // Round 82 (dev97): the attacker made one more saint (`another saint for the list next to Tarrant`), and the killings
  // kept as a score (`2 down, keep the score going`).
  ['{another|a new|one more} saint', 'praise'],
  ['saint for the list', 'praise'],
  [
    '{keep|keeping|kept} the {score|scoreboard|kill count|body count|count} {going|up|rising|climbing|ticking}',
    'praise',
  ],
  // Milder approval: counts only next to an organisation or its fighters.
  ...cue(
    'praise_weak',
    'respect|salute|courage|courageous|brave|bravery|proud|gift|victory|victorious|honour|honor',
    'respeto|saludo|valiente*|valor|orgullo|regalo|victoria',
    'respect|salut|courage*|fier*|cadeau|victoire|honneur',
    'respekt|gruss|mutig*|stolz|geschenk|sieg|ehre',
    'уважени*|респект|салют|храбр*|смел*|горд*|подарок|победа',
    'respekt|uvazhenie|pobeda',
    'rispetto|saluto|coraggio*|orgoglio*|regalo|vittoria|onore',
    'respeito|saudacao|coragem|orgulho|presente|vitoria|honra',
    'szacunek|odwag*|duma|prezent|zwyciestwo|honor',
    'selam|saygi|zafer|gurur|hediye|onur',
    'patriot|patriots|statues|bravest|courage|more power to them|support them|soutenez les|apoyadlos|apoyenlos|unterstutzt sie|поддержите их|sostenete|apoiem',
  ),
  // Fighting an organisation, keeping people safe from it, or naming those on its other side: its name
  // then does not make praise in the sentence praise of it.
  ...cue('oppose', ...OPPOSE_WORDS, ...KEPT_FROM_WORDS, ...DEFENDER_WORDS),
  ...cue(
    'justify',
    'deserved|deserved it|had it coming|asked for it|got what they deserved|legitimate target|legitimate targets|never innocent|no innocents|not innocent|nobody is innocent|fair game|only language|avenged|an eye for an eye|serves them right',
    'merecido|bien merecido|se lo buscaron|objetivo legitimo|objetivos legitimos|ni un inocente|ningun inocente|vengados',
    'merite|bien cherche|l ont bien cherche|cible legitime|cibles legitimes|aucun innocent|pas innocents|venges',
    'verdient|selbst schuld|legitimes ziel|legitime ziele|keine unschuldigen|nicht unschuldig|geracht',
    'заслужил*|поделом|законн* цел*|невинных нет|не невинн*|отомстил*',
    'zasluzhili|podelom|otomstili',
    'meritato|se lo sono cercato|obiettivo legittimo|nessun innocente|vendicati',
    'merecido|mereceram|alvo legitimo|nenhum inocente|vingados',
    'zasluzyli|zasluzone|uprawniony cel|zadnych niewinnych|pomszczeni',
    'hak edilmis*|hak ettiler|hak etti|mesru hedef|masum yok',
    'заслужили|заслужив|заслужила|поділом|так їм і треба|законн* ціл*|невинних немає|помстилися|правильно зробили',
    'l ont cherche|ils l ont cherche|hatte recht|had it right|was preventive|legit operation|legitimate operation|what they ask for|what they asked for|what they deserve|got what was coming|venge|vengé|vengeance est faite|se lo buscaron|zasluzhili|заслужили',
    // Round 32: the attack as a debt paid or a harvest (`October 7 was simply the bill arriving`).
    'earned every bit|the bill arriving|reap what they sow|reaped what they sowed|reap what you sow|wer wind sat erntet sturm',
  ),
  ...cue(
    'recruit',
    'join|joining|join them|join us|your place is|come to|waiting for you|wait for you|hijra|hijrah|make hijra|obligation|obligatory|duty|fard|write me|dm me|message me|how to get there|be on the right side|pledge|bayah|baya|the caravan|young men of|youth of|sign up',
    'unete|unirse|unios|que se junte|os necesita|os esperan|te esperan|hijra|hegira|obligacion|deber|escribidme|escribeme|como llegar|jovenes|lado correcto',
    'rejoignez|rejoindre|rejoins|vous attend|t attend|hijra|hegire|obligation|obligatoire|devoir|ecrivez moi|ecris moi|jeunes de',
    'schliesst euch an|anschliessen|erwartet euch|warten auf euch|hidschra|hijra|pflicht|schreibt mir|junge manner|brudern',
    'присоединяйтесь|вступайте|вступай|ждут вас|ждем вас|хиджр*|обязанность|долг|пишите мне|в личку|молодежь',
    'prisoedinyaytes|vstupayte|zhdut|hidzhra|obyazannost|pishite|v lichku',
    'unitevi|unisciti|vi aspetta|vi aspettano|hijra|obbligo|dovere|scrivetemi|giovani',
    'junte se|que se junte|juntem se|vos espera|esperam por|hijra|obrigacao|dever|escrevam me|jovens',
    'dolaczcie|dolacz|czekaja na was|hidzra|obowiazek|piszcie|mlodzi',
    'katilin|katil|bekliyor|hicret|farz|gorev|yazin|gencler',
    'приєднуйся|приєднуйтесь|вступай|вступайте|чекають на вас|пишіть мені|молодь',
    'sign me up|how do you even get|how do i get to|quien quiera|packt die tasche|die bruder warten|pack your bags|انفروا|فرض عين|ندعو الإخوة|went to sham|go to sham|come to sham|schreibt mir|pomogu dobratsya|помогу добраться|братья ждут|bratya zhdut|التحقوا|يا شباب|انضموا|brothers only|dm me on|message me on',
  ),
  ...cue(
    'share',
    'read the manifesto|read his manifesto|share the manifesto|the manifesto here|manifesto link|required reading|must read|grab a copy|full video|uncut|share it|share this|before they take it down|before it gets deleted|download|mirror link|mirror here|mirrored it|nasheed|nasheeds|propaganda video|the video of the|watch it before',
    'video completo|sin cortes|compartidlo|compartan|antes de que lo borren|descargad',
    'video complete|sans coupure|partagez|avant qu ils le suppriment|telechargez',
    'komplette film|komplette video|ungeschnitten|teilt ihn|teilt es|bevor youtube|bevor sie es loschen|herunterladen',
    'полное видео|без цензуры|распространяйте|пока не удалили|скачайте',
    'video completo|condividete|prima che lo cancellino',
    'video completo|partilhem|compartilhem|antes que apaguem',
    'pelne wideo|udostepniajcie|zanim usuna',
    'tam video|paylasin|silinmeden',
  ),
  ...cue(
    'movement',
    'kuffar|kafir|kafirs|kufr|crusaders|crusader|taghut|murtad|apostates|infidels|infidel|the ummah|ummah|jihad|mujahideen|sharia|shariah|kouffar|koufar',
    'cruzados|infieles|apostatas|yihad|umma',
    'croises|mecreants|apostats|djihad|oumma',
    'kreuzritter|kreuzzugler|unglaubige|abtrunnige|dschihad|umma',
    'кафир*|крестоносц*|неверн*|джихад*|умма',
    'kafiry|krestonoscy|dzhihad|dzhikhad|umma',
    'crociati|infedeli|apostati|jihad',
    'cruzados|infieis|apostatas|jihad',
    'krzyzowcy|niewierni|dzihad',
    'kafir*|hacli*|cihat|cihad|ummet',
    'الكفار|الكافرين|الجهاد|المجاهدين|بالمجاهدين|مجاهدين',
    'sham|al sham|the caravan|accelerationis*|brothers|bruder|hermanos|freres|fratelli|irmaos|bracia|kardesler|братья|bratya|akhi|ikhwan',
  ),
];
