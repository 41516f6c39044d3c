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
import { parseRawPattern, SyntaxKind } from 'obscenity';
import type { MatchPayload, Matcher, Node, ParsedPattern } from 'obscenity';
import { normalizeText, normalizedOf, sourceSpan } from './normalize';
import type { NormalizedText } from './normalize';

/** One match of a term: `from`/`to` index the folded text, `span` the original text. */
export interface TermHit {
  termId: number;
  term: string;
  from: number;
  to: number;
  span: [number, number];
}

interface CompiledTerm {
  id: number;
  term: string;
  pattern: ParsedPattern;
  /** The canonical forms of what this term matches (see `canonical`). */
  keys: string[];
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
const GAP = '[^a-z0-9]{0,3}';

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

const isLetterCode = (c: number | undefined): boolean => c !== undefined && c >= 97 && c <= 122;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The whole run of letters and digits that the letter or digit at `at` is part of. */
function wordAround(text: string, at: number): { from: number; to: number } {
  let from = at;
  let to = at + 1;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  while (to < text.length && isWordCode(text.charCodeAt(to))) to++;
  return { from, to };
}

function escapeRegExpChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Regular-expression atoms for one obscenity node; `wild` lets inner letters be a `*`. */
function nodeAtoms(node: Node, wild: boolean): string[] {
  switch (node.kind) {
    case SyntaxKind.Wildcard:
      return ['[a-z0-9]'];
    case SyntaxKind.Optional:
      return [`(?:${nodeAtoms(node.childNode, wild).join('')})?`];
    case SyntaxKind.Literal: {
      const chars = node.chars;
      const atoms: string[] = [];
      for (let q = 0; q < chars.length;) {
        const c = chars[q]!;
        let r = q + 1;
        while (r < chars.length && chars[r] === c) r++;
        const run = r - q;
        const ch = String.fromCodePoint(c);
        if (isLetterCode(c)) {
          const inner = isLetterCode(chars[q - 1]) && isLetterCode(chars[r]);
          const atom = wild && inner ? `[${ch}*]` : ch;
          atoms.push(run === 1 ? `${atom}+` : `${atom}{${run},}`);
        } else if (ch === ' ') {
          atoms.push(GAP);
        } else {
          for (let k = 0; k < run; k++) atoms.push(escapeRegExpChar(ch));
        }
        q = r;
      }
      return atoms;
    }
  }
}

function patternAtoms(pattern: ParsedPattern, wild: boolean): string[] {
  const atoms = pattern.nodes.flatMap((node) => nodeAtoms(node, wild));
  if (pattern.requireWordBoundaryAtEnd) atoms.push('(?![a-z0-9])');
  return atoms;
}

/**
 * A prefix tree of atom sequences, emitted as nested alternations: a large flat alternation makes the
 * regular-expression engine try every term at every position, a tree tries one branch per letter.
 * With `groups`, each term ends in an empty capture group whose number says which term matched (used
 * only when canonical forms are ambiguous, or for the wildcard variant).
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  leaf: CompiledTerm | null;
}

const newNode = (): TrieNode => ({ children: new Map(), leaf: null });

/** The longest chain of atoms below a branch; a gap (which may match nothing) does not count. */
function reach(atom: string, node: TrieNode): number {
  let d = 0;
  for (const [a, child] of node.children) d = Math.max(d, reach(a, child));
  return d + (atom === GAP ? 0 : 1);
}

/** A repeated letter atom (`f+`, `l{2,}`): its letter. */
const REPEATED_LETTER = /^([a-z])(?:\+|\{\d+,\})$/;

/**
 * With `unanchored` (the root of terms without a word boundary at their start, `*fucker`), a branch
 * that opens with a repeated letter does not start inside a run of that letter: whatever matches from
 * inside the run also matches from its first letter, and retrying at every letter of a long run
 * (`ffff…`) made the scan quadratic.
 */
function trieSource(node: TrieNode, groups: CompiledTerm[] | null, unanchored = false): string {
  const branches: string[] = [];
  // Longer continuations first, so `death to america` wins over `death to` at the same place.
  // On a tie, a literal letter before an (optionally empty) gap: `motherfucker` before `mother fucker`.
  const children = [...node.children].sort(
    (x, y) => reach(y[0], y[1]) - reach(x[0], x[1]) || Number(x[0] === GAP) - Number(y[0] === GAP),
  );
  for (const [atom, child] of children) {
    const letter = unanchored ? REPEATED_LETTER.exec(atom)?.[1] : undefined;
    branches.push((letter ? `(?<!${letter})` : '') + atom + trieSource(child, groups));
  }
  if (node.leaf) {
    groups?.push(node.leaf);
    branches.push(groups ? '()' : '');
  }
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** One regular expression for a list of terms; with `groups`, `groups[g - 1]` is the term of group `g`. */
function compileRegExp(
  terms: readonly CompiledTerm[],
  wild: boolean,
  groups: CompiledTerm[] | null,
): RegExp | null {
  const bounded = newNode();
  const unbounded = newNode();
  for (const term of terms) {
    let node = term.pattern.requireWordBoundaryAtStart ? bounded : unbounded;
    for (const atom of patternAtoms(term.pattern, wild)) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = newNode()));
      node = next;
    }
    node.leaf ??= term;
  }
  const parts: string[] = [];
  if (bounded.children.size > 0) parts.push(`(?<![a-z0-9])${trieSource(bounded, groups)}`);
  if (unbounded.children.size > 0) parts.push(trieSource(unbounded, groups, true));
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'g');
}

