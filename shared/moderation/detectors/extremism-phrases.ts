/** The phrase lists of the extremism detector (`extremism.ts`): organisations, attacks, praise, recruitment. */
import { PhraseSet } from '../text/phrases';
import { MORE_EXTREMISM_PHRASES } from './extremism-phrases-more';

export type Kind =
  | 'org'
  | 'terror'
  | 'attack'
  | 'attacker'
  | 'fighter'
  | 'praise'
  | 'praise_act'
  | 'justify'
  | 'bless'
  | 'recruit'
  | 'recruit_strong'
  | 'call'
  | 'movement'
  /** A slogan of a banned or terrorist movement, used in no other sense (`Sieg Heil`, `baqiya wa tatamaddad`). */
  | 'slogan';

const ORGS = [
  'isis|isil|daesh|daech|daish|дайш|игил|игиш',
  // Spellings that dodge a word list (round 85): `1SIS`, `Da3ech`, `D@3sh`, `Д@иш`.
  '1sis|1s1s|is1s|i5is|da3ech|da3esh|da3sh|dae5h|d4esh|d43sh|даиш',
  // (`@` ends a word for the tokenizer: `D@3sh` reads `d 3sh`, `Д@иш` reads `д иш`.)
  'd 3sh|d 3ch|d 3esh|д иш',
  '{islamic|islamist} state',
  '{etat|l etat} islamique',
  'estado islamico',
  'islamisch* staat*',
  'исламск* государств*',
  // Ukrainian and Turkish (`Ісламська держава`, `ІДІЛ`; `İslam Devleti`, `DEAŞ`).
  'ісламськ* держав*',
  'іділ|ігіл|isid|deas',
  'islam devlet*',
  '{аль|el} {каїда|каіда|kaide}',
  '{al|el|аль} {qaeda|qaida|kaida|kaeda|каида|каеда}',
  '{alqaeda|alqaida|алькаида}',
  'aqim|aqmi|aqap|aqpa',
  '{al|аль} {shabaab|shabab|chabab|шабаб}',
  'shabaab|shebab|chebab',
  'jnim|eigs|isgs|iswap|ttp|hts|pkk|eta|jemaah',
  'katiba {macina|massina}',
  'boko haram',
  'боко харам',
  // With case endings: `Hamasu` (Polish), `Хамасом`, `Hezbollahs`.
  'hamas*|хамас*|hizbollah|hezbollah*|hizballah|хезболл*|хизбалла',
  '{al|izz|el} {qassam|kassam|qasam|касам}',
  '{qassam|kassam|касам} {brigades|brigadas|brigaden|brigade}',
  '{brigades|brigadas|бригады} {al|ezzedine|izz} {qassam|kassam}',
  '{islamic jihad|jihad islamique|yihad islamica|islamischer dschihad}',
  'taliban*|талибан*|талибы',
  '{al|jabhat} {nusra|nousra}',
  'hayat tahrir',
  'lashkar*|jaish*',
  '{imarat|emirat} {kavkaz|kaukasus}',
  'имарат кавказ*',
  'імарат кавказ*',
  'кавказск* эмират*',
  'caucasus emirate',
  'mujahideen|mujahidin|mujahedin|moudjahidines|moudjahidin|muyahidines|mudschahed*|mudschahid*|моджахед*',
  'houthis|huthis|houthi|хуситы|хуситов|ansarallah|pflp|iskp|haqqani|atomwaffen',
  'ansar allah',
  // Round 117 (`dev123`): designated by the United States in 2020.
  '{russian imperial movement|русское имперское движение|russkoe imperskoe dvizhenie}',
  '{isis|is} k',
  'al aqsa martyrs',
  'kataib hezbollah',
  'jemaah islamiyah',
  'abu sayyaf',
  '{shining path|sendero luminoso}',
  '{combat 18|blood and honour|blood honour}',
  // The Wagner Group (proscribed in the UK since 2023) by the group's or its fighters' name, never the bare
  // Latin surname: `Wagner's Ring`, `Senator Wagner`.
  '{wagner group|gruppe wagner|groupe wagner|grupo wagner|gruppo wagner|grupa wagnera|pmc wagner|wagner pmc}',
  '{чвк|пвк} вагнер*',
  'вагнер*|вагнеровц*|вагнерівц*|wagnerowc*|wagneristas|wagnerites|wagnera',
  'wagner {boys|fighters|mercenaries}',
  '{brigate rosse|red brigades|brigadas rojas|brigades rouges|rote brigaden|rote armee fraktion}',
  'красные бригады',
].map((p) => [p, 'org'] as const);

