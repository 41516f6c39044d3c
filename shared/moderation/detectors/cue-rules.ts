/**
 * Judgements from cues (`cues.ts`): each rule asks for two or three kinds of cue in the same sentence or
 * its neighbours. They complement the phrase detectors (threats, extremism, hate, spam), which know the
 * fixed expressions, by catching what is said in other words:
 *
 * - threat (reject): harm within three words of a person (the reader, a handle, the author, a family),
 *   in a sentence that announces or wishes it (`the author will have an accident`, `hope he chokes on
 *   his own blood`); knowledge of where a person lives or works (`your address wasn't hard to find`);
 *   a warning next to a person and their home or family (`do you think your kids are safe at school?`);
 *   the fixed menaces of `cue-lexicon.ts` (`you're next`, `enjoy your evenings while they last`).
 * - violence (hold): lynching, or its props (lampposts, ropes, pitchforks) in a sentence that names a
 *   person or a group, or the people rising
 *   (`the streets will answer`, `other methods`), which is for a human to read.
 * - extremism (reject): praise of an organisation, an attack or its authors; justification of an attack
 *   (`they deserved it`, `legitimate targets`); recruitment that addresses the reader next to an
 *   organisation or the movement's language; sharing an organisation's videos. Not when the sentence
 *   fights the organisation (`the Kurds who defeated ISIS are heroes`), condemns (`victims`,
 *   `terrorists`) or reports (`ISIS calls them martyrs`).
 * - hate (reject): a protected group and a dehumanising metaphor, or a call to remove a group, in the
 *   same or the next sentence; not when reported, negated or condemned (`the Nazis tried to exterminate`).
 */
import type { Evidence } from '../types';
import type { Cue } from './cue-kinds';
import type { CueHit, CueScan } from './cues';
import {
  askedAndRefused,
  depictedAt,
  lawfulMeansAt,
  picturedAt,
  talkedOfAsIfAt,
  toldOrDoubted,
} from './asserted';
import { saidOfAbstractAt } from './abstract-subject';
import { hyphenedTo, mentionAt } from './common';
import { historicalSentence, reportedExecutionAt } from './history';
import { wordClass } from '../text/phrases';
import { firstHatePhrase } from './cue-rules-nature';
import { servedTo } from './purpose';
import { reproachAt } from './reproach';
import { condemnedSentences, cuesIn } from './cues';
import { animalPartAt, backToIdiom, breedWithObject, institutionAfter, outbreakAt } from './cue-idioms';
import { inDebunkingSentence } from './misinformation';
import { comparisonNamedAt } from './comparison';
import { datedSentences, reportedExecution } from './cue-reported';
import { ownFamily, safeAdjective, safeWord, someones } from './cue-aimed';
import {
  aboutAThing,
  broughtAbout,
  described,
  figurative,
  idiomaticHarm,
  knowsYourPoint,
  placeQualifies,
  workAsNoun,
} from './cue-figurative';

export interface CueVerdict {
  outcome: 'reject' | 'hold';
  evidence: Evidence[];
}

const PERSON: readonly Cue[] = ['you', 'family', 'target'];
/** Evidence for cue hits: each hit's span and text, with why it counts. */
export const evidenceOf = (kind: string, source: string, why: string, hits: readonly CueHit[]): Evidence[] =>
  hits.map((h) => ({
    kind,
    value: h.cue,
    span: [h.span[0], h.span[1]] as [number, number],
    detail: `${why}: "${source.slice(h.span[0], h.span[1])}"`,
  }));

/**
 * `the children killed in Gaza`, `journalists murdered in 2022`: a participle right after the people it
 * happened to names victims, it does not aim harm at them (`hope your kids get killed` has `get`).
 */
const victimsNamed = (scan: CueScan, person: CueHit, harm: CueHit): boolean =>
  person.cue !== 'you' && harm.from === person.to && /ed$/.test(scan.tokens[harm.from]!.text);

const close = (a: CueHit, b: CueHit, max: number): boolean =>
  Math.abs(a.from - b.from) <= max || Math.abs(a.to - b.to) <= max;

