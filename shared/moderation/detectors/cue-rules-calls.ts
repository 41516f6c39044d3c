/**
 * Calls to violence against many people at once (reject, `harassment`). The threats of `cue-rules.ts`
 * are aimed at one person; these at a group, a kind of people or a place full of them:
 *
 * - a verb of killing, burning or bombing said as a call: heading its sentence, after lead words only
 *   (`kill all the settlers`, `just shoot the protesters`, `matad a todos`, `tötet alle`, `убейте всех`),
 *   with its object in the same clause a few words on: a group, a kind of people (`protesters`,
 *   `collaborators`, `the lot of them`), a place where people are (`every mosque`, `their villages`), a
 *   capitalised name that ends the clause (`nuke Moscow already`, `Kill Putin.`), or `everyone` alone
 *   (`убейте всех`);
 * - the same verb after a modal (`hay que quemar la mezquita`, `man sollte die Redaktion … anzünden`,
 *   `Всех этих журналистов надо расстрелять`), the object on either side of it in the clause (after it
 *   for an English verb: in `how many more villages have to burn`, the villages burn);
 * - `death to` a group, a kind of people or a name (`mort aux juifs`, `death to the settlers`).
 *
 * Not a call: the verb anywhere else in its sentence (`Israel bombed the camps` is news), an object that
 * is no people (`kill the bill`, `bomb the exam`, `shoot me an email`) or lies past a clause break (`kill
 * the bill, fund the schools`), a name that is the subject (`Kill Bill is a film`) or a display name alone
 * (`Hang Nguyen`), a sentence that names a crime or condemns (`Бомбить жилые дома … — преступление`), and
 * a negated, quoted or reported call (`the crowd chanted "death to …"`), which `cuesIn` skips.
 */
import type { Token } from '../text/tokens';
import { WORD } from '../text/tokens';
import type { Cue } from './cue-kinds';
import type { CueScan, CueHit } from './cues';
import { cuesIn, isCapital, memoisedOnScan, sentMessage } from './cues';
import type { CueVerdict } from './cue-rules';
import { CALL_DE } from './cue-lexicon-calls';
import { CLAUSE_BREAK, askedAndRefused } from './asserted';
import { compoundAt } from './cue-figurative';

/**
 * The words that may stand before a call at the head of its sentence: `just`, `so`, `let's`, `we
 * should`, `hay que`, `il faut`, `man muss`, `надо`, `давайте`, `trzeba`.
 */
const LEAD = new Set(
  [
    'just|so|now|go|lets|let|s|us|please|and|then|simply|we|should|must|need|needs|to|gotta|got|have|time|it|its|is|i|say|ok|okay|yes|yeah|well|better|ought|finally|already',
    'hay|que|y|ya|solo|hombre|vamos|a|hora|es|deberiamos|debemos|tenemos',
    'il|faut|on|doit|devrait|et|allez|alors|qu|faudrait|donc',
    'man|muss|sollte|soll|und|endlich|einfach|jetzt|los',
    'надо|нужно|пора|давайте|давай|и|просто|уже|всех|nado|nuzhno|pora|davayte|prosto',
    'треба|давайте|пора',
    'bisogna|si|deve|dobbiamo|e|ora',
    'preciso|temos|vamos|bora',
    'trzeba|musimy|i|juz',
    'hadi|artik',
  ]
    .join('|')
    .split('|'),
);
/** `all`, as a call's object says it alone: `kill them all`, `matad a todos`, `убейте всех`. */
const ALL = new Set(
  'all|everyone|everybody|todos|todas|tous|toutes|alle|allen|всех|vseh|vsekh|usih|усіх|всіх|tutti|tutte|wszystkich|hepsini|hepsi'.split(
    '|',
  ),
);
/** How many lead words a call may follow. */
const LEAD_MAX = 4;
/** How far after the verb its object may be (`burn down all their villages`). */
const OBJECT_REACH = 6;
/** How many other words (not filler) the walk to a call's object may pass: `poison the wells in their villages`. */
const OTHER_MAX = 2;
const OBJECTS: readonly Cue[] = ['group', 'people', 'people_place'];

/** Whether the verb at `from` heads its sentence, after lead words only. */
function headsSentence(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1, n = 0; k >= 0 && tokens[k]!.sentence === sentence; k--, n++)
    if (n >= LEAD_MAX || !LEAD.has(tokens[k]!.text)) return false;
  return true;
}

