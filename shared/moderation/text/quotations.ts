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

/**
 * Round 36 (a red-team of replies, `/work/audit21`): agreement with the one quoted, next to the quotation in a
 * longer reply (`"All these migrants are rats" — harsh but true, nobody wants to admit it`, `@x said '…' and he's
 * right, she lives in …`, `Totally agree with the person who wrote '…'`, `y tiene toda la razón`, `und hat völlig
 * recht`, `i on prav`, `"…" — exactly, …`). Only agreement said of the quoted person or their words, within `NEAR`
 * words: not a verdict on something else (`Das Gericht wertete das als Volksverhetzung. Richtig so.`, `are exactly
 * why press protection matters`, `right up until Baghouz fell`, a sarcastic `Right.`), and not when negated (`that's
 * not true`).
 */
const NEAR = 8;
const PERSON = new Set('he she they you u он она они ты вы on ona oni ty vy il elle ils er sie'.split(' '));
const BE = new Set(['s', 'is', 'are', 're', 'was', 'were']);
const NEGATION = new Set(
  'not no never isn aren wasn don doesn didn t nicht kein pas ne не нет ni net'.split(' '),
);
/** Words that agree as the first word after a quotation (`"…" — exactly, …`, `"…" Amen.`). */
const AGREEING_FIRST = new Set('exactly exacto exactamente exactement genau именно imenno amen'.split(' '));
interface Agreement {
  /** A word that must stand within `reach` words before the word of agreement. */
  readonly before: (w: string) => boolean;
  readonly reach: number;
  /** The only words that may stand between the two, when not any (`he's right`, not `ISIS's slogan right`). */
  readonly between?: (w: string) => boolean;
}
const person = (w: string): boolean => PERSON.has(w);
/** What must stand just before a word of agreement for it to speak of the one quoted. */
const AGREEMENT_BY_WORD = new Map<string, Agreement>([
  ['right', { before: person, reach: 2, between: (w) => BE.has(w) || PERSON.has(w) }],
  ['true', { before: (w) => w === 'but' || w === 'so', reach: 1 }],
  ['wrong', { before: (w) => w === 'not', reach: 1 }],
  ['razon', { before: (w) => w === 'tiene' || w === 'tienes' || w === 'tenia', reach: 3 }],
  ['raison', { before: (w) => w === 'a' || w === 'as' || w === 'avait', reach: 2 }],
  ['tort', { before: (w) => w === 'pas', reach: 1 }],
  ['recht', { before: (w) => w === 'hat' || w === 'hast' || w === 'hatte', reach: 3 }],
  ...['прав', 'права', 'правы', 'prav', 'prava', 'pravy'].map((w): [string, Agreement] => [
    w,
    { before: person, reach: 2 },
  ]),
]);
const AGREED = new Set('согласен согласна согласны soglasen soglasna soglasny einverstanden'.split(' '));
const NOT_AFTER_FIRST = new Set('so wie like the what why how como comme как kak'.split(' '));
const RIGHT_TO = new Set('to de d al en zu mit about'.split(' '));

/** Whether the outside word at `k`, `gap` words from a quotation's end, agrees with the one quoted. */
function agreesAt(tokens: readonly QuotedToken[], k: number, gap: number): boolean {
  const text = tokens[k]!.text;
  const next = tokens[k + 1]?.text;
  // `Genau so sieht das heute aus`, `exactly the kind of thing`: a comparison, not agreement.
  if (AGREEING_FIRST.has(text)) return gap === 0 && (next === undefined || !NOT_AFTER_FIRST.has(next));
  // Right *to* do something (`Le journaliste a eu raison de le rapporter`, `L'article a raison de la citer`).
  if (next !== undefined && RIGHT_TO.has(next)) return false;
  // `Couldn't have said it better`, `Entièrement d'accord` (not `pas d'accord`).
  if (text === 'better') return tokens[k - 1]?.text === 'it' && tokens[k - 2]?.text === 'said';
  if (text === 'accord') return tokens[k - 1]?.text === 'd' && !NEGATION.has(tokens[k - 2]?.text ?? '');
  // `Totalmente de acuerdo`, `Полностью согласен` (not `no estoy de acuerdo`, `не согласен`).
  if (text === 'acuerdo')
    return (
      tokens[k - 1]?.text === 'de' &&
      !NEGATION.has(tokens[k - 2]?.text ?? '') &&
      !NEGATION.has(tokens[k - 3]?.text ?? '')
    );
  if (AGREED.has(text)) return !NEGATION.has(tokens[k - 1]?.text ?? '');
  const rule = AGREEMENT_BY_WORD.get(text);
  if (!rule) return false;
  let found = false;
  for (let j = k - 1; j >= 0 && j >= k - rule.reach && !tokens[j]!.quoted; j--) {
    if (rule.before(tokens[j]!.text)) found = true;
    if (rule.between && !rule.between(tokens[j]!.text)) break;
  }
  // `that's not true`, `he is not right` (a double negative is its own rule: `not wrong`, `pas tort`).
  const negated = text !== 'wrong' && text !== 'tort' && k > 0 && NEGATION.has(tokens[k - 1]!.text);
  return found && !negated;
}

/** Whether agreement with the one quoted stands next to a quotation (see `AGREEMENT_BY_WORD`). */
function agreedNextTo(tokens: readonly QuotedToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.quoted) continue;
    if (i + 1 < tokens.length && !tokens[i + 1]!.quoted)
      for (let k = i + 1, gap = 0; k < tokens.length && gap < NEAR && !tokens[k]!.quoted; k++, gap++)
        if (agreesAt(tokens, k, gap)) return true;
    // `Totally agree with the person who wrote '…'`.
    if (i > 0 && !tokens[i - 1]!.quoted)
      for (let k = i - 1; k > 0 && k >= i - NEAR && !tokens[k]!.quoted; k--)
        if ((tokens[k]!.text === 'with' || tokens[k]!.text === 'w') && /^agree/.test(tokens[k - 1]!.text))
          return true;
  }
  return false;
}

interface QuotedToken {
  readonly text: string;
  readonly quoted: boolean;
}

/** Whether the quotations of a comment are its own words (see the module comment). */
export function quotationsAreOwnWords(tokens: readonly QuotedToken[]): boolean {
  const outside = tokens.filter((t) => !t.quoted);
  if (outside.length === 0) return true;
  if (outside.length <= MAX_ENDORSEMENT_WORDS && outside.some((t) => ENDORSING.has(t.text))) return true;
  return agreedNextTo(tokens);
}

/**
 * The first run of quoted tokens within one sentence that `accept` takes (its token range `[from, to)`), or null: scare
 * quotes for the classifier's style features (`model/features.ts`) and the misinformation check's euphemisms
 * (`detectors/misinformation-whispers.ts`).
 */
export function firstQuotedRun(
  tokens: readonly { readonly quoted: boolean; readonly sentence: number }[],
  accept: (from: number, to: number) => boolean,
): [number, number] | null {
  for (let k = 0; k < tokens.length;) {
    if (!tokens[k]!.quoted) {
      k++;
      continue;
    }
    let end = k;
    while (end < tokens.length && tokens[end]!.quoted && tokens[end]!.sentence === tokens[k]!.sentence) end++;
    if (accept(k, end)) return [k, end];
    k = end;
  }
  return null;
}
