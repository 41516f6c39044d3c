/**
 * Round 84's markers (`/work/audit45`, a red-team of conspiracy talk that found 112 of 200 such comments published, and the
 * `semantic` misses of the tuning batches `dev98` and `dev99`): more of the stock moves that carry a claim, in the five
 * languages and Russian typed in Latin letters. Strong: a move that is itself the claim (a leader's body double, the
 * dead man who was not on the plane, the recording deleted, staff told to record deaths as something else). Weak, two
 * to hold: the figures said hidden, an event provoked on purpose for someone's gain, "someone needed it", "everyone
 * knows", "think for yourself", the dog whistles of a hidden hand, a remark from a private dinner, a sarcastic all-clear.
 * Weights and syntax as in `misinformation-phrases.ts`; reported, quoted, negated and debunked uses are left alone by
 * `misinformation.ts` as for every marker.
 */
import { entries } from './misinformation-kinds';

export const MOVE_PHRASES = [
  ...entries('invented', 'strong', [
    'one of {his|her|their|the|three|two|several} {doubles|body doubles|lookalikes}',
    '{wasn t|wasnt|was not} on the plane',
    '{в самолете|в самолёте|v samolete|v samolyote} его не было',
    '{v samolete|v samolyote} ego ne bylo',
    '{the recording|the video|the tape|the footage} {was|has been|got} {deleted|removed|scrubbed} {since|later|since then|right after}',
    '{запись|zapis} {удалили|udalili|стерли|sterli}',
    '{l enregistrement|la video} a ete {efface|effacee|supprime|supprimee} depuis',
    '{la grabacion|el video} {fue borrada|fue borrado|la borraron|lo borraron}',
    '{die aufnahme|das video} {wurde|ist} ~2 {geloscht|entfernt}',
  ]),
  ...entries('secrecy', 'strong', [
    '{les obligan|obligan|les ordenan|les piden|nos obligan|nos piden} a {apuntar|registrar|poner|anotar|codificar} como',
    'on {leur|nous} demande de ne pas {declarer|signaler|enregistrer|noter}',
    'nie wolno tego {zapisywac|mowic|pisac|zglaszac}',
    'li registrano come',
    '{велят|заставляют|приказали} {записывать|писать|оформлять} {как|их как}',
  ]),
  ...entries('secrecy', 'weak', [
    '{told|ordered|asked|made|forced} to {code|record|register|list|log|report|write} {them|it|these|those|deaths|the deaths} as',
    '{body double|body doubles|двойник|двойники|двойников|двойника|dvoinik|dvoiniki|dvoinikov|dvojnik|dvojniki}',
    '{stopped|stop|quit} {counting|publishing|reporting} ~3 {on purpose|deliberately|so}',
    '{se dejo|dejaron|dejo} de contar',
    '{a arrete|ont arrete|arrete} de compter',
    '{hat|haben} die zahlen ~2 nicht mehr {veroffentlicht|gemeldet}',
    '{перестали|perestali} {считать|публиковать|schitat|publikovat}',
    '{real|true|the real|the true} {death toll|toll|losses|numbers|figures} ~4 {hidden|covered up|being hidden}',
    '{скрывают|skryvayut} ~3 {число|цифры|потери|chislo|cifry|poteri}',
    '{настоящее|реальное|nastoyashchee|realnoe} {число|chislo} ~3 {скрывают|skryvayut}',
    '{le vrai nombre|le nombre reel|les vrais chiffres} ~4 {est cache|sont caches|cache|caches}',
    '{muertos reales|la cifra real|las cifras reales} ~4 {esconden|ocultan|triple|el triple|escondiendo|ocultando}',
    '{los estan|lo estan|las estan} {escondiendo|ocultando|tapando}',
    '{die wahren|die echten} {zahlen|verluste|toten} ~4 {verschwiegen|versteckt|vertuscht|darf}',
    'the official {count|figures|numbers|toll} {is|are} {a joke|fudged|fake|a lie|rigged}',
    '{zapadnye|западные} {smi|сми} {molchat|молчат}',
  ]),
  ...entries('insinuation', 'weak', [
    '{a proposito|adrede|aposta} para',
    '{deliberately|on purpose|intentionally} ~6 so {that|the|they|he|she|it}',
    'did it on purpose to',
    'absichtlich ~6 um ~5 zu',
    '{специально|намеренно|namerenno|specialno} ~6 {чтобы|chtoby}',
    '{устраивают|устроили|ustraivayut|ustroili} {свои же|svoi zhe|сами|sami}',
    '{ustroili|устроили|ustroil|устроил|ustroila|устроила} ~4 {chtoby|чтобы}',
    '{itself|themselves|himself|herself} to justify',
    '{ob etom|об этом} {vse|все} {molchat|молчат}',
    '{кому то|komu to} это было {нужно|выгодно}',
    'komu to eto bylo {nuzhno|vygodno}',
    'das war {gewollt|so gewollt|geplant}',
    '{no fue un fallo|no fue un error} ~2 fue una decision',
    'ce n est plus de l incompetence',
    'incompetence stops being the explanation',
    '{non e un caso|nie byl to przypadek|to nie byl wypadek|nao e coincidencia|kein versehen}',
    '{ktos|jemand|alguien|quelqu un|someone} {to|das|lo|l a|planned} {zaplanowal|geplant|planeo|planifie|it}',
    '{wszyscy to wiedza|todo mundo sabe|todo mundo em ~2 sabe|eto vse davno znayut|eto vse znayut|vse eto znayut}',
    '{любой|lyuboi|lyuboy} ~3 {это знает|eto znaet}',
    'everyone {over there|there|in} ~2 knows {it|that}',
    'se sabe desde hace tiempo',
    '{думайте сами|dumaite sami|sami podumaite|сами подумайте|fatevi due domande|latwo sie domyslic|cherchez un peu|renseignez vous|sucht mal|suchts euch|buscadlo|buscalo|look it up|do the maths|do the math|check the dates|put it together|unid los puntos|reliez les points}',
    '{you know who i mean|ya sabeis a quienes me refiero|ya sabeis a quien me refiero|ustedes ya me entienden|vous m avez compris|ihr wisst schon wen|ihr wisst schon wer}',
    '{фамилии называть не буду|familii nazyvat ne budu|nazyvat ne budu}',
    '{certain circles|ciertos circulos|certains cercles|известно какие круги|izvestno kakie krugi|kakie krugi stoyat|какие круги стоят}',
    '{the usual suspects|die ublichen verdachtigen|los sospechosos habituales|les suspects habituels}',
    '{always the same people|siempre los mismos|toujours les memes|immer dieselben|immer die gleichen}',
    'siempre {son|sean|fueron} los mismos',
    '{certain communities|ciertas comunidades|certaines communautes|gewisse gemeinschaften}',
    '{laut einem insider|according to an insider|segun un infiltrado|selon un initie|по словам инсайдера|po slovam insaidera}',
    '{nur|only|solo|seulement|всего} ~2 {echte|real|reales|vrais|настоящих} {tote|dead|deaths|muertos|morts|погибших}',
    '{всем же понятно|vsem zhe ponyatno|всем понятно|vsem ponyatno}',
    '{said|told|dijo|a dit|sagte|сказал|skazal} {in|at|en|a|bei|на|v|в} {a|une|una|einer|} {private|closed|closed door|privee|privada|privaten|geschlossenen|закрытой|закрытом|zakrytoi|zakrytom} {dinner|session|meeting|cena|diner|reunion|sitzung|treffen|встрече|интервью|vstreche|intervyu}',
    '{a dit|said|dijo} en off',
    'nothing to see ~2 move along',
    'totalmente normal claro',
    '{ну конечно|nu konechno} ~3 {случайно|поскользнулся|sluchaino|poskolznulsya}',
    'reports coming in that',
    '{lleva tiempo muerto|ist langst tot|давно мертв|davno mertv} ~6 {nadie|keiner|niemand|никто|nikto}',
    '{not the same man|no es el mismo hombre|nicht mehr derselbe mann|ce n est plus le meme homme|не тот человек|ne tot chelovek}',
  ]),
];