/** Threats in other words than the phrase list's; null when there is none. */
export function threatCues(scan: CueScan, source: string): CueVerdict | null {
  for (let s = 0; s < scan.sentences; s++) {
    const hits = cuesIn(
      scan,
      ['menace', 'shame_if', 'harm', 'intent', 'wish', 'know', 'where', 'whereyou', 'warn', ...PERSON],
      s,
      s,
    );
    if (hits.length < 2 && !hits.some((h) => h.cue === 'menace' || h.cue === 'shame_if')) continue;
    const of = (c: Cue) => hits.filter((h) => h.cue === c);
    const menace = of('menace')[0];
    if (menace) return { outcome: 'reject', evidence: evidenceOf('threat', source, 'menace', [menace]) };
    const people = hits.filter((h) => PERSON.includes(h.cue) && !ownFamily(scan, h));
    // A place said to be the person's: `where you live`, `your daughter's school`, `evinin yerini`, or
    // named by the verb alone (`Sé dónde trabajas`).
    const place =
      of('whereyou')[0] ??
      of('where').find(
        (w) =>
          !workAsNoun(scan, w) &&
          !placeQualifies(scan, w) &&
          people.some((p) => p.from < w.from && w.from - p.from <= 3),
      );
    // Not the idiom of understanding (`I know where you're coming from`, `knowsYourPoint`).
    const know = [...of('know'), ...cuesIn(scan, ['know'], s - 1, s + 1)].find(
      (k) => !knowsYourPoint(scan, k),
    );
    if (place && know)
      return {
        outcome: 'reject',
        evidence: evidenceOf('threat', source, 'knowing where a person can be found', [know, place]),
      };
    // A harm wished as a pity, about the reader, someone's family or their place, in this sentence or the next
    // (`Nice family you have. Would be a shame if something happened to them.`).
    const pity = of('shame_if')[0] ?? cuesIn(scan, ['shame_if'], s + 1, s + 1)[0];
    const aimed =
      place ?? people.find((p) => p.cue === 'you' || (p.cue === 'family' && someones(scan, p, hits)));
    if (pity && aimed)
      return {
        outcome: 'reject',
        evidence: evidenceOf('threat', source, 'harm to a person wished as a pity', [pity, aimed]),
      };
    if (people.length === 0) continue;
    const modal = hits.find((h) => h.cue === 'intent' || h.cue === 'wish');
    // A wish reaches further than an announcement (`wünsche ich dem Verfasser einen qualvollen Tod`); a
    // person before the harm is usually its subject (`you will see more deaths`), so only close by.
    const reach = modal?.cue === 'wish' ? 6 : 4;
    for (const harm of of('harm')) {
      if (idiomaticHarm(scan, source, harm)) continue;
      const person = people.find((p) =>
        p.from < harm.from
          ? harm.from - p.to <= Math.min(reach, 2) && !victimsNamed(scan, p, harm)
          : close(p, harm, reach),
      );
      if (person && modal)
        return {
          outcome: 'reject',
          evidence: evidenceOf('threat', source, 'harm aimed at a person, announced or wished', [
            harm,
            person,
            modal,
          ]),
        };
    }
    // Lynching with a person in the sentence (`lynch the author`); its everyday props (`a rope`) only
    // close to the person or wished on them (`every reporter on this paper deserves a rope`).
    const lynch =
      cuesIn(scan, ['lynch'], s, s)[0] ??
      cuesIn(scan, ['lynch_prop'], s, s).find(
        (prop) => modal !== undefined || people.some((p) => close(p, prop, 4)),
      );
    // Round 116 (`/work/audit61`): an execution told as history (`Расстрел царской семьи в 1918 году`) is no wish.
    if (
      lynch &&
      !historicalSentence(scan.tokens, lynch.from) &&
      !reportedExecutionAt(scan.tokens, lynch.from)
    )
      return {
        outcome: 'reject',
        evidence: evidenceOf('threat', source, 'an execution wished on a person', [lynch, people[0]!]),
      };
    // A warning may follow in the next sentence: `Your daughter walks to school alone. Careful now.` Safety
    // wished is a kindness, not a warning (`hope your family in Beirut is safe`).
    // A warning word just before a place word is an adjective of it (`did careful work`), and so is `safe`
    // before the nouns it names (`burning families in their safe rooms`): not a warning.
    const places = of('where');
    const warn = [...of('warn'), ...cuesIn(scan, ['warn'], s + 1, s + 1)].find(
      (w) =>
        !(safeWord(scan, w) && hits.some((h) => h.cue === 'wish' && h.from < w.from)) &&
        !safeAdjective(scan, w) &&
        !places.some((p) => p.from === w.to),
    );
    const exposed =
      place ??
      of('where').find((w) => someones(scan, w, hits)) ??
      people.find((h) => h.cue === 'family' && someones(scan, h, hits));
    if (warn && exposed)
      return {
        outcome: 'reject',
        evidence: evidenceOf('threat', source, 'a warning about a person, their home or family', [
          warn,
          exposed,
        ]),
      };
  }
  return null;
}

