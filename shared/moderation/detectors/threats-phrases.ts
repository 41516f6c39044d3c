/** The phrase list of the threat detector (`threats.ts`): acts, whereabouts, death wishes, menace, calls. */
import { PhraseSet } from '../text/phrases';
import { CLASSES } from './common';
import { AMBIGUOUS_CALLS, EXECUTION_CALLS, VEILED_CALLS } from './threats-ambiguous';
import { THIRD_PERSON_THREATS } from './threats-phrases-third';
import { MORE_LANGUAGE_THREATS } from './threats-phrases-more';
import { AMBIGUOUS_FATES, FATE_THREATS } from './threats-fates';
import { AMBIGUOUS_PRECEDENTS, PRECEDENT_THREATS } from './threats-precedents';
import { WATCHED_THREATS } from './threats-watched';
import { VEILED_THREATS } from './threats-veiled';

export type Kind = 'act' | 'whereabouts' | 'wish' | 'menace' | 'closer' | 'ambiguous';

/**
 * `self`: the phrase names its target (`you`, `your`); `needs`: a person must be named nearby. `command`:
 * the phrase is an order only where a sentence opens with it (`Shoot the mayor.`; `They shoot the mayor in
 * the film` tells), and names a person only when no possessive follows (`Kill the mayor's plan`).
 */
export interface Meta {
  kind: Kind;
  aim: 'self' | 'needs';
  command?: true;
  /** A call to execute (`should be hanged`): held, but rejected when aimed at one person (`threats.ts`, round 91). */
  execution?: true;
}
const m = (kind: Kind, aim: Meta['aim'] = 'self'): Meta => ({ kind, aim });

const VIOLENT_VERB =
  'kill|murder|shoot|stab|strangle|hang|lynch|behead|gut|skin|hurt|break|smash|slit|torture|rape|execute|hunt|shank|cripple|burn|beat|punch|choke|bury|gut|slap|crush|waste|end|ruin|destroy|stomp|knife|bash|shoot';
/** Verbs of killing only, for threats against office holders (`destroy`, `crush` are politics there). */
const LETHAL_VERB = 'kill|murder|shoot|stab|strangle|hang|lynch|behead|execute|knife|gun down|string up';
/** A speaker announcing what they will do. */
const INTENT =
  '{i will|i ll|ill|we will|we ll|well|im gonna|im going to|i am going to|i m gonna|i m going to|we re going to|were going to|we are going to|gonna|i swear i ll|i swear ill}';

/**
 * What follows a Spanish `I'll find you` that is a threat (round 32): the end, a handle, the reader's home, a
 * name called; not a thing found for the reader (`te voy a buscar el enlace`).
 */
const FOUND_END =
  '{.|y|pronto|donde|cuando|aunque|igual|@|a tu|en tu|periodista|sapo|traidor|traidora|cabron|cabrona|desgraciado|desgraciada|maldito|maldita|hijo|hija|imbecil|idiota|basura|rata|payaso}';

