/**
 * A list of terms compiled into one regular expression over folded text (`term-matcher.ts` runs it):
 * each term's obscenity pattern becomes a sequence of atoms, the sequences a prefix tree, the tree
 * nested alternations. Also the capturing forms that name which term a match belongs to.
 */
import { SyntaxKind } from './obscenity-pattern';
import type { Node, ParsedPattern } from 'obscenity';

export interface CompiledTerm {
  id: number;
  term: string;
  pattern: ParsedPattern;
  /** The canonical forms of what this term matches (see `canonical` in term-matcher.ts). */
  keys: string[];
}

/**
 * The expressions are written as compactly as their meaning allows (`[\da-z]` for `[a-z0-9]`, `s*` for
 * `(?:s+)?`): V8 stops optimising a regular expression whose source is longer than 20 KB (its
 * `kRegExpTooLargeToOptimize`), and the lexicon's wildcard form, just over that size, then scanned three
 * times slower than its plain form.
 */
const WORD_CHAR = '[\\da-z]';
/** What a space between words accepts: up to three characters that are not letters or digits. */
const GAP = '[^\\da-z]{0,3}';
/** A word boundary read as a character (`compileScan`): the start of the text, or a non-word character. */
const BOUNDARY = '(?:^|[^\\da-z])';

const isLetterCode = (c: number | undefined): boolean => c !== undefined && c >= 97 && c <= 122;

function escapeRegExpChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** One letter (or letter-or-star class) repeated once or more: `s+`, `[o*]+`. */
const SINGLE_REPEATED = /^([a-z]|\[[a-z]\*\])\+$/;

/** Regular-expression atoms for one obscenity node; `wild` lets inner letters be a `*`. */
function nodeAtoms(node: Node, wild: boolean): string[] {
  switch (node.kind) {
    case SyntaxKind.Wildcard:
      return [WORD_CHAR];
    case SyntaxKind.Optional: {
      const atoms = nodeAtoms(node.childNode, wild);
      // An optional repeated letter (the plural `s`): `s*` tries the same lengths in the same order.
      const only = atoms.length === 1 ? SINGLE_REPEATED.exec(atoms[0]!) : null;
      return [only ? `${only[1]}*` : `(?:${atoms.join('')})?`];
    }
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
  if (pattern.requireWordBoundaryAtEnd) atoms.push(`(?!${WORD_CHAR})`);
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
function trieSource(node: TrieNode, groups: GroupSpec | null, unanchored = false): string {
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
    const captured = groups !== null && (groups.only?.has(node.leaf) ?? true);
    if (captured) groups.list.push(node.leaf);
    branches.push(captured ? '()' : '');
  }
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * Capture groups to add: the list they are numbered into (`list[g - 1]` is the term of group `g`), and
 * the terms that get one (every term when `only` is absent).
 */
interface GroupSpec {
  readonly list: CompiledTerm[];
  readonly only?: ReadonlySet<CompiledTerm>;
}

/**
 * The expression a list's scan runs: no capture groups, and, where it means the same, the word boundary
 * before the terms written as a separator the expression reads (`separator`), not a look-behind. A
 * match then starts at the character before its term, unless its term starts the text.
 *
 * Why: with a look-behind first, the engine tests every position of the text on its own, and scanning
 * a comment cost about as much for 13 terms as for hundreds. Written as `(?:^|[^\da-z])`, the first two
 * characters a match needs are known to it, and it skips the inside of words (measured on the mixed
 * bench bodies, per 1 KB: the banned list 3.0 → 1.3 µs, the suspect list 3.7 → 2.4 µs; all the term
 * scans of a comment in the pipeline, median 96–110 → 85–93 µs).
 *
 * The same matches are found when every term starts with a letter or digit; otherwise the look-behind
 * form is kept. Then a match never starts at the separator, and the scan may resume one character after
 * a term's start (that character, a letter or digit, separates nothing). Terms without a word boundary
 * at their start (`*fucker`) are tried at each position after the bounded ones that start at the next:
 * the look-behind form tried them before those, but the two never both match there (a bounded term
 * needs a separator at that position, an unbounded one a letter or digit).
 */
export interface ScanExpression {
  readonly re: RegExp;
  readonly separator: boolean;
}

export function compileScan(terms: readonly CompiledTerm[], wild: boolean): ScanExpression | null {
  const separator = terms.length > 0 && terms.every((t) => startsWordy(patternAtoms(t.pattern, wild)[0]));
  const re = compileRegExp(terms, wild, null, separator);
  return re ? { re, separator } : null;
}

/** An atom matching only a letter or digit (`a+`, `l{2,}`, `7`, `[\da-z]`). */
const startsWordy = (atom: string | undefined): boolean =>
  atom !== undefined && (/^[a-z0-9]/.test(atom) || atom === WORD_CHAR);

/**
 * Where the term of a scan's match starts: after the separator the expression read before it, if any
 * (a term starts with a letter or digit, the separator is neither).
 */
export function termStart(scan: ScanExpression, text: string, index: number): number {
  if (!scan.separator) return index;
  const c = text.charCodeAt(index);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? index : index + 1;
}

/**
 * One regular expression for a list of terms, with capture groups per `groups`; with `separator`, the
 * bounded terms' word boundary is read as a separator (see `compileScan`).
 */
export function compileRegExp(
  terms: readonly CompiledTerm[],
  wild: boolean,
  groups: GroupSpec | null,
  separator = false,
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
  if (bounded.children.size > 0)
    parts.push(`${separator ? BOUNDARY : `(?<!${WORD_CHAR})`}${trieSource(bounded, groups)}`);
  if (unbounded.children.size > 0) parts.push(trieSource(unbounded, groups, true));
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'g');
}

/**
 * The capturing form of a list's expression, sticky, compiled on first use: run at the place of a match
 * the scan found, it takes the same branch (same alternatives, same order) and its group names the term.
 */
export class CaptureForm {
  private readonly groups: GroupSpec;
  private re: RegExp | undefined;

  constructor(
    private readonly terms: readonly CompiledTerm[],
    private readonly wild: boolean,
    only?: ReadonlySet<CompiledTerm>,
  ) {
    this.groups = only ? { list: [], only } : { list: [] };
  }

  /** The term of the match at `index`, or null when the term that matched has no group. */
  termAt(text: string, index: number): CompiledTerm | null {
    // Only ever run where the scan matched, so the list has terms and the expression exists.
    this.re ??= new RegExp(compileRegExp(this.terms, this.wild, this.groups)!.source, 'y');
    this.re.lastIndex = index;
    const m = this.re.exec(text)!;
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return this.groups.list[g - 1]!;
    return null;
  }
}
