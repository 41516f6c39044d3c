/**
 * The display name is published above every comment, so it answers to the body's rules: the text checks
 * read it as a short comment of its own (banned and suspect terms already read it with the body), after
 * it is split into words (`nameWords`). What they would reject in a body is held for a moderator, with
 * their reason (a threat or a slur as a name is no better than in the text, but a name is read without
 * context, so a person decides). Of their holds, those about what a name is abused for count (a phone
 * number, a sales pitch, a shortened or look-alike link, an aimed insult, strong profanity); the milder
 * ones — mild profanity, an insult without a target, an ambiguous call — meet real names too (Dick, Fanny,
 * Cockburn, "Killer Queen"). Then the name's own phrases (`detectors/name-signals.ts`): a name is a slogan
 * or a label, not a sentence, and says what the body's detectors do not read in it.
 */
import type { CheckContext, CheckResult, Evidence, ModerationCheck } from '../types';
import { normalizeText, sourceSpan } from '../text/normalize';
import { detectAbuse } from '../detectors/abuse';
import { advertisedHost, nameSignals, personalDataIn, priceIn } from '../detectors/name-signals';
import type { NameSignals } from '../detectors/name-signals';
import type { Token } from '../text/tokens';
import { PHRASES as EXTREMISM_PHRASES } from '../detectors/extremism-phrases';
import { tokensOf } from '../text/tokens';
import { findDomains } from '../detectors/contact-domains';
import { extremism } from './extremism';
import { hate } from './hate';
import { links } from './links';
import { personalData } from './personal-data';
import { commercialSpam } from './spam';
import { threats } from './threats';
import { toxicityCheck } from './toxicity';
import { lexiconProvider } from '../toxicity/lexicon';

/**
 * The abuse check as a name needs it: an insult (aimed at someone: `This author is a clown`, `Автор идиот`)
 * counts, and so does strong profanity or a severe word (`F*ck this site`, `Сука блять`); mild profanity
 * (`damn`, `merde`) does not, and neither does a word that is a name in its own right (the list's
 * `Dick Smith`).
 */
const nameAbuse: ModerationCheck = {
  name: 'abuse',
  run: async ({ comment, policy }) => {
    if (!policy.abuse.enabled) return { outcome: 'pass' };
    const verdict = await detectAbuse(comment.body, policy.abuse);
    if (!verdict) return { outcome: 'pass' };
    const { outcome, reason, score, evidence, classes } = verdict;
    if (evidence.every((e) => e.span && inSurname(comment.body, e.span))) return { outcome: 'pass' };
    const counts =
      reason !== 'profanity' || classes.some((c) => c === 'strong' || c === 'severe' || c === 'degrading');
    return { outcome, reason, score, evidence, tags: counts ? [NAME_COUNTS] : [] };
  },
};

/** A person's name as written: two or three capitalised words (`Moritz Wanker`, `Wang Fuk`). */
const PERSONAL_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

/**
 * Whether `span` is the surname of a name written as a person's: a family name that is also a rude word
 * in some language is a family name (`Wanker`, `Fuk`, `Fick`); the same word first, or in a handle,
 * is not (`Fuck Off`, `wanker_69`).
 */
function inSurname(name: string, span: readonly [number, number]): boolean {
  return PERSONAL_NAME.test(name) && span[1] === name.length && name.lastIndexOf(' ') < span[0];
}

/** Tags a hold that counts for a name although its reason alone would not. */
const NAME_COUNTS = 'name-counts';

/** The body's checks that read a name, in the pipeline's order. */
const NAME_CHECKS: readonly ModerationCheck[] = [
  links,
  commercialSpam,
  personalData,
  threats,
  extremism,
  hate,
  nameAbuse,
  // The offline lexicon whatever provider the site configured: a name is not worth a paid call.
  toxicityCheck(lexiconProvider),
  // Not the classifier: trained on comments, it reads too much into two words ("Allahu Akbar").
];
const NAME_HOLDS: ReadonlySet<string> = new Set([
  'personal_data',
  'spam_suspect',
  'url_shortener',
  'lookalike_host',
]);

/**
 * Names repeat (an author posts under one, and a site's regular commenters come back): the verdicts of the
 * last NAMES_KEPT names, least recently used first out, for one policy object (the consumer keeps its
 * policy between comments; another object starts afresh). The checks read nothing but the text and the
 * policy. A name not kept costs 60–85 µs; a few hundred bytes a name kept.
 */
