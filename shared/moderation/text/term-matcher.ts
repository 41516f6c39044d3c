/**
 * Obfuscation-resistant matching of plain words and phrases.
 *
 * A term is written the way an editor would write it in the policy: `idiot`, `kill yourself`,
 * `fuck*` (any word starting with it), `*fucker` (any word ending with it). Each term becomes an
 * obscenity pattern (`|idiot[s]|`: word boundaries, optional plural), parsed by obscenity's own
 * parser; the parsed pattern is then compiled against text folded by `normalizeText` (confusables,
 * diacritics, leetspeak, zero-width characters, in-word punctuation and spaced-out letters undone):
 * every letter accepts repetition (`stuuupid`), a space between words accepts up to three
 * non-letters, and a second variant lets an in-word `*` stand for a hidden letter (`f*ck`).
 *
 * Why not obscenity's `RegExpMatcher` itself: it re-runs its transformer chain and one regular
 * expression per term on every call (about 120 µs per KB before matching anything, plus a scan per
 * term), and it does not join spaced letters. Here the folding happens once per comment and all terms
 * of a list are one precompiled alternation, so a 1 KB comment costs a few microseconds per list. The
 * class still implements obscenity's `Matcher` interface, and a test checks it agrees with
 * `RegExpMatcher` on plain text.
 *
 * Allowed terms (a whitelist, like obscenity's whitelisted terms) suppress any match that lies inside
 * one of them: `shiite` keeps `shite` from matching the Shia Muslims of a foreign-affairs piece.
 */
import { parseRawPattern, SyntaxKind } from './obscenity-pattern';
import type { MatchPayload, Matcher } from 'obscenity';
import { normalizeText, normalizedOf, sourceSpan } from './normalize';
import type { NormalizedText } from './normalize';
import { CaptureForm, compileScan, termStart } from './term-regexp';
import type { CompiledTerm, ScanExpression } from './term-regexp';

/** One match of a term: `from`/`to` index the folded text, `span` the original text. */
export interface TermHit {
  termId: number;
  term: string;
  from: number;
  to: number;
  span: [number, number];
}

/**
 * What a match reads as once gaps, punctuation and repeated characters are dropped: `k i l l  you` and
 * `kiiill you` both read `kilyou`. A term's own canonical form identifies it, so a match is looked up
 * in a map instead of searching hundreds of capture groups.
 */
export function canonical(text: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) || c === last) continue;
    out += text[i];
    last = c;
  }
  return out;
}

const OBSCENITY_SPECIAL = /[\\[\]?|]/g;

/** Folds a term the same way comment text is folded; null when nothing matchable is left. */
export function foldTerm(raw: string): { core: string; prefix: boolean; suffix: boolean } | null {
  let t = raw.trim();
  const prefix = t.endsWith('*');
  const suffix = t.startsWith('*');
  t = t.replace(/^\*+|\*+$/g, '');
  const core = normalizeText(t).text.replace(/\s+/g, ' ').trim();
  if (!/[a-z0-9]/.test(core)) return null;
  return { core, prefix, suffix };
}

/**
 * The obscenity pattern for a term: `idiot` → `|idiot[s]|` (a plural `s` is optional when the last
 * word has three letters or more), `fuck*` → `|fuck`, `*fucker` → `fucker[s]|`.
 */
