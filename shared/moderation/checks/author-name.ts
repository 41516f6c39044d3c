import type { CheckContext, CheckResult, Evidence, ModerationCheck } from '../types';
import { RecentMap } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { abuse } from './abuse';
import { extremism } from './extremism';
import { hate } from './hate';
import { links } from './links';
import { personalData } from './personal-data';
import { commercialSpam } from './spam';
import { threats } from './threats';
import { toxicityCheck } from './toxicity';
import { lexiconProvider } from '../toxicity/lexicon';

/**
 * The display name is published above every comment, so it answers to the body's rules: the text checks
 * read it as a short comment of its own (banned and suspect terms already read it with the body). What they
 * would reject in a body is held for a moderator, with their reason (a threat or a slur as a name is no
 * better than in the text, but a name is read without context, so a person decides). Of their holds, those
 * about what a name is abused for count (a phone number, a sales pitch, a shortened or look-alike link);
 * the milder ones — profanity, an insult without a target, an ambiguous call — meet real names too (Dick,
 * Fanny, Cockburn, "Killer Queen").
 */
const NAME_CHECKS: readonly ModerationCheck[] = [
  links,
  commercialSpam,
  personalData,
  threats,
  extremism,
  hate,
  abuse,
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
 * Names repeat (an author posts under one): the verdicts of the last few names, for one policy object
 * (the consumer keeps its policy between comments; another object starts the memo afresh). The checks
 * read nothing but the text and the policy.
 */
let memo: { policy: CheckContext['policy']; verdicts: RecentMap<string, CheckResult> } | null = null;

/**
 * Words that present a commenter as the site's own staff. Read after folding, so look-alike letters
 * (a Cyrillic М), full-width forms, digits for letters and invisible characters do not hide them.
 */
const STAFF_WORDS: ReadonlySet<string> = new Set([
  'moderator',
  'moderators',
  'moderation',
  'admin',
  'admins',
  'administrator',
  'administrators',
  'staff',
  'webmaster',
]);

/** A name posing as staff → hold as `impersonation`: a moderator knows who the staff are. */
function impersonation(name: string): CheckResult | null {
  for (const word of normalizeText(name).text.matchAll(/[a-z]+/g)) {
    if (STAFF_WORDS.has(word[0]))
      return {
        outcome: 'hold',
        reason: 'impersonation',
        evidence: [{ kind: 'staff_word', value: word[0], detail: `authorName: "${name}"` }],
      };
  }
  return null;
}

async function judgeName(ctx: CheckContext, name: string): Promise<CheckResult> {
  const nameCtx: CheckContext = { ...ctx, comment: { ...ctx.comment, body: name }, prior: [] };
  let hold: CheckResult | null = null;
  for (const check of NAME_CHECKS) {
    const pending = check.run(nameCtx);
    const result = 'then' in pending ? await pending : pending;
    // Held, not rejected: two or three words without context are read less surely than a comment, and a
    // real person's name rejected as a slur ("Kike Hernández") is a harm a moderator's look prevents.
    if (result.outcome === 'reject') return asNameResult({ ...result, outcome: 'hold' }, name);
    if (result.outcome === 'hold' && hold === null && NAME_HOLDS.has(result.reason)) hold = result;
  }
  return hold ? asNameResult(hold, name) : (impersonation(name) ?? { outcome: 'pass' });
}

/** The verdict, its evidence marked as the name's (the console highlights the body's spans only). */
function asNameResult(result: CheckResult, name: string): CheckResult {
  if (result.outcome === 'pass') return result;
  const evidence: Evidence[] = result.evidence.map((e) => ({
    ...e,
    detail: `authorName: "${e.span ? name.slice(e.span[0], e.span[1]) : name}"`,
  }));
  return { ...result, evidence };
}

export const authorName: ModerationCheck = {
  name: 'author-name',
  run: async (ctx) => {
    const name = ctx.comment.authorName;
    if (memo?.policy !== ctx.policy) memo = { policy: ctx.policy, verdicts: new RecentMap(16) };
    const verdicts = memo.verdicts;
    const known = verdicts.get(name);
    if (known) return known;
    const result = await judgeName(ctx, name);
    return verdicts.getOr(name, () => result);
  },
};
