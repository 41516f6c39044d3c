/** Domains written to dodge link detection, in a comment (see `contacts.ts`). */
import tlds from 'tlds/index.json' with { type: 'json' };
import { tokenAt } from './common';
import { wordClass } from '../text/phrases';
import type { Token, Tokens } from '../text/tokens';
import { HANDLE, NUMBER, tokensOf } from '../text/tokens';
import { CUES, DOT_WORD } from './contact-cues';
import type { Found } from './contact-cues';

const TLDS = new Set<string>(tlds);
for (const t of ['рф', 'рус', 'укр', 'бел', 'срб', 'қаз', 'мкд']) TLDS.add(t);
/** Top-level domains accepted after a written-out `dot` (where an ordinary word could follow). */
export const COMMON_TLDS = new Set(
  'com net org info biz io co me tv eu uk de fr es it ru ua pl nl be ch at pt us ca au online shop store site xyz top club pro app live news work loans bet casino vip win cash money click link fun icu cc ws su рф'.split(
    ' ',
  ),
);
const STOPWORDS = wordClass(
  'the|a|an|this|that|these|those|and|or|of|in|on|at|to|for|with|from|by|my|your|our|their|his|her|its|new|old|big|whole|first|last|one|el|la|le|les|der|die|das|и|в|на',
);

/**
 * Domains written so that no link is made: spaced letters (`m y s h o p . com`), a spaced or bracketed
 * dot (`shop . com`, `shop(.)com`, `shop[.]com`), a dot written as a word (`shop dot com`, `точка`).
 * With `all`, plain `shop.com` too (for written-out e-mail addresses).
 */
export function findDomains(text: string, toks: Tokens = tokensOf(text), all = false): Found[] {
  const { tokens } = toks;
  const out: Found[] = [];
  // Start only where a domain may be disguised: before a spaced or bracketed dot, a dot word, or at
  // spaced-out letters.
  const starts = new Set<number>();
  for (const sep of [' .', '(.)', '[.]']) {
    for (let p = text.indexOf(sep); p >= 0; p = text.indexOf(sep, p + 1)) {
      const before = tokenAt(tokens, p) - 1;
      if (before >= 0) starts.add(labelStart(text, tokens, before));
    }
  }
  for (const h of CUES.scan(tokens))
    if (h.phrase.meta === 'dot' && h.from > 0) starts.add(labelStart(text, tokens, h.from - 1));
  for (const k of [...starts].sort((a, b) => a - b)) {
    if (out.length > 0 && k < out.at(-1)!.to) continue;
    const d = domainFrom(text, tokens, k, all);
    if (d) out.push(d);
  }
  return out;
}

/** The gap between token k − 1 and token k, without building a string for the common cases. */
function gapAt(text: string, tokens: readonly Token[], k: number): string {
  const a = tokens[k - 1]!.end;
  const b = tokens[k]!.start;
  if (b - a === 1) {
    const c = text.charCodeAt(a);
    return c === 32 ? ' ' : c === 46 ? '.' : c === 45 ? '-' : text[a]!;
  }
  return text.slice(a, b);
}

/** Where the label ending at token `k` starts: back over hyphens, plain dots and spaced-out letters. */
function labelStart(text: string, tokens: readonly Token[], k: number): number {
  let q = k;
  for (;;) {
    if (q === 0) return q;
    const g = gapAt(text, tokens, q);
    if (g === '-' || g === '.') q--;
    else if (g === ' ' && tokens[q]!.text.length === 1 && tokens[q - 1]!.text.length === 1) q--;
    else return q;
  }
}

/** A domain starting at token `k` (see `findDomains`), or null. */
export function domainFrom(text: string, tokens: readonly Token[], k: number, all: boolean): Found | null {
  const gap = (q: number): string => gapAt(text, tokens, q);
  const labels: string[] = [];
  let obfuscated = false;
  let spacedLetters = false;
  let wordDot = false;
  let q = k;
  for (;;) {
    // A label: one token, hyphenated tokens, or three or more single letters spaced out.
    const t = tokens[q];
    if (!t || t.kind === HANDLE) break;
    let label = t.text;
    let r = q + 1;
    if (t.text.length === 1 && t.kind !== NUMBER) {
      while (r < tokens.length && tokens[r]!.text.length === 1 && gap(r) === ' ') r++;
      if (r - q >= 3) {
        label = tokens
          .slice(q, r)
          .map((x) => x.text)
          .join('');
        spacedLetters = true;
      } else r = q + 1;
    }
    while (r < tokens.length && gap(r) === '-' && tokens[r]!.kind !== HANDLE) {
      label += `-${tokens[r]!.text}`;
      r++;
    }
    labels.push(label);
    q = r;
    // A separator, then another label.
    const next = tokens[q];
    if (!next) break;
    const g = gap(q);
    if (g === '.') continue;
    if (isDotGap(g)) {
      obfuscated = true;
      continue;
    }
    if (
      next.sentence === t.sentence &&
      WORD_DOT_BEFORE.has(g) &&
      DOT_WORD(next) &&
      tokens[q + 1] !== undefined &&
      WORD_DOT_AFTER.has(gap(q + 1))
    ) {
      obfuscated = true;
      wordDot = true;
      q++;
      continue;
    }
    break;
  }
  if (labels.length < 2) return null;
  const tld = labels.at(-1)!;
  const disguised = obfuscated || spacedLetters;
  const ok =
    TLDS.has(tld) &&
    (disguised || all) &&
    (!disguised || COMMON_TLDS.has(tld)) &&
    !(wordDot && (STOPWORDS({ ...tokens[k]!, text: labels[0]! }) || labels[0]!.length < 3));
  if (!ok) return null;
  return {
    kind: 'domain',
    value: labels.join('.'),
    span: [tokens[k]!.start, tokens[q - 1]!.end],
    obfuscated: disguised,
    institutional: false,
    from: k,
    to: q,
  };
}

/** A dot written so that it links nothing: ` . `, ` .`, `(.)`, `[.]`, `{.}`, `[dot]`-style brackets. */
function isDotGap(g: string): boolean {
  if (
    g === ' . ' ||
    g === ' .' ||
    g === '(.)' ||
    g === '[.]' ||
    g === '{.}' ||
    g === ' (.) ' ||
    g === ' [.] '
  )
    return true;
  return false;
}
/** Around a dot written as a word: spaces or brackets (`[dot]`, `(dot)`). */
const WORD_DOT_BEFORE = new Set([' ', ' [', ' (', '[', '(']);
const WORD_DOT_AFTER = new Set([' ', '] ', ') ', ']', ')']);
