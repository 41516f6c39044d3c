/**
 * A threat told as surveillance (round 39, from the tuning batches' published threats, and round 35's routine left
 * open): a person's routine or family named with a time or a place, and a warning anywhere in the comment —
 * `Señor diputado Ortega, su mujer sale a correr todos los días a las 7 por el paseo marítimo. Piénselo bien antes
 * de votar`, `Sindaco Colombo, suo figlio prende il bus delle 7:20. Ci pensi bene prima di aprire il centro`,
 * `Ministerin Brandl sollte wissen, dass ihre Tochter in Leipzig studiert. Man findet jeden.` Each part alone is
 * civil (a bus that is always late at 7:20, `think about it before you vote`); the three together are how such a
 * threat is written without a word of violence, across sentences, which no phrase spans.
 */
import type { Evidence } from '../types';
import { PhraseSet, wordClass } from '../text/phrases';
import { NUMBER, tokensOf, type Token } from '../text/tokens';
import { mentioned } from './common';
import { isCapital } from './cues';
import { CLASSES } from './word-classes';

/** Possessives of any person (`your`, `his`, `su`, `votre`, `ihre`, `suo`, `твоего`, `его`). */
const POSSESSIVE = wordClass(
  [
    CLASSES.your,
    'his|her|their|whose',
    'su|sus|sa|son|ses|leur|leurs|sein|seine|seinen|seiner|ihr|ihre|ihren|ihrem|ihrer|suo|sua|suoi|sue|tuo|tua|tuoi|tue',
    'его|её|ее|их|ego|ee|ikh',
  ].join('|'),
);
/** The family and the movements a threat watches. */
const WATCHED = wordClass(
  [
    'wife|husband|son|sons|daughter|daughters|kids|children|child|mother|mum|mom|father|dad|family|car|route|commute|motorcade|convoy|house|garden|gym|school|office',
    'mujer|esposa|marido|hijo|hijos|hija|hijas|ninos|madre|padre|familia|coche|ruta|casa|jardin|gimnasio|colegio',
    'femme|mari|fils|fille|filles|enfants|mere|pere|famille|voiture|trajet|maison|jardin|ecole',
    'frau|mann|sohn|sohne|tochter|kinder|mutter|vater|familie|auto|wagen|weg|haus|garten|schule',
    'moglie|marito|figlio|figlia|figli|madre|padre|famiglia|macchina|tragitto|casa|giardino|palestra|scuola',
    'жена|жену|муж|сын|сына|дочь|дочери|дети|детей|мать|мама|отец|семья|машина|машину|маршрут|дом|подъезд|подъезда|подъезду|школа',
    'zhena|muzh|syn|doch|deti|mat|otec|semya|mashina|mashinu|podezd|podezda',
  ].join('|'),
);
/** What comes before a clock time (`at 7`, `a las 7`, `alle 22`, `um 7`, `delle 7:20`, `в 7`). */
const AT = wordClass('at|by|a|las|alle|delle|dalle|um|ab|vers|в|v|к|k');
/** A routine (`every Thursday`, `todos los días`, `chaque matin`, `jeden Morgen`, `ogni mattina`, `каждый день`). */
const ROUTINE = wordClass(
  'every|each|daily|todos|todas|cada|chaque|tous|jeden|jede|jedes|taglich|ogni|tutti|tutte|каждый|каждое|каждую|каждым|kazhdyi|kazhdyy|kazhdoe|saturday|saturdays|sunday|sundays|thursday|thursdays|weekday|weekdays',
);
/** How far a time, a routine or a place may stand after the watched noun, in its sentence. */
const REACH = 12;

/** Warnings that say nothing of violence and mean it (one is enough beside a routine watched). */
const WARNINGS = new PhraseSet<null>(
  [
    'think {about it|carefully|hard|twice} {before|}',
    'it would be a shame if',
    '{anything|a lot|all sorts of things} can happen',
    'accidents happen',
    'we ll be {there|in the stands|waiting|watching}',
    'we will be {there|waiting|watching}',
    'talks big for a {man|woman|guy} {who|whose}',
    '{pienselo|piensalo|piensenlo|piense|piensa} {bien|}',
    'seria una {pena|lastima} que',
    '{puede|pueden} pasar {cualquier cosa|muchas cosas}',
    'estaremos {ahi|alli|esperando|mirando}',
    '{reflechissez|reflechis} {bien|y bien|}',
    'ce serait dommage {que|qu}',
    'il peut s en passer des choses',
    'il peut arriver {des choses|n importe quoi|beaucoup de choses}',
    'on sera la',
    '{uberlegen sie|uberleg} ~2 {gut|genau|zweimal}',
    'ware {doch|} schade {wenn|falls}',
    'man findet jeden',
    'es kann viel passieren',
    'wir werden da sein',
    'ci {pensi|pensate} {bene|}',
    'pensaci {bene|}',
    'sarebbe un peccato se',
    'puo succedere di tutto',
    'ci saremo',
    '{подумай|подумайте|podumai|podumayte} {хорошенько|horoshenko|}',
    'было бы жаль если',
    '{всякое может случиться|всякое бывает|vsyakoe mozhet sluchitsya}',
    '{посидим|подождём|подождем|posidim|podozhdem}',
    '{мы будем ждать|my budem zhdat}',
  ].map((p) => [p, null] as const),
);

