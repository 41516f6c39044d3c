/**
 * Hate: dehumanising language about protected groups (ethnicity, nationality, religion, migrants, sex,
 * sexual orientation, disability) and slurs, in English, Spanish, French, German and Russian.
 *
 * Rejected (`hate`):
 * - a slur (leetspeak and spacing undone for Latin script: `p4ki`, `b0ugnoules`), unless it is quoted or
 *   discussed as a word (`the word «хохол»`);
 * - a group of people called vermin, parasites, animals, a disease, a different species, orcs
 *   (`Roma are … parasites`, `Эти мигранты — саранча`, `Der Islam ist eine Seuche`), with the metaphor
 *   close to the group (a copula or a few words apart), or — for the words that are never innocent
 *   (vermin, parasites, Ungeziefer, pest control, subhuman) — in the next sentence;
 * - a group generalised as criminal or defective (`son todos unos ladrones`, `in their blood`, `a nation
 *   of thieves`, `mentally ill freaks`), or told to leave or be removed as a whole (`deport the lot`,
 *   `remigration`, `Fuera de nuestros barrios`, `должны убираться обратно`, `back to the kitchen`);
 * - the replacement conspiracy asserted (`c'est pas une théorie`, with invaders or expulsion).
 * Held (`hate_review`): the replacement narrative alone, a strong dehumanising word with no group named,
 * antisemitic echo brackets `(((…)))` with no other hate (a dog whistle, which the labelling guide holds).
 * A simile (`treated like animals`) is not a metaphor applied to a group, and quotation is not use.
 */
import type { Evidence } from '../types';
import { wordClass } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import { WORD, tokensOf, type Token } from '../text/tokens';
import { comparedAt, deniedAt, negationAt, reportingBefore } from './asserted';
import { saidOfAbstractAt } from './abstract-subject';
import { mentionAt, mentioned, scanObfuscated, tokenAt, wordBefore } from './common';
import { ALLOWED, PHRASES, SLURS, SLURS_LATIN } from './hate-phrases';
import { calledReceived } from './called';
import { inDebunkingSentence } from './misinformation';
import type { Kind } from './hate-phrases';

/** Words that report, judge or condemn a denial rather than make it. */
const DENIAL_REPORT = wordClass(
  [
    'claim|claims|claimed|claiming|said|saying|says|wrote|writes|posted|argued|insisted|deny|denies|denied|denier|deniers|denial|convicted|condemned|charged|jailed|prison|trial|court|prosecuted|fined|manifesto|propaganda|antisemitic|antisemitism|conspiracy',
    'dijo|decir|afirmo|afirmar|niega|negar|negacionista|negacionistas|negacionismo|condenado|condenada|juicio|tribunal|antisemita',
    'dit|dire|affirme|affirmer|nie|nier|negationniste|negationnistes|negationnisme|condamne|condamnee|proces|tribunal|antisemite',
    'sagte|sagen|behauptet|behauptete|behaupten|leugnet|leugnen|leugner|leugnung|verurteilt|prozess|gericht|antisemitisch',
    'сказал|заявил|заявлял|утверждал|утверждает|отрицает|отрицатели|отрицание|осужден|осуждён|суд|антисемит',
  ].join('|'),
);
/** Whether a denial marker at `from` is reported, judged or condemned in the ten words before it, in its sentence. */
const denialReported = (tokens: readonly Token[], from: number): boolean =>
  wordBefore(tokens, from, 10, DENIAL_REPORT);

/** What may stand between a group and what it is called: a copula, an article, an intensifier. */
/** Terrorists named by the colour of their politics (`terroristi neri`, `terroristas negros` of Ordine Nuovo). */
const TERRORISTS = wordClass('terroristi|terroristas|terroristes');
const POLITICAL_BLACK = wordClass('neri|nere|negros|noirs|pretos');
const COPULA = wordClass(
  'are|is|re|s|were|was|be|being|just|basically|nothing|but|all|literally|simply|really|truly|a|an|the|bunch|of|sind|ist|nur|alle|ein|eine|einer|wahre|echte|son|es|unos|unas|todos|todas|solo|una|un|sont|est|des|de|que|tous|toutes|juste|vraiment|une|это|все|просто|настоящие|сплошные|eto|vse|prosto|sono|tutti|dei|degli|delle|to|sa|wszyscy|sao|sempre|це|всі|лише',
);
/** What may stand between a metaphor and the group it names (`vermin migrants`, `these rats, the migrants`). */
/** A return chosen, not demanded (round 32: `Many Syrians chose to go back to their own country`). */
const CHOSE = wordClass(
  'chose|choose|chosen|chooses|decided|decide|decides|able|began|begun|started|want|wanted|wants|wish|wished|plan|planned|planning|plans|hope|hoped|hoping|free|allowed|managed|prefer|preferred|opted|volunteered',
);
const returnChosen = (tokens: readonly Token[], at: number): boolean =>
  tokens[at - 1]?.text === 'to' && tokens[at - 2] !== undefined && CHOSE(tokens[at - 2]!);

