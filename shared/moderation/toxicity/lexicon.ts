/**
 * The default toxicity provider: offline and deterministic. It matches Parley's lexicon
 * (`lexicon-data.ts`) with the obfuscation-resistant term matcher, raises a term's weight when a marker
 * says who it is aimed at, and combines the weights of one category as independent evidence
 * (1 − ∏(1 − w)); overlapping matches count once, with the largest weight.
 */
import type { Evidence } from '../types';
import { normalizedOf } from '../text/normalize';
import { TermMatcher } from '../text/term-matcher';
import type { TermHit } from '../text/term-matcher';
import { LEXICON, LEXICON_ALLOWED, MARKERS } from './lexicon-data';
import type { LexiconEntry, MarkerKind, NearRule } from './lexicon-data';
import { TOXICITY_CATEGORIES, zeroScores } from './types';
import type { CategoryScores, ToxicityCategory, ToxicityProvider, ToxicityResult } from './types';

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

function noBreak(text: string, from: number, to: number, clause: boolean): boolean {
  if (to <= from) return true;
  return !(clause ? CLAUSE_BREAK : SENTENCE_BREAK).test(text.slice(from, to));
}

interface MarkerHit {
  kind: MarkerKind;
  hit: TermHit;
}

function findNear(
  text: string,
  rule: NearRule,
  hit: TermHit,
  markers: readonly MarkerHit[],
): MarkerHit | null {
  const before = rule.before ?? 30;
  const after = rule.after ?? 0;
  const clause = rule.marker === 'you' || rule.marker === 'youare';
  for (const m of markers) {
    // `you are` also counts wherever a plain `you` would.
    if (m.kind !== rule.marker && !(rule.marker === 'you' && m.kind === 'youare')) continue;
    const mk = m.hit;
    if (mk.to <= hit.from) {
      if (hit.from - mk.to <= before && noBreak(text, mk.to, hit.from, clause)) return m;
    } else if (mk.from >= hit.to) {
      // After the term a comma is fine: `idiot, you are`.
      if (mk.from - hit.to <= after && noBreak(text, hit.to, mk.from, false)) return m;
    } else if (mk.from >= hit.from && mk.to <= hit.to) {
      // The marker is part of the phrase itself (`gas the jews`).
      return m;
    }
  }
  return null;
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
    // A phrase defines the meaning of the words inside it (`useful idiot`, `piece of shit`).
    hits = hits.filter(
      (h) => !hits.some((o) => o !== h && o.from <= h.from && h.to <= o.to && o.to - o.from > h.to - h.from),
    );
    const markerHits: MarkerHit[] = markers
      .scan(norm)
      .map((hit) => ({ kind: markerKinds[hit.termId]!, hit }));

    const spans: Record<ToxicityCategory, Array<[number, number, number]>> = {
      insult: [],
      threat: [],
      hate: [],
      profanity: [],
      sexual: [],
      violent_extremism: [],
    };
    for (const hit of hits) {
      const entry = entries[hit.termId]!;
      const weights: Partial<CategoryScores> = { ...entry.base };
      const reasons: Partial<Record<ToxicityCategory, string>> = {};
      for (const rule of entry.near ?? []) {
        const marker = findNear(norm.text, rule, hit, markerHits);
        if (!marker) continue;
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
    for (const c of TOXICITY_CATEGORIES) categories[c] = round(combine(spans[c]));
    return { provider: 'lexicon', categories, evidence };
  };

  return { name: 'lexicon', score: scoreText, scoreText };
}

/** Noisy-or over clusters of overlapping matches; a cluster counts with its largest weight. */
function combine(spans: Array<[number, number, number]>): number {
  if (spans.length === 0) return 0;
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
