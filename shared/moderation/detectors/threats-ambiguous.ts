/**
 * Indirect or ambiguous calls to violence, for the threat detector's phrase list (`threats-phrases.ts`):
 * held for a moderator (`violence_review`), never rejected, since the same words serve history, irony
 * and reporting. Phrase syntax as in `text/phrases.ts`.
 */
export const AMBIGUOUS_CALLS: readonly string[] = [
  '{should|must|need to|needs to|ought to|will} be dealt with',
  'deal with {them|him|her|these|those} {properly|permanently|once and for all|the old way}',
  'take up {arms|the gun|guns|pitchforks}',
  '{time|high time} ~3 {take up arms|grab the pitchforks|get the guns|get the rope}',
  '{someone|somebody} {should|needs to|ought to|has to|must|will} {do something about|deal with|sort out|take care of|pay|visit|teach|take out} {these|those|them|him|her|that|this}',
  'pay {these|those|them|him|her|the} ~2 a visit',
  'not a friendly {one|visit}',
  '{ways|means} to get justice',
  'take {justice|matters|the law} into ~2 own hands',
  // The time for words is over.
  'the time for {words|talking|talk|petitions|protests|voting|debate} is over',
  'l heure n est plus aux {petitions|discours|mots|paroles|debats|manifs}',
  'se acabo el tiempo de {las palabras|hablar|votar|las protestas}',
  'die zeit {der worte|des redens|fur worte|der diskussionen} ist vorbei',
  'mit worten ~5 nicht mehr weiter',
  '{время|vremya} {слов|разговоров|slov|razgovorov} {прошло|закончилось|proshlo|zakonchilos}',
  '{coup de karcher|au karcher|passer au karcher}',
  '{traitors|people like that|people like him|people like her|people like you|such people} used to {hang|swing}',
  'the {street|streets} will {answer|settle|respond|decide|have the last word}',
  // Round 118 (`dev125`).
  '{globalize|globalise} the intifada',
  'la {calle|rue} {respondera|repondra|va repondre|decidira|decidera|tendra la ultima palabra|aura le dernier mot}',
  'die strase wird {antworten|entscheiden}',
  'улица ответит',
  // Taking matters into one's own hands, in the other languages.
  '{hacerlo|arreglarlo|resolverlo|solucionarlo|pararlo|pararlos|frenarlo|frenarlos} ~3 con {sus|nuestras|mis|tus} propias manos',
  '{tomar|tomarse|tomaremos|tomaran} la justicia por su mano',
  '{das recht|die sache|die dinge} in die eigene hand {nehmen|genommen}',
  // About people, not a court's ruling or a football match (`machten kurzen Prozess mit Dortmund`).
  '{solchen|diesen|denen|verratern|leuten|typen} ~3 {kurzen|kurzer} prozess',
  '{взять|брать|берем|возьмем|возьмут|пора брать} {дело|дела|ситуацию|закон} в свои руки',
  '{vzyat|brat|berem|vozmem|vozmut} {delo|dela} v svoi ruki',
  'razgovor ~3 {korotkiy|korotkim|korotkii}',
  '{won t|wont|wouldn t|wouldnt|will not|would not} blame {them|him|her|anyone}',
  '{lose sleep|shed a tear|shed any tears|cry} if',
  '{by|with} any means necessary',
  '{should|must|need to|needs to|ought to|have to|has to} be {taught a lesson|made to pay|silenced|strung up|neutralised|neutralized}',
  '{deserve|deserves} what {s coming|is coming|they get|he gets|she gets|happens to them}',
  'civil war {is coming|is the only way|now}',
  '{time|about time|high time} {for|to} {civil war|the pitchforks|the guillotine|the rope|take up arms|grab the pitchforks}',
  '{rise up|take to the streets} {with} {arms|weapons|pitchforks}',
  '{the people|people|we} will {rise up|take matters into} ~2 {own hands|hands|and}',
  '{get|bring|fetch} {a|the} {rope|ropes|guillotine}',
  '{traitors|these traitors} {will|should|must} {pay|hang|swing}',
  '{they|these people} {should|will|must} {hang|swing}',
  '{hay que|habria que} {acabar con|quitar de en medio|darles su merecido|colgarlos|ajusticiar}',
  '{que alguien|alguien tiene que|alguien deberia} {haga|hacer} algo',
  '{justicia popular|a la horca|al paredon|tomar las armas|ya llegara su dia}',
  'el pueblo {se levantara|actuara|hara justicia}',
  '{il faut|faut} {s en occuper|leur regler leur compte|les pendre|les fusiller}',
  '{justice populaire|a la lanterne|prendre les armes|leur jour viendra}',
  'le peuple {se levera|va se lever|se fera justice}',
  'man {sollte|muss|mus} {sie|ihn|die|diese} ~2 {beseitigen|erledigen|aus dem weg raumen|zum schweigen bringen|aufhangen}',
  '{tag x|volkszorn}',
  '{с ними|с такими|с этими|с ним|с ней} {надо|нужно|пора|будем} ~1 {разобраться|кончать|поговорить по другому|разбираться}',
  '{их|его|ее} {надо|нужно|пора} {устранить|зачистить|проучить|повесить}',
  '{пора|время} {браться за|брать} {оружие|вилы|топоры}',
  'народ {поднимется|сам разберется}',
  'мало не покажется',
  'day of reckoning',
  '{justicia|justice} {con sus propias manos|por su cuenta|soi meme|eux memes}',
  '{hara|haran|haremos|hacer|tomar} justicia',
  'se faire justice',
  '{prendre|reprendre} les armes',
  '{a la|a} lanterne',
  'selbstjustiz',
  '{zu den|zur} waffen',
  'разговор {должен быть|будет|короткий} ~2 {коротким|короткий}',
  'навести порядок {с|среди} {этими|ними|такими|этим}',
  'не довезли до суда',
  '{самосуд*|линчева*}',
  '{взяться|браться|возьмется|возьмутся|взятся|братся} за {оружие|топоры|вилы}',
  'словами {тут|здесь} не {поможешь|поможет}',
  // Something heavier than words (round 24): `пора выходить с чем-то потяжелее` (`выходит`: the infinitive
  // typed in Latin letters without its soft sign, `vykhodit`).
  '{выходить|выходит|выйти|идти|пойти|приходить|прийти|браться|взяться} {с|за} {чем|что} {то|нибудь} потяжелее',
  'something heavier than {words|comments|posts|placards|signs|petitions}',
  // Round 25 (`dev77`–`dev80`): the people doing what the state will not, and the methods history knows.
  '{stato|governo|polizia|carabinieri} ~6 ci {penseremo|pensiamo} noi {.|con}',
  '{полиция|власти|государство|policiya|vlasti|gosudarstvo} ~8 {справимся|разберемся|spravimsya|razberemsya} {сами|sami}',
  '{значит|znachit|тогда|togda} {справимся|разберемся|spravimsya|razberemsya} {сами|sami}',
  '{брати|взяти} ~1 {справу|справи} {у|в} свої руки',
  '{finish|finished|finishing} what the {state|police|army|government|courts} {won t|wont|will not|can t|cant|couldn t|wouldn t|wouldnt}',
  '{история|istoriya|historia|history|la storia|l histoire|die geschichte} ~2 {знает|znaet|zna|knows|conosce|connait|kennt|conoce} ~2 {методы|metody|methods|metodi|methodes|methoden|metodos|sposoby|способы}',
  '{z takimi|z nimi|z tymi} ~4 {rozmawiac|rozmawia} inaczej',
  '{ya no existan|ya no existen|echo de menos|extrano|extranamos|extranarian} ~3 {los paredones|el paredon|la guillotina|la horca}',
  '{bring back|miss} the {guillotine|gallows|firing squad|firing squads}',
  'lock and load',
  // Round 26 (`dev81`): violence named by what it is not.
  'not the {peaceful|nonviolent|non violent} {kind|sort|type|variety|way}',
  '{y|pero} no {de la|la} {pacifica|pacifico}',
  '{et|mais} pas {la|le|du genre} {pacifique|pacifiste}',
  '{und|aber} nicht die friedliche',
  // Round 26 (`dev82`): the four boxes of liberty, the last of which is ammunition; the old-fashioned way.
  '{four|4} boxes of {liberty|freedom}',
  'soap ~1 ballot ~1 jury {and|} {ammo|ammunition|cartridge}',
  '{would|should|will|must|ought to|used to} {have been|be|get|} dealt with ~3 {old fashioned way|old way|old school way}',
  // Round 31 (a red-team's probes): someone should shoot or hang them in Portuguese, Italian, Polish, Turkish,
  // Dutch, Swedish; run them over; beat them with sticks.
  'alguem {devia|deveria|tem de|tem que|tinha de|tinha que} {dar um tiro|dar uns tiros|matar|enforcar|acabar com}',
  '{qualcuno dovrebbe|bisognerebbe|bisogna|andrebbe|andrebbero} {sparargli|spararle|sparare a|impiccarli|impiccarlo|impiccarla|impiccare|ammazzarli|ammazzarlo|fucilarli|fucilarlo|fucilare}',
  '{andrebbe|andrebbero|vanno|va} {preso|presi|presa|prese} a {bastonate|sprangate|calci in faccia}',
  'fara la fine di {moro|mussolini|gheddafi|ceausescu}',
  // A person to hang, not curtains (`Trzeba powiesić nowe zasłony`).
  '{trzeba|nalezy|powinno sie} {ich|go|ja|wszystkich} {powiesic|zastrzelic|rozstrzelac|odstrzelic|zabic}',
  '{tego|tych|te|ta|takich} ~2 {trzeba|nalezy} {powiesic|zastrzelic|rozstrzelac|odstrzelic|zabic}',
  '{asmak|vurmak|oldurmek|kursuna dizmek|idam etmek} lazim',
  '{asilmali|vurulmali|kursuna dizilmeli|idam edilmeli}',
  '{moet|moeten} ~2 {opknopen|ophangen|doodschieten|afschieten|neerschieten}',
  '{nagon|man} {borde|ska|skulle} {skjuta|hanga}',
  '{deserve|deserves|should|ought} {to be|be} run over',
  '{run|running|drive|driving} {them|him|her|these|those} ~2 over',
  '{meriteraient|meriterait|faudrait|faut} ~1 qu on leur {roule|roulle} dessus',
  '{leur|lui} rouler dessus',
  '{atropellarlos|atropellarles|atropellarlas}',
  '{sollte|muss|mus|sollten} ~3 uberfahren',
  '{nado|надо|nuzhno|нужно|стоит|stoit|треба|treba} ~3 {bit|бить|izbit|избить|lupit|лупить|бити} {palkami|палками|dubinkami|дубинками|палицями|palytsiamy}',
  '{a palos|a bastonazos} {a|con} {estos|esos|todos|ellos}',
  // B3: arson of a shelter or a place of worship; arms taken up in the future; the old euphemisms.
  '{ein streichholz|ein feuerzeug|ein kanister benzin|etwas benzin|ein molotow} und ~8 {erledigt|gelost|vorbei}',
  '{tomara|tomaran|tomaremos} las armas',
  '{prendra|prendront|prendrons} les armes',
  '{time|high time|about time} for {citizens|people|us|the people|ordinary people} to arm {themselves|ourselves}',
  '{start|starting} with {their|his|her} {offices|office|homes|home|houses|house}',
  '{dado|dar|darle|darles|dieron} un {paseito|paseo} ~3 {ya me entiendes|ya sabes|ya me entendeis|como antes}',
  '{le habrian dado|le darian|habria que darle} un {paseito|paseo}',
  '{answer|response|reply} to the {next|last|latest} {attack|attacks|bombing|stabbing} ~4 {given|be given|delivered} in the {mosques|mosque|synagogues|synagogue}',
  // D2: veiled threats in Russian and German; history used as a call.
  'у нас {долгая|хорошая} память',
  '{вспомним|запомним} {каждого|всех|каждую}',
  'wir {merken uns|vergessen nicht} ~2 {die namen|namen|jeden|alle}',
  'der tag {kommt|wird kommen} {.|und}',
  '{такие|таких} как {ты|вы} ~3 {заканчивают|кончают|оказываются} ~2 {в реке|в канаве|в лесу}',
  '{takie|takih} kak {ty|vy} ~3 {zakanchivayut|konchayut} ~2 {v reke|v kanave|v lesu}',
  // At the end of the sentence: not `next in line for the Pulitzer`.
  '{reporters|journalists|the reporters|the journalists|writers} ~6 {are next|will be next|re next} .',
  '{журналисты|репортеры|авторы} ~6 будут следующими',
  '{night of the long knives|nacht der langen messer|ночь длинных ножей|noche de los cuchillos largos|nuit des longs couteaux} ~4 {would|should|is what|needed|braucht|нужна|hace falta|il faut}',
  'ipatiev house ~3 {right idea|had it right}',
  '{laternenmasten|laternen} ~4 {reichstag|bundestag|kanzleramt} ~3 {reichen|wurden|gehoren|warten}',
  '{тридцать седьмой|37 й|37 го|1937} {год|года} {на них|нужен|вернуть|бы}',
  // Round 32: a bare call to kill once the lawful step fails (`Vote them out, and if that fails, shoot them`),
  // ending there (not `shoot them an email`).
  '{if|and if} {that|this|it|voting|the vote|the courts} {fails|failed|doesn t work|doesnt work|does not work|won t work|wont work|isn t enough|isnt enough|is not enough} ~2 {shoot|hang|kill|lynch|execute} {them|him|her|the lot} {.|all|dead|now|ourselves}',
  // Round 33: a city or a people's land said to need a nuclear strike (`the only solution for Moscow is to nuke it
  // flat`): held, as `nuke them all` would be read in a history or a game.
  '{only|final|real|best} {solution|answer|option|fix} ~4 {is|is to|would be to} {nuke|bomb|carpet bomb|glass} {it|them|the place|the city|the whole place}',
  // Round 37 (`/work/audit22`): a purge meant literally, the minister dealt with in an alley, the government that
  // did not end at the ballot box; an attack's toll mourned as too small (`What a tragedy, only twelve.`).
  '{clean house|cleaning house|faire le menage|aufraumen|aufgeraumt|зачистить|зачистка|zachistit|zachistka|limpieza|limpiar} ~4 {literally|au sens propre|wortwortlich|buchstablich|в прямом смысле|v pryamom smysle|literalmente}',
  '{dealt with|taken care of|sorted out|settled} in a {quiet|dark|back} {alley|street|corner|basement}',
  '{didn t|did not|never|don t|do not} end at the ballot box',
  '{what a tragedy|such a tragedy|quelle tragedie|que tragedia|vaya tragedia|was fur eine tragodie|welche tragodie|какая трагедия|kakaya tragediya} {only|just|seulement|solo|solamente|nur|всего|только|vsego|tolko} {#|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|douze|dix|doce|diez|zwolf|zehn|двенадцать|десять|dvenadcat|desyat}',
  // Regret that the bomb was too small or its target survived (`shame the bomb was so small this time`).
  '{shame|pity|sad|too bad} {that|} the {bomb|blast|explosion|device|missile|bombs} {was|were} {so|too} {small|weak|tiny|little}',
  'sad to hear {he|she|they|the ~2} survived',
  '{heartbreaking|sad|shame|pity|disappointing|tragic|unfortunate} that ~4 only managed to {burn|kill|blow up|destroy|torch|bomb}',
  '{paragliders|paraglider} ~4 {deserve|deserves|deserved|earned|heroes|award|medal|creativity}',
  '{lastima|pena} que la bomba {fuera|era|haya sido|fue} tan {pequena|debil|chica}',
  'dommage que la bombe {ait ete|etait|soit|fut} si {petite|faible}',
  'schade ~3 dass die bombe ~2 so {klein|schwach} war',
  // Round 39 (the tuning batches' published ambiguous calls): the street that will have its say, the one language
  // power hears, order the people will restore themselves, a welcome the boat people won't forget.
  '{улица|ulica|ulitsa} ~2 {скажет|skazhet} {своё|свое|svoe|svoyo} {слово|slovo}',
  '{власть|vlast} {слышит|понимает|slyshit|ponimaet} только один язык',
  '{vlast} {slyshit|ponimaet} tolko odin yazyk',
  '{люди|народ|lyudi|narod} {наведут|наведёт|наведет|navedut|navedet} его сами',
  // Round 41 (`/work/audit25`): someone should take care of a judge, in Spanish and French (a person, not a file:
  // `encargarse de este expediente`); the street will do it.
  '{alguien|alguno} {deberia|tendria que|tiene que} encargarse de {este|esta|ese|esa|estos|esos} {juez|jueza|jueces|periodista|periodistas|alcalde|alcaldesa|ministro|ministra|tipo|tipos|traidor|traidores|sujeto|politico|politicos|diputado|diputada}',
  '{quelqu un|on} {devrait|doit} s occuper de {ce|cette|ces|cet} {juge|juges|journaliste|journalistes|maire|ministre|type|types|traitre|traitres|mec|depute|deputee|politicien|politiciens}',
  '{улица|ulitsa|ulica} {сделает|sdelaet}',
  'know exactly what to do with {the|this|that|these|those|him|her|them}',
  '{comite de bienvenida|welcome committee|comite d accueil|empfangskomitee} ~6 {no se van a olvidar|won t forget|will never forget|ne vont pas oublier|n oublieront pas|nicht vergessen}',
  '{жаль|zhal} ~2 {что|chto} {бомба|bomba} ~6 {маленькая|маленькой|слабая|слабой|malenkaya|malenkoi|slabaya}',
  // Round 54 (`/work/audit29`): the one language some people understand.
  '{only|just} {understand|understands} one language',
  'the only language {they|he|she|these people|those people|such people} {understand|understands}',
  'solo {entienden|entiende} un {idioma|lenguaje}',
  'el unico {idioma|lenguaje} que entienden',
  'ne comprennent qu un {langage|langue}',
  'le seul langage qu {ils|elles} comprennent',
  'verstehen nur eine sprache',
  'die einzige sprache die {sie|die} verstehen',
  'понимают только {один язык|силу}',
  'ponimayut tolko {odin yazyk|silu}',
  // Round 71 (`dev87`): dealing with people other than by the courts (`надо было … решать по-другому, не судами`).
  '{не судами|ne sudami|а не судом|a ne sudom|а не судами|a ne sudami}',
  // Round 77 (`dev91`): a visit owed, and the people to do what the courts did not.
  '{надо бы|nado by|стоило бы|stoilo by} {навестить|navestit} ~3 {дома|doma|если еще живы|если ещё живы|esli eshe zhivy|esli esche zhivy}',
  '{может|mozhet} {народ|narod} {сделает|sdelaet|разберется|razberetsya|рассудит|rassudit}',
  // Round 83 (`/work/audit46`): traitors who will hang, in the languages that lacked it; a reckoning not at the ballot
  // box; a visit with bats; the cartridge box after the ballot box; looters shot on sight.
  '{verrater|verraeter|vaterlandsverrater} ~3 {hangen|baumeln|aufgehangt}',
  '{zdrajcy|zdrajcow|zdrajca} ~3 {zawisna|zawisnie|beda wisiec|powiesimy|powiesic}',
  '{предатели|predateli|предателей|predateley} ~3 {будут висеть|повиснут|повесим|budut viset|povisnut|povesim}',
  '{traidores|traidor} ~3 {colgaran|acabaran colgados|colgara|seran colgados}',
  '{traitres|traitre} ~3 {seront pendus|finiront pendus|finira pendu|pendront}',
  '{traditori|traditore} ~3 {penzoleranno|saranno impiccati|finiranno impiccati}',
  '{nicht|nich} an der wahlurne',
  '{not|and not} at the ballot box',
  'a visit from ~3 with {bats|baseball bats|pitchforks|torches|crowbars}',
  'the cartridge box',
  '{shot|shoot|shooting} {the|all} {looters|rioters|protesters|protestors} on sight',
];

