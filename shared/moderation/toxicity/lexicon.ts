/**
 * The default toxicity provider: offline and deterministic. It matches Parley's lexicon (`lexicon-data.ts`)
 * with the obfuscation-resistant term matcher, raises a term's weight when a marker says who it is aimed at,
 * and combines the weights of one category as independent evidence (1 − ∏(1 − w)), but for insults, which
 * count by the worst one; overlapping matches count once, with the largest weight.
 */
import { comparedAt, deniedAt, reportingBefore } from '../detectors/asserted';
import { saidOfAbstractAt } from '../detectors/abstract-subject';
import { animalPartAt } from '../detectors/cue-idioms';
import { tokenAt } from '../detectors/common';
import { animalAt, isAccentedName, isMention, joinedAt, selfDirected } from './lexicon-uses';
import { tokensOf } from '../text/tokens';
import type { Evidence } from '../types';
import { normalizedOf } from '../text/normalize';
import { TermMatcher } from '../text/term-matcher';
import type { TermHit } from '../text/term-matcher';
import { LEXICON, LEXICON_ALLOWED, MARKERS } from './lexicon-data';
import type { LexiconEntry, MarkerKind, NearRule } from './lexicon-data';
import { TOXICITY_CATEGORIES, zeroScores } from './types';
import type { CategoryScores, ToxicityCategory, ToxicityProvider, ToxicityResult } from './types';
import { renamedVillageAt } from '../text/innocent-names';

export interface LexiconProviderOptions {
  entries?: readonly LexiconEntry[];
  markers?: ReadonlyArray<{ term: string; kind: MarkerKind }>;
  allowed?: readonly string[];
}

interface Compiled {
  entries: LexiconEntry[];
  terms: TermMatcher;
  markers: TermMatcher;
  markerKinds: MarkerKind[];
}

/** Entries with the same term are merged: the larger base weight per category, all near rules. */
function mergeEntries(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const byTerm = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    const seen = byTerm.get(entry.term);
    if (!seen) {
      byTerm.set(entry.term, { term: entry.term, base: { ...entry.base }, near: [...(entry.near ?? [])] });
      continue;
    }
    for (const [c, w] of Object.entries(entry.base) as Array<[ToxicityCategory, number]>) {
      seen.base[c] = Math.max(seen.base[c] ?? 0, w);
    }
    seen.near!.push(...(entry.near ?? []));
  }
  return [...byTerm.values()];
}

const CLAUSE_BREAK = /[.!?;:,\n]/;
const SENTENCE_BREAK = /[.!?;\n]/;

const noBreak = (text: string, from: number, to: number, clause: boolean): boolean =>
  to <= from || !(clause ? CLAUSE_BREAK : SENTENCE_BREAK).test(text.slice(from, to));

interface MarkerHit {
  kind: MarkerKind;
  hit: TermHit;
}

/**
 * The markers of a text, indexed by where they start and where they end, so that finding the ones
 * near a term is two binary searches rather than a pass over every marker (which made a comment of
 * `you idiot you idiot …` quadratic).
 */
interface MarkerIndex {
  markers: readonly MarkerHit[];
  /** Marker positions in `markers`, by `from`, and by `to`. */
  byFrom: number[];
  byTo: number[];
}

function indexMarkers(markers: readonly MarkerHit[]): MarkerIndex {
  const order = markers.map((_, i) => i);
  return {
    markers,
    byFrom: [...order].sort((a, b) => markers[a]!.hit.from - markers[b]!.hit.from),
    byTo: [...order].sort((a, b) => markers[a]!.hit.to - markers[b]!.hit.to),
  };
}

/**
 * The first position in `sorted` (marker positions, by end when `byEnd`, else by start) whose marker
 * ends (or starts) at `min` or later. The field is chosen by a flag, not a key function: a closure per
 * call was allocated for every rule of every hit.
 */