/**
 * Words that may stand between a call and its object: articles, quantifiers, possessives, intensifiers
 * (`kill all the fucking settlers`, `burn down every one of their villages`, `tuez tous les colons`).
 */
const FILLER = new Set(
  [
    'the|a|an|all|every|each|last|single|one|of|their|those|these|his|her|its|them|some|more|damn|fucking|bloody|whole|entire|remaining|other|local|little',
    'a|al|el|la|los|las|todos|todas|cada|sus|su|esos|esas|estos|de|del|malditos|putos|ese|esa',
    'le|la|les|l|des|du|de|tous|toutes|chaque|leurs|leur|ces|ce|cette|sales',
    'die|der|den|dem|das|alle|allen|jeden|jede|ihre|ihren|diese|diesen|verdammten',
    'их|всех|эти|этих|всю|все|каждого|каждую|проклятых|ikh|vseh|vsekh|etih|etikh',
    'їх|усіх|всіх|цих',
    'i|gli|le|il|lo|tutti|tutte|ogni|loro|questi|quei',
    'os|as|o|todos|todas|cada|seus|suas|esses|essas|do|da|dos|das',
    'wszystkich|kazdego|ich|tych',
  ]
    .join('|')
    .split('|'),
);
/** The first word of each entry of a call list (`gun down` → `gun`): what stands at a call's head token. */
const heads = (list: string): Set<string> => new Set(list.split('|').map((entry) => entry.split(' ')[0]!));
/**
 * German call verbs: their object is never read as a capitalised name (German capitalises every noun);
 * the other languages' may be (`nuke Moscow`, `que bombardeen Gaza`, `Zrównać Moskwę z ziemią`).
 */
const GERMAN_CALL = heads(CALL_DE);
/**
 * The English verbs of killing the modal rule reads the object after (see `modalCall`), and that are
 * never an infinitive subject. The first verbs of `CALL_EN`, before the lexicon grew (`sink`, `level`,
 * `shell`…): reading those the same way changes a decision, so that change waits for a round of its own.
 */
const ENGLISH_CALL = new Set(
  'kill|murder|shoot|bomb|nuke|gas|burn|torch|firebomb|hang|lynch|behead|butcher|slaughter|massacre|exterminate|eradicate|annihilate|execute|stab|drown|flatten|raze|napalm|wipe'.split(
    '|',
  ),
);

/**
 * Words that may follow a name that is a call's object: `nuke Moscow already`, `wipe Tehran off the map`,
 * `que bombardeen Gaza hasta que…`, `Zrównać Moskwę z ziemią`.
 */
const AFTER_NAME = new Set(
  'already|now|off|and|with|too|today|tonight|again|back|into|to|flat|first|next|for|until|till|y|et|und|и|hasta|jusqu|bis|до|fino|ate|z|с|con|avec|mit|com|ile'.split(
    '|',
  ),
);

const capitalised = (t: Token, source: string): boolean =>
  t.kind === WORD && t.text.length > 2 && isCapital(source[t.start] ?? '');

/**
 * Whether the name starting at `k` ends its clause (`Kill Putin.`, `Flatten Gaza and be done with it`)
 * rather than being the subject of one (`Kill Bill is a film`, `Execute Order 66 was the best scene`).
 */
function nameEnds(tokens: readonly Token[], k: number, source: string): boolean {
  let end = k + 1;
  while (
    end < tokens.length &&
    tokens[end]!.sentence === tokens[k]!.sentence &&
    capitalised(tokens[end]!, source)
  )
    end++;
  const next = tokens[end];
  if (next !== undefined && next.sentence === tokens[k]!.sentence) return AFTER_NAME.has(next.text);
  // The name closes its sentence: only with the sentence's own punctuation (`Kill Putin.`), since a
  // display name is two capitalised words and nothing else (`Hang Nguyen`).
  return TERMINAL.test(source.slice(tokens[end - 1]!.end));
}
const TERMINAL = /^\s*[.!?…]/;

const evidence = (source: string, why: string, hits: ReadonlyArray<readonly [number, number]>) =>
  hits.map(([from, to]) => ({
    kind: 'threat',
    value: 'call',
    span: [from, to] as [number, number],
    detail: `${why}: "${source.slice(from, to)}"`,
  }));