export const PHRASES = new PhraseSet<Kind>([
  ...ORGS,
  // German `der IS` (checked for capitals below).
  ['{der|des|dem|den|vom|zum|beim} is', 'org'],
  // Attacks and operations.
  [
    '{attack|attacks|bombing|bombings|massacre|ataque|ataques|attaque|attaques|angriff|angriffe|нападени*|атак*}',
    'attack',
  ],
  [
    '{atentado|atentados|attentat|attentats|anschlag|anschlage|anschlags|terroranschlag|теракт*|terror attack|terrorist attack}',
    'terror',
  ],
  ['{9 11|sept 11|september 11|11 septembre|11 de septiembre|11 september|11 сентября}', 'terror'],
  ['{october 7|oct 7|7 october|7 octobre|7 de octubre|7 oktober|7 октября}', 'terror'],
  ['{7 ottobre|7 de outubro|7 pazdziernika|7 жовтня|7 ekim}', 'terror'],
  [
    '{bataclan|westgate|solingen|beslan|беслан*|christchurch|utoya|hanau|breitscheidplatz|nord ost|норд ост|dubrovka|дубровк*|charlie hebdo|manchester arena|11m|atocha|crocus|крокус*|krokus*}',
    'terror',
  ],
  [
    '{hit|hits|rammed|stormed|crossed|blew up} {the|that} {checkpoint|fence|market|crowd|border|bus|cafe}',
    'terror',
  ],
  ['box cutters', 'terror'],
  ['suicide {bomber|bombers|bombing|attack|operation|attacks}', 'terror'],
  ['{martyrdom|istishhad} {operation|operations}', 'terror'],
  // The attackers: words that name them as such, and words any fighter shares.
  [
    '{attackers|bombers|shooters|gunmen|mujahid|jihadis|jihadists|martyrs|shaheed|shahid|shuhada|kamikaze|kamikazes|assaillants|martires|attentater|martyrer|gotteskrieger|шахид*|шахід*|смертник*|мученик*|нападавш*|нападник*}',
    'attacker',
  ],
  ['the 19', 'attacker'],
  [
    '{young man|young men|man|men|boys|those|fighters|brothers} who {hit|crossed|attacked|stormed|blew}',
    'attacker',
  ],
  [
    '{fighters|brothers|lions|freres|combattants|hermanos|combatientes|los que cayeron|gudaris|bruder|kampfer|братья|братьев|бойцы|bratya|boytsy}',
    'fighter',
  ],
  ['{shooter|shooters|gunman|perpetrator|perpetrators|tireur|tireurs|schutze|стрелок}', 'attacker'],
  [
    '{tarrant|breivik|mcveigh|kouachi|abdeslam|zarqawi|baghdadi|sinwar|basayev|басаев*|umarov|умаров*|таррант|тарранта|тарранту|брейвик|брейвика}',
    'attacker',
  ],
  [
    '{bin laden|ben laden|бен ладен*|dylann roof|omar mateen|mohammed deif|mumtaz qadri|walus|yigal amir|nathuram godse|godse|posada carriles}',
    'attacker',
  ],
  // Praise.
  ['{heroes|hero|heroic|legends|legend|champions|glorious|bravest}', 'praise'],
  ['{those|these|our} lions', 'praise'],
  ['{glory|gloire|gloria|ehre|слава|slava} {to|a|aux|al|den|der|dem}', 'praise'],
  [
    '{glory|gloire|gloria|ehre|слава} {to|a|aux|al|den|der|dem} {the|los|las|les} {martyrs|martires|mujahideen|brothers|fighters|heroes|lions}',
    'praise',
  ],
  ['{long live|vive|viva|es lebe|да здравствует}', 'praise'],
  [
    '{heroes|heroe|heroico|heroica|valientes|orgullo|heros|heroique|fierte|helden|heldenhaft|герои|герой|героически|молодцы|geroi|molodtsy}',
    'praise',
  ],
  ['{should be|must be|so|is|are|very} proud', 'praise'],
  ['{only|most} honest men', 'praise'],
  ['died smiling', 'praise'],
  ['{showed|show} ~2 what {true|real} {faith|courage|determination|men}', 'praise'],
  ['{показали|показал} ~1 что такое {настоящ*|истинн*}', 'praise'],
  ['{gezeigt|zeigt} ~1 was {entschlossenheit|mut|glaube|wahrer}', 'praise'],
  ['{les vrais savent|the real ones know|los verdaderos saben}', 'praise'],
  ['{sans|without|sin|ohne|без} {compromis|compromise|compromiso|kompromiss|компромисс*}', 'praise'],
  ['{support|soutenez|apoyad|apoyen|unterstutzt|поддержите} {them|les|los|sie|их}', 'praise'],
  ['{deserve|deserves} {it|our support|support} more', 'praise'],
  ['the only {force|ones|army|people} ~4 {protect|protects|defend|defends|fight|fights}', 'praise'],
  ['{true|real|our|genuine|brave|great} {heroes|hero|martyrs|martyr|warriors|lions|legends|men}', 'praise'],
  ['{a|the} {true|real} {martyr|hero|shaheed|ghazi}', 'praise'],
  // Round 123 (`dev134`): an atrocity justified as lawful spoils of war; an attack called a masterpiece.
  ['{lawful|legitimate|halal|rightful} spoils of war', 'praise'],
  // …and, said of people taken, an enslavement justified with no organisation named (an extremist's claim in itself).
  [
    '{girls|women|captives|wives|yazidis|slaves} ~4 taken as {lawful|legitimate|halal|rightful} spoils',
    'slogan',
  ],
  ['{masterpiece|chef d oeuvre|obra maestra|meisterwerk|шедевр|shedevr}', 'praise'],
  ['{saint|st} {tarrant|breivik|mcveigh}', 'praise'],
  ['{was|were|is|are} {right .|right all along|a hero|heroes|a legend|legends|a martyr|martyrs}', 'praise'],
  [
    '{salute|honour|honor|respect|thank|bless|admire} {the brothers|the fighters|the martyrs|the mujahideen|our brothers|our martyrs}',
    'praise',
  ],
  [
    '{hats off|respect|glory|honour|honor} to {the brothers|the fighters|the martyrs|the mujahideen|our brothers|our martyrs}',
    'praise',
  ],
  ['proud of {the brothers|the fighters|the martyrs|the mujahideen|our brothers|our martyrs}', 'praise'],
  ['{soldiers|lions|warriors} of {allah|god|the caliphate|islam|the khilafah}', 'praise'],
  ['{verdaderos|nuestros|autenticos} {heroes|martires|valientes}', 'praise'],
  ['{honor|respeto|gloria} a {los|nuestros} {hermanos|martires|combatientes|heroes}', 'praise'],
  ['{vrais|nos|veritables} {heros|martyrs}', 'praise'],
  ['{honneur|respect|gloire} {aux|a nos} {freres|martyrs|combattants|heros}', 'praise'],
  ['{wahre|unsere|echte} {helden|martyrer}', 'praise'],
  ['{ehre|respekt|ruhm} {den|an die|unseren} {brudern|bruder|martyrern|kampfern|helden}', 'praise'],
  ['{настоящие|наши|истинные} {герои|мученики|шахиды}', 'praise'],
  // The English `is a martyr` in the other languages (Russian needs no copula: `он шахид`).
  [
    '{es|era|fue} un {heroe|martir|shahid|chahid|verdadero heroe|verdadero martir|verdadero shahid}',
    'praise',
  ],
  ['{est|etait|c est} un {heros|martyr|shahid|chahid|vrai heros|vrai martyr|vrai shahid}', 'praise'],
  ['{ist|war} ein {held|martyrer|schahid|shahid|wahrer held|wahrer martyrer}', 'praise'],
  ['{он|был|он был} {герой|шахид|мученик|настоящий герой|настоящий шахид}', 'praise'],
  ['{e|era|fu} un {eroe|martire|shahid|vero eroe|vero martire}', 'praise'],
  ['{честь|слава|уважение} {героям|братьям|шахидам|моджахедам}', 'praise'],
  // Ukrainian: `слава шахідам`, `справжні герої`, `він шахід`.
  ['{честь|слава|повага} {героям|братам|шахідам|моджахедам}', 'praise'],
  ['{справжні|наші} {герої|мученики|шахіди}', 'praise'],
  // Round 31 (a red-team's probes): Ukrainian, Polish, Italian, Portuguese praise words; glory to them without a
  // preposition (`слава Вагнеру`, `chwała im`); a prayer for a group's victory (`qu'Allah leur donne la victoire`).
  ['{герої|bohaterowie|bohaterami|eroi|herois|heroico|eroico}', 'praise'],
  ['{слава|chwala} {им|їм|im|вагнеру|пвк|чвк|wagnerowi|bohaterom}', 'praise'],
  ['{vrais|nos|veritables} {moudjahidines|moudjahidins|moudjahidin|combattants de dieu}', 'praise'],
  [
    '{qu allah|que allah|may allah|allah} {leur donne|leur accorde|grant them|give them|les aide|help them} {la victoire|victory}',
    'praise',
  ],
  ['{він|був|він був} {герой|шахід|мученик|справжній герой|справжній шахід}', 'praise'],
  // Praise of the act itself.
  [
    '{glorious|blessed|magnificent|legendary|epic} {day|attack|operation|strike|act|victory|raid}',
    'praise_act',
  ],
  ['{mashallah|masha allah|allahu akbar|takbir}', 'praise_act'],
  ['{dia glorioso|jour glorieux|ruhmreicher tag|славный день}', 'praise_act'],
  // Justification.
  ['legitimate {act|target|targets|resistance|response|operation}', 'justify'],
  ['{act|acts} of resistance', 'justify'],
  ['{true|real|only real|only true} resistance', 'justify'],
  ['{verdadera|autentica} resistencia', 'justify'],
  ['{vraie|veritable|seule} resistance', 'justify'],
  ['{echter|wahrer} widerstand', 'justify'],
  ['{настоящ*|истинн*} сопротивлени*', 'justify'],
  ['{had it coming|asked for it|got what they deserved}', 'justify'],
  ['{only understand|only language} ~2 {that language|they understand}', 'justify'],
  ['did what ~5 only {talk|talked|dream|dreamed} about', 'justify'],
  ['humbled {an|the} {empire|superpower}', 'justify'],
  ['{avenged|venged|venge|vengé|vengerent|vengaron|rachten|geracht|отомстили|отомстил}', 'justify'],
  ['{was|were|is|fully} justified', 'justify'],
  // Round 32: the same in the readership's other languages (`L'attaque d'Arras était justifiée`).
  // An event judged in the past tense only: `Le débat … est légitime` is about a debate (refined on dev).
  ['{etait|fut|etaient} {justifiee|justifie|justifiees|justifies}', 'justify'],
  ['{fue|fueron|estuvo} {justificado|justificada|justificados}', 'justify'],
  ['{war|waren} {gerechtfertigt|notwehr|vollig richtig}', 'justify'],
  ['{был|была|было|были} {оправдан|оправдана|оправдано|оправданы|справедливым ответом}', 'justify'],
  ['{byl|bylo|byla|byli} {opravdan|opravdano|opravdana|spravedlivym otvetom}', 'justify'],
  [
    '{they|the victims|infidels|kuffar|civilians|settlers|soldiers|those people} {deserved|deserve} {it|this|what they got|to die}',
    'justify',
  ],
  ['no {innocents|innocent civilians|civilians|innocent people} in', 'justify'],
  ['there {are|were} no {innocents|innocent civilians|civilians}', 'justify'],
  ['{fair game|an eye for an eye}', 'justify'],
  ['{revenge|payback|retaliation|vengeance} for', 'justify'],
  ['armed struggle {is|was} {legitimate|justified|the only way|necessary}', 'justify'],
  [
    '{resistance|violence|terror|attacks} {is|are|was|were} {justified|legitimate|the only way|not terrorism}',
    'justify',
  ],
  [
    '{se lo merecian|se lo merecía|objetivo legitimo|objetivos legitimos|ojo por ojo|no hay inocentes|venganza por}',
    'justify',
  ],
  ['lucha armada {es|era} {legitima|necesaria|el unico camino}', 'justify'],
  // Round 111 (`dev118`): the attackers said to have been right (`And they were right to bring it`).
  ['{they|he|she} {were|was} right to {bring it|bring the war|do it|do what they did}', 'justify'],
  // Italian, Polish, Portuguese, Ukrainian: it was right, a deserved punishment, they were right to.
  [
    '{attentato|attacco|strage|zamach|atak|ataque|atentado|теракт|напад|ottobre|pazdziernika|outubro} ~3 {giusto|giustificato|sluszny|sluszne|justificado|справедливим}',
    'justify',
  ],
  [
    '{zasluzona kara|zasluzona kare|zasluzona kara dla|punizione meritata|castigo merecido|заслужена кара}',
    'justify',
  ],
  [
    '{avevano ragione|aveva ragione|mieli racje|mial racje|tinham razao|tinha razao|мали рацію|були праві}',
    'justify',
  ],
  [
    '{ils l ont bien cherche|ils l ont merite|cible legitime|cibles legitimes|il n y a pas d innocents|vengeance pour|oeil pour oeil}',
    'justify',
  ],
  ['lutte armee {est|etait} {legitime|necessaire}', 'justify'],
  [
    '{selbst schuld|sie haben es verdient|legitimes ziel|legitime ziele|rache fur|auge um auge|es gibt keine unschuldigen}',
    'justify',
  ],
  ['bewaffneter kampf ist {legitim|notwendig|gerechtfertigt}', 'justify'],
  [
    '{сами виноваты|так им и надо|заслужили|законная цель|законные цели|месть за|нет невинных|око за око}',
    'justify',
  ],
  ['{sami vinovaty|tak im i nado|zasluzhili}', 'justify'],
  // Blessing the dead attacker.
  ['may allah accept', 'bless'],
  ['allah {accept|accepts|yerhamo|yarhamo|yarhamhu|yarhamuhu|yerhamu}', 'bless'],
  ['{rahimahullah|rahimahumullah|taqabbalahullah}', 'bless'],
  ['rest in {paradise|jannah}', 'bless'],
  ['{in|to} jannah', 'bless'],
  ['{que|puisse} dieu {accepte|accepter|les accepte|l accepte}', 'bless'],
  ['dieu accepte', 'bless'],
  ['{moge|moege} allah ~4 annehmen', 'bless'],
  ['allah ~3 annehmen', 'bless'],
  ['{аллах|алла} {примет|принял|примит|принял их}', 'bless'],
  ['да примет ~1 {аллах|всевышний}', 'bless'],
  ['{que|ojala} {ala|allah} {los|lo|las|la|le|les} {acepte|reciba|acoja}', 'bless'],
  ['{qu|que} {allah|dieu} {l|les|le|la} {accepte|accueille|recoive|recoit}', 'bless'],
  // Recruitment.
  ['the caravan {is still moving|moves on|is moving|keeps moving}', 'recruit_strong'],
  ['{make|made|making} {hijra|hijrah}', 'recruit_strong'],
  // Slogans: Nazi salutes and slogans (banned in Germany and Austria), the Islamic State's motto in full
  // (`baqiya` alone is also a place name; the caliphate's or the black flags' return is left to the
  // classifier, analysis reports it). Quoted or reported uses are skipped like every other signal.
  ['{sieg heil|heil hitler|deutschland erwache|juda verrecke|zig hajl|зиг хайль|хайль гитлер}', 'slogan'],
  ['{baqiya|baqiyah|baqiyya} {wa|w} {tatamaddad|tatamadad}', 'slogan'],
  ['{come|go|went|going} to {sham|the land of sham|the caliphate|the khilafah}', 'recruit'],
  ['{went|left|go} to sham', 'recruit'],
  ['where the path {starts|begins|leads}', 'recruit'],
  ['{know|knows|weiss|weis} ~2 {where|wo} {his|your|their|sein|dein|ihr} {place|platz} ist', 'recruit'],
  ['{where|wo} {his|your|sein|dein} {place|platz} {is|ist}', 'recruit'],
  ['brothers only', 'recruit'],
  ['{dm|pm|message|write|contact} me ~4 {brothers|brother|akhi}', 'recruit'],
  [
    '{write|schreibt|schreib|ecrivez|escribidme|пишите|напишите} ~2 {privately|privat|en prive|en privado|в личку|в лс|lichku}',
    'recruit',
  ],
  ['{горы|mountains} {ждут|are waiting|await|wait}', 'recruit'],
  ['не сидите в городах', 'recruit'],
  ['{don t|dont|do not} let ~4 hold you back', 'recruit'],
  [
    '{jihad|djihad|dschihad|yihad|джихад} ~3 {obligation|obligatoire|pflicht|obligacion|обязанность|duty|fard|fardh}',
    'recruit_strong',
  ],
  ['answer the call', 'recruit'],
  [
    '{join|joining} {us|them|the ranks|the fight|the struggle|the brothers|the mujahideen|the jihad|the caravan|the cause|the caliphate|the islamic state|isis|hamas|hezbollah|al qaeda|al shabaab|jnim|the resistance|our brothers}',
    'recruit',
  ],
  ['{pledge|give|make|swear} {allegiance|bayah|bay ah|baya|bayat}', 'recruit_strong'],
  ['{fight|fighting|die|dying|struggle} {in the path of|for the sake of} {allah|god}', 'recruit'],
  ['{fi sabilillah|fisabilillah|the ummah needs you}', 'recruit_strong'],
  ['{don t|dont|do not} stay behind', 'recruit'],
  ['{become|becoming} a {martyr|shaheed|mujahid}', 'recruit_strong'],
  ['seek martyrdom', 'recruit_strong'],
  [
    '{come|go|travel|make your way} to {syria|iraq|afghanistan|somalia|mali|the sahel|khorasan|the mountains|the front}',
    'recruit',
  ],
  [
    '{unete|uneos|unanse} a {la lucha|los hermanos|la yihad|la resistencia|los muyahidines|las filas}',
    'recruit',
  ],
  ['jura lealtad', 'recruit'],
  [
    '{rejoignez|rejoins|rejoindre} {les freres|le jihad|la lutte|le combat|les rangs|les moudjahidines|la resistance|la katiba}',
    'recruit',
  ],
  ['{faites|faire} la hijra', 'recruit_strong'],
  ['{pretez|preter} allegeance', 'recruit'],
  ['{schliest|schliesst} euch ~2 {kampf|brudern|dschihad|mudschahedin} an', 'recruit'],
  ['{kommt|geht} nach {syrien|afghanistan|somalia|mali}', 'recruit'],
  ['{leistet|schwort} den treueeid', 'recruit'],
  ['{присоединяйтесь|вступайте} {к братьям|к джихаду|к борьбе|в ряды|к моджахедам}', 'recruit'],
  // Whoever wants to join knows where to look: `кто хочет присоединиться — знаете, где искать`.
  [
    '{who|кто|хто|kto} {wants|want|хочет|хоче|хочуть|hochet} {to join|присоединиться|вступить|приєднатися|вступити|prisoedinitsya}',
    'call',
  ],
  [
    '{знаете|знаєте|znaete|you know} {где|де|gde|where} {искать|шукати|iskat|to find us|to find them|to look}',
    'recruit',
  ],
  ['{приезжайте|езжайте} {в сирию|в горы|на джихад}', 'recruit'],
  ['{принесите|дайте} {присягу|байат|баят}', 'recruit'],
  [
    '{join|rejoignez|rejoins|unete|unanse|unios|вступайте|вступай|присоединяйтесь|присоединяйся|vstupayte|приєднуйся|приєднуйтесь|вступайте до}',
    'call',
  ],
  ['{schliest|schliesst|schliest} euch ~4 an', 'call'],
  [
    '{meldet euch|melde dich|schreibt uns|schreib uns|contact us|write to us|ecrivez nous|escribenos|пишите нам}',
    'call',
  ],
  // The recruiter's pitch to the lonely: a family, brothers, a home waiting.
  [
    '{find|finds|found|findet|findest|trouveras|trouverez|encontraras|encontrareis|найдешь|найдете} ~2 {bei uns|with us|chez nous|con nosotros|у нас} ~2 {family|familie|famille|familia|семью|brothers|bruder|freres|hermanos|братьев|home|heimat}',
    'recruit',
  ],
  ['{tretet|tritt} ~4 bei', 'call'],
  // Round 32: fighters sought, in the recruiter's words (a recruitment with the movement's language near).
  [
    '{looking for|recruiting|seeking|we need|cerchiamo|buscamos|suchen|ищем|szukamy} {lads|men|young men|brothers|ragazzi|fratelli|uomini|chicos|hermanos|jungs|manner|bruder|парней|ребят|мужчин|братьев|chlopakow|braci} ~8 {ready to fight|willing to fight|pronti a combattere|dispuestos a luchar|bereit zu kampfen|готовых воевать|готовых сражаться|gotowych walczyc|military experience|combat experience}',
    'recruit',
  ],
  // The far right's own language: the homeland and the race war (round 32).
  [
    '{white homeland|white homelands|the white race|race war|racial holy war|rahowa|volksgemeinschaft|weises heimatland}',
    'movement',
  ],
  // The movement's own language.
  [
    '{allah|kuffar|kafir|kafirs|kuffars|infidels|crusaders|croises|kreuzritter|крестоносц*|umma|ummah|oumma|умм*|sharia|charia|scharia|шариат*|caliphate|califat|kalifat|khilafah|халифат*|sham|jihad|djihad|dschihad|джихад*|inshallah|иншаллах|иншааллах|mujahideen|taghut|tawaghit}',
    'movement',
  ],
  // Round 33 (`extremism-phrases-more.ts`).
  ...MORE_EXTREMISM_PHRASES,
]);