/** Nouns that make lynching imagery hyphened before them a prop: `Galgen-Attrappe`, `gallows-replica`. */
const PROP_NOUN = wordClass(
  'attrappe|puppe|modell|nachbildung|symbol|dummy|prop|replica|effigy|model|replique|maqueta',
);

/** Lynching imagery or calls for the people to rise: for a human to read; null when there is none. */
export function violenceCues(scan: CueScan, source: string): CueVerdict | null {
  const condemned = condemnedSentences(scan);
  const candidates = cuesIn(scan, ['lynch', 'lynch_prop', 'uprising'], 0, scan.sentences).filter(
    (h) =>
      !condemned.has(h.sentence) &&
      !(h.cue === 'lynch' && reportedExecution(scan, source, h)) &&
      // A prop (`die Galgen-Attrappe bei der Bauerndemo`), not a call.
      !(h.cue === 'lynch' && hyphenedTo(source, scan.tokens, h.to, PROP_NOUN)) &&
      !figurative(scan, source, h) &&
      !(h.cue === 'uprising' && askedAndRefused(source, scan.tokens, h.from)) &&
      // `Someone should do something about the potholes`: a thing, not a person.
      !(h.cue === 'uprising' && aboutAThing(scan.tokens, h.to)) &&
      !(h.cue === 'uprising' && (lawfulMeansAt(scan.tokens, h.to) || toldOrDoubted(scan.tokens, h.from))),
  );
  // Lynching imagery counts unless the sentence is history (`the gallows used in 1946`, `the museum`, a
  // year of the past) or an idiom (`gallows humour`); calls for the people to rise count alone. Props of an
  // execution that are everyday words (`a rope`, `la poste`) count only in a sentence that names a person
  // or a group. (Read only when there is something to judge.)
  const history = new Set<number>();
  const named = new Set<number>();
  if (candidates.some((h) => h.cue !== 'uprising')) {
    for (const h of cuesIn(scan, ['history', 'idiom'], 0, scan.sentences)) history.add(h.sentence);
    for (const s of datedSentences(source)) history.add(s);
    for (const h of cuesIn(scan, [...PERSON, 'person3', 'group'], 0, scan.sentences)) named.add(h.sentence);
  }
  const hits = candidates.filter(
    (h) =>
      h.cue === 'uprising' ||
      (!history.has(h.sentence) &&
        !reportedExecutionAt(scan.tokens, h.from) &&
        (h.cue === 'lynch' || named.has(h.sentence))),
  );
  if (hits.length > 0)
    return {
      outcome: 'hold',
      evidence: evidenceOf('violence', source, 'a call to violence, perhaps', hits.slice(0, 3)),
    };
  // The people as the agent of what comes to someone: `the people will deal with them`, `sokaklar cevap
  // verecek`, `there are more of us than of them`.
  for (let s = 0; s < scan.sentences; s++) {
    if (condemned.has(s)) continue;
    const crowd = cuesIn(scan, ['collective'], s, s).find((h) => !described(scan, h));
    // (`should be ashamed`, `should resign`: a reproach, not an act, round 82.)
    const future = cuesIn(scan, ['intent', 'should'], s, s).find((h) => !reproachAt(scan, h.to));
    const them = cuesIn(scan, ['person3', 'group'], s - 1, s + 1)[0];
    if (crowd && future && them)
      return {
        outcome: 'hold',
        evidence: evidenceOf('violence', source, 'the people called to act against someone', [
          crowd,
          future,
          them,
        ]),
      };
  }
  // Harm wished on third persons (`they should all be shot`, `hay que fusilarlos`), unless the sentence
  // is about courts, victims or condemnation.
  for (let s = 0; s < scan.sentences; s++) {
    if (condemned.has(s)) continue;
    const inS = cuesIn(scan, ['harm', 'person3', 'should', 'wish'], s, s);
    // (`deserve every medal going`: a reward wished, not harm, round 82.)
    const modal = inS.find((h) => (h.cue === 'should' || h.cue === 'wish') && !reproachAt(scan, h.to));
    if (!modal) continue;
    for (const harm of inS.filter(
      (h) => h.cue === 'harm' && !figurative(scan, source, h) && !broughtAbout(scan, h),
    )) {
      const target = inS.find((h) => h.cue === 'person3' && close(h, harm, 3));
      if (target)
        return {
          outcome: 'hold',
          evidence: evidenceOf('violence', source, 'harm wished on people', [harm, target, modal]),
        };
    }
  }
  return null;
}