/**
 * The object of a call or slogan at `head`, walking over filler words and at most two others: a listed
 * group, people or place, a capitalised name (not after a German verb), or `everyone` ending the sentence.
 */
function objectOf(scan: CueScan, hits: readonly CueHit[], head: CueHit, source: string): CallObject | null {
  const { tokens } = scan;
  const named = head.cue === 'deathto' || !GERMAN_CALL.has(tokens[head.from]!.text);
  let others = 0;
  for (let k = head.to; k < head.to + OBJECT_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== head.sentence || breakBetween(tokens, k - 1, k, source)) return null;
    // The longest object starting here (`refugee hotel` over `refugee`).
    let listed: CueHit | undefined;
    for (const h of hits)
      if (h.from === k && OBJECTS.includes(h.cue) && (!listed || h.to > listed.to)) listed = h;
    // `shoot the students a reminder`: a message sent to them.
    if (listed && sentMessage(tokens, head.from, listed.to)) return null;
    if (listed) return { span: [listed.span[0], listed.span[1]], group: listed.cue === 'group' };
    // `matad a todos`, `убейте всех`: everyone, said alone at the end of the sentence.
    const next = tokens[k + 1];
    const all = ALL.has(t.text);
    if (all && (next === undefined || next.sentence !== t.sentence))
      return { span: [t.start, t.end], group: false };
    if (named && others === 0 && capitalised(t, source))
      return nameEnds(tokens, k, source) ? { span: [t.start, t.end], group: false } : null;
    if (!FILLER.has(t.text) && ++others > OTHER_MAX) return null;
  }
  return null;
}

/** Words that call what the sentence names a crime (`Бомбить жилые дома … — преступление`). */
const CRIME = new Set(
  'crime|crimes|crimen|crimenes|verbrechen|kriegsverbrechen|преступление|преступлением|злочин|злочином|crimine|zbrodnia|zbrodnie|suc|atrocity|atrocities|atrocidad|atrocite|genocide|genocidio|genozid|геноцид'.split(
    '|',
  ),
);
/** The sentences that name a crime, found in one pass. */
export function crimeSentences(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) if (CRIME.has(t.text)) out.add(t.sentence);
  return out;
}

/** Whether a clause break (`,` `;` `:` a dash) stands between tokens `a` and `b` (a < b). */
function breakBetween(tokens: readonly Token[], a: number, b: number, source: string): boolean {
  for (let k = a; k < b; k++)
    if (CLAUSE_BREAK.test(source.slice(tokens[k]!.end, tokens[k + 1]!.start))) return true;
  return false;
}
/** How far a modal call's object may stand from its verb, on either side (`Всех этих митингующих надо расстрелять`). */
const MODAL_REACH = 7;

/**
 * A call said with a modal rather than an imperative (`hay que quemar la sede`, `man sollte die
 * Redaktion anzünden`, `Колаборантів треба вішати`): the verb, a `should` cue and a group, people or
 * place in the same clause, the object on either side of the verb (word order varies).
 */
function modalCall(scan: CueScan, hits: readonly CueHit[], head: CueHit, source: string): CallObject | null {
  const { tokens } = scan;
  const inClause = (h: CueHit): boolean =>
    Math.abs(h.from - head.from) <= MODAL_REACH &&
    !breakBetween(tokens, Math.min(h.from, head.from), Math.max(h.from, head.from), source);
  // The modal before the verb (`hay que quemar`, `man sollte … anzünden`), not a word that only looks
  // like one (Turkish `mali`, the `-meli` of a verb).
  const modal = hits.some(
    (h) => h.cue === 'should' && h.from < head.from && inClause(h) && !NOT_MODAL.has(tokens[h.from]!.text),
  );
  if (!modal) return null;
  // An English verb takes its object right after it (`we should bomb their villages`): in `how many more
  // villages have to burn` the villages burn.
  if (ENGLISH_CALL.has(tokens[head.from]!.text)) return objectOf(scan, hits, head, source);
  const object = hits.find((h) => OBJECTS.includes(h.cue) && inClause(h));
  return object ? { span: [object.span[0], object.span[1]], group: object.cue === 'group' } : null;
}
const NOT_MODAL = new Set([
  'mali',
  'meli',
  'deserves',
  'deserve',
  'merece',
  'merecen',
  'meritent',
  'verdient',
  'verdienen',
  'meritano',
  'merecem',
  'zasluguja',
  'gehort',
  'gehoren',
]);