/**
 * F1: a call to execute, passive or impersonal (`Macron should be hanged`, `Il faut fusiller Macron`): held like the
 * calls above, since the same words report a sentence (`Duterte said drug dealers should be shot`) — but rejected when
 * aimed at one person with no verb of saying before it (round 91, `threats.ts`).
 */
export const EXECUTION_CALLS: readonly string[] = [
  '{should|must|ought to|needs to|need to|deserves to|deserve to} be {hanged|hung|shot|executed|lynched|beheaded|strung up|guillotined}',
  // A lawful step first: `should be prosecuted and then hanged`.
  '{should|must|ought to|needs to|need to} be ~2 {and|and then|then} {hanged|hung|shot|executed|lynched|beheaded|strung up|guillotined}',
  '{il faut|faut|il faudrait|faudrait|on devrait} {fusiller|executer|guillotiner|lyncher}',
  // Hang a person, not the washing (`pendre le linge`).
  '{il faut|faut|il faudrait|faudrait|on devrait} pendre {ce|cet|cette|ces|tous|toutes|les traitres|le president|le ministre|la ministre|les ministres|les deputes|les politiciens|les journalistes}',
  '{doit|devrait|doivent|devraient} etre {pendu|pendus|fusille|fusilles|execute|executes|guillotine|guillotines}',
  '{hay que|habria que|deberian|deberia} {fusilar|colgar|ahorcar|ejecutar} a',
  '{sollte|sollten|muss|mus|gehort|gehoren} ~4 {aufgehangt|erschossen|hingerichtet|gehenkt|gelyncht}',
  'man {sollte|muss|mus} ~3 {erschiesen|erschiessen|aufhangen|hinrichten|henken}',
  '{надо|нужно|следует|пора} {повесить|расстрелять|казнить}',
  '{nado|nuzhno|pora} {povesit|rasstrelyat|kaznit}',
  // Round 91 (`/work/audit52`): more deaths called for in the passive (`should be set on fire in front of his own mosque`,
  // `should be stoned to death`, `should be lined up against a wall and shot`, `mérite d'être pendue`).
  '{should|must|ought to|needs to|need to|deserves to|deserve to} be {stabbed|set on fire|burned alive|burnt alive|stoned to death|beaten to death|beaten to a pulp|thrown off a roof|dragged behind|tortured|skinned alive|lined up against a wall}',
  '{should|must|ought to|needs to|need to|deserves to|deserve to} be hunted down and {shot|killed|hanged|stabbed|executed}',
  '{merite|meritent|merit} d etre {pendu|pendue|pendus|fusille|fusillee|lynche|lynchee|egorge|egorgee|guillotine|guillotinee}',
];