const DETERMINER = wordClass('the|these|those|such|all|los|las|estos|esos|les|ces|die|diese|эти|такие|eti');

/** Words that point a pest word at people: `these parasites`, `they are vermin`, `them cockroaches`. */
const PEOPLE_POINTER = wordClass(
  'these|those|they|them|such|people|folk|lot|tribe|clique|gang|elite|elites|estos|esos|esas|estas|ellos|gente|ces|eux|ils|gens|diese|sie|leute|solche|pack|эти|они|их|такие|люди|eti|oni',
);
/** A copula right before a pest word says what someone is: `they are vermin`, `das ist Ungeziefer`. */
const CALLED = wordClass('are|is|were|was|sind|ist|son|es|sont|est|une|это|eto');

const round = (x: number): number => Math.round(x * 100) / 100;

export interface HateVerdict {
  outcome: 'reject' | 'hold';
  score: number;
  evidence: Evidence[];
}

/** Words after `the replacement` that go on with the story rather than name a thing replaced. */
const REPLACEMENT_GOES_ON = new Set(
  'is was are were has have had will would s of in by through via that which and agenda plan plot narrative theory theories story myth idea conspiracy continues continue happening happens itself already now'.split(
    ' ',
  ),
);
/** `the replacement boxes`, `the replacement coach`: a thing or person that replaces another, not the story. */
const replacementThing = (tokens: readonly Token[], h: PhraseHit<Kind>): boolean => {
  const next = tokens[h.to];
  return (
    tokens[h.from]!.text === 'the' &&
    next !== undefined &&
    next.sentence === tokens[h.from]!.sentence &&
    next.kind === WORD &&
    !REPLACEMENT_GOES_ON.has(next.text)
  );
};

/** Words that name the echo brackets, which only a comment explaining them uses. */
const ECHO_EXPLAINED = /parenthes[ie]s|brackets|par[eé]ntesis|parenth[eè]ses|klammern|скобк/iu;

/** Whether the sentence of token `at` holds a negation anywhere. */
function negatedSentence(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  let k = at;
  while (k > 0 && tokens[k - 1]!.sentence === sentence) k--;
  for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (negationAt(tokens, k)) return true;
  return false;
}