/** `out` in the slogans that send a group away (`Jews out`, `Ausländer raus`, `чурки вон`). */
const OUT = new Set(['out', 'raus', 'fuera', 'dehors', 'fuori', 'fora', 'вон']);

/** Dehumanising a protected group, or calling for its removal; null when there is none. */
export function hateCues(scan: CueScan, source: string): CueVerdict | null {
  const condemned = condemnedSentences(scan);
  const reject = (why: string, hits: CueHit[]): CueVerdict => ({
    outcome: 'reject',
    evidence: evidenceOf('hate', source, why, hits),
  });
  const phrase = firstHatePhrase(scan, condemned);
  if (phrase) return reject('dehumanising talk about a group', [phrase]);
  // Groups count also in scare quotes (`these "asylum seekers"`): a quoted group name is a sneer.
  const groupsNear = (s: number) =>
    scan.hits.filter(
      (h) =>
        // A negated group is still the group spoken of (`das sind keine Flüchtlinge, das sind Ratten`).
        h.cue === 'group' &&
        Math.abs(h.sentence - s) <= 1 &&
        !scan.reported.has(h.sentence) &&
        !condemned.has(h.sentence),
    );
  // A group sent out in a slogan, alone in its clause: `Jews out.`, `Moros fuera, a por ellos.`, `Ausländer
  // raus!` Not quoted (`the graffiti read "Jews out"`), nor the object of a verb (`to keep migrants out`).
  const { tokens } = scan;
  const clauseBreak = (a: number, b: number): boolean =>
    /[,;:!?()\u2013\u2014]/.test(source.slice(tokens[a]!.end, tokens[b]!.start));
  for (const g of cuesIn(scan, ['group'], 0, scan.sentences)) {
    const out = tokens[g.to];
    if (
      condemned.has(g.sentence) ||
      !out ||
      out.sentence !== g.sentence ||
      out.quoted ||
      tokens[g.from]!.quoted ||
      !OUT.has(out.text)
    )
      continue;
    const opens =
      g.from === 0 || tokens[g.from - 1]!.sentence !== g.sentence || clauseBreak(g.from - 1, g.from);
    const after = tokens[g.to + 1];
    const closes = after === undefined || after.sentence !== g.sentence || clauseBreak(g.to, g.to + 1);
    if (opens && closes) return reject('a group told to get out', [g]);
  }
  let unnamed: CueHit | null = null;
  for (const d of cuesIn(scan, ['dehuman', 'eliminate', 'replacement'], 0, scan.sentences)) {
    // `redet über Ukrainer wie über Untermenschen` reports how others speak of them.
    // and `a meme of migrants as rats` describes a picture.
    if (
      condemned.has(d.sentence) ||
      depictedAt(scan.tokens, d.from) ||
      picturedAt(scan.tokens, d.from) ||
      talkedOfAsIfAt(scan.tokens, d.from) ||
      breedWithObject(scan, d) ||
      animalPartAt(scan.tokens, d.from, d.to) ||
      outbreakAt(scan.tokens, d.from) ||
      comparisonNamedAt(scan.tokens, d.from) ||
      // `Der Islamismus ist ein Krebsgeschwür, und die ersten Opfer sind Muslime`: said of an ideology.
      saidOfAbstractAt(scan.tokens, d.from)
    )
      continue;
    // A word is not its own group: a capitalised `Mikrópolis` looks like a demonym and holds `mikrop`.
    const groups = groupsNear(d.sentence).filter((g) => g.to <= d.from || g.from >= d.to);
    if (d.cue === 'replacement') {
      // The story named as one (`steeped in replacement conspiracy theories`) is talked about.
      if (mentionAt(scan.tokens, d.from, d.to, true)) continue;
      const other = cuesIn(scan, ['eliminate', 'dehuman'], 0, scan.sentences)[0] ?? groups[0];
      if (other) return reject('the replacement story told of a group', [d, other]);
      continue;
    }
    if (d.cue === 'eliminate') {
      if (backToIdiom(scan, d)) continue;
      // Inside a claim its sentence debunks or names (`deny a viral claim that the water is spiked to sterilise
      // refugees`, round 34).
      if (inDebunkingSentence(source, [scan.tokens[d.from]!.start, scan.tokens[d.to - 1]!.end])) continue;
      // The purpose something is said to have served (round 73: `servaient à stériliser les femmes`) is a claim.
      if (servedTo(scan.tokens, d.from)) continue;
      // A purge of an institution (round 111: `to purge the army`) removes no people.
      if (institutionAfter(scan.tokens, d.to)) continue;
      if (groups[0]) return reject('a call to remove a group', [d, groups[0]]);
      continue;
    }
    // A metaphor is said of someone: next to the group (`khokhly predateli i skoty`, `мигранты — саранча`),
    // or after a comparison in its sentence (`Roma are a nation of thieves and parasites`). A word like
    // `cancer` or `animals` with neither is probably literal.
    const compared = cuesIn(scan, ['copula'], d.sentence, d.sentence).some((c) => c.from < d.from);
    const adjacent = groups.find((g) => g.sentence === d.sentence && Math.abs(d.from - g.to) <= 1);
    const subject = groups.find((g) => g.sentence === d.sentence && g.from < d.from);
    if (adjacent || (compared && subject))
      return reject('a group described as less than human', [d, adjacent ?? subject!]);
    if (compared && groups[0]) return reject('a group described as less than human', [d, groups[0]]);
    // `they're vermin`: a third person, a comparison, the word, in a row.
    const copula = cuesIn(scan, ['copula'], d.sentence, d.sentence).find(
      (c) => c.from < d.from && d.from - c.to <= 2,
    );
    const said =
      copula && cuesIn(scan, ['person3'], d.sentence, d.sentence).some((p) => p.to === copula.from);
    if (said && !unnamed) unnamed = d;
  }
  // Dehumanising talk of people with no group named (`they're vermin`): for a human to read.
  return unnamed
    ? {
        outcome: 'hold',
        evidence: evidenceOf('hate', source, 'someone described as less than human', [unnamed]),
      }
    : null;
}

/** How many kinds of sales cue (money, offer, product, call to action) the comment has: 0–4. `priced`: an amount was found. */
export function pitchKinds(scan: CueScan, priced = false): number {
  const kinds = new Set<Cue>();
  // A price or an amount in the text (`$35/hour`, `299 €`) is the money kind too.
  if (priced) kinds.add('pitch_money');
  for (const h of scan.hits)
    if (
      h.cue === 'pitch_money' ||
      h.cue === 'pitch_offer' ||
      h.cue === 'pitch_product' ||
      h.cue === 'pitch_call'
    )
      kinds.add(h.cue);
  return kinds.size;
}
