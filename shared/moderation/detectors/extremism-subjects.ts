/**
 * Round 67, from a red-team of extremism's precision (`/work/audit39`): praise words that are no praise of an attack,
 * read by the extremism detector (`extremism.ts`) and its cue rules (`cue-rules-extremism.ts`).
 *
 * - Propaganda described (`praiseDescribedAt`): what recruits were sold or promised (`ISIS sold martyrdom as glory to
 *   bored teenagers`, `Daech vendait le martyre comme une gloire`, `the videos promised paradise`, `обещали рай`).
 * - Defenders as the subject (`defenderSubjectAt`): a sentence that opens with those who stopped, fought or survived an
 *   attack and a relative clause about what they did, its praise later in it or in a fragment after it (`the cops who
 *   shot the attackers on London Bridge within 8 minutes deserve every medal going. absolute heroes`, `Парень-
 *   гардеробщик Ислам, который выводил людей, — герой`), unless the clause joins or serves an organisation.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { sentenceStart } from './common';
import { DEFENDER_WORDS } from './cue-lexicon-groups';

const AS = wordClass('as|como|comme|als|как|kak');
const ARTICLE = wordClass('a|an|the|un|una|une|la|le|l|ein|eine|einen|den|die');
/** Selling and presenting, the verbs of a propaganda described (`framedAs` in `extremism-justified.ts` has the rest). */
const SOLD = wordClass(
  'sold|sells|selling|marketed|markets|pitched|advertised|vendia|vendian|vendio|vendieron|presentaba|presentaban|vendait|vendaient|vendu|presentait|presentaient|verkauft|verkaufte|verkauften|prasentiert|продавал|продавали|продаёт|продает|подавал|подавали|prodaval|prodavali',
);
const PROMISED = wordClass(
  [
    'promised|promise|promises|promising|prometian|prometia|prometieron|promettaient|promettait|promis|versprochen|versprach|versprachen|обещали|обещал|обещают|обещает|obeshchali|obeshal',
    // The present tense (round 82): `los vídeos … prometen gloria`, `promettent`, `versprechen`, `promettono`, `prometem`.
    'prometen|promete|promettent|promet|versprechen|verspricht|promettono|promette|prometem|obeshchayut',
    // Typed in Latin letters and read back in Cyrillic (`obeshal` → `обешал`, round 83).
    'обешал|обешали|обешают|обешает',
  ].join('|'),
);

/** Whether the praise word at `at` is what something was sold, presented or promised as (see the module comment). */
export function praiseDescribedAt(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  const start = sentenceStart(tokens, at);
  for (let k = at - 1; k >= start && k >= at - 3; k--) if (PROMISED(tokens[k]!)) return true;
  let k = at - 1;
  if (k > start && ARTICLE(tokens[k]!)) k--;
  if (k < start || !AS(tokens[k]!)) return false;
  for (let j = k - 1; j >= start; j--) if (SOLD(tokens[j]!)) return tokens[j]!.sentence === sentence;
  // German puts the verb last (round 82): `Der IS hat das Märtyrertum als Ruhm verkauft`.
  for (let j = at + 1; j < tokens.length && j <= at + 2 && tokens[j]!.sentence === sentence; j++)
    if (SOLD(tokens[j]!)) return true;
  return false;
}