export const PHRASES = new PhraseSet<Meta>(
  [
    // Acts announced against the reader or a commenter.
    [`${INTENT} ~2 {${VIOLENT_VERB}} {$you|@}`, m('act')],
    [`${INTENT} ~2 {${VIOLENT_VERB}} {him|her|them}`, m('act', 'needs')],
    // `I will find you` is a threat; `I'll find you a source` is not.
    [
      `${INTENT} ~2 {find|track|get} {$you|@} ~1 {.|and|down|soon|wherever|one day|eventually|sooner}`,
      m('act'),
    ],
    [
      `${INTENT} ~2 {break|smash|cut|slit|crack|burn|bash|rip} {$your} {legs|neck|face|arms|bones|skull|jaw|teeth|head|kneecaps|fingers|hands|throat|house|car}`,
      m('act'),
    ],
    ['{slit|cut|break|smash} {$your} {throat|neck|skull|face|kneecaps}', m('act')],
    [
      '{you|u} {will|ll|are going to|re going to|gonna} regret {every word|writing|this|it|that|the day}',
      m('act'),
    ],
    [`${INTENT} ~2 {make|teach} {$you|@} {pay|suffer|regret|bleed|a lesson}`, m('act')],
    [`${INTENT} ~2 {deal with|come after|come to|visit|pay} {$you|@} {.|soon|personally|at home}`, m('act')],
    ['{you|u} {will|ll|are going to|re going to|gonna} {die|bleed|suffer|be next|be sorry} .', m('act')],
    [
      '{you|u} {will|ll|are going to|re going to|gonna} {pay|regret|answer} {for this|for that|for what|this|it} .',
      m('act'),
    ],
    ['{you|u} {will|ll|are going to|re going to|gonna} get what s coming', m('act')],
    ['{you|u} {are|re|r} {dead|next|finished|done for} .', m('act')],
    ['{you|u} {are|re|r} a dead {man|woman}', m('act')],
    ['{your|ur} {turn|time} will come', m('act')],
    ['{sleep|sleeping} with one eye open', m('act')],
    ['{not|it s not|its not|this is not} a threat ~3 {promise|fact}', m('act')],
    ['{that s|thats|this is} a promise', m('closer')],
    [
      '{someone|somebody|anyone} {should|needs to|ought to|will|has to|must} {shoot|kill|hang|stab|murder|put a bullet in|string up|lynch|behead} {him|her|them|$target}',
      m('act', 'needs'),
    ],
    [
      '$target ~3 {should|must|deserves to|deserve to|needs to|will} {be shot|be hanged|be hung|hang|die|be killed|be executed|be lynched|be beheaded|get shot|get a bullet|pay with}',
      m('act'),
    ],
    [
      '{shoot|hang|kill|lynch|behead} the {author|journalist|writer|reporter|editor|journo|journalists|journos}',
      m('act'),
    ],
    // An order to kill an office holder (`Shoot the mayor.`, `Somebody behead the judge`).
    [`{${LETHAL_VERB}} the $official`, { kind: 'act', aim: 'self', command: true }],
    // The same announced or called for against an office holder; only killing verbs (`we will crush the
    // minister` is an election).
    [`${INTENT} ~2 {${LETHAL_VERB}} {the|that|this|our|your|their} ~1 {$official|$target}`, m('act')],
    [
      `{someone|somebody|anyone} {should|needs to|ought to|has to|must} {${LETHAL_VERB}|put a bullet in} {the|that|this|our|your|their} ~1 {$official|$target}`,
      m('act'),
    ],
    ['{voy|vamos} a {matar|fusilar|colgar|ahorcar|pegarle un tiro} {al|a la} ~1 $official', m('act')],
    ['{je vais|on va|j vais} {tuer|buter|pendre|abattre|flinguer} {le|la|ce|cette} ~1 $official', m('act')],
    [
      '{ich werde|ich bringe|wir werden|ich knall|ich knalle} {den|die|diesen|diese} ~1 $official ~1 {umbringen|erschiessen|erschiesen|abknallen|aufhangen|toten|um|ab}',
      m('act'),
    ],
    ['{убью|убьем|убьём|застрелю|повешу|прикончу} ~1 $official', m('act')],
    ['break every bone', m('act')],
    ['{we|i|ll|well|were|im|we re|i m} ~2 {come|coming} for {you|u|ya}', m('act')],
    ['{put|putting} a bullet in', m('act', 'needs')],
    // The reader as the object (round 32: `Voy a buscar el informe`, `Vamos a encontrar una solución` were
    // rejected): `te` or the `-te` form, or a person after `a`; finding and seeking end there (not `te voy a
    // buscar el enlace`).
    ['{te voy|te vamos} a {matar|reventar|partir|romper|quemar}', m('act')],
    ['{voy|vamos} a {matarte|reventarte|partirte|romperte|quemarte}', m('act')],
    ['{voy|vamos} a matar {a|al}', m('act')],
    [`{te voy|te vamos} a {encontrar|buscar} ${FOUND_END}`, m('act')],
    [`{voy|vamos} a {encontrarte|buscarte} ${FOUND_END}`, m('act')],
    [`{lo|la|los|las} {voy|vamos} a {encontrar|buscar} ${FOUND_END}`, m('act', 'needs')],
    ['te {mato|reviento|rompo|parto|quemo}', m('act')],
    ['{vas a|vais a} {morir|sufrir} .', m('act')],
    ['{vas a|vais a} {pagar|arrepentirte|arrepentiros} {por esto|por eso|por lo que|caro|.}', m('act')],
    ['{estas|estás} muerto', m('act')],
    ['{tus|sus} dias estan contados', m('act')],
    [
      '{alguien|alguno} {deberia|tendria que|tiene que|va a} {matar|matarlo|matarla|pegarle un tiro|callarlo|callarla|colgarlo|fusilarlo|fusilar|colgar}',
      m('act', 'needs'),
    ],
    ['{merece|merecen|merecería} {un tiro|una bala|la horca|morir|el paredon}', m('wish', 'needs')],
    [
      '{hay que|habria que} {fusilar|colgar|matar|ahorcar} ~2 {al|a la|a los|a ese|a esa|a este|a esta|periodista|autor|autora}',
      m('wish', 'needs'),
    ],
    [
      '{je vais|je viens|on va|on vient|j vais|jvais} {te|vous|t} {tuer|buter|planter|crever|defoncer|retrouver|trouver|egorger|niquer|cramer|casser}',
      m('act'),
    ],
    ['{je|on} {te|vous} {tue|bute|plante|creve|retrouvera|aura|aurons}', m('act')],
    ['t es mort', m('act')],
    ['{tu vas|vous allez} {mourir|souffrir|crever} .', m('act')],
    ['{tu vas|vous allez} {le regretter|le payer|payer} {cher|pour ca|.}', m('act')],
    ['{tes|vos} jours sont comptes', m('act')],
    ['{on va|je vais} s occuper de {toi|vous}', m('act')],
    [
      '{quelqu un|qqn} {devrait|doit|va} {le|la|les} {buter|tuer|descendre|pendre|fusiller|abattre|faire taire}',
      m('act', 'needs'),
    ],
    [
      '{merite|meritent|mériterait} {une balle|la corde|de mourir|d etre pendu|d etre fusille}',
      m('wish', 'needs'),
    ],
    ['faire la peau', m('act', 'needs')],
    [
      '{ich|wir} ~2 {bring|bringe|bringen|mach|mache|machen|krieg|kriege|kriegen|hol|hole|holen|schlag|schlage} {dich|euch} {um|kalt|fertig|platt|noch}',
      m('act'),
    ],
    [
      '{wir|ich} {finden|finde|kriegen|kriege} {dich|euch} {.|und|schon|noch|bald|uberall|wenn|$target|@}',
      m('act'),
    ],
    ['{bring|bringe} ~2 dich um', m('act')],
    ['du bist {tot|dran|fallig}', m('act')],
    ['du {wirst|wirst es} {sterben|bereuen|bluten|leiden} .', m('act')],
    ['du wirst dafur {bezahlen|buesen|busen}', m('act')],
    ['{deine|ihre|eure} tage sind gezahlt', m('act')],
    ['{das|dafur} {wirst|werden} {du|sie|ihr} ~1 {bereuen|bezahlen|buesen|busen}', m('act')],
    [
      '{jemand|einer} {sollte|muss|wird} {ihn|sie|den|die|diesen|diese} ~2 {erschiesen|erschiessen|abknallen|aufhangen|umbringen|abstechen|kaltmachen}',
      m('act', 'needs'),
    ],
    [
      '{gehort|gehoren} ~2 {erschossen|aufgehangt|aufgeknupft|an die wand|an den galgen|gehangt|beseitigt}',
      m('wish', 'needs'),
    ],
    ['{verdient|verdienen} {eine kugel|den strick|den tod|zu sterben}', m('wish', 'needs')],
    [
      '{я|мы} {тебя|вас} ~2 {убью|убьем|найду|найдем|урою|зарежу|закопаю|порву|достану|достанем|грохну|прикончу|пристрелю|порежу|прирежу|изобью|покалечу|задушу|придушу|удавлю|застрелю|сожгу|утоплю|пришибу}',
      m('act'),
    ],
    [
      '{убью|зарежу|урою|закопаю|пристрелю|порежу|прирежу|изобью|покалечу|задушу|придушу|удавлю|застрелю|сожгу|утоплю|пришибу} {тебя|вас}',
      m('act'),
    ],
    // Maiming promised in the first person to the one addressed: `глаза тебе выколю`, `оторву тебе голову`.
    ['{тебе|вам} ~2 {выколю|оторву|отрежу|переломаю|проломлю|сломаю|разобью|перережу|отобью}', m('act')],
    ['{выколю|оторву|отрежу|переломаю|проломлю|перережу|отобью} {тебе|вам}', m('act')],
    ['{тебе|вам} {конец|хана|не жить}', m('act')],
    ['ты труп', m('act')],
    ['{ты|вы} {умрешь|умрете|сдохнешь|сдохнете|пожалеешь|пожалеете|поплатишься|поплатитесь}', m('act')],
    ['{ты|вы} {ответишь|ответите|заплатишь|заплатите} за {это|все|всё}', m('act')],
    ['{твои|ваши} дни сочтены', m('act')],
    [
      '{тебя|вас} {закопают|закопаем|найдут|найдем|достанут|достанем|убьют|грохнут|пристрелят|повесят|расстреляют|зарежут|прирежут|порежут|задушат|утопят|сожгут|покалечат|изобьют}',
      m('act'),
    ],
    // Killing promised as one kills an animal: `пристрелю как собаку`.
    [
      '{убью|пристрелю|застрелю|зарежу|прирежу|урою|закопаю|задушу|утоплю|раздавлю} как {собаку|пса|свинью|крысу|таракана}',
      m('act'),
    ],
    [
      '{кто нибудь|кто то|кому то} {должен|надо|пора|стоит} ~2 {пристрелить|убить|грохнуть|повесить|расстрелять|заткнуть}',
      m('act', 'needs'),
    ],
    [
      '{расстрелять|повесить|пристрелить|утопить|закопать} {его|ее|их|автора|журналиста|журналистку|этого|эту|этих}',
      m('wish', 'needs'),
    ],
    ['{zasluzhivaet|zasluzhivayut} {puli|smerti|rasstrela}', m('wish', 'needs')],
    ['{ty|vy} {sdokhnesh|sdohnesh|umresh|pozhaleesh|otvetish}', m('act')],
    ['{tebe|vam} {konets|khana|hana|ne zhit}', m('act')],
    ['{ya|my} tebya ~2 {ub|ubyu|naydu|naydem|nashli|uroyu|zarezhu|dostanem|dostanu}', m('act')],
    // Italian, Portuguese, Polish, Ukrainian and Turkish (`threats-phrases-more.ts`).
    ...MORE_LANGUAGE_THREATS,
    ...VEILED_THREATS,
    // Whereabouts.
    [
      '{know|knows|found|found out} where {$you} {live|lives|work|works|sleep|park|study|drink}',
      m('whereabouts'),
    ],
    [
      '{know|knows|have|got} {$your} {address|shifts|shift|reg|routine|kids|school|route|gym|plates|home address}',
      m('whereabouts'),
    ],
    ['{have|got} {$your} car reg', m('whereabouts')],
    ['{i|we} know {you|u} {walk|walks|drive|leave|take|go|jog|run|park|pick}', m('whereabouts')],
    [
      '{i|we} know which {gym|school|building|floor|door|entrance|car|bus|train|route|house|flat}',
      m('whereabouts'),
    ],
    [
      '{turn|turns|turning|show|shows|showing} up at {$your} {address|door|house|home|work|office|place}',
      m('whereabouts'),
    ],
    ['{not hard|easy} to find', m('closer')],
    ['{i|we} {know|found} where {$you} ~3 {live|lives|work|works|sleep|park|study}', m('whereabouts')],
    [
      '{i|we} {found|have|got|know} {$your} {address|home address|workplace|plates|number plate|licence plate|license plate}',
      m('whereabouts'),
    ],
    ['{i|we} {ve|have} been watching {you|u} .', m('whereabouts')],
    [
      '{turn|turns|show|shows|pay} {up|a visit} {at|to} {$your} {house|home|flat|office|work|workplace|door|place}',
      m('whereabouts'),
    ],
    ['on {$your} way home', m('menace')],
    ['{shame|pity} if something {happened|happens|were to happen|was to happen}', m('whereabouts', 'needs')],
    ['{se|sabemos} donde {vives|trabajas|duermes|vive|trabaja|estudias|viven}', m('whereabouts')],
    // Someone else who knows the reader's place; not `todo el mundo sabe dónde viven` (round 44), a complaint.
    ['sabe donde {vives|trabajas|duermes|estudias}', m('whereabouts')],
    ['{conocemos|tenemos|sabemos} {tu|su} direccion', m('whereabouts')],
    ['{on|je|nous} {connait|connais|connaissons|a|ai|avons} {ton|votre} adresse', m('whereabouts')],
    ['{wir|ich} {kennen|kenne|haben|habe} {deine|ihre|eure} adresse', m('whereabouts')],
    ['{мы|я} {знаем|знаю|нашли|нашел} {твой|ваш} адрес', m('whereabouts')],
    [
      '{on|je|nous} {sait|sais|savons} ou {tu|vous} {habites|habitez|vis|vivez|travailles|travaillez|bosses|bossez|dors|dormez|creches}',
      m('whereabouts'),
    ],
    [
      '{weis|weiss|wissen|weist|kennen} ~2 wo {du|ihr|sie|ihre|deine|eure} ~4 {wohnst|wohnt|wohnen|arbeitest|arbeitet|arbeiten|schule|schlafst|parkst}',
      m('whereabouts'),
    ],
    [
      '{знаю|знаем|знает|нашли|найдем|найду} ~2 {где|в каком|в какой|на каком} ~3 {живешь|живете|работаешь|работаете|учишься|ходишь|живет|работает}',
      m('whereabouts'),
    ],
    ['{znayu|znaem} ~2 gde ~2 {zhivesh|rabotaesh}', m('whereabouts')],
    // Death wishes and executions.
    [
      '{hope|hoping|wish|pray} {$you} {die|dies|rot|burn|choke|suffer|get shot|get cancer|get hit}',
      m('wish'),
    ],
    [
      '{hope|hoping|wish|pray} {he|she|they|him|her} {dies|die|rots|burns|chokes|gets shot|get shot}',
      m('wish', 'needs'),
    ],
    ['die in a fire', m('wish', 'needs')],
    // The author or the editor as the one wished ill (round 49: `Hope the author gets cancer and rots`).
    [
      '{hope|hoping|wish|pray} {the|this|that} {author|writer|journalist|editor|reporter|hack} {gets cancer|get cancer|dies|die|rots|rot|burns|chokes|gets shot}',
      m('wish'),
    ],
    ['{le deseo|les deseo|te deseo} que ~8 {muera|mueras|muerase|pudra|pudras|morirse|morir}', m('wish')],
    ['{you|u} {should|deserve to|need to} {die|hang|be shot|be hanged}', m('wish')],
    ['{deserve|deserves|deserved} {a|the} {rope|noose|bullet|firing squad}', m('wish', 'needs')],
    // Round 111 (`dev116`): a grave as where someone belongs (`Judge X belongs in the ground with every other traitor`).
    [
      '{he|she|they|judge|justice|minister|president|senator|traitor|traitors|journalist|author|governor|mayor} ~3 {belongs|belong} {in the ground|six feet under|in a grave|in a body bag}',
      m('wish', 'needs'),
    ],
    ['{string|strung|hang} {him|her|them} up', m('wish', 'needs')],
    ['{wish|wishing} {you|him|her} {dead|death|a slow|a painful}', m('wish', 'needs')],
    ['{ojala|ojalá} {te|os} {mueras|muerás|murais|pegues|peguéis|maten|mate|pudras|atropellen}', m('wish')],
    ['{ojala|ojalá} {se muera|lo maten|la maten|muera|se pudra}', m('wish', 'needs')],
    ['que te {mueras|maten|pudras}', m('wish')],
    ['{muerete|muérete|pegate un tiro}', m('wish')],
    ['alguien lo hara por ti', m('wish')],
    ['{j espere|jespere|je souhaite} que {tu|vous} {creve|creves|crevez|meure|meures|mouriez}', m('wish')],
    ['{j espere|jespere|je souhaite} qu {il|elle|ils} {creve|crevent|meure|meurent}', m('wish', 'needs')],
    ['{creve|crevez} {sale|connard|salope|ordure|charogne}', m('wish')],
    ['{wunsche|wunsch|wunschen} ~5 {tod|todes|krebs}', m('wish', 'needs')],
    ['{verreck|verrecke|verreckt|krepier|krepiere}', m('wish', 'needs')],
    ['an die wand {gestellt|stellen|stellt}', m('wish', 'needs')],
    ['{an den|am} galgen', m('wish', 'needs')],
    [
      '{чтоб|чтобы} {ты|вы|он|она|они} {сдох|сдохла|сдохли|сдохнул|подох|подохли|сгнил|сгнила}',
      m('wish', 'needs'),
    ],
    ['{сдохни|сдохните|подохни}', m('wish')],
    ['желаю ~3 {смерти|сдохнуть}', m('wish', 'needs')],
    ['{к стенке|на фонар*|на виселиц*}', m('wish', 'needs')],
    ['{chtob|chtoby} ty {sdokh|sdokhla}', m('wish')],
    ['{sdokhni|sdohni}', m('wish')],
    // Acts in Spanish, French, German and Russian: shooting, throat-cutting, strangling, stabbing, a
    // bullet in the knee, drowning, an 'accident' from a window, a visit, a knife sharpened.
    ['{meta|meter|meterle|metan|metanle|metele|pegale|pegarle} un tiro', m('act', 'needs')],
    [
      'habria que {atropellarlo|atropellarla|matarlo|matarla|colgarlo|colgarla|fusilarlo|fusilarla|ahorcarlo|ahorcarla}',
      m('act', 'needs'),
    ],
    ['{le|te|les|os} {haremos|hare|vamos a hacer} una visita', m('whereabouts')],
    ['{tu|su} nombre {figura|esta} en {nuestra|la} lista', m('menace')],
    // Menace as a question, advice or regret: `aren't you afraid to walk home at night?`.
    [
      '{не боишься|не боитесь|ne boishsya|ne boites} {ходить|гулять|ездить|выходить|khodit|gulyat|ezdit|vykhodit}',
      m('menace'),
    ],
    ['{на твоем|на вашем|na tvoem|na vashem} {месте|meste} {я|ya} {бы|by} не', m('menace')],
    ['{aren t|arent} you afraid to {walk|go|drive|take}', m('menace')],
    [
      '{it would|would|it d|itd} be a {shame|pity} if {something|anything} {happened|happens|were to happen}',
      m('menace', 'needs'),
    ],
    ['{ware|es ware} {doch|ja|echt} schade wenn', m('menace', 'needs')],
    [
      '{ce serait|ca serait|se serait} dommage {qu il|qu elle|qu|que} ~3 {arrive|arrivait}',
      m('menace', 'needs'),
    ],
    ['{seria|sería} una pena que {te|le|os|les} {pasara|pase|ocurriera|ocurra}', m('menace', 'needs')],
    // Not `égorgé` alone: `les jihadistes ont égorgé le professeur` is the news.
    ['{egorger|egorgent|egorgez|egorgera|egorgerai|egorgerons}', m('act', 'needs')],
    ['{je|j|on} {te|t|vous|les|le|la} egorge', m('act', 'needs')],
    ['une balle dans {la tete|chaque genou|le genou|les genoux|la nuque}', m('act', 'needs')],
    [
      '{on va|je vais|nous allons|faut} {les|te|vous|le|la} {pendre|egorger|buter|fusiller}',
      m('act', 'needs'),
    ],
    ['{ich|wir} ~4 {erwurgen|abstechen|abknallen|kaltmachen|aufknupfen}', m('act', 'needs')],
    ['{stech|stach|stache|steche} {di|dich|euch} ab', m('act')],
    ['{dein|ihr|euer} haus brennt {bald|schon bald|noch}', m('menace')],
    ['полоний в чай', m('wish', 'needs')],
    ['{нож|ножик} ~1 {наточен|наточил|наточили}', m('menace')],
    ['nozh ~1 {natochen|natochil}', m('menace')],
    ['{тебе|вам} {конец|кранты|хана}', m('menace')],
    ['{tebe|vam} {konets|kinets|kranty|hana|khana}', m('menace')],
    ['{ты|вы} {следующий|следующая|следующие}', m('menace')],
    ['{ty|vy} {sleduyushii|sleduyushchii|sleduyushchiy|sleduyuschiy|sleduyushiy}', m('menace')],
    ['{заберем|отвезем} {тебя|вас} в подвал', m('menace')],
    ['{zaberem|otvezem} {tebya|vas} v podval', m('menace')],
    ['{выбросить|выкинуть|vybrosit|vykinut} {из окна|iz okna}', m('wish', 'needs')],
    ['{придет|pridet} и {твоя|ваша} очередь', m('menace')],
    ['pridet i {tvoya|vasha} ochered', m('menace')],
    // Menace.
    ['watch {$your} back', m('menace')],
    ['{you|u|youve} {have|ve} been warned', m('menace')],
    ['{this is|thats|that s} {$your} {last|final} warning', m('menace')],
    ['will be {$your} last', m('menace')],
    ['{$your} days are numbered', m('menace')],
    ['{wont|won t|will not} be laughing', m('menace')],
    ['{can t|cannot|cant|won t|wont} protect {you|u|ya} {forever|}', m('menace')],
    ['the day {you|u} ~6 is the day', m('menace')],
    ['{we|i} ~2 settle this', m('closer')],
    ['{see|you ll see|youll see} what happens', m('closer')],
    ['think {carefully|twice|hard} ~2 about what {you|u} {write|post|say}', m('menace')],
    ['{uberlegen sie|uberleg dir|uberlegt euch} ~2 {gut|genau} was', m('menace')],
    ['pass {auf|bloss auf} was du', m('menace')],
    ['{profite|profitez} bien de {tes|vos} {derniers|dernieres}', m('menace')],
    ['{tes|vos} {derniers|dernieres} {jours|soirees|nuits}', m('menace')],
    ['fais gaffe a toi', m('menace')],
    ['cuidado con lo que {escribes|dices}', m('menace')],
    ['{молись|молитесь} ~2 {чтобы|чтоб}', m('menace')],
    ['{molis|molites} ~2 {chtoby|chtob}', m('menace')],
    [
      '{see you|see ya|nos vemos|a bientot|bis bald|скоро увидимся|до скорой встречи|skoro uvidimsya|skoro priedem|скоро приедем|wir sehen uns} {soon|pronto|bald|}',
      m('closer'),
    ],
    ['{скоро|skoro} {увидимся|приедем|придем|uvidimsya|priedem}', m('closer')],
    // Harm promised by its outcome, and the person addressed shown they are watched (`threats-watched.ts`).
    ...WATCHED_THREATS,
    // Indirect or ambiguous calls to violence (`threats-ambiguous.ts`).
    ...AMBIGUOUS_CALLS.map((p) => [p, m('ambiguous')] as const),
    ...VEILED_CALLS.map((p) => [p, m('ambiguous')] as const),
    ...AMBIGUOUS_FATES.map((p) => [p, m('ambiguous')] as const),
    ...FATE_THREATS.map((p) => [p, m('menace')] as const),
    ...PRECEDENT_THREATS,
    ...AMBIGUOUS_PRECEDENTS.map((p) => [p, m('ambiguous')] as const),
    ...EXECUTION_CALLS.map(
      (p) => [p, { kind: 'ambiguous', aim: 'needs', execution: true } as const] as const,
    ),
    // Violence wished or called for in the third person (`threats-phrases-third.ts`).
    ...THIRD_PERSON_THREATS,
  ],
  CLASSES,
);