const NAMES_KEPT = 2000;
let memo: { policy: CheckContext['policy']; verdicts: Map<string, CheckResult> } | null = null;

const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'Mc',
  'Mac',
  'De',
  'Di',
  'Da',
  'Du',
  'La',
  'Le',
  'Van',
  'Von',
]);

/**
 * A name read as words: handles join words with underscores (`traitors_must_hang`) or capitals
 * (`ShootTheMPs`), which the body's checks would read as one word. Underscores become spaces and a space
 * goes between a lower-case letter and the capital after it; `at[i]` is the name's index of character `i`.
 */
export function nameWords(name: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  let prevLower = false;
  /** The letters of the word so far: `Mc`, `Mac`, `De`… are a name's prefix, not a word (`McVeigh`). */
  let word = '';
  let i = 0;
  const chars = [...name];
  for (let c = 0; c < chars.length; c++) {
    const ch = chars[c]!;
    const upper = /\p{Lu}/u.test(ch);
    // `IsAFraud`: the capital that starts a word after a run of capitals (`HTMLParser` → `HTML Parser`).
    // A plural acronym stays one word (`MPs`, `NGOs`).
    const afterCapitals =
      upper &&
      /\p{Lu}/u.test(chars[c - 1] ?? '') &&
      /\p{Ll}/u.test(chars[c + 1] ?? '') &&
      !(chars[c + 1] === 's' && !/\p{Ll}/u.test(chars[c + 2] ?? ''));
    if ((upper && ((prevLower && !NAME_PREFIXES.has(word)) || afterCapitals)) || trailingDigitsAt(chars, c)) {
      word = '';
      text += ' ';
      at.push(i);
    }
    text += ch === '_' ? ' ' : ch;
    for (let k = 0; k < ch.length; k++) at.push(i + k);
    prevLower = /\p{Ll}/u.test(ch);
    word = /\p{L}/u.test(ch) ? word + ch : '';
    i += ch.length;
  }
  at.push(i);
  return { text, at };
}

/**
 * Whether a run of digits that ends a word starts at `c`, after a letter: `Moderator1`, `Admin123` and
 * `Oct7_` are a word and a number (digits inside a word are leetspeak, `tra1tors`, and stay).
 */
function trailingDigitsAt(chars: readonly string[], c: number): boolean {
  if (!/\p{Nd}/u.test(chars[c]!) || !/\p{L}/u.test(chars[c - 1] ?? '')) return false;
  let k = c;
  while (k < chars.length && /\p{Nd}/u.test(chars[k]!)) k++;
  // Not inside a host or an address (`essaypro24.com`, `user12@mail`): the run must end the name or a word.
  return k === chars.length || chars[k] === '_' || /\s/u.test(chars[k]!);
}

async function judgeName(ctx: CheckContext, name: string): Promise<CheckResult> {
  const words = nameWords(name);
  const nameCtx: CheckContext = { ...ctx, comment: { ...ctx.comment, body: words.text }, prior: [] };
  let hold: CheckResult | null = null;
  for (const check of NAME_CHECKS) {
    const pending = check.run(nameCtx);
    const result = 'then' in pending ? await pending : pending;
    // Held, not rejected: two or three words without context are read less surely than a comment, and a
    // real person's name rejected as a slur ("Kike Hernández") is a harm a moderator's look prevents.
    if (result.outcome === 'reject') return asNameResult({ ...result, outcome: 'hold' }, name, words.at);
    if (result.outcome !== 'hold' || hold !== null) continue;
    if (NAME_HOLDS.has(result.reason) || result.tags?.includes(NAME_COUNTS)) hold = result;
  }
  if (hold) {
    const { tags: _tags, ...kept } = hold;
    return asNameResult(kept, name, words.at);
  }
  const signal = signalResult(words.text, ctx.policy);
  if (signal) return asNameResult(signal, name, words.at);
  return { outcome: 'pass' };
}