export interface TermMatcherOptions {
  /** Words or phrases inside which no match counts (obscenity's whitelisted terms). */
  allowed?: readonly string[];
  /** Accept an optional plural `s` after each term (default true). */
  plurals?: boolean;
}

/** A precompiled list of terms; build once per list (see `policy-terms.ts` for the policy cache). */
export class TermMatcher implements Matcher {
  readonly terms: readonly string[];
  private readonly compiled: CompiledTerm[];
  /** Canonical form → term; null when two terms share it (then the capturing expression decides). */
  private readonly byKey = new Map<string, CompiledTerm | null>();
  private readonly re: RegExp | null;
  private readonly groups: CompiledTerm[] = [];
  private captureRe: RegExp | null | undefined;
  private readonly wildGroups: CompiledTerm[] = [];
  private wildRe: RegExp | null | undefined;
  private readonly allowedRe: RegExp | null;

  constructor(terms: readonly string[], options: TermMatcherOptions = {}) {
    this.terms = terms;
    this.compiled = compileList(terms, options.plurals ?? true);
    for (const term of this.compiled) {
      for (const key of term.keys) {
        const seen = this.byKey.get(key);
        this.byKey.set(key, seen === undefined || seen === term ? term : null);
      }
    }
    this.re = compileRegExp(this.compiled, false, null);
    this.allowedRe = compileRegExp(compileList(options.allowed ?? []), false, null);
  }

  /** Every match in folded text, in order of position; overlapping matches of different terms are kept. */
  scan(norm: NormalizedText): TermHit[] {
    const wild = norm.hasWildcard;
    const re = wild ? this.wildcardRegExp() : this.re;
    if (!re) return [];
    const text = norm.text;
    const hits: TermHit[] = [];
    // Where each term's last match ended: matches come in order, so that is enough to skip overlaps.
    const lastEnd = new Map<number, number>();
    // The last words an affix match was extended over: [from, to) of letters and digits.
    let before = { from: 0, to: 0 };
    let after = { from: 0, to: 0 };
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const compiled = wild
        ? this.groupOf(m, this.wildGroups)
        : (this.byKey.get(canonical(m[0])) ?? this.identify(text, m.index));
      let from = m.index;
      let to = from + m[0].length;
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

  private wildcardRegExp(): RegExp | null {
    if (this.wildRe === undefined) this.wildRe = compileRegExp(this.compiled, true, this.wildGroups);
    return this.wildRe;
  }

  private groupOf(m: RegExpExecArray, groups: readonly CompiledTerm[]): CompiledTerm {
    let g = 1;
    while (m[g] === undefined) g++;
    return groups[g - 1]!;
  }

  /** Which term matched at `index`, by the capturing expression (ambiguous canonical forms only). */
  private identify(text: string, index: number): CompiledTerm {
    if (this.captureRe === undefined) {
      const re = compileRegExp(this.compiled, false, this.groups);
      this.captureRe = re && new RegExp(re.source, 'y');
    }
    const re = this.captureRe!;
    re.lastIndex = index;
    return this.groupOf(re.exec(text)!, this.groups);
  }

  /**
   * Drops the hits that lie inside an allowed term's match. The allowed matches come in order of their
   * start, so for each hit one binary search finds those starting at or before it, and a running
   * maximum of their ends says whether one covers it: O((hits + spans) log spans), not hits × spans.
   */
  private withoutAllowed(text: string, hits: TermHit[]): TermHit[] {
    const re = this.allowedRe!;
    const starts: number[] = [];
    const maxEnd: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      starts.push(m.index);
      maxEnd.push(Math.max(maxEnd.at(-1) ?? 0, m.index + m[0].length));
      re.lastIndex = m.index + 1;
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
