/**
 * Round 128's markers (`/work/audit65` again: 58 of its 130 insinuations still published after round 123): more winks
 * than claims. Weak ones (each said of true news or in civil speech too) hold in pairs, as in
 * `misinformation-winks.ts`: a writer's or witness's employer or funder, a spouse's or parent's origin, the causal
 * closer that makes either the explanation (`so naturally`, `pas étonnant`), a family's origin pointed at, figures said
 * to be inflated, friends across the ocean behind it all, a pure coincidence. Strong ones hold alone: bombs timed to the
 * ratings, the people who run Hollywood, the same surnames as always, the majority lost in one's own country, paid
 * extras or a witness said to be an actor, a false flag by one's own side, the statistics office as the party's branch.
 */
import { entries } from './misinformation-kinds';

/** Nationalities and origins named as a spouse's or a parent's (plural and feminine forms as the languages need). */
const ORIGINS =
  '{algerian|algerienne|algerien|argelina|argelino|argelinos|moroccan|marocaine|marroqui|marroquies|turkish|turque|turca|turco|turcos|jewish|juive|judia|judio|judios|russian|russe|rusa|ruso|rusos|ukrainian|ukrainienne|ucraniana|ucranianos|palestinian|palestinienne|palestina|palestinos|israeli|israelienne|israeli|israelies|iranian|iranienne|irani|iranies|syrian|syrienne|siria|sirios|chinese|chinoise|china|chinos|taiwanese|taiwanaise|american|americaine|americana|americanos|georgian|georgienne|georgiana|arab|arabe|arabes|immigrants|inmigrantes|immigres|migrants|extranjeros|etrangers|refugees|refugiados|refugies}';

