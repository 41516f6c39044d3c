/**
 * Friendly idioms made of a threat's words (`I know where you're coming from`, `I'll find you the link`, `see
 * you at the vigil`): the classifier learned those words from threats, and rejected replies like these. The
 * classifier scores a comment that has one a second time with the idiom's words blanked out (`classifier.ts`),
 * and that reading decides. The rules read the comment as written: a threat beside an idiom is still one.
 */
import { PhraseSet } from '../text/phrases';
import { tokensOf } from '../text/tokens';

const THINGS =
  '{link|links|source|sources|article|report|quote|reference|paper|study|figures|numbers|data|map|thread|video|clip|page}';
const EVENTS =
  '{vigil|march|rally|meeting|debate|conference|event|protest|demo|launch|talk|reading|screening|memorial|concert|match|game}';

const IDIOMS = new PhraseSet<true>(
  [
    '{know|see|understand|get} where {you|u|youre|ur} ~1 coming from',
    `{i ll|ill|i will|let me|i can|i could|i d} ~1 {find|send|get|dig up|look up} {you|u} {the|a|that|some|this} ~1 ${THINGS}`,
    `{we ll|well|we will|i ll|ill|i will|} {see|meet} {you|u|ya|you all|yall|everyone} {at|on|in} the ~1 ${EVENTS}`,
    '{see|meet} {you|u|ya} there',
    '{get|come} back to {you|u} {on|about|with|later|tomorrow|tonight|.}',
    '{you re|youre|you are|ur|u r} dead {right|on|serious}',
    '{i|we} {know|love|admire|follow|respect} {your|ur} {work|writing|reporting|articles|books|photos|films}',
    `{i m going to|im going to|i ll|ill|let me|i will|i can} {hunt|track|dig} down {that|the|a|this} ~1 ${THINGS} {for you|for u|}`,
    '{coming|come} for {your|ur} {title|crown|job|record|spot|place|seat}',
    'on the {list|mailing list} for the {newsletter|event|briefing|webinar|launch|conference}',
    '{я тебя|я вас} {понял|поняла|услышал|услышала|поддерживаю|понимаю}',
    '{te voy a|te vas a|me vas a|me voy a} {matar|morir} de {envidia|risa|celos|aburrimiento}',
    '{kill|killing} {you|u|me} with {kindness|laughter|envy}',
    '{you ll|youll|you will|you re going to|youre going to|you re gonna|youre gonna|} {kill|killing|kills} {me|us} with {these|those|this|that|your|the|his|her|their}',
    '{dodged|dodging|dodges} {a|that} bullet',
    '{bite|bit|biting|bites} the bullet',
    '{silver|magic} {bullet|bullets}',
    'bullet {point|points}',
    // Round 32: a lamppost decorated (`cue-lexicon.ts` spares it; the model read the lamppost alone).
    '{lamppost|lampposts|lamp post|lamp posts} ~6 {decorated|bunting|garlands|christmas lights|fairy lights|festive lights|hanging baskets}',
    '{decorated|bunting|garlands|christmas lights|fairy lights|festive lights|hanging baskets} ~6 {lamppost|lampposts|lamp post|lamp posts}',
    // Round 32 (a red-team's civil probes): family hyperbole, a compliment, soldiers sent to die.
    '{my|our} {mum|mom|mother|dad|father|wife|husband|boss|girlfriend|boyfriend|editor|teacher|coach|sister|brother|gran|grandma} {will|ll|would|d|is going to|s going to|is gonna|s gonna|gonna} {kill|murder} {me|us}',
    '{mi|mis} {madre|padre|mujer|marido|jefe|jefa|novia|novio|abuela} {me|nos} {va a|van a|mata|matara|mataria} {matar|}',
    '{ma|mon} {mere|pere|femme|mari|patron|patronne|copine|copain} va me tuer',
    '{meine|mein} {mutter|vater|frau|mann|chef|chefin|freundin|freund|oma} {bringt|wird} mich {um|umbringen}',
    'drop dead {gorgeous|beautiful|stunning|handsome}',
    '{kill|killing|matar|tuer|убить|убиваю|ubit|ammazzare|zabic} {the|el|le|} {time|tiempo|temps|время|vremya|tempo|czas}',
    'die zeit {totschlagen|totzuschlagen|totgeschlagen}',
    // A desecration described (`cue-idioms.ts` spares it for the hate rule): the animal is an object.
    '{pig|pigs|pig s} {head|heads|blood|carcass|carcasses}',
    '{tete|tetes|cabeza|cabezas} de {porc|cochon|cerdo|cerdos}',
    '{i ll|ill|i will|i m going to|im going to|let me} finish {this|the|my|reading|it|that} ~1 {article|piece|book|report|thread|essay|train|later|tonight|tomorrow|.}',
    '{sending|sends|sent|send} {troops|soldiers|conscripts|young men|men|boys|recruits|north koreans} ~3 to die',
    // D6 (round 31): the writer's own family's routine.
    '{my|our} {daughter|son|kids|children|child|wife|husband|mother|mum|mom|father|dad|sister|brother|family} ~6 {every|each} {day|morning|evening|night|week|weekday}',
    '{die|dying|died} {laughing|of laughter|of boredom|of embarrassment|of shame}',
    // Round 50: what readers or a person are owed (`Your readers deserve better`, `he deserved a newsroom that does its
    // job`), which the model read as a threat's `deserve`.
    '{deserve|deserves|deserved} {better|more|an apology|answers|the truth|justice|an explanation|a newsroom|a proper|a real|a serious}',
    '{dich|mich|sich|euch|uns} {totlachen|totgelacht|totlacht}',
    '{tu vas me|tu me fais|je vais te} {tuer|faire mourir} de {rire|jalousie}',
    'se por donde vas',
    '{te paso|te busco|te mando} el enlace',
    // Round 32: a thing found for the reader (`Te vamos a encontrar una fuente mejor`, `te voy a buscar el enlace`).
    '{te voy a|te vamos a} {encontrar|buscar|conseguir} {el|la|los|las|un|una|otro|otra|algo|mejores|datos}',
    '{nos vemos|nos vemos todos} en la {manifestacion|manifa|concentracion|vigilia|marcha}',
    'je vois ou tu veux en venir',
    '{je te trouve|je te retrouve|je t envoie} le lien',
    'on se voit {a la|au} {manif|rassemblement|veillee|marche}',
    '{ich weiss|ich weis} worauf du hinauswillst',
    '{ich such|ich suche} dir den link {raus|heraus|}',
    'wir sehen uns {bei der|auf der} {demo|mahnwache|kundgebung}',
    '{понимаю|понял|вижу} к чему ты клонишь',
    '{скину|пришлю|найду} тебе ссылку',
    'увидимся на {митинге|акции|марше}',
    // Round 39 (a civil twin the classifier rejected as a threat): the writer's own friendly visit, and a doctor's.
    '{i ll|ill|i will|we ll|well|we will|i d|id|i must|we must|i should|i could} pay {you|u|ya|you guys|you all} a {visit|quick visit} {next time|when|this summer|this year|one day|someday|sometime|if i|if we}',
    '{le|la|l} {medecin|docteur|infirmiere|infirmier|sage femme|kine} ~2 {te|vous} rendre visite',
    // Round 43 (civil probes the classifier rejected): a martyr of a church (`Catholics venerate Maximilian Kolbe as a
    // martyr`), a job lost wished on the writer of a biased article.
    '{saint|st|catholic|catholics|church|venerate|venerated|canonised|canonized|beatified|pope|christian|christians|priest|orthodox|kolbe} ~8 {martyr|martyrs|martyrdom}',
    '{martyr|martyrs} ~8 {saint|catholic|church|venerated|canonised|canonized|beatified|pope|christian|priest|orthodox}',
    '{hope|wish} {you|u} {lose|get fired|get sacked|are fired|are sacked} ~2 {your|ur|the} {job|post|position|column|seat|licence|license}',
    '{ojala|espero que} {pierdas|pierda} {tu|su} {trabajo|puesto|empleo}',
    '{j espere que|j espere qu} {tu perdes|vous perdez} {ton|votre} {poste|boulot|travail|emploi}',
    'dass {du|sie} {deinen|ihren} {job|posten|arbeitsplatz} {verlierst|verlieren}',
    // Round 42: rats as animals, beside pest control or rubbish (`Rats are infesting the Paris metro after the bin
    // strikes`, `Les rats ont envahi … plan de dératisation`).
    '{rats|rat|ratas|rata|ratten|ratte|крысы|крыс} ~10 {pest control|deratisation|exterminator|exterminators|traps|bin|bins|rubbish|garbage|ordures|eboueurs|poubelles|basura|mull|abfall|мусор|мусора|kammerjager|dedetizacion|raticide}',
    '{pest control|deratisation|exterminator|exterminators|bin|bins|rubbish|garbage|ordures|eboueurs|poubelles|basura|mull|abfall|мусор|мусора|kammerjager} ~10 {rats|ratas|ratten|крысы|крыс}',
    // Round 41: a reader coming to a march (`we're coming to the Brussels march on Sunday`).
    `{we re|we are|were|wir|we ll|well} {coming|come|kommen} {to|zur|zum|am|for} ~3 ${EVENTS}`,
    '{wir} kommen ~3 {zur|zum} {demo|kundgebung|mahnwache|demonstration}',
    // Round 40: the German council and advice (`dem Europäischen Rat`, `um Rat fragen`), not the animal.
    '{europaischen|europaische|europaeischen|nationale|nationalen|deutsche|deutschen} rat',
    'rat der {eu|europaischen|stadt|gemeinde|weisen|kommune|volksbeauftragten}',
    '{um|einen|guten|arztlichen|ihren|deinen|seinen|ihrem} rat {fragen|bitten|geben|holen|suchen|folgen|gefragt}',
    'rat und tat',
    // Round 76 (`/work/audit42`): the Bay of Pigs by name (`Bay of Pigs was 1961 and the CIA still hasn't learned`).
    '{bay of pigs|bahia de cochinos|baie des cochons|schweinebucht|залив свиней|zaliv sviney}',
    // Round 125 (`/work/audit66`): friendly intent in a reply (`@tom_b I'll check the figures and come back to you`), a
    // hatchet buried, cooking verbs.
    '{i ll|ill|i will} {check|read|try|reply|answer|send|share|post|ask|update} {the|your|it|that|this|back|later|tonight|tomorrow|again|first|them}',
    '{i ll|ill|i will} {look into|take a shot at|get back|come back|dig out|dig up|think about|have a look|keep an eye|be there}',
    '{i ll|ill|i will} be there with bells on',
    'bury the hatchet',
    '{stab|prick|beat|whisk|whip|smash|crush|sweat|score|bash} {the|your|} {potatoes|potato|eggs|egg|onions|onion|garlic|dough|cream|butter|meat|chicken|steak|vegetables|veg|aubergines|tomatoes|nuts}',
    '{onions|onion|leeks|garlic|vegetables|veg|mushrooms} ~4 let them sweat',
    // Round 127 (round 124's known regressions): dying happy, animals and businesses that multiply like rabbits, good
    // wishes, a saint made, a hero's welcome, liking someone, a better piece, a welcome with flowers, accidents on the road,
    // the start of the article.
    '{will|ll|would} die happy',
    '{rabbits|kaninchen|conejos|lapins|кролики} ~6 {breed|multiply|vermehren sich|se reproducen|se multiplient|размножаются} ~2 {like|wie|como|comme|как} {rabbits|karnickel|kaninchen|conejos|lapins|кролики}',
    '{start ups|startups|companies|firms|shops|cafes|apps|bakeries|franchises} ~3 {are multiplying|multiply|multiplying} like {rabbits|mushrooms}',
    '{i wish|wishing} {you|u} ~3 {luck|good luck|success|all the best|a speedy recovery|better luck}',
    '{wunsche|wunschen} {dir|ihnen|euch} ~10 {gluck|erfolg|alles gute|gute besserung}',
    '{te deseo|le deseo|os deseo} ~3 {suerte|exito|lo mejor}',
    '{je te souhaite|je vous souhaite} ~3 {bonne chance|du succes|bon courage|bon retablissement}',
    '{pope|vatican|church} ~4 {made|declared|proclaimed|canonised|canonized} ~3 {saint|saints}',
    '{a|} hero s welcome',
    'ich finde {dich|sie|euch} ~1 {sympathisch|nett|lustig|klug|witzig|mutig}',
    '{never|ll never|will never} write a better {piece|article|column|story|book}',
    '{waiting|waited|wait} for {him|her|them} with {flowers|banners|applause|cheers|gifts|open arms|balloons}',
    'accidents happen ~2 {don t|do not} blame',
    'go back to the {start|beginning|top} of the {article|piece|thread|page|story}',
    // Round 126 (`dev138`): national teams' nicknames (`LIONS OF MESOPOTAMIA FOREVER`).
    '{lions of mesopotamia|atlas lions|three lions|indomitable lions|lions of teranga|lions de la teranga|lions de l atlas}',
    // Round 122 (`dev128`): a praise word in a unit's or a place's name (`the Abu Salim Martyrs Brigade`).
    '{martyrs|martyr|heroes|hero} {s|} {brigade|brigades|battalion|battalions|square|cemetery|monument|bridge|memorial}',
    // Round 122 (its civil twins): a visit paid in the past, accidents on a road.
    '{we|i} {paid|made} ~3 a visit {on|during|last|yesterday|to|for|when}',
    '{accidents|crashes} {happen|happened} {on|at|in} {that|this|the} {road|junction|crossing|roundabout|motorway|highway|bend|corner|site|factory|mine|pass}',
    // Round 122 (`/work/audit64`): a rival beaten at sport (`We're going to destroy them in the derby on Saturday`).
    '{destroy|crush|smash|annihilate|thrash|bury|murder|kill|hammer} them in the {derby|final|match|game|rematch|semi|semifinal|semis|playoffs|playoff|cup|league|second leg|first leg}',
  ].map((p) => [p, true] as const),
);

/** The [start, end) spans of the friendly idioms in `source`. */
export function idiomSpans(source: string): Array<[number, number]> {
  return IDIOMS.scan(tokensOf(source).tokens).map((h) => [h.span[0], h.span[1]]);
}

/** `source` with each span's characters turned into spaces: the same length, so every offset still holds. */
export function blanked(source: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = source;
  for (const [from, to] of spans) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  return out;
}