/** Whether a time, a routine or a capitalised place follows the watched noun at `k` in its sentence. */
function whenOrWhere(source: string, tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  for (let q = k + 1; q <= k + REACH && q < tokens.length && tokens[q]!.sentence === sentence; q++) {
    const t = tokens[q]!;
    if (ROUTINE(t)) return true;
    const before = tokens[q - 1]!;
    if (t.kind === NUMBER && AT(before)) return true;
    // A place named after `in`, `à`, `a`, `in`, `на`, `у` (`in Leipzig`, `a Mestre`, `на Профсоюзной`).
    if (PLACE_BEFORE(before) && isCapital(source[t.start] ?? '')) return true;
  }
  return false;
}
const PLACE_BEFORE = wordClass('in|at|on|en|a|au|nach|bei|на|у|возле|около|na|u');

/** A routine or a family watched with a time or a place, and a warning: the evidence, or null. */
export function watchedRoutine(source: string): Evidence | null {
  const { tokens } = tokensOf(source);
  let watched = -1;
  for (let k = 1; k < tokens.length && watched < 0; k++)
    if (WATCHED(tokens[k]!) && POSSESSIVE(tokens[k - 1]!) && whenOrWhere(source, tokens, k)) watched = k;
  if (watched < 0) return null;
  const warning = WARNINGS.scan(tokens).find((h) => !mentioned(tokens, h.from, h.to));
  if (!warning) return null;
  const from = tokens[watched - 1]!.start;
  return {
    kind: 'threat',
    value: 'watched',
    span: [Math.min(from, warning.span[0]), Math.max(tokens[watched]!.end, warning.span[1])],
    detail: `watched: "${source.slice(from, tokens[watched]!.end)}" with a time or a place, and "${source.slice(...warning.span)}"`,
  };
}

/** A weapon readied (`rifle cleaned`, `scope zeroed`, `Gewehr gereinigt`, `Ружьё почищено`, `fusil nettoyé`). */
const ARMED = new PhraseSet<null>(
  [
    '{rifle|gun|scope|pistol|shotgun|gewehr|waffe|flinte|pistole|ружье|ружьё|винтовка|ствол|обрез|fusil|arme|pistolet|escopeta|pistola} ~3 {cleaned|zeroed|loaded|oiled|gereinigt|geladen|geolt|почищено|почищен|почищена|заряжено|заряжен|смазано|nettoye|charge|limpio|limpia|cargado|cargada|engrasado}',
    '{my|mein|meine|mon|ma|mi|моё|мое|мой} {rifle|gun|scope|gewehr|waffe|fusil|escopeta|ружье|ружьё|винтовка} ~2 {is|ist|est|esta|готово|готов} {ready|bereit|pret|prete|lista|listo}',
  ].map((p) => [p, null] as const),
);
/** An office before a name (`Senator Whitfield`, `Herr Habeck`, `Губернатор Гладков`, `Monsieur le maire`). */
const TITLE = wordClass(
  'senator|sen|governor|mayor|minister|judge|president|mp|councillor|herr|frau|ministerin|burgermeister|richter|richterin|abgeordnete|губернатор|мэр|министр|судья|депутат|monsieur|madame|maire|ministre|juge|depute|senor|senora|alcalde|ministro|juez|diputado|gobernador',
);

/**
 * A weapon readied in a comment that names someone by their office (round 41: `Got my rifle cleaned and my scope
 * zeroed. Senator Whitfield's town hall is on Thursday. Just saying.`): no verb of attack, across sentences. The
 * evidence, or null.
 */
export function armedForSomeone(source: string): Evidence | null {
  const { tokens } = tokensOf(source);
  const armed = ARMED.scan(tokens).find((h) => !mentioned(tokens, h.from, h.to));
  if (!armed) return null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1]!;
    if (!TITLE(tokens[k]!) || !isCapital(source[next.start] ?? '')) continue;
    return {
      kind: 'threat',
      value: 'armed',
      span: armed.span,
      detail: `a weapon readied, "${source.slice(...armed.span)}", and "${source.slice(tokens[k]!.start, next.end)}" named`,
    };
  }
  return null;
}