/** Those who stop, fight or survive an attack, as the subject of a sentence; more than the `oppose` cue's defenders. */
const DEFENDER = wordClass(
  [
    ...DEFENDER_WORDS,
    'forces|commandos|spetsnaz|gign|raid|gsg|sas|swat|guards|guard|staff|locals|kids|children|neighbours|neighbors|grandmother|grandfather|grandma|grandpa|taxi|cabbies|gendarme',
    'taxistas|vecinos|ninos|abuela|abuelo|guardias|fuerzas|voisins|enfants|grand-mere|gardes|forces|nachbarn|kinder|oma|opa|krafte|гардеробщик*|охранник*|соседи|дети|бабушка|дедушка|спецназ*',
  ].join('|'),
);
/** Determiners and possessives before a subject: `the`, `my`, `those`, `los`, `nos`, `die`, `наши`. */
const DETERMINER = wordClass(
  'the|my|our|those|these|all|el|la|los|las|mis|nuestros|nuestras|esos|les|le|mes|nos|ces|die|der|das|meine|unsere|diese|мой|моя|мои|наш|наши|эти|те|off|duty|local|young|brave',
);
const RELATIVE = wordClass('who|that|which|que|qui|die|der|welche|который|которые|которая|kotoryj|kotorye');
/** A relative clause that joins or serves an organisation is its fighters' (`the kids who joined ISIS`). */
const JOINED = wordClass(
  'joined|join|pledged|swore|unieron|unio|juraron|rejoint|rejoignent|schlossen|angeschlossen|vstupili|вступили|вступил|примкнули|присягнули',
);
/** Fighting for or beside one: `fought for ISIS`, `luchó por`, `kämpfte für`, `воевал за`. */
const FOUGHT = wordClass('fought|fight|fighting|lucho|lucharon|combattu|kampfte|kampften|воевал|воевали');
const FOR = wordClass('for|alongside|with|por|con|pour|avec|fur|mit|за');

/**
 * Whether the praise at token `at` is for the defenders its sentence opens with (see the module comment). `named(k)`:
 * token `k` names an organisation, an attacker or a fighter.
 */
export function defenderSubjectAt(
  tokens: readonly Token[],
  at: number,
  named: (k: number) => boolean,
): boolean {
  let start = sentenceStart(tokens, at);
  // A fragment of four words or fewer (`absolute heroes`) praises the subject of the sentence before it.
  let end = start;
  while (end < tokens.length && tokens[end]!.sentence === tokens[at]!.sentence) end++;
  if (end - start <= 4 && start > 0) start = sentenceStart(tokens, start - 1);
  let k = start;
  while (k < at && k < start + 3 && DETERMINER(tokens[k]!) && !DEFENDER(tokens[k]!)) k++;
  let subject = -1;
  for (let j = k; j < at && j <= k + 2; j++)
    if (DEFENDER(tokens[j]!) && !named(j)) {
      subject = j;
      break;
    }
  if (subject === -1) return false;
  for (let r = subject + 1; r <= subject + 3 && r < at; r++) {
    if (named(r)) return false;
    if (!RELATIVE(tokens[r]!)) continue;
    for (let q = r + 1; q < at; q++)
      if (JOINED(tokens[q]!) || (FOUGHT(tokens[q]!) && tokens[q + 1] && FOR(tokens[q + 1]!))) return false;
    return true;
  }
  return false;
}

/** A map and its key (round 117, round 118: `the legend is wrong`, `La leyenda del mapa`): no hero. */
/** …and a photo's caption (round 119: `la légende de la photo`). */
const MAP = wordClass(
  'map|maps|karte|karten|mapa|mapas|carte|cartes|chart|grafik|grafico|diagramm|карта|карте|карты|photo|photos|image|images|foto|fotos|bild|bilder|picture|pictures|caption|фото|снимка',
);
const LEGEND = wordClass('legend|legende|leyenda|легенда|легенды');
/** Whether the praise word at `at` is a map's legend: a map word in its sentence. */
function mapLegendAt(tokens: readonly Token[], at: number): boolean {
  if (!LEGEND(tokens[at]!)) return false;
  const { sentence } = tokens[at]!;
  // Its sentence, within twenty words either way (bounded, so linear however many praise words a comment holds).
  for (let k = Math.max(0, at - 20); k < tokens.length && k <= at + 20; k++)
    if (tokens[k]!.sentence === sentence && MAP(tokens[k]!)) return true;
  return false;
}

