import type { Evidence, ModeratedComment } from '../types';
import { mentionAt, tokenRange } from '../detectors/common';
import type { TermMatcher } from './term-matcher';
import { tokensOf } from './tokens';

/** The fields term checks read: what readers see (the body and the display name). */
const FIELDS = ['body', 'authorName'] as const;

type Field = (typeof FIELDS)[number];

/**
 * An acronym in the suspect list (one word of two to five capitals: `ZOG`) may share its letters with an
 * everyday word (German `zog`, pulled): with `acronyms`, it matches only where the comment writes it in
 * capitals too. Banned terms match in any case however they are written (an editor's `KKK` bans `kkk`).
 */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** Whether text is written in capitals: no lower-case letter, and one upper-case letter at least. */
export const inCapitals = (typed: string): boolean =>
  typed === typed.toUpperCase() && typed !== typed.toLowerCase();

/**
 * Every match of `matcher` in the comment's public text, as evidence (term, span, what was typed);
 * `counts`, when given, says which matches count; `acronyms`: see `ACRONYM`.
 */
export function termEvidence(
  matcher: TermMatcher,
  comment: Readonly<ModeratedComment>,
  counts?: (field: Field, span: readonly [number, number]) => boolean,
  acronyms = false,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const field of FIELDS) {
    const text = comment[field];
    for (const hit of matcher.match(text)) {
      if (acronyms && ACRONYM.test(hit.term) && !inCapitals(text.slice(hit.span[0], hit.span[1]))) continue;
      if (counts && !counts(field, hit.span)) continue;
      evidence.push({
        kind: 'term',
        value: hit.term,
        span: hit.span,
        detail: `${field}: "${text.slice(hit.span[0], hit.span[1])}"`,
      });
    }
  }
  return evidence;
}

/**
 * Whether a term found at `span` of a comment's body is mentioned, not used (`mentionAt`): a newsroom
 * discusses slurs and conspiracy claims — a court case, a glossary, a fact-check — so a mention is left to
 * the checks that judge the sentence around it. `claims`: a noun after it (`story`, `claims`) counts too.
 */
export function mentionInBody(body: string, span: readonly [number, number], claims = false): boolean {
  const { tokens } = tokensOf(body);
  return mentionAt(tokens, ...tokenRange(tokens, span), claims);
}