/** What the name's own phrases (`detectors/name-signals.ts`) say: a slogan of violence or terror, or an office. */
function signalResult(text: string, policy: CheckContext['policy']): CheckResult | null {
  const { tokens } = tokensOf(text);
  const s = nameSignals(tokens, text);
  const personal = policy.personalData.enabled ? personalDataIn(text) : null;
  if (personal)
    return {
      outcome: 'hold',
      reason: 'personal_data',
      evidence: [{ kind: 'name_personal_data', value: personal.value, span: personal.span, detail: '' }],
    };
  const advert =
    policy.spam.enabled &&
    (s.advert.length > 0 || priceIn(text) || findDomains(text).length > 0 || advertisedHost(text));
  if (advert)
    return {
      outcome: 'hold',
      reason: 'spam_suspect',
      evidence:
        s.advert.length > 0
          ? evidence('name_advert', s.advert, (span) => span)
          : [{ kind: 'name_advert', value: text, detail: '' }],
    };
  const plain = phraseVerdict(s, tokens, policy, (span) => span);
  if (plain !== undefined) return plain;
  // Read again folded, through look-alike letters, spacing and digits for letters (`Εditorial Τeam`,
  // `M o d e r a t o r`, `l4mpp0st_for_tra1tors`): spans are mapped back to the name as read.
  const folded = normalizeText(text);
  if (folded.text === text) return null;
  const foldedTokens = tokensOf(folded.text).tokens;
  return (
    phraseVerdict(nameSignals(foldedTokens), foldedTokens, policy, (span) =>
      sourceSpan(folded, span[0], span[1]),
    ) ?? null
  );
}

type SpanMap = (span: [number, number]) => [number, number];
type Hits = readonly { span: [number, number]; phrase: { source: string } }[];
const evidence = (kind: string, hits: Hits, map: SpanMap) =>
  hits.map((h): Evidence => ({ kind, value: h.phrase.source, span: map(h.span), detail: '' }));

/**
 * What the name's phrases say, in order of weight; null when the name describes its bearer (`former`,
 * `retired`: nothing after that is read), undefined when they say nothing.
 */
function phraseVerdict(
  s: NameSignals,
  tokens: readonly Token[],
  policy: CheckContext['policy'],
  map: SpanMap,
): CheckResult | null | undefined {
  const hold = (reason: string, kind: string, hits: Hits): CheckResult => ({
    outcome: 'hold',
    reason,
    evidence: evidence(kind, hits, map),
  });
  if (s.violence.length > 0 && policy.threats.enabled)
    return hold('violence_review', 'name_violence', s.violence);
  if (s.dehumanising.length > 0 && policy.hate.enabled) return hold('hate', 'name_hate', s.dehumanising);
  if (s.insult.length > 0 && policy.abuse.enabled) return hold('insult', 'name_insult', s.insult);
  if (s.obscene.length > 0 && policy.abuse.enabled) return hold('profanity', 'name_obscene', s.obscene);
  if (s.former) return null;
  const named =
    s.named ||
    EXTREMISM_PHRASES.scan(tokens).some((h) => h.phrase.meta === 'org' || h.phrase.meta === 'attacker');
  if (policy.extremism.enabled && (s.code.length > 0 || (named && s.praise.length > 0)))
    return hold('illegal', 'name_extremism', s.code.length > 0 ? s.code : s.praise);
  if (s.staff.length > 0) return hold('impersonation', 'staff_word', s.staff);
  return undefined;
}

/**
 * The verdict, its evidence marked as the name's (the console highlights the body's spans only); `at`
 * maps the spans, found in the name read as words, back to the name.
 */
function asNameResult(result: CheckResult, name: string, at: readonly number[]): CheckResult {
  if (result.outcome === 'pass') return result;
  const evidence: Evidence[] = result.evidence.map((e) => ({
    ...e,
    detail: `authorName: "${e.span ? name.slice(at[e.span[0]], at[e.span[1]]) : name}"`,
  }));
  return { ...result, evidence };
}

export const authorName: ModerationCheck = {
  name: 'author-name',
  run: async (ctx) => {
    const name = ctx.comment.authorName;
    if (memo?.policy !== ctx.policy) memo = { policy: ctx.policy, verdicts: new Map() };
    const verdicts = memo.verdicts;
    const known = verdicts.get(name);
    if (known) {
      // Used again: last out (a Map keeps insertion order).
      verdicts.delete(name);
      verdicts.set(name, known);
      return known;
    }
    const result = await judgeName(ctx, name);
    if (memo.verdicts !== verdicts) return result;
    verdicts.set(name, result);
    if (verdicts.size > NAMES_KEPT) verdicts.delete(verdicts.keys().next().value!);
    return result;
  },
};