export const WINK_PHRASES_MORE = [
  ...entries('insinuation', 'weak', [
    // A writer's, witness's or official's employer or funder.
    '{works|worked|working|used to work} for {an|a|the} ~2 {ngo|foundation|think tank|lobby|consultancy|pr firm}',
    '{grants|grant money|stipend} from {a|an|the|one} ~2 {foundation|fund}',
    '{boursier|boursiere} {d une|de la} ~2 fondation',
    '{trabajo|trabajaba} para {una|un} ~2 {consultora|fundacion|ong|lobby}',
    '{war|arbeitete} ~2 bei {einer|einem} ~2 {denkfabrik|stiftung|lobby|ngo}',
    '{получал|получала|получали|poluchal|poluchala} {гранты|granty}',
    // A spouse's or a parent's origin.
    `{her|his} {husband|wife} is {a|an} ${ORIGINS}`,
    `{married to|a epouse|a epouse une|a epouse un|ha casado con|verheiratet mit} {a|an|une|un|una|einer|einem|} ${ORIGINS}`,
    `{es|son} {hija|hijo|hijos|nieta|nieto} de ${ORIGINS}`,
    '{замужем за|zamuzhem za|женат на|zhenat na}',
    // A family's origin pointed at (weak: said of a mining town or a refugee childhood too).
    '{regardez|regarde|look|mirad|mira|schaut|schau} {d ou|where|de donde|woher} {vient|viene|kommt|} {sa|his|her|su|seine|ihre} {famille|family|familia|familie} {vient|comes from|comes|viene|kommt|}',
    '{grandfather|grandmother|grandparents|parents|family} {came|come|comes} from',
    // The closer that makes it the explanation.
    '{so naturally|and so naturally|runs in the blood|run in the blood|pas etonnant qu|pas etonnant que|kein wunder|no es de extranar|неудивительно|neudivitelno|vot i pishet|вот и пишет}',
    // Friends across the ocean, behind it all.
    '{our|nos|nuestros|наши|nashi|unsere} {friends|amis|amigos|друзья|druzya|freunde} {across the pond|across the ocean|from across the ocean|d outre atlantique|outre atlantique|del otro lado del charco|из за океана|iz za okeana|jenseits des atlantiks|aus ubersee}',
    '{behind|derriere|detras de|hinter} {all this|all of this|tout ca|tout cela|todo esto|alldem|all dem}',
    '{стоят|стоит|stoyat|stoit} {за|za} {всем этим|vsem etim}',
    // A coincidence nobody believes; the timing that gives it away.
    '{pura casualidad|pure coincidence|purely coincidental|pur hasard|reiner zufall|чистое совпадение|chistoe sovpadenie|вот так совпадение|vot tak sovpadenie}',
    '{justo desde que|right since|exactly since|juste depuis que|genau seit|ровно с тех пор как}',
    // A foreign embassy pleased, a writer's dinners counted.
    '{embassy|ambassade|embajada|botschaft|посольство} must be {delighted|thrilled|pleased}',
    '{how many|combien de|cuantas|wie viele|сколько} {dinners|diners|cenas|abendessen|ужинов} ~3 {cost|coute|costo|costaron|gekostet|стоил|стоило}',
    // Round 129 (`dev139`): coincidences happen, and I say no more.
    '{zufalle gibt s|zufalle gibts|what a coincidence|quelle coincidence|que casualidad|какое совпадение|kakoe sovpadenie}',
    '{mehr sag ich nicht|mehr sage ich nicht|i ll say no more|i will say no more|say no more|je n en dis pas plus|no digo mas|больше ничего не скажу|bolshe nichego ne skazhu}',
    // Nobody voted for it, someone decided for us.
    '{nobody voted for|no one voted for|nadie lo ha votado|nadie ha votado|personne n a vote|niemand hat das gewahlt}',
    '{someone|somebody|alguien|quelqu un|jemand} ~2 {decided|ha decidido|a decide|hat entschieden} ~2 {for us|por nosotros|pour nous|fur uns}',
  ]),
  ...entries('invented', 'weak', [
    // Figures said to be inflated; a claim nobody can check.
    '{add|adds|added|adding} a zero',
    'pull the other one',
    '{inflating|inflate|inflated|exaggerating|exaggerate} the {damage|numbers|figures|toll|death toll|casualties|casualty figures}',
    '{glaubt doch keiner mehr|glaubt keiner mehr|nobody believes that anymore|nobody believes it anymore|nobody believes them anymore|personne n y croit plus|nadie se lo cree}',
    '{tout le monde le sait|everybody knows it|todo el mundo lo sabe|все об этом знают|vse ob etom znayut}',
    '{jamais|never|nunca|nie} {verifies|verified|verificadas|verificados|uberpruft}',
  ]),
  ...entries('dogwhistle', 'strong', [
    // Those who run Hollywood; the same surnames as always.
    '{people|those|the ones|folks} who {run|control|own} hollywood',
    '{run|runs|control|controls|own|owns} hollywood and the ~2 {media|press|newsrooms|banks}',
    '{los mismos apellidos|the same surnames|les memes noms|dieselben namen|те же фамилии|te zhe familii} {de siempre|as always|comme toujours|wie immer|что и всегда}',
    // The majority lost in one's own country.
    '{on sera|nous serons|we will be|we ll be|seremos|wir werden|мы будем} {minoritaires|a minority|minoria|eine minderheit|в меньшинстве} {chez nous|in our own country|in our own land|en nuestro propio pais|en nuestra propia tierra|im eigenen land|в своей стране}',
  ]),
  ...entries('conspiracy', 'strong', [
    // Bombs timed to the ratings.
    '{every time|each time|chaque fois que|cada vez que|jedes mal wenn|каждый раз когда|kazhdyi raz kogda|kazhdyy raz kogda} ~6 {ratings|rating|рейтинг|reiting|sondages|encuestas|umfragewerte|umfragen|polls} ~4 {something|chto to|что то|quelque chose|algo|irgendwas|irgendetwas} {explodes|blows up|vzryvaetsya|взрывается|explose|explota|explodiert}',
    // Paid extras; a witness who is an actor.
    '{figurantes pagados|paid extras|figurants payes|bezahlte statisten|проплаченные статисты|proplachennye statisty}',
    '{eyewitness|witness|victim|mother|survivor|testigo|victima|madre|temoin|victime|mere|zeuge|opfer|mutter|свидетель|svidetel|мать|жертва} ~6 {is|est|es|ist|это} {a|an|un|une|una|ein|eine|} {drama student|actor|actress|acteur|actrice|actriz|schauspieler|schauspielerin|schauspielschuler|estudiante de teatro|etudiant en theatre|etudiante en theatre|актер|актёр|актриса|статист}',
    // A false flag by one's own side.
    '{done|carried out|staged|organised|organized} by their own {people|services|side|agents|spooks}',
    // Round 129 (`dev139`): a disaster set on purpose to bury something.
    '{was|were} {set|started|lit|staged|planned|caused|done} on purpose to {bury|hide|distract|cover|stop|derail|justify|sabotage}',
    // Round 131 (`dev141`): prisons emptied on purpose, the inmates sent abroad.
    '{emptied|emptying|empties|opened|released|vacio|vaciaron|vacia|solto|soltaron|libero|liberaron} ~4 {prisons|jails|carceles|prisiones|asylums|manicomios} ~10 {to send|sending|para mandar|para mandarlos|para enviar|para enviarlos|a proposito|on purpose|deliberately}',
    // The statistics office as the party's branch.
    '{statistics office|statistical office|office of statistics|insee|destatis|rosstat|росстат} ~6 {branch|arm|department|mouthpiece|annexe|filiale|filial|abteilung|отделение|филиал} of the ~2 {ruling party|party|government|kremlin|presidency}',
  ]),
];