/**
 * Round 94 (`/work/audit52`): veiled wishes and calls in the languages that lacked them — no tear shed if something
 * happened to him, people like her won't last long, let him watch his back, someone should do something about this
 * journalist — and English ones the list missed. Held, as the calls above.
 */
export const VEILED_CALLS: readonly string[] = [
  'no {lloraria|llorare|lloraremos} si ~4 {pasara|pasase|pasa} algo',
  'gente como {ella|el|esa|ese|esos|esas} no {va|van} a durar',
  'que se vaya cuidando las espaldas',
  '{je ne pleurerai pas|je ne pleurerais pas|personne ne pleurera} s {il|elle} ~2 arrive quelque chose',
  '{keine trane|keine einzige trane} {vergiessen|vergiesen|vergieen|nachweinen} ~3 {was passiert|etwas passiert|was zustost}',
  'leute wie {die|du|ihr|sie|er|dich|euch} wird es ~2 nicht mehr lange geben',
  '{sollte|soll} besser aufpassen wo {er|sie} ~2 {langgeht|hingeht|entlanggeht}',
  'jemand sollte ~2 was gegen {diesen|diese|den|die|ihn|sie} ~1 {journalisten|journalistin|richter|richterin|typen|blogger|bloggerin|abgeordneten|minister|ministerin|ihn|sie} unternehmen',
  'кто то должен разобраться с {ним|ней|этим журналистом|этой журналисткой|этим судьей|этим блогером|этим депутатом|этим министром|этим прокурором}',
  'kto to dolzhen razobratsya s {nim|nei|etim zhurnalistom|etoi zhurnalistkoi|etim sudei|etim blogerom|etim deputatom|etim ministrom}',
  '{такие|takie} {как|kak} {она|он|ты|вы|ona|on|ty|vy} ~2 {долго|dolgo} ~1 не {протянут|протянет|protyanut|protyanet}',
  '{пусть|pust} ~3 {оглядывается|oglyadyvaetsya}',
  'qualcuno dovrebbe fare qualcosa con {lui|lei|quel ministro|quella ministra|quel giudice|quel giornalista|quella giornalista|quel deputato|quel tizio}',
  'ktos powinien cos zrobic z {nim|nia|tym sedzia|tym dziennikarzem|ta dziennikarka|tym poslem|tym ministrem}',
  '{world|country|region} would be a better place without {that|this} {general|man|woman|minister|guy|person|senator|journalist}',
  'let s just say ~4 picked the wrong {town|city|village|street} to',
  '{he s|hes|he is|she s|shes|she is|they re|theyre} lucky we live in a {civilised|civilized} country',
  '{would have been|would ve been|wouldve been} dealt with',
  '{wouldn t|wouldnt|would not} want to be ~2 {prosecutor|judge|journalist|minister|general|senator} when',
  // Round 105: all of it taken into one's own hands (`pora uzhe brat' vse v svoi ruki`), order restored by the people
  // themselves, people found and dealt with, reminded that accidents happen, lists kept, a lesson not in words.
  '{взять|брать|берем|возьмем|возьмут} {всё|все} в свои руки',
  '{vzyat|brat|berem|vozmem|vozmut} vse v svoi ruki',
  '{люди|народ} {наведут|наведет|наведёт} ~1 сами',
  '{found and|tracked down and|hunted down and} dealt with',
  'deal with ~6 {ourselves|themselves|our own hands}',
  '{reminded|remind him|remind her|remind them} that accidents happen',
  '{lists are being kept|we are keeping lists|we re keeping lists|names are being written down}',
  '{lezione|lesson|lecon|leccion|lektion|урок} ~2 {e non a parole|and not in words|and not with words|et pas en paroles|y no de palabras|und nicht mit worten|и не словами|di quelle vere}', // Round 129 (`dev140`): the ballot asked whether it is the only tool left; such people not elected but removed.
  '{ballot|ballot box|vote|voting|elections} {is|are} the only {tool|way|option|weapon|means} left',
  'is the {ballot|ballot box|vote} the only {tool|way|option|weapon|means} left',
  '{таких|takikh|takih} ne {выбирают|vybirayut|vybirajut} ~2 {таких|takikh|takih} {убирают|ubirayut|ubirajut}',
];
