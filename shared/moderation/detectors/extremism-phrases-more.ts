/**
 * Round 33's additions to the extremism detector's phrases (`extremism-phrases.ts` includes them), from a
 * red-team of meaning (`/work/audit16`): the 9/11 attackers described rather than named, an attack excused as
 * an attacker "having a point", praise of a "soldier of the faith", an attack told as payback in Russian, and
 * the recruiter's "the mountains are calling"; and round 85's phrases in the languages the lists lacked. Syntax and kinds
 * as there.
 */
import type { Kind } from './extremism-phrases';

export const MORE_EXTREMISM_PHRASES: ReadonlyArray<readonly [string, Kind]> = [
  // The attackers described by the act (`the men who flew into the towers`).
  [
    '{men|man|hijackers|guys|brothers|those} who flew ~3 {into the towers|into the twin towers|the planes into|planes into}',
    'attacker',
  ],
  ['{9 11|september 11} hijackers', 'attacker'],
  // An attacker said to have been right (`the Halle shooter had a point`): the attacker is the subject, not a
  // minister or a defector beside an attack.
  [
    '{shooter|gunman|bomber|bombers|attacker|attackers|terrorist|terrorists|hijackers} {had|has} a point',
    'justify',
  ],
  ['{tirador|atacante|atacantes|terrorista|terroristas} {tenia|tenian} razon', 'justify'],
  ['{tireur|assaillant|assaillants|terroriste|terroristes} {avait|avaient} raison', 'justify'],
  ['{attentater|schutze|terrorist|terroristen} {hatte|hatten} recht', 'justify'],
  ['{стрелок|террорист|террористы|смертник} {был прав|были правы}', 'justify'],
  // Round 129 (`dev139`): those who follow the attacker's path said to be upon the truth.
  [
    '{whoever|whosoever|those who|anyone who} {follows|follow} {his|their} {path|way|footsteps|manhaj} ~4 {upon the truth|on the truth|upon haqq|on the haqq|rightly guided}',
    'recruit_strong',
  ],
  // Round 131 (`dev141`): the attack called the right thing to have done.
  [
    '{did|done|hizo|a fait} ~2 {exactly the right thing|the right thing|lo correcto|lo que habia que hacer|ce qu il fallait}',
    'praise_act',
  ],
  ['{hat|haben} ~6 {genau das richtige|das richtige} getan', 'praise_act'],
  // Their courage set above others' (`had more courage than any Western politician`).
  ['{more courage|more guts|more balls|braver} than', 'praise'],
  // An attack told as a debt paid in Russian (`Беслан — это ответ за Чечню`); not `ответ на вопрос`.
  ['{это|eto} {ответ|расплата|возмездие|месть|otvet|rasplata|vozmezdie} за', 'justify'],
  ['{расплата|возмездие|rasplata|vozmezdie} за', 'justify'],
  // The fighter praised as the movement names him.
  [
    '{soldier|soldiers|soldat|soldats|soldado|soldados|soldaten|воин|воины|voin|voiny} {of the faith|of allah|of the caliphate|de la foi|d allah|de la fe|de ala|des glaubens|allahs|веры|аллаха|very|allaha}',
    'praise',
  ],
  // The recruiter's call to the young and restless (`If you're young, angry and tired of watching from the
  // sidelines, the mountains of Idlib are still calling`): the listener's state, then the land calling.
  [
    '{young|angry|tired|bored|restless|joven|jovenes|harto|hartos|jeune|jeunes|marre|jung|wutend|молод*|устал*|molod*} ~12 {are calling|is calling|are still calling|is still calling|still calling|siguen llamando|sigue llamando|te llaman|vous appellent|t appellent|rufen|ruft|зовут|зовет|зовёт|zovut}',
    'recruit_strong',
  ],
  // A blessing over the dead in French and Spanish (`Qu'Allah accueille les victimes … dans Son paradis`): a
  // mourner's when the comment says who died (`mourning.ts`), an admirer's beside an attacker.
  ['{qu|que} {allah|dieu} {accueille|les accueille|l accueille|accepte|les accepte}', 'bless'],
  ['dans son paradis', 'bless'],
  ['que {ala|allah|dios} {los|las|le|les|lo|la} {acoja|reciba|acepte|tenga en su gloria}', 'bless'],
  // Round 34 (`/work/audit19`): an attack praised as a beautiful morning and wished again, called a brave act that
  // was left unfinished, or a deserved lesson.
  ['{most beautiful|best|happiest|greatest} {morning|day} in {decades|years|history}', 'praise_act'],
  ['more {mornings|days} like {that|this|it}', 'praise_act'],
  ['{это|eto} {был|byl} {смелый|smelyi|smelyj|smelyy} {поступок|postupok}', 'praise_act'],
  ['{жаль|zhal} ~1 не {доделали|закончили}', 'praise_act'],
  ['zhal ~1 ne {dodelali|zakonchili}', 'praise_act'],
  ['{verdienter|verdienten|gerechter} denkzettel', 'justify'],
  // Round 35 (`/work/audit20`): an attack called a response and not an attack, its victims said to have asked for it.
  ['{a response|an answer|a reply} {not|and not} {an attack|a terrorist attack|terrorism}', 'justify'],
  ['{ответ|otvet} {а не|a ne} {теракт|terakt}', 'justify'],
  ['{una respuesta|la respuesta} {no|y no} {un atentado|un ataque|terrorismo}', 'justify'],
  ['{une reponse|la reponse} {pas|et pas|et non} {un attentat|une attaque|du terrorisme}', 'justify'],
  ['{eine antwort|die antwort} {kein|und kein} {anschlag|terror}', 'justify'],
  ['{сами напросились|sami naprosilis}', 'justify'],
  ['reaped what {it|they|he|she} {sowed|sown}', 'justify'],
  // Round 42 (`/work/audit26`): a death toll wished larger; the best news of the year counted in dead.
  [
    '{ojala|i wish|wish|hope|wishing} ~3 {hubieran sido|had been|it had been|there had been|it was} ~1 {mil|a thousand|thousands|miles|ten times} ~2 {muertos|dead|victimas|victims|more}',
    'praise_act',
  ],
  ['{жаль|zhal} ~2 {что|chto} не {тысяча|тысячи|больше|tysyacha|bolshe}', 'praise_act'],
  [
    '{лучшая новость|best news|la mejor noticia|la meilleure nouvelle|die beste nachricht|luchshaya novost} ~4 {трупов|погибших|dead|muertos|morts|tote|trupov}',
    'praise_act',
  ],
  // Money for the armed wing (`Dona a las Brigadas al Qassam`, `Faites un don pour la branche armée du Hamas`).
  [
    '{dona|donad|donen|done|faites un don|faites des dons|donnez|spendet|spenden sie} ~4 {brigadas|brigades|branche armee|qassam|kassam|bras arme}',
    'call',
  ],
  // Round 55 (the tuning batches): a blessing in German, far-right attackers and their sainthood, the formula that
  // sends whoever can go and has whoever cannot pay, and the next attacker called for.
  ['{moge|moege} {allah|gott} ~4 {aufnehmen|belohnen}', 'bless'],
  ['allah ~3 aufnehmen', 'bless'],
  // Round 73 (`dev88`): `Allah segne die Mudschahidin, die es getan haben`.
  ['{allah|gott} {segne|segnet} ~2 {die|den|unsere|alle}', 'bless'],
  ['{balliet|crusius|gendron|bowers|earnest|anis amri|mohamed merah}', 'attacker'],
  ['{saint|st} {balliet|roof|bowers|crusius|gendron|earnest}', 'praise'],
  ['{whoever|those who|anyone who} can go {go|should go|must go}', 'recruit_strong'],
  ['{whoever|those who} {can t|cant|cannot} ~2 {give|donate|fund}', 'recruit_strong'],
  ['quien pueda ir que vaya', 'recruit_strong'],
  ['que celui qui peut partir parte', 'recruit_strong'],
  ['wer gehen kann soll gehen', 'recruit_strong'],
  ['кто может ехать пусть едет', 'recruit_strong'],
  ['{be|become} the next {one|saint|hero}', 'recruit'],
  ['{someone|somebody} {has|needs|ought} to be next', 'recruit'],
  ['the next one will', 'recruit'],
  // Round 65 (`/work/audit34`): the attackers' work approved as a job well done; Russian thanks to the brothers who blew
  // something up, in Cyrillic and in Latin letters.
  // The attackers the subject: `the police did a good job catching the attackers` praises the police.
  [
    '{attackers|bombers|shooters|gunmen|terrorists|hijackers|jihadis|jihadists|mujahideen|brothers|martyrs} {did|have done|has done|done} a {good|great|fine|brilliant|fantastic|top} job',
    'praise',
  ],
  ['{good|great|nice} {job|work} {brothers|akhi|mujahideen}', 'praise'],
  ['{братьям|bratyam|bratjam}', 'fighter'],
  ['{респект|уважуха|respekt|uvazhuha} {братьям|bratyam|bratjam}', 'praise'],
  [
    '{которые|который|kotorye|kotoryj|kotoryy} {взорвали|подорвали|взорвал|подорвал|vzorvali|podorvali|vzorval|podorval}',
    'attacker',
  ],
  // Round 85 (`/work/audit47`): the attackers' saints, the call to "real Muslims" and the blessing in the languages the
  // lists lacked; the justification of an attack by what was sown and reaped, or by its dead called collateral.
  // The attackers' saints in the other languages.
  [
    '{san|santo|saint|sankt|heiliger|svyatoy|svyatoi|swiety|sao|святой} {tarrant|breivik|mcveigh|roof|gendron|crusius|таррант|тарранта|брейвик}',
    'praise',
  ],
  // A real Muslim said to belong with the Islamic State (`Un vrai musulman serait avec l'État islamique`).
  [
    '{real|true|good|vrai|veritable|bon|echter|wahrer|guter|настоящий|истинный|nastoyashchiy|nastoyashiy} {muslim|musulman|muslime|мусульманин|musulmanin} ~6 {with|avec|con|mit|с|s|dem|al|sich} ~3 {islamic state|isis|daesh|etat islamique|estado islamico|islamischen staat|исламским государством|islamskim gosudarstvom|the caliphate|califat|califato|kalifat|халифатом}',
    'call',
  ],
  ['{musulman|musulmana} de verdad ~6 {con el estado islamico|con el califato|con isis}', 'call'],
  // Coded blessing in Russian typed in Latin letters and in Polish (`Da primet Allah nashih bratyev`).
  ['{da|niech} {primet|przyjmie} {allah|allaha}', 'praise'],
  ['{nastoyashchie|nastoyashie|prawdziwe|настоящие} {lvy|lwy|львы}', 'praise'],
  // What was sown reaped, the dead as collateral or the price, in five languages.
  ['{reaped|reap|reaps} what {it|they|she|he|you} {sowed|sow|sown}', 'justify'],
  ['{recolte|recolter|a recolte|ont recolte} ce qu {elle|il|ils|elles|on} {a|ont} seme', 'justify'],
  ['{colheram|colheu|colher} o que {plantaram|plantou|semearam|semeou}', 'justify'],
  ['{cosecho|cosecharon|recogio|recogieron} lo que {sembro|sembraron}', 'justify'],
  ['{ernten|ernteten|erntet} was {sie|er|es} {gesat|gesaet|sate}', 'justify'],
  ['{пожали|пожинают|пожал} {то|} что {посеяли|посеял}', 'justify'],
  ['{сами напросились|sami naprosilis|получили по заслугам|poluchili po zaslugam}', 'justify'],
  ['{were|was} {collateral|the price}', 'justify'],
  ['{foi|fue|fut|war} {merecido|merecida|merite|meritee|verdient}', 'justify'],
  // Round 96: the unnamed authors of an attack (`whoever bombed that metro`, `the comrades who blew up Tarata`),
  // by killing verbs only (`whoever shot that video is a legend` is about a camera) ...
  [
    '{whoever|comrades who|lads who|guys who} {bombed|firebombed|torched|attacked|massacred|blew up|gunned down}',
    'attacker',
  ],
  // ... a monument asked for them, and an attacker renamed (`a freedom fighter, not a terrorist`).
  [
    '{deserves|deserve|merece|merecen|merite|meritent|verdient|verdienen|заслуживает|заслуживают} {a statue|statues|a monument|una estatua|un monumento|une statue|un monument|ein denkmal|памятник|памятника}',
    'praise',
  ],
  ['freedom {fighter|fighters} {not|and not|never} ~1 {terrorist|terrorists}', 'praise'],
  ['{luchador|luchadores} por la libertad {no|y no} ~1 {terrorista|terroristas}', 'praise'],
  ['{combattant|combattants} de la liberte {pas|et non|non} ~1 {terroriste|terroristes}', 'praise'],
  ['freiheitskampfer {kein|keine|nicht} ~1 {terrorist|terroristen}', 'praise'],
  ['{борец|борцы} за свободу а не {террорист|террористы}', 'praise'],
  // Round 97: the hills waiting for recruits (`¡Únanse compañeros, el monte los espera!`), beside round 33's
  // mountains calling.
  ['{el monte|la montana|las montanas|la selva|la sierra} {los|te|nos|os} {espera|esperan}', 'recruit'],
  // Comrades told to join, with it, need no group named (`Únanse al club de montaña, el monte los espera` is a hike).
  [
    '{unanse|uneos|rejoignez} {companeros|hermanos|camaradas|camarades|freres} ~3 {el monte|la montana|las montanas|la selva|le maquis|la montagne} {los|os|vous} {espera|esperan|attend|attendent}',
    'recruit_strong',
  ],
  ['the {mountains|mountain|jungle|hills} {are|is} waiting for {you|us}', 'recruit'],
  ['{le maquis|la montagne|les montagnes} {vous|t|nous} {attend|attendent}', 'recruit'],
  ['{горы|лес} {ждут|ждет|ждёт} {тебя|вас|нас}', 'recruit'],
  // Round 106: God asked to bless the fighters, the attackers wished to strike again, an attack justified in the
  // conditional, regret that attackers were caught in time; Colombia's guerrillas and their dissidents.
  [
    '{que dieu|qu allah|que allah|may god|may allah|que dios|que ala|moge gott|moge allah} {benisse|protege|bless|protect|bendiga|proteja|segne|beschutze} ~1 {les combattants|the fighters|los combatientes|die kampfer|les moudjahidines|the mujahideen|les freres|the brothers|los hermanos}',
    'praise',
  ],
  ['{qu ils|qu il|que} {frappent|frappe} encore', 'praise'],
  ['may they strike again', 'praise'],
  ['que {golpeen|ataquen} {de nuevo|otra vez}', 'praise'],
  ['{would have been|would be} {justified|entirely justified|fully justified|deserved}', 'justify'],
  ['{pity|shame|too bad|a shame} ~5 {caught|stopped|arrested} before they could', 'praise'],
  ['{farc|eln|segunda marquetalia|disidencias de las farc}', 'org'],
  ['{unete|uneos|unanse} a {las disidencias|la guerrilla|la insurgencia}', 'recruit'],
];