/** `Légion d'honneur` (round 118): the decoration, not praise. */
const decorationAt = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]!.text === 'honneur' && tokens[at - 1]?.text === 'd' && tokens[at - 2]?.text === 'legion';

/** Verbs of a killing suffered, and the `by` that names who did it (round 118). */
const SUFFERED = wordClass(
  'murdered|assassinated|shot|killed|stabbed|assassine|assassinee|tue|tuee|abattu|asesinado|asesinada|apunalado|ermordet|erschossen|getotet|erstochen|убит|убита|убиты|застрелен|zastrelen|ubit',
);
/** `died` before `protecting` (`he died protecting …`). */
const DIED = new Set(['died', 'murio', 'mort', 'starb', 'погиб']);
const BY = wordClass('by|par|por|von|от|ot');
const PROTECTING = wordClass(
  'protecting|saving|defending|protegiendo|salvando|protegeant|sauvant|schutzte|rettete|защищая|спасая',
);
/**
 * Whether the praise at `at` is for a victim or a rescuer (round 118, `/work/audit62`): the sentence before it tells a
 * killing suffered at someone's hands (`was murdered at his altar … by two ISIS supporters`), or a death while protecting
 * others (`he died protecting the right to mock his own religion`).
 */
function victimPraisedAt(tokens: readonly Token[], at: number): boolean {
  const s = tokens[at]!.sentence;
  // The sentence before and the praise's own, at most forty words back and ten on: a bounded window, so the check stays
  // linear over a comment that repeats its praise (tests/moderation/detectors/linear-time.test.ts).
  for (let k = Math.max(0, at - 40); k < tokens.length && k <= at + 10; k++) {
    const t = tokens[k]!;
    if (t.sentence < s - 1) continue;
    if (t.sentence > s) break;
    if (PROTECTING(t) && k > 0 && DIED.has(tokens[k - 1]!.text)) return true;
    // In the sentence before only: in the praise's own, `killed by the soldiers of the Khilafah … is a victory` praises
    // the killers (a tuning comment the first version published).
    if (!SUFFERED(t) || t.sentence !== s - 1) continue;
    for (let q = k + 1; q <= k + 8 && q < tokens.length && tokens[q]!.sentence === t.sentence; q++)
      if (BY(tokens[q]!)) return true;
  }
  return false;
}

/** `How many more before …` (round 118, `dev124`): a question about the next attack, not a wish for more. */
export const howManyMoreAt = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]!.text === 'many' && tokens[at + 1]?.text === 'more' && tokens[at - 1]?.text === 'how';

/** What a name ends with after a praise word (round 122, `dev128`: `the Abu Salim Martyrs Brigade`, `Martyrs' Square`; not `day`: `a glorious day` is praise). */
const UNIT = wordClass(
  'brigade|brigades|battalion|battalions|square|street|cemetery|monument|bridge|memorial|brigada|brigadas|bataillon|plaza|platz|площадь|бригада|батальон',
);
/** Whether the praise word at `at` is part of a unit's or a place's name: the next word (or the one after an apostrophe). */
const inUnitNameAt = (tokens: readonly Token[], at: number): boolean => {
  const next = tokens[at + 1];
  if (!next || next.sentence !== tokens[at]!.sentence) return false;
  return UNIT(next) || (next.text === 's' && tokens[at + 2] !== undefined && UNIT(tokens[at + 2]!));
};

/**
 * Whether the praise word at `at` is for someone or something other than an attack and its authors (round 118): a
 * victim or a rescuer (`victimPraisedAt`), a map's or a photo's legend, the Légion d'honneur. One test for the extremism
 * check, the cue rules and the classifier's `onTheOtherSide`.
 */
export const praiseForOthersAt = (tokens: readonly Token[], at: number): boolean =>
  mapLegendAt(tokens, at) ||
  decorationAt(tokens, at) ||
  victimPraisedAt(tokens, at) ||
  inUnitNameAt(tokens, at);