/** What a call or slogan is aimed at: where it stands, and whether it is a protected group. */
interface CallObject {
  span: [number, number];
  group: boolean;
}

/**
 * Whether a call is asked and refused at once (round 44: `Hang them all? No. Try them all, convict them all.`):
 * answered no, and the answer calls for no other harm (`Hang them all? No, burn them.` is a call).
 */
function refusedOutright(scan: CueScan, source: string, head: CueHit): boolean {
  if (!askedAndRefused(source, scan.tokens, head.from)) return false;
  // Read whether negated or not: the `no` that answers marks the answer's own words negated.
  const answer = scan.bySentence[head.sentence + 1] ?? [];
  return !answer.some((h) => h.cue === 'call' || h.cue === 'harm' || h.cue === 'lynch');
}

/** A call's verdict; `hate` when its object is a protected group (`cue-lexicon-groups.ts`). */
export interface CallVerdict extends CueVerdict {
  hate: boolean;
}

/**
 * A call to kill or burn a group, a people or a place (reject), or `death to` one: reject when the object
 * is a protected group (`mort aux juifs`), hold otherwise (`death to the traitors`, `death to America` are
 * slogans a moderator reads); null when there is none.
 */
export const callCues = memoisedOnScan(findCall);

function findCall(scan: CueScan, source: string): CallVerdict | null {
  if (!scan.hits.some((h) => h.cue === 'call' || h.cue === 'deathto')) return null;
  const crimes = crimeSentences(scan.tokens);
  for (let s = 0; s < scan.sentences; s++) {
    if (crimes.has(s)) continue;
    const hits = cuesIn(scan, ['call', 'deathto', 'should', 'condemn', 'copula', ...OBJECTS], s, s);
    for (const head of hits) {
      if (head.cue !== 'call' && head.cue !== 'deathto') continue;
      // A noun, not an order: `Bomb shelters in Kharkiv are full every night`.
      if (head.cue === 'call' && compoundAt(scan.tokens, head.to, s)) continue;
      if (refusedOutright(scan, source, head)) continue;
      const slogan = head.cue === 'deathto';
      const headed = !slogan && headsSentence(scan.tokens, head.from);
      const object =
        (slogan || (headed && !infinitiveSubject(scan, hits, head, source))
          ? objectOf(scan, hits, head, source)
          : null) ?? (slogan ? null : modalCall(scan, hits, head, source));
      // A sentence that condemns what it names calls for nothing; the object itself may be a condemn
      // cue's word (`kill the civilians`, `shoot the police`).
      if (!object || hits.some((h) => h.cue === 'condemn' && h.span[0] !== object.span[0])) continue;
      return {
        outcome: slogan && !object.group ? 'hold' : 'reject',
        hate: object.group,
        evidence: evidence(source, slogan ? 'death wished on people' : 'a call to kill or burn', [
          [head.span[0], head.span[1]],
          object.span,
        ]),
      };
    }
  }
  return null;
}

/** Infinitives of the other languages, which head a sentence as its subject as readily as a call. */
const INFINITIVE = /(?:ar|er|ir|en|ть|ти|ac|ic|yc|mek|mak|re)$/;
/** Words that take up an infinitive as the subject of what follows (`Bombarder les Houthis, ça ne sert à rien`). */
const RESUMED = new Set('ca|cela|c|ce|это|то|eso|esto|das|dies|questo|isso|to|it|that'.split('|'));

/**
 * Whether a sentence-heading infinitive is the subject of the sentence rather than a call: a copula after
 * it (`Бомбить жилые дома … это преступление`), or a pronoun taking it up after a clause break.
 */
function infinitiveSubject(scan: CueScan, hits: readonly CueHit[], head: CueHit, source: string): boolean {
  const { tokens } = scan;
  const verb = tokens[head.from]!.text;
  if (ENGLISH_CALL.has(verb) || !INFINITIVE.test(verb)) return false;
  if (hits.some((h) => h.cue === 'copula' && h.from > head.from)) return true;
  for (let k = head.to; k < tokens.length && tokens[k]!.sentence === head.sentence; k++)
    if (RESUMED.has(tokens[k]!.text) && breakBetween(tokens, k - 1, k, source)) return true;
  return false;
}
