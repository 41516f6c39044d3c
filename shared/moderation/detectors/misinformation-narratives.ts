/**
 * Narratives that every writer of round 25's tuning batches (`dev77`–`dev80`, four writers who never read
 * each other) reached for, in several languages: the leader replaced by a double, the owners' surnames, the
 * home cure the doctors hide. A marker several independent writers share is more likely to be what fresh
 * commenters say than a sentence one of them wrote. Weights and syntax as in `misinformation-phrases.ts`;
 * reported, quoted, negated and debunked uses are left alone by `misinformation.ts` as for every marker.
 * Not `Doppelgänger`: the name of a Russian campaign that cloned European outlets, which the site's readers
 * analyse (five civil comments of the tuning batches did).
 */
import { entries } from './misinformation-kinds';

const LEADER =
  'putin|путин|putina|lukashenko|лукашенко|lukaszenka|xi|kim|erdogan|zelensky|zelenskyy|зеленский';

export const NARRATIVE_PHRASES = [
  // The leader dead or ill and a double in his place; the ears that give him away (each weak: readers ask
  // whether the rumour they keep seeing is true).
  ...entries('invented', 'weak', [
    '{body double|body doubles|двойник|двойника|двойником|dvoinik|dvoynik|doble de cuerpo|sosia|sobowtor}',
    `{${LEADER}} ~6 {a double|un doble|un sosia|un double}`,
    `{a double|un doble|un sosia|un double} ~4 {${LEADER}}`,
    '{compare|look at|check|fijense en|fijate en|mirad|сравните|посмотрите на|porownajcie|guardate|vergleicht|comparez} ~2 {the ears|ears|earlobes|the earlobes|las orejas|уши|uszy|le orecchie|die ohren|les oreilles}',
  ]),
  // Who "really" owns the press, told by the owners' surnames: a dog whistle about Jews.
  ...entries('dogwhistle', 'strong', [
    '{surnames|фамилии|фамилий|familii|прізвища|прізвищ|apellidos|nachnamen|cognomi|nazwiska} ~5 {owners|owner|владельцев|владельца|vladeltsev|власників|propietarios|duenos|besitzer|eigentumer|proprietari|wlascicieli|shareholders|actionnaires|bylines}',
    '{owns|own|controls|control|runs|владеет|владеют|vladeet|vladeyut|контролює|контролирует|controla|controlan|possede|possedent|gehort|gehoren|possiede|posiada} ~8 {surnames|фамилии|фамилий|familii|прізвища|прізвищ|apellidos|nachnamen|cognomi|nazwiska}',
    '{check|look at|google|see} {the|their} surnames',
    'they {control|own|run} {the banks|hollywood|the media} ~4 they {control|own|run}',
  ]),
  // Round 122 (`dev129`, `dev128`): the author's surname offered as the explanation; the replacement of the natives
  // told without its name; the author paid by certain embassies.
  ...entries('dogwhistle', 'strong', [
    '{notice|look at|check|note} the {author s|authors|writer s|journalist s|reporter s} {surname|last name|name}',
    '{fijense|fijaos|mirad|miren} en el apellido del {autor|periodista}',
    'regardez le nom {de famille|} de l auteur',
    '{achtet|schaut|guckt} ~2 {nachnamen|namen} des {autors|journalisten}',
    '{посмотрите|обратите внимание} ~2 на фамилию {автора|журналиста}',
    '{replace|replacing|replaces} the {natives|native population|locals|indigenous population|white population}',
    '{reemplazar|sustituir} a los {nativos|autoctonos}',
    '{remplacer|remplacent} les {autochtones|natifs|francais de souche}',
    '{ersetzen|austauschen} ~1 die {einheimischen|ureinwohner}',
  ]),
  ...entries('insinuation', 'strong', [
    '{funding|funded|money|grants|paid|salary|paycheck|financement|financiacion|dinero|geld|деньги} ~3 {from|by|de|des|von|от} {certain|some|ciertas|certaines|bestimmten|некоторых} {embassies|embajadas|ambassades|botschaften|посольств}',
  ]),
  // Graphene in the jab; mannequins for the dead.
  ...entries('health', 'strong', [
    '{grafeno|graphene|graphen|графен|графена} ~4 {vacuna|vacunas|vaccine|vaccines|jab|jabs|impfung|impfstoff|vaccin|vaccins|vaccino|vacina|вакцина|вакцине|вакцинах|прививке}',
    '{vacuna|vacunas|vaccine|vaccines|jab|jabs|impfung|impfstoff|vaccin|vaccins|vaccino|vacina|вакцина|вакцины} ~4 {grafeno|graphene|graphen|графен|графена}',
  ]),
  ...entries('conspiracy', 'strong', [
    '{трупы|тела|bodies|corpses|cadaveres|corpi|leichen|cadavres|ciala} ~5 {манекены|манекенами|mannequins|maniquies|manichini|schaufensterpuppen|manekiny}',
  ]),
  // The refugee with the newest phone (not the phone alone: it is how migrants reach their families).
  ...entries('dogwhistle', 'strong', [
    '{refugees|refugies|refugiados|fluchtlinge|migrants|migranten|мигранты|беженцы|uchodzcy|profughi|rifugiati} ~12 {nagelneuen|nagelneue|brand new|the latest|tous des|all have|alle haben|todos con|todos tienen} {iphone|iphones|handys|smartphones|telemovel|telemoveis}',
    '{refugees|refugies|refugiados|fluchtlinge|migrants|migranten|мигранты|беженцы|uchodzcy|profughi|rifugiati} ~12 {iphone|iphones|handy|handys|smartphone|smartphones|telemovel|telemoveis|celular} {15|16|de ultima geracao|de ultima generacion|dernier cri|der neuesten generation|latest model}',
  ]),
  // Round 32 (a red-team's probes): Bucha staged, votes flipped or destroyed, the jab deadlier than the disease.
  ...entries('conspiracy', 'strong', [
    '{бучу|буча|буче|buchu|bucha} ~4 {инсценировали|инсценировка|инсценировкой|постановка|постановкой|staged|inscenirovali|postanovka}',
    '{инсценировали|инсценировка|постановка|staged} ~4 {бучу|буча|в буче|buchu|bucha|in bucha}',
  ]),
  ...entries('election', 'strong', [
    '{flipping|flipped|flip|switched|switching} ~2 {millions of|thousands of|} votes',
    '{millionen|tausende|hunderttausende} ~2 {briefwahlstimmen|stimmzettel|wahlzettel|stimmen} ~3 {vernichtet|verbrannt|weggeworfen|gefalscht}',
  ]),
  ...entries('health', 'strong', [
    '{vaccine|vaccines|jab|jabs|shot|shots|mrna|impfung|impfstoffe|vacunas|vaccins} ~6 {killed|kill|kills|killing} more people than {covid|the virus|covid itself|the disease}',
  ]),
  // Voting machines said to be set to a result (weak: how machines are programmed and tested is reported).
  ...entries('election', 'weak', [
    '{machines|machine|maquinas|urne|urnas|машины|software} ~6 {programmed|coded|programadas|programmate|programmees|programmiert|настроены|запрограммированы|nastroeny}',
  ]),
  // The cure at home, and the doctors or the industry who hide it (each weak: two make a hold).
  ...entries('health', 'weak', [
    '{cure|cures|cured|heals|healed|cura|curan|curo|guerit|gueri|guerissent|soignent|heilt|geheilt|вылечил|вылечила|вылечили|вилікувала|вилікував|wyleczyl|wyleczyla|lechat|лечат|curou} ~5 {cancer|cancers|cancro|tumore|krebs|рак|diabetes|диабет|діабет|cukrzyce|dengue|covid|long covid|kovid|ковид|aids|borelioze}',
    '{doctors|pharma|the industry|oncologists|medici|i medici|lekarze|лікарі|врачи|arzte|onkologen|les medecins|l industrie|los medicos|medicos|farma|фарма|фарме|postos de saude} ~4 {hide|hiding|hides|bury|buried|burying|wont tell|won t tell|don t tell|dont tell|milcza|скрывают|скрыли|мовчать|приховують|verschweigen|verheimlichen|cachent|ocultan|esconden|escondem|nascondono|non ve lo dicono}',
  ]),
];