function lowerBound(
  sorted: readonly number[],
  markers: readonly MarkerHit[],
  byEnd: boolean,
  min: number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const { hit } = markers[sorted[mid]!]!;
    if ((byEnd ? hit.to : hit.from) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether marker `m` counts for `rule` at `hit`. A function of its own rather than a closure in
 * `findNear`: that ran for every rule of every hit and allocated a closure each time.
 */
function near(text: string, rule: NearRule, hit: TermHit, m: MarkerHit): boolean {
  // `you are` also counts wherever a plain `you` would.
  if (m.kind !== rule.marker && !(rule.marker === 'you' && m.kind === 'youare')) return false;
  const mk = m.hit;
  const clause = rule.marker === 'you' || rule.marker === 'youare';
  if (mk.to <= hit.from)
    return hit.from - mk.to <= (rule.before ?? 30) && noBreak(text, mk.to, hit.from, clause);
  // After the term a comma is fine: `idiot, you are`.
  if (mk.from >= hit.to)
    return mk.from - hit.to <= (rule.after ?? 0) && noBreak(text, hit.to, mk.from, false);
  // The marker is part of the phrase itself (`gas the jews`).
  return mk.from >= hit.from && mk.to <= hit.to;
}

function findNear(text: string, rule: NearRule, hit: TermHit, index: MarkerIndex): MarkerHit | null {
  const before = rule.before ?? 30;
  const after = rule.after ?? 0;
  const { markers, byFrom, byTo } = index;
  // Every marker that can qualify ends in [hit.from - before, hit.from] (before the term), or starts
  // in [hit.from, hit.to + after] (inside or after it). Of those, the first in text order wins.
  let best = -1;
  const from = hit.from - before;
  for (let k = lowerBound(byTo, markers, true, from); k < byTo.length; k++) {
    const i = byTo[k]!;
    if (markers[i]!.hit.to > hit.from) break;
    if ((best === -1 || i < best) && near(text, rule, hit, markers[i]!)) best = i;
  }
  const until = hit.to + after;
  for (let k = lowerBound(byFrom, markers, false, hit.from); k < byFrom.length; k++) {
    const i = byFrom[k]!;
    if (markers[i]!.hit.from > until) break;
    if ((best === -1 || i < best) && near(text, rule, hit, markers[i]!)) best = i;
  }
  return best === -1 ? null : markers[best]!;
}

/**
 * The last offset at which a marker can start and still count for one of the hits (`findNear`: before a
 * term, inside it, or within its rule's `after`): markers starting later need not be found.
 */
function markerReach(hits: readonly TermHit[], entries: readonly LexiconEntry[]): number {
  let reach = -1;
  for (const hit of hits)
    for (const rule of entries[hit.termId]!.near ?? []) reach = Math.max(reach, hit.to + (rule.after ?? 0));
  return reach;
}

/**
 * Drops every hit that lies inside a longer one (a phrase defines the meaning of the words inside it:
 * `useful idiot`, `piece of shit`). Sorted by start, then longest first, one sweep with the largest end
 * seen so far decides: O(h log h) instead of comparing every pair.
 */
function outermost(hits: readonly TermHit[]): TermHit[] {
  const order = hits
    .map((_, i) => i)
    .sort((a, b) => hits[a]!.from - hits[b]!.from || hits[b]!.to - hits[a]!.to);
  const inside = new Uint8Array(hits.length);
  let maxEnd = -1;
  for (let k = 0; k < order.length;) {
    // Hits with the same span go together: one does not hide another.
    const { from, to } = hits[order[k]!]!;
    let g = k;
    while (g < order.length && hits[order[g]!]!.from === from && hits[order[g]!]!.to === to) g++;
    if (maxEnd >= to) for (let q = k; q < g; q++) inside[order[q]!] = 1;
    maxEnd = Math.max(maxEnd, to);
    k = g;
  }
  return hits.filter((_, i) => !inside[i]);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Builds a lexicon provider; the lexicon is compiled on first use and then reused. */
export function createLexiconProvider(options: LexiconProviderOptions = {}): ToxicityProvider & {
  scoreText(text: string): ToxicityResult;
} {
  let compiled: Compiled | null = null;
  const compile = (): Compiled => {
    if (compiled) return compiled;
    const entries = mergeEntries(options.entries ?? LEXICON);
    const markers = options.markers ?? MARKERS;
    compiled = {
      entries,
      terms: new TermMatcher(
        entries.map((e) => e.term),
        { allowed: options.allowed ?? LEXICON_ALLOWED },
      ),
      markers: new TermMatcher(
        markers.map((m) => m.term),
        { plurals: false },
      ),
      markerKinds: markers.map((m) => m.kind),
    };
    return compiled;
  };

  const scoreText = (text: string): ToxicityResult => {
    const { entries, terms, markers, markerKinds } = compile();
    const norm = normalizedOf(text);
    const categories = zeroScores();
    const evidence: Evidence[] = [];
    let hits = terms.scan(norm);
    if (hits.length === 0) return { provider: 'lexicon', categories, evidence };
    hits = outermost(hits).filter(
      (hit) =>
        !isMention(text, hit.span) &&
        !renamedVillageAt(text, hit.span) &&
        !joinedAt(text, hit.span) &&
        !isAccentedName(text, hit.span, entries[hit.termId]!.term) &&
        !(entries[hit.termId]!.base.insult && selfDirected(text, hit.span)) &&
        !animalAt(text, hit.span),
    );
    if (hits.length === 0) return { provider: 'lexicon', categories, evidence };
    const markerHits = indexMarkers(
      markers
        .scan(norm, markerReach(hits, entries))
        .map((hit): MarkerHit => ({ kind: markerKinds[hit.termId]!, hit })),
    );

    const spans: Record<ToxicityCategory, Array<[number, number, number]>> = {
      insult: [],
      threat: [],
      hate: [],
      profanity: [],
      sexual: [],
      violent_extremism: [],
    };
    let reported: Uint8Array | undefined;
    for (const hit of hits) {
      const entry = entries[hit.termId]!;
      const weights: Partial<CategoryScores> = { ...entry.base };
      const reasons: Partial<Record<ToxicityCategory, string>> = {};
      for (const rule of entry.near ?? []) {
        const marker = findNear(norm.text, rule, hit, markerHits);
        if (!marker) continue;
        // A word denied, reported or compared is not said of the group (`Migrants are not vermin`).
        if (rule.marker === 'group' && !saidOfPeople(text, hit.span, (reported ??= reportingOf(text))))
          continue;
        for (const [c, w] of Object.entries(rule.weights) as Array<[ToxicityCategory, number]>) {
          if (w > (weights[c] ?? 0)) {
            weights[c] = w;
            reasons[c] = `near "${text.slice(marker.hit.span[0], marker.hit.span[1])}" (${marker.kind})`;
          }
        }
      }
      for (const c of TOXICITY_CATEGORIES) {
        const w = weights[c] ?? 0;
        if (w <= 0) continue;
        spans[c].push([hit.from, hit.to, w]);
        evidence.push({
          kind: 'term',
          value: entry.term,
          span: hit.span,
          score: w,
          detail: `${c}: "${text.slice(hit.span[0], hit.span[1])}"${reasons[c] ? ` ${reasons[c]}` : ''}`,
        });
      }
    }
    // Insults count by the worst one (round 46): two mild insults are not a severe one.
    for (const c of TOXICITY_CATEGORIES) categories[c] = round(combine(spans[c], c === 'insult'));
    return { provider: 'lexicon', categories, evidence };
  };

  return { name: 'lexicon', score: scoreText, scoreText };
}

/** Noisy-or over clusters of overlapping matches, a cluster at its largest weight; `worst`: the largest alone. */
function combine(spans: Array<[number, number, number]>, worst = false): number {
  if (spans.length === 0 || worst) return Math.max(0, ...spans.map((s) => s[2]));
  spans.sort((a, b) => a[0] - b[0]);
  let keep = 1;
  let clusterEnd = -1;
  let clusterMax = 0;
  for (const [from, to, w] of spans) {
    if (from < clusterEnd) {
      clusterMax = Math.max(clusterMax, w);
      clusterEnd = Math.max(clusterEnd, to);
      continue;
    }
    keep *= 1 - clusterMax;
    clusterMax = w;
    clusterEnd = to;
  }
  keep *= 1 - clusterMax;
  return Math.min(1, 1 - keep);
}

/** The default provider instance. */
export const lexiconProvider = createLexiconProvider();

const reportingOf = (text: string): Uint8Array => reportingBefore(tokensOf(text).tokens);

/**
 * Whether the word at `span` is asserted of people: not denied, reported or compared, nor said of an
 * ideology named just before it (`Islamist terror is a cancer`) (`detectors/asserted.ts`), nor an object
 * made of an animal (`pig's blood`, `detectors/cue-idioms.ts`).
 */
function saidOfPeople(text: string, span: readonly [number, number], reported: Uint8Array): boolean {
  const { tokens } = tokensOf(text);
  const k = tokenAt(tokens, span[0]);
  if (k >= tokens.length) return true;
  return (
    reported[k] !== 1 &&
    !deniedAt(tokens, k) &&
    !comparedAt(tokens, k) &&
    !saidOfAbstractAt(tokens, k) &&
    !animalPartAt(tokens, k, k + 1)
  );
}