export function termToPattern(raw: string, plurals = true): string | null {
  const folded = foldTerm(raw);
  if (!folded) return null;
  const { core, prefix, suffix } = folded;
  const escaped = core.replace(OBSCENITY_SPECIAL, (ch) => `\\${ch}`);
  const plural = plurals && !prefix && /[a-z]{3}$/.test(core) ? '[s]' : '';
  return `${suffix ? '' : '|'}${escaped}${plural}${prefix ? '' : '|'}`;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The whole run of letters and digits that the letter or digit at `at` is part of. */
function wordAround(text: string, at: number): { from: number; to: number } {
  let from = at;
  let to = at + 1;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
  return { from, to };
}

export interface TermMatcherOptions {
  /** Words or phrases inside which no match counts (obscenity's whitelisted terms). */
  allowed?: readonly string[];
  /** Accept an optional plural `s` after each term (default true). */
  plurals?: boolean;
  /**
   * A phrase's words must stand in one clause: a gap holding `,` `.` `;` `:` `!` or `?` does not join them
   * (an editor's `pig dog` is not `The pig, dog and cat`). Default false: the detectors' own phrases
   * (`coming for you and your family`) are read across a comma, as their writers punctuate them.
   */
  oneClause?: boolean;
}

/** Punctuation that ends a clause; inside a word, `normalizeText` has already dropped it. */
const CLAUSE_BREAK = /[.,;:!?]/;

/** A precompiled list of terms; build once per list (see `policy-terms.ts` for the policy cache). */
export class TermMatcher implements Matcher {
  readonly terms: readonly string[];
  private readonly compiled: CompiledTerm[];
  /** Canonical form → term; null when two terms share it (then the capturing expression decides). */
  private readonly byKey = new Map<string, CompiledTerm | null>();
  private readonly re: ScanExpression | null;
  /** Every term needs a word boundary at its start: a hit never starts before its match. */
  private readonly startsAnchored: boolean;
  private wildRe: ScanExpression | null | undefined;
  /** Capturing forms (see `identify`): groups for the terms that share a canonical form, or for all. */
  private readonly ambiguousCapture: CaptureForm;
  private readonly plainCapture: CaptureForm;
  private readonly wildCapture: CaptureForm;
  private readonly allowedRe: ScanExpression | null;
  private readonly oneClause: boolean;

  constructor(terms: readonly string[], options: TermMatcherOptions = {}) {
    this.terms = terms;
    this.compiled = compileList(terms, options.plurals ?? true);
    for (const term of this.compiled) {
      for (const key of term.keys) {
        const seen = this.byKey.get(key);
        this.byKey.set(key, seen === undefined || seen === term ? term : null);
      }
    }
    const ambiguous = new Set(this.compiled.filter((t) => t.keys.some((k) => this.byKey.get(k) === null)));
    this.ambiguousCapture = new CaptureForm(this.compiled, false, ambiguous);
    this.plainCapture = new CaptureForm(this.compiled, false);
    this.wildCapture = new CaptureForm(this.compiled, true);
    this.re = compileScan(this.compiled, false);
    this.startsAnchored = this.compiled.every((t) => t.pattern.requireWordBoundaryAtStart);
    this.allowedRe = compileScan(compileList(options.allowed ?? []), false);
    this.oneClause = options.oneClause ?? false;
  }

  /**
   * Every match in folded text, in order of position; overlapping matches of different terms are kept.
   * With `until`, the scan may stop once matches start after that offset: every hit starting at or
   * before it is still reported, and the hits are the same first ones as without it.
   */
  scan(norm: NormalizedText, until = Infinity): TermHit[] {
    const wild = norm.hasWildcard;
    const scan = wild ? this.wildcardRegExp() : this.re;
    if (!scan) return [];
    const re = scan.re;
    const text = norm.text;
    // A term without a word boundary at its start reports the whole word it ends (a match starting
    // after `until` may report an earlier start): such lists are scanned to the end.
    const stopAfter = this.startsAnchored ? until : Infinity;
    const hits: TermHit[] = [];
    // Where each term's last match ended: matches come in order, so that is enough to skip overlaps.
    const lastEnd = new Map<number, number>();
    // The last words an affix match was extended over: [from, to) of letters and digits.
    let before = { from: 0, to: 0 };
    let after = { from: 0, to: 0 };
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // The match may include the separator before its term (`compileScan`), which spells nothing.
      let from = termStart(scan, text, m.index);
      if (from > stopAfter) break;
      let to = m.index + m[0].length;
      // A match is named by its canonical form (the letters of its term) unless two terms share it; a
      // match with a `*` standing for a letter (`f*ck`) does not spell its term, so the capturing form
      // of the expression names it.
      const compiled =
        wild && m[0].includes('*', from - m.index)
          ? this.identify(text, from, true)
          : (this.byKey.get(canonical(m[0])) ?? this.identify(text, from, wild));
      re.lastIndex = from + 1;
      // Affix terms (`fuck*`, `*fucker`) report the whole word they are part of. The word's bounds
      // are kept, so many matches inside one long word (`*ass*` in `assassass…`) find them once.
      if (!compiled.pattern.requireWordBoundaryAtStart && from > 0 && isWordCode(text.charCodeAt(from - 1))) {
        if (from < before.from || from > before.to) before = wordAround(text, from - 1);
        from = before.from;
      }
      if (!compiled.pattern.requireWordBoundaryAtEnd && to < text.length && isWordCode(text.charCodeAt(to))) {
        if (to < after.from || to > after.to) after = wordAround(text, to);
        to = after.to;
      }
      if (from < (lastEnd.get(compiled.id) ?? -1)) continue;
      if (this.oneClause && CLAUSE_BREAK.test(text.slice(from, to))) continue;
      lastEnd.set(compiled.id, to);
      hits.push({ termId: compiled.id, term: compiled.term, from, to, span: sourceSpan(norm, from, to) });
    }
    return hits.length > 0 && this.allowedRe ? this.withoutAllowed(text, hits) : hits;
  }

  /** Matches in a raw string (folded through the shared memo). */
  match(input: string): TermHit[] {
    return this.scan(normalizedOf(input));
  }

  // obscenity's Matcher interface: spans are inclusive there.
  getAllMatches(input: string, sorted = false): MatchPayload[] {
    const payloads = this.match(input).map((h) => ({
      termId: h.termId,
      startIndex: h.span[0],
      endIndex: h.span[1] - 1,
      matchLength: [...input.slice(h.span[0], h.span[1])].length,
    }));
    return sorted
      ? payloads.sort((a, b) => a.startIndex - b.startIndex || a.endIndex - b.endIndex)
      : payloads;
  }

  hasMatch(input: string): boolean {
    return this.match(input).length > 0;
  }

  private wildcardRegExp(): ScanExpression | null {
    if (this.wildRe === undefined) this.wildRe = compileScan(this.compiled, true);
    return this.wildRe;
  }

  /**
   * Which term matched at `index`, by a capturing form of the expression run there alone. The scan itself
   * never captures: with a group per term, the engine resets hundreds of capture registers at every
   * position of the text (a wildcard scan of 1 KB took ten times as long as a plain one). A plain match
   * comes here only when its canonical form is ambiguous, so the form with groups on those terms alone
   * (a few, not hundreds) names it.
   */
  private identify(text: string, index: number, wild: boolean): CompiledTerm {
    if (wild) return this.wildCapture.termAt(text, index)!;
    return this.ambiguousCapture.termAt(text, index) ?? this.plainCapture.termAt(text, index)!;
  }

  /**
   * Drops the hits that lie inside an allowed term's match. The allowed matches come in order of their
   * start, so for each hit one binary search finds those starting at or before it, and a running
   * maximum of their ends says whether one covers it: O((hits + spans) log spans), not hits × spans.
   */
  private withoutAllowed(text: string, hits: TermHit[]): TermHit[] {
    const scan = this.allowedRe!;
    const re = scan.re;
    const starts: number[] = [];
    const maxEnd: number[] = [];
    // Only allowed matches starting at or before a hit can cover it: the scan stops after the last.
    let lastFrom = 0;
    for (const h of hits) lastFrom = Math.max(lastFrom, h.from);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = termStart(scan, text, m.index);
      if (start > lastFrom) break;
      starts.push(start);
      maxEnd.push(Math.max(maxEnd.at(-1) ?? 0, m.index + m[0].length));
      re.lastIndex = start + 1;
    }
    if (starts.length === 0) return hits;
    return hits.filter((h) => {
      // The number of allowed matches starting at or before the hit.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= h.from) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 || maxEnd[lo - 1]! < h.to;
    });
  }
}

function compileList(terms: readonly string[], plurals = true): CompiledTerm[] {
  const out: CompiledTerm[] = [];
  terms.forEach((term, id) => {
    const pattern = termToPattern(term, plurals);
    if (pattern === null) return;
    const parsed = parseRawPattern(pattern);
    // The pattern's literal text without its optional plural: the folded term itself.
    const literal = parsed.nodes
      .filter((n) => n.kind === SyntaxKind.Literal)
      .map((n) => String.fromCodePoint(...n.chars))
      .join('');
    const key = canonical(literal);
    const plural = parsed.nodes.some((n) => n.kind === SyntaxKind.Optional);
    out.push({ id, term, pattern: parsed, keys: plural ? [key, canonical(`${key}s`)] : [key] });
  });
  return out;
}
