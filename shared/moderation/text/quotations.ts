/**
 * Which quotations are the comment's own words. Quoted words are a mention to the detectors (a court
 * report, a chant, a slur named to discuss it: LABELLING.md's `civil_quote`), so a comment must not be able
 * to say anything by wrapping it in quotation marks: a quotation is read as the comment's own words when
 * nothing but punctuation stands outside it (`“Someone should shoot the mayor.”`), or when all that does
 * is a few words of agreement (`"…" Couldn't agree more.`, `"…" That is a promise.`).
 */

/** Folded words that endorse what a quotation says. */
const ENDORSING = new Set('agree agreed right true truer exactly amen promise correct spot'.split(' '));
/** The most words outside the quotations that can be only an endorsement. */
const MAX_ENDORSEMENT_WORDS = 6;

interface QuotedToken {
  readonly text: string;
  readonly quoted: boolean;
}

/** Whether the quotations of a comment are its own words (see the module comment). */
export function quotationsAreOwnWords(tokens: readonly QuotedToken[]): boolean {
  const outside = tokens.filter((t) => !t.quoted);
  if (outside.length === 0) return true;
  return outside.length <= MAX_ENDORSEMENT_WORDS && outside.some((t) => ENDORSING.has(t.text));
}
