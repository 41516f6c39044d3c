/**
 * Round 116's phrases (`/work/audit61`, a red-team of ambiguous calls to violence and veiled threats): a fallen ruler's
 * fate offered as a warning, a rope's price, offices said to burn first, heads on pikes and sharpened blades — held
 * (`AMBIGUOUS_FATES`, the same words tell history); and a menace the other languages lacked, rejected as the English
 * ones are (`FATE_THREATS`): you haven't long left (Russian). Phrase syntax as in `text/phrases.ts`.
 */
const RULERS =
  '{gaddafi|kaddafi|qaddafi|gadafi|каддафи|mussolini|муссолини|ceausescu|чаушеску|chaushesku|romanov|romanovs|romanows|романовы|романовых}';

export const AMBIGUOUS_FATES: readonly string[] = [
  '{the romanovs|los romanov|die romanows|les romanov|романовы|romanovy} ~4 {untouchable|intocables|unantastbar|intouchables|неприкасаемые|neprikasaemye}',
  `{remember how|remember what happened to|que se acuerden de como|acordaos de como|помните как|pomnite kak|erinnert euch wie|souvenez vous comment} ~1 {ended|acabo|кончил|konchil|endete|a fini|finished} ~1 ${RULERS}`,
  `${RULERS} ~4 {upside down|boca abajo|kopfuber|a l envers|вниз головой|vniz golovoy}`,
  '{a rope|una cuerda|une corde|ein strick|ein seil|верёвка|веревка|verevka} ~3 {costs|cuesta|coute|kostet|стоит|stoit} ~8 {just saying|solo lo digo|solo digo|je dis ca je dis rien|nur so|просто к слову|prosto k slovu}',
  '{offices|oficinas|sedes|permanences|bureaux|buros|wahlkreisburos|офисы|приемные} ~8 {will burn|burn first|arderan|arder|flamberont|bruleront|brennen|сгорят|загорятся}',
  '{heads on pikes|tetes sur des piques|cabezas en picas|kopfe auf spiessen}',
  '{sharpen the blades|aiguiser les lames|lames a aiguiser|afilad las hojas|wetzt die klingen}',
  'tar and feathers ~6 {bring it back|time to|again}',
  '{molotovs|molotov cocktails|cocteles molotov|cocktails molotov} ~2 {are cheaper|cheaper than|son mas baratos|coutent moins}',
];

export const FATE_THREATS: readonly string[] = [
  '{недолго тебе осталось|тебе недолго осталось|недолго вам осталось|nedolgo tebe ostalos|tebe nedolgo ostalos}',
  '{la|lo|te|os|les} {estaremos|estamos|estare|vamos a estar} esperando {a la salida|fuera|en la puerta|en la calle}',
];
