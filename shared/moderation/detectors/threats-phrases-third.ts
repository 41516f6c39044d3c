/**
 * Round 91 (`/work/audit52`): violence wished on or called for against a person in the third person — no `I`, no `you`
 * — for the threat detector's phrase list (`threats-phrases.ts`): a plane hoped to crash, a bomb hoped to find its
 * target, an armed group hoped to get someone, a bullet or a knife someone deserves or someone else should deliver, a
 * body foretold in a ditch, a house to burn with its owner inside. Each needs a person in its sentence (`aim: 'needs'`),
 * and is skipped when a verb of saying stands before it (`threats.ts`).
 */
import type { Meta } from './threats-phrases';

type Entry = readonly [string, Meta];
const wish: Meta = { kind: 'wish', aim: 'needs' };
const act: Meta = { kind: 'act', aim: 'needs' };

const HOPE = '{hope|hoping|praying|pray|fingers crossed}';
const AIRCRAFT = '{plane|jet|helicopter|chopper}';

export const THIRD_PERSON_THREATS: readonly Entry[] = [
  [`${HOPE} ~6 ${AIRCRAFT} ~3 {crashes|goes down|falls out of the sky|blows up|explodes}`, wish],
  [`${HOPE} ~8 {car bomb|grenade|drone|shahed|missile|bomb|ied} ~6 {gets|lands|hits|finds|kills}`, wish],
  [`${HOPE} ~6 {gets|get} {kidnapped|beheaded|shot|stabbed|killed|murdered|lynched|tortured|executed}`, wish],
  [
    `${HOPE} ~2 the {taliban|houthis|isis|hamas|wagner|cartel|cartels|jnim} ~8 {skin|behead|get|kill|execute}`,
    wish,
  ],
  [
    '{deserves|deserve|needs|need} a {bullet|knife|brick|bat|baseball bat|machete|hammer|crowbar} {in|to|between|through|across}',
    wish,
  ],
  [
    '{is going to|will|gonna} be found {dead|with her throat cut|with his throat cut|in a ditch|in a river|floating}',
    wish,
  ],
  [
    '{ends up|end up|will end up|winds up} {hanging from|swinging from|in a ditch|in a body bag|at the end of a rope|face down in}',
    wish,
  ],
  [
    '{someone|somebody|anyone} ~3 {should|needs to|ought to|has to} {put a bullet in|stab|knife|unalive|set fire to|burn}',
    act,
  ],
  ['{should|could|needs to|ought to} be handed over to ~4 {sledgehammer|wolves|mob|dogs}', act],
  // Spanish.
  [
    '{alguien|que alguien} {deberia|tendria que|tiene que|debe} {meterle|pegarle|darle|clavarle} {una bala|un tiro|un balazo|una punalada|un cuchillo}',
    act,
  ],
  ['{queme|quemen|incendie|incendien} ~5 {con el|con ella} {dentro|adentro}', act],
  ['{ojala|espero que} ~4 {se estrelle|se caiga|explote|estalle} {el avion|el helicoptero|su avion}', wish],
  ['{ojala|espero que} ~2 un {dron|misil|cohete} ~4 {le caiga|caiga|le explote}', wish],
  [
    '{tiene que|debe|deberia|merece} {acabar|terminar} {fusilado|fusilada|colgado|colgada|ahorcado|ahorcada}',
    wish,
  ],
  ['merece que {la|lo|le} {cuelguen|maten|fusilen|ahorquen|linchen}', wish],
  ['{si hubiera|si hubiese} justicia ~6 {colgaban|colgarian|fusilaban|fusilarian|ahorcarian}', wish],
  ['{habria que|hay que} {rajarle|cortarle|partirle|romperle} la {cara|cabeza|garganta}', act],
  ['{habria que|hay que} {pasarlos|pasarle|pasarla} por las armas', act],
  // French.
  ['{quelqu un|on} {devrait|doit|pourrait} {planter|mettre|loger} ~2 {couteau|balle|lame|poignard}', act],
  ['on {le|la} retrouvera {dans un fosse|dans la seine|pendu|pendue}', wish],
  ['{finirait|finira|finiront|finir} au bout d une corde', wish],
  ['{faudrait|faut|il faudrait} {l ecraser|l egorger|le buter|la buter}', act],
  ['qu on {l egorge|le pende|la pende|l abatte|le bute|la bute|le fusille|la fusille}', act],
  // German.
  ['hoffentlich {sturzt|explodiert} {sein|ihr} {flugzeug|hubschrauber}', wish],
  ['{jemand|einer} {sollte|muss|musste|soll} ~4 {eine kugel|ein messer} ~1 {verpassen|reinjagen|geben}', act],
  ['{anzunden|abfackeln} ~2 {wahrend er drin|wahrend sie drin|mit ihm drin|mit ihr drin}', act],
  ['{verdient|verdienen} ~2 {einen baseballschlager|eine kugel|ein messer}', wish],
  ['{wurde|wird|sollte} ~3 am strick enden', wish],
  // Russian, and in Latin letters.
  ['{надеюсь|надеемся|хоть бы|чтоб} ~4 {самолет|вертолет} ~3 {рухнет|упадет|разобьется|взорвется}', wish],
  ['{nadeyus|nadeemsya} ~4 {samolet|vertolet} ~3 {ruhnet|upadet|razobetsya|vzorvetsya}', wish],
  ['{скоро|однажды} {его|ее} найдут {в канаве|в реке|в лесу}', wish],
  ['{skoro|odnazhdy} {ego|ee} {naidut|naydut} {v kanave|v reke|v lesu}', wish],
  ['{закончит|кончит|окажется} в петле', wish],
  ['{сжег|сжечь|спалил|спалить} ~4 {вместе с ним|вместе с ней}', act],
  ['{szhech|spalit} ~3 vmeste s {domom|nim|nei}', act],
  ['{стоит|надо|нужно} {проломить|пробить|разбить} {череп|голову|башку}', act],
  ['{zarezat|зарезать} {by|бы}', act],
  // Italian, Portuguese, Polish.
  ['{speriamo|spero} che ~3 {aereo|elicottero} ~3 {precipiti|cada|esploda}', wish],
  ['qualcuno dovrebbe {piantare|mettere|piantargli} ~2 {pallottola|proiettile|coltello}', act],
  ['{tomara|espero} que ~3 {aviao|helicoptero} ~3 {caia|exploda}', wish],
  ['oby ~3 {samolot|helikopter} ~2 {sie rozbil|spadl|eksplodowal}', wish],
];