/** Hate (see the module comment); null when there is none. */
export function detectHate(source: string): HateVerdict | null {
  const { tokens } = tokensOf(source);
  const slurs = SLURS.scan(tokens);
  const hits = slurs.length > 0 ? [...PHRASES.scan(tokens), ...slurs] : PHRASES.scan(tokens);
  const evidence: Evidence[] = [];
  let reject = false;
  let hold = false;
  const add = (value: string, span: [number, number], detail: string) =>
    evidence.push({ kind: 'hate', value, span, detail: `${detail}: "${source.slice(...span)}"` });

  // Slurs (Latin script through the obfuscation-resistant matcher).
  const latinSlurs = scanObfuscated(SLURS_LATIN, source, tokens);
  const allowed =
    latinSlurs.length > 0 || hits.some((h) => h.phrase.meta === 'slur') ? ALLOWED.scan(tokens) : [];
  const isAllowed = (span: readonly [number, number]) =>
    allowed.some((a) => a.span[0] <= span[0] && span[1] <= a.span[1]);
  for (const h of latinSlurs) {
    if (isAllowed(h.span)) continue;
    const from = tokenAt(tokens, h.span[0]);
    const to = Math.max(from + 1, tokenAt(tokens, h.span[1] - 1) + 1);
    if (mentioned(tokens, from, to) || calledReceived(tokens, from)) continue;
    add('slur', h.span, 'slur');
    reject = true;
  }
  for (const h of hits) {
    if (h.phrase.meta !== 'slur' || mentioned(tokens, h.from, h.to) || isAllowed(h.span)) continue;
    if (calledReceived(tokens, h.from)) continue;
    if (latinSlurs.some((l) => l.span[0] < h.span[1] && h.span[0] < l.span[1])) continue;
    add('slur', h.span, 'slur');
    reject = true;
  }
  // The brackets explained rather than used (round 34: `The triple parentheses, as in (((globalists))), are an
  // antisemitic echo used to mark Jewish names`).
  if (source.includes('(((') && !ECHO_EXPLAINED.test(source)) {
    const at = source.indexOf('(((');
    add(
      'echo',
      [at, Math.min(source.length, source.indexOf(')))', at) + 3 || at + 3)],
      'antisemitic echo brackets',
    );
    // A dog whistle alone is for a human to read (round 45); with other hate beside it, the comment is rejected.
    hold = true;
  }

  const groups = hits
    .filter((h) => h.phrase.meta === 'group' || h.phrase.meta === 'slur')
    .sort((a, b) => a.from - b.from);
  const groupSentences = new Set(groups.map((g) => tokens[g.from]!.sentence));
  /** Groups starting within `reach` tokens of `at` (a binary search, then a bounded walk). */
  const groupsAround = (at: number, reach: number): PhraseHit<Kind>[] => {
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.from < at - reach) lo = mid + 1;
      else hi = mid;
    }
    const out: PhraseHit<Kind>[] = [];
    for (let i = lo; i < groups.length && groups[i]!.from <= at + reach; i++) out.push(groups[i]!);
    return out;
  };
  const groupNear = (h: PhraseHit<Kind>, tokensApart: number, sentences: number): boolean => {
    const s = tokens[h.from]!.sentence;
    if (sentences > 0 && (groupSentences.has(s - 1) || groupSentences.has(s + 1))) return true;
    return groupsAround(h.from, tokensApart + 8).some((g) => {
      if (tokens[g.from]!.sentence !== s) return false;
      const gap = g.from < h.from ? h.from - g.to : g.from - h.to;
      return gap <= tokensApart;
    });
  };
  /** A people pointer up to four words before the pest word or two after, or a copula just before it. */
  const pointsAtPeople = (h: PhraseHit<Kind>): boolean => {
    const s = tokens[h.from]!.sentence;
    for (let k = Math.max(0, h.from - 4); k < Math.min(tokens.length, h.to + 2); k++) {
      if ((k >= h.from && k < h.to) || tokens[k]!.sentence !== s) continue;
      if (PEOPLE_POINTER(tokens[k]!) || (k >= h.from - 2 && k < h.from && CALLED(tokens[k]!))) return true;
    }
    return false;
  };
  /** The group is what the metaphor is said of: `X are (all, just, a bunch of) Y`, `Y like these X`. */
  const saidOfGroup = (h: PhraseHit<Kind>): boolean =>
    groupsAround(h.from, 10).some((g) => {
      if (tokens[g.from]!.sentence !== tokens[h.from]!.sentence) return false;
      if (g.to <= h.from) {
        if (h.from - g.to > 4) return false;
        for (let k = g.to; k < h.from; k++) if (!COPULA(tokens[k]!)) return false;
        return true;
      }
      if (g.from >= h.to && g.from - h.to <= 2) {
        // `terroristi neri`: the colour of a politics (neo-fascist), not of people (round 101).
        if (g.from === h.to && TERRORISTS(tokens[h.to - 1]!) && POLITICAL_BLACK(tokens[g.from]!))
          return false;
        for (let k = h.to; k < g.from; k++) if (!DETERMINER(tokens[k]!)) return false;
        return true;
      }
      return false;
    });
  const kinds = new Set<Kind>();
  /** Generalisations and expulsion calls with no group near: evidence only when they pile up (below). */
  const ungrouped: PhraseHit<Kind>[] = [];
  let verminAtPeople = false;
  let reported: Uint8Array | undefined;
  for (const h of hits) {
    const kind = h.phrase.meta;
    if (kind === 'group' || kind === 'slur') continue;
    if (mentioned(tokens, h.from, h.to)) continue;
    if ((reported ??= reportingBefore(tokens))[h.from] === 1) continue;
    // Denied (`Migrants are not vermin`, `sind keine Ungeziefer`): the reader answering hate repeats it.
    if (kind !== 'go_home' && kind !== 'replace' && kind !== 'expel' && deniedAt(tokens, h.from)) continue;
    // The replacement story named as one (`steeped in replacement conspiracy theories`) is talked about.
    // Or sits in a sentence that debunks it (`die Verschwörungserzählung vom angeblichen Bevölkerungsaustausch`),
    // unless that sentence denies the debunking (`isn't a theory anymore`, `c'est pas une théorie`).
    if (
      kind === 'replace' &&
      (mentionAt(tokens, h.from, h.to, true) ||
        replacementThing(tokens, h) ||
        (inDebunkingSentence(source, h.span) && !negatedSentence(tokens, h.from)))
    )
      continue;
    // A metaphor said of an ideology (`Islamist terror is a cancer`) is not said of the group named after it.
    if (kind !== 'go_home' && kind !== 'replace' && kind !== 'expel' && saidOfAbstractAt(tokens, h.from))
      continue;
    kinds.add(kind);
    const simile = comparedAt(tokens, h.from);
    switch (kind) {
      case 'metaphor':
        if (!simile && saidOfGroup(h)) {
          add('dehumanising', h.span, 'a group called');
          reject = true;
        }
        break;
      case 'vermin':
        if (!simile && groupNear(h, 12, 1)) {
          add('dehumanising', h.span, 'a group called');
          reject = true;
        } else if (!simile && pointsAtPeople(h)) {
          add('dehumanising', h.span, 'people called');
          hold = true;
          verminAtPeople = true;
        }
        break;
      case 'never_innocent':
      case 'strong':
        if (!simile && groupNear(h, 12, 1)) {
          add('dehumanising', h.span, 'a group called');
          reject = true;
        } else if (!simile) {
          add('dehumanising', h.span, 'dehumanising word');
          hold = true;
        }
        break;
      case 'general':
      case 'expel':
        if (kind === 'expel' && returnChosen(tokens, h.from)) break;
        if (groupNear(h, 12, 1)) {
          add(
            kind === 'general' ? 'generalisation' : 'expulsion',
            h.span,
            kind === 'general' ? 'a group generalised' : 'a group to be removed',
          );
          reject = true;
        } else ungrouped.push(h);
        break;
      case 'every':
        add('generalisation', h.span, 'every one of a group called a criminal');
        reject = true;
        break;
      case 'go_home':
        // `go back to your country's own figures` is about data.
        if (tokens[h.to]?.text === 's') break;
        add('expulsion', h.span, 'told to go back to a country of origin');
        reject = true;
        break;
      case 'replace':
        add('replacement', h.span, 'replacement narrative');
        hold = true;
        break;
      case 'denial':
        // Denial reported, judged or condemned (`convicted for saying the Holocaust was a myth`, `Deniers claim …`).
        if (denialReported(tokens, h.from)) break;
        add('denial', h.span, 'the Holocaust denied or its author praised');
        reject = true;
        break;
      case 'assert':
      case 'all':
        break;
    }
  }
  // Strong words, generalisations and expulsion calls reinforce each other without a group named
  // (`subhuman, every single one of them`); the replacement narrative asserted or acted on.
  // An `all` inside another hit (`alle zurückschicken`) is part of it, not a second signal.
  const allApart = hits.some(
    (a) =>
      a.phrase.meta === 'all' &&
      kinds.has('all') &&
      !hits.some(
        (o) =>
          o !== a && o.phrase.meta !== 'all' && o.phrase.meta !== 'group' && o.from <= a.from && a.to <= o.to,
      ),
  );
  // People called vermin count too (`Das sind Parasiten. Abschieben, alle.`).
  const piled =
    ['never_innocent', 'strong', 'general', 'expel'].filter((k) => kinds.has(k as Kind)).length +
    (allApart ? 1 : 0) +
    (verminAtPeople ? 1 : 0);
  if (piled >= 2 && (kinds.has('never_innocent') || kinds.has('strong') || kinds.has('expel'))) {
    reject = true;
    // Round 52: `Die vermehren sich wie Karnickel … Alle zurückschicken` named no group, so its two hits had
    // left no evidence, and a rejection without evidence was dropped.
    for (const h of ungrouped)
      add(h.phrase.meta === 'general' ? 'generalisation' : 'expulsion', h.span, 'piled with other hate');
  }
  if (
    kinds.has('replace') &&
    (kinds.has('assert') || kinds.has('expel') || groups.length > 0 || kinds.has('metaphor'))
  )
    reject = true;
  if (evidence.length === 0) return null;
  if (reject) return { outcome: 'reject', score: round(Math.min(1, 0.7 + 0.1 * evidence.length)), evidence };
  return hold ? { outcome: 'hold', score: 0.5, evidence } : null;
}
