/**
 * The schema of the moderation policy (`policy.ts`): one schema per field group, each bound and default
 * written once, and the whole policy built from them.
 */
import * as z from '../zod';
import {
  CLASSIFIER_DEFAULTS,
  DEFAULT_ALLOWED_TERMS,
  DEFAULT_BANNED_TERMS,
  DEFAULT_LOOKALIKE_TARGETS,
  DEFAULT_REPEAT_ABUSE_CLAUSES,
  DEFAULT_SHORTENER_DOMAINS,
  DEFAULT_STATEMENT_GROUNDS,
  DEFAULT_SUSPECT_TERMS,
  MAX_REPEAT_ABUSE_THRESHOLD,
} from './policy-defaults';
import { MAX_TERM_LENGTH, MAX_TERMS, POLICY_BOUNDS, SCORE_BOUND, type Bound } from './policy-bounds';
import type { RejectReason } from '../domain/reasons';
import { wellFormed } from '../domain/text';

/** A word or phrase as an editor writes it; `*` at either end matches longer words. */
const term = () =>
  z.string().check(
    z.trim(),
    // In the admin's words, as the refinements below are: the console shows them beside the entry.
    z.minLength(1, 'A term cannot be empty.'),
    z.maxLength(MAX_TERM_LENGTH, `A term is at most ${MAX_TERM_LENGTH} characters.`),
    wellFormed(),
    z.refine((t: string) => /[\p{L}\p{N}]/u.test(t), 'A term must contain a letter or digit.'),
    // One letter would match that letter wherever it stands alone (`a`, `I`).
    z.refine(
      (t: string) => (t.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2,
      'A term needs at least two letters or digits.',
    ),
    // Terms are plain words, matched literally: a pattern would be a word nobody writes.
    z.refine(
      (t: string) => !/[[\](){}|\\^]/.test(t),
      'A term is a plain word or phrase: only `*` at either end is a wildcard (no [ ] ( ) { } | \\ ^).',
    ),
  );
/** The same term twice (in any case) is kept once, as first written. */
const uniqueTerms = (terms: string[]): string[] => {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
const termList = (defaults: readonly string[]) =>
  z._default(
    z.pipe(
      z
        .array(term())
        .check(z.maxLength(MAX_TERMS, `A list holds at most ${MAX_TERMS.toLocaleString('en')} terms.`)),
      z.transform(uniqueTerms),
    ),
    [...defaults],
  );

/** A host name such as `example.com`; subdomains of a listed domain match too. */
const domain = () =>
  z.pipe(
    z
      .string()
      .check(
        z.trim(),
        z.toLowerCase(),
        z.regex(
          /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/,
          'Expected a domain name like example.com.',
        ),
      ),
    z.transform((d: string) => d.replace(/^www\./, '')),
  );

/** A number within a bound the console also says (`policy-bounds.ts`). */
const bounded = (b: Bound) => (b.integer ? z.int() : z.number()).check(z.gte(b.min), z.lte(b.max));
const B = POLICY_BOUNDS;

const score = () => bounded(SCORE_BOUND);
const thresholds = (review: number, reject: number) =>
  z.prefault(
    z
      .strictObject({ review: z._default(score(), review), reject: z._default(score(), reject) })
      .check(z.refine((t) => t.review <= t.reject, 'review must not exceed reject')),
    {},
  );

const linksSchema = () =>
  z.prefault(
    z.strictObject({
      /** More links than this (not counting allowed domains) → hold `too_many_links`. */
      maxLinks: z._default(bounded(B['links.maxLinks']), 2),
      /** Domains whose links never count and are never held (the newsroom's own, trusted sources). */
      allowedDomains: z._default(z.array(domain()).check(z.maxLength(500)), []),
      /** A link to one of these → reject as `spam`. */
      blockedDomains: z._default(z.array(domain()).check(z.maxLength(5000)), []),
      /** A link through one of these URL shorteners → hold `url_shortener`. */
      shortenerDomains: z._default(z.array(domain()).check(z.maxLength(500)), [...DEFAULT_SHORTENER_DOMAINS]),
      /** Sites whose look-alikes are held as `lookalike_host` (`allowedDomains` are protected too). */
      lookalikeTargets: z._default(z.array(domain()).check(z.maxLength(500)), [...DEFAULT_LOOKALIKE_TARGETS]),
      /**
       * Hold a link whose host is an internationalised name (written in non-ASCII letters, `xn--…` in
       * the href) as `lookalike_host`. Mixed-script hosts and imitations are rejected (or held, with
       * `rejectLookalikes` off) either way; a site whose readers link to sites in their own script may
       * turn this off.
       */
      holdIdnHosts: z._default(z.boolean(), true),
      /**
       * Reject as spam a link whose host imitates a site (`lookalikeTargets`, allowed domains), spells out
       * another domain before its own, or mixes scripts in a label; off: hold them as `lookalike_host`.
       */
      rejectLookalikes: z._default(z.boolean(), true),
    }),
    {},
  );

const toxicitySchema = () =>
  z.prefault(
    z.strictObject({
      insult: thresholds(0.5, 0.8),
      threat: thresholds(0.4, 0.7),
      hate: thresholds(0.4, 0.7),
      profanity: thresholds(0.5, 0.9),
      sexual: thresholds(0.5, 0.8),
      violent_extremism: thresholds(0.4, 0.7),
    }),
    {},
  );

/**
 * Knobs of the local detectors (shared/moderation/detectors/, docs/moderation.md "Local detectors"):
 * each can be switched off, and each says what it does with what it finds.
 */
const spamSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** A sales pitch with a way to reach the seller (link, disguised domain, contact handle). */
      strong: z._default(z.enum(['reject', 'hold']), 'reject'),
      /** A pitch without a channel, or a contact handle offered with a call to action. */
      weak: z._default(z.enum(['hold', 'pass']), 'hold'),
    }),
    {},
  );

const personalDataSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      phoneNumbers: z._default(z.boolean(), true),
      emailAddresses: z._default(z.boolean(), true),
      streetAddresses: z._default(z.boolean(), true),
      licencePlates: z._default(z.boolean(), true),
      identityNumbers: z._default(z.boolean(), true),
      /** "His real name is …", a commenter's handle tied to a name or workplace. */
      unmasking: z._default(z.boolean(), true),
      /** E-mail domains that may be posted (the newsroom's tips address); subdomains included. */
      allowedEmailDomains: z._default(z.array(domain()).check(z.maxLength(100)), []),
    }),
    {},
  );

const threatsSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Indirect or ambiguous calls to violence ("should be dealt with") → hold; false lets them through. */
      holdAmbiguous: z._default(z.boolean(), true),
    }),
    {},
  );

const extremismSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Organisations the newsroom adds to the built-in list (designated groups, local movements). */
      organisations: z._default(z.array(term()).check(z.maxLength(500)), []),
    }),
    {},
  );

const hateSchema = () => z.prefault(z.strictObject({ enabled: z._default(z.boolean(), true) }), {});

/** Conspiracy talk and invented news, by their framing → hold (`checks/misinformation.ts`). */
const misinformationSchema = () => z.prefault(z.strictObject({ enabled: z._default(z.boolean(), true) }), {});

const abuseSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Mild profanity ("what the hell", "merde", "блин") → hold; false publishes it. */
      holdProfanity: z._default(z.boolean(), true),
      /** Milder insults aimed at someone ("you're an idiot", "payaso") → hold; false publishes them. */
      holdInsults: z._default(z.boolean(), true),
      /** Severe abuse aimed at a person ("you f***ing idiot", "connard", "мразь"). */
      severe: z._default(z.enum(['reject', 'hold']), 'reject'),
    }),
    {},
  );

const shoutingSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Letters needed (acronyms next to lower case left out) before capitals count as shouting. */
      minLetters: z._default(z.int().check(z.gte(5), z.lte(1000)), 30),
      /** Share of those letters in capitals. */
      capsShare: z._default(z.number().check(z.gte(0.5), z.lte(1)), 0.7),
    }),
    {},
  );

const textFloodSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      maxRepeatedChars: z._default(z.int().check(z.gte(3), z.lte(100)), 10),
      maxPunctuation: z._default(z.int().check(z.gte(3), z.lte(100)), 10),
      maxEmoji: z._default(z.int().check(z.gte(3), z.lte(100)), 10),
      maxRepeatedWords: z._default(z.int().check(z.gte(3), z.lte(100)), 5),
    }),
    {},
  );

/** The same long text from several authors (shared/domain/copied-text.ts), counting this one. */
const copiedTextSchema = () =>
  z.prefault(
    z
      .strictObject({
        enabled: z._default(z.boolean(), true),
        /** Authors who posted it within 7 days, this one included, before it is held as `copied_text`. */
        holdAt: z._default(z.int().check(z.gte(2), z.lte(50)), 3),
        /** … before it is rejected as `spam`, when it also ran on another article. */
        rejectAt: z._default(z.int().check(z.gte(2), z.lte(50)), 6),
        /** Hold a text a moderator rejected (within 90 days) when anyone posts it again (`rejected_text`). */
        holdRejected: z._default(z.boolean(), true),
      })
      .check(z.refine((c) => c.holdAt <= c.rejectAt, 'holdAt must not exceed rejectAt')),
    {},
  );

const classifierSchema = () =>
  z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true),
      /** Hold when the model puts the chance that the comment is not civil at this or more (1 holds nothing). */
      holdAt: z._default(bounded(B['classifier.holdAt']), CLASSIFIER_DEFAULTS.holdAt),
      /** Reject when one rejectable class reaches this (1 rejects nothing). */
      rejectAt: z._default(bounded(B['classifier.rejectAt']), CLASSIFIER_DEFAULTS.rejectAt),
    }),
    {},
  );

/**
 * How long rejected comments are kept (docs/privacy.md, section 6): a rejected comment is purged by the
 * sweeper once its rejection is `rejectedDays` old; `null` keeps rejected comments forever. At least 183
 * days: under the EU Digital Services Act an author may appeal a decision for six months, so a rejected
 * comment must outlive the appeal window. Nothing else is ever purged.
 */
const retentionSchema = () =>
  z.prefault(
    z.strictObject({ rejectedDays: z._default(z.nullable(z.int().check(z.gte(183), z.lte(3650))), 365) }),
    {},
  );

/** A clause of the site's terms, as statements of reasons cite it. */
const clause = (fallback: string) =>
  z._default(z.string().check(z.trim(), z.minLength(10), z.maxLength(1000), wellFormed()), fallback);

/** The site's clause for one public reject reason. */
const ground = (reason: RejectReason) => clause(DEFAULT_STATEMENT_GROUNDS[reason]);

/** The clause cited for each public reject reason (every reason has one; an update may reword any). */
const statementGroundsSchema = () =>
  z.prefault(
    z.strictObject({
      spam: ground('spam'),
      abuse: ground('abuse'),
      harassment: ground('harassment'),
      hate: ground('hate'),
      misinformation: ground('misinformation'),
      off_topic: ground('off_topic'),
      illegal: ground('illegal'),
      banned_word: ground('banned_word'),
      other: ground('other'),
    } satisfies Record<RejectReason, z.ZodMiniType>),
    {},
  );

/**
 * Repeat abuse (EU DSA Art. 23, docs/trust-and-safety.md): how far back strikes count (a warning stays the
 * prior warning a suspension needs for as long), how many strikes not yet weighed by a decision open a
 * suspension proposal, and the site's clause each restriction's statement of reasons cites.
 */
const repeatAbuseSchema = () =>
  z.prefault(
    z.strictObject({
      windowDays: z._default(z.int().check(z.gte(7), z.lte(365)), 180),
      /** An author's comments removed as illegal on notices. */
      illegalRemovals: z._default(z.int().check(z.gte(1), z.lte(MAX_REPEAT_ABUSE_THRESHOLD)), 3),
      /** A notifier's notices kept and marked manifestly unfounded. */
      unfoundedNotices: z._default(z.int().check(z.gte(1), z.lte(MAX_REPEAT_ABUSE_THRESHOLD)), 5),
      clauses: z.prefault(
        z.strictObject({
          author: clause(DEFAULT_REPEAT_ABUSE_CLAUSES.author),
          notifier: clause(DEFAULT_REPEAT_ABUSE_CLAUSES.notifier),
        }),
        {},
      ),
    }),
    {},
  );

const buildPolicySchema = () =>
  z
    .strictObject({
      /** Site-wide moderation mode: `post` publishes what passes the checks, `pre` holds everything. */
      mode: z._default(z.enum(['pre', 'post']), 'post'),
      minBodyLength: z._default(bounded(B.minBodyLength), 1),
      maxBodyLength: z._default(bounded(B.maxBodyLength), 5000),
      /** A match → reject `banned_word`. */
      bannedTerms: termList(DEFAULT_BANNED_TERMS),
      /** A match → hold `suspect_term`. */
      suspectTerms: termList(DEFAULT_SUSPECT_TERMS),
      /** Innocent words that contain a banned or suspect term (the Scunthorpe problem). */
      allowedTerms: termList(DEFAULT_ALLOWED_TERMS),
      links: linksSchema(),
      /** The same author posting the same text (after normalisation) within this many minutes → hold. */
      repeatWindowMinutes: z._default(z.int().check(z.gte(0), z.lte(1440)), 6),
      /** Comments in the last 10 minutes before a new one is held as `flood` (0 disables). */
      flood: z.prefault(
        z.strictObject({
          authorPer10m: z._default(z.int().check(z.gte(0), z.lte(1000)), 8),
          networkPer10m: z._default(z.int().check(z.gte(0), z.lte(10000)), 100),
        }),
        {},
      ),
      /** Per-category toxicity thresholds, scores 0..1: ≥ review → hold, ≥ reject → reject. */
      toxicity: toxicitySchema(),
      /** Local detectors: commercial spam, personal data, threats, extremism, hate, abuse, shouting, floods. */
      spam: spamSchema(),
      personalData: personalDataSchema(),
      threats: threatsSchema(),
      extremism: extremismSchema(),
      hate: hateSchema(),
      misinformation: misinformationSchema(),
      abuse: abuseSchema(),
      shouting: shoutingSchema(),
      textFlood: textFloodSchema(),
      /** The same long text from several authors, or again after a moderator rejected it. */
      copiedText: copiedTextSchema(),
      /** The trained classifier (`model/`), after the rule checks: thresholds from its cross-validation. */
      classifier: classifierSchema(),
      /** Hold an author's comments until this many have been approved; 0 turns it off. */
      newCommenterApprovals: z._default(bounded(B.newCommenterApprovals), 0),
      /** Request rate limits enforced by the POST handler (429), per minute. */
      rateLimits: z.prefault(
        z.strictObject({
          authorPerMinute: z._default(z.int().check(z.gte(1), z.lte(1000)), 5),
          networkPerMinute: z._default(z.int().check(z.gte(1), z.lte(10000)), 60),
          /** Author edits and deletions (PATCH/DELETE with the author token) per network bucket. */
          authorActionsPerMinute: z._default(z.int().check(z.gte(1), z.lte(1000)), 20),
        }),
        {},
      ),
      /** Reader flags that move a comment into the `reported` queue. */
      flagThreshold: z._default(bounded(B.flagThreshold), 3),
      /** How long an author may edit a comment, in minutes. */
      editWindowMinutes: z._default(bounded(B.editWindowMinutes), 10),
      /** How long rejected comments are kept before the sweeper purges them. */
      retention: retentionSchema(),
      /** The site's clause behind each reject reason, cited by the statement of reasons of a rejection. */
      statementGrounds: statementGroundsSchema(),
      /** Warnings and suspensions of authors and notifiers who repeatedly abuse (Art. 23). */
      repeatAbuse: repeatAbuseSchema(),
    })
    .check(
      z.refine((p) => p.minBodyLength <= p.maxBodyLength, {
        message: 'minBodyLength must not exceed maxBodyLength',
        path: ['minBodyLength'],
      }),
    );

/**
 * The policy schema, built on its first parse rather than at import: building these zod schemas is a
 * measurable part of every function's cold start (about 3 ms), and a function that never reads the policy
 * never pays it.
 */
export const policySchema = z.lazy(buildPolicySchema);

export type Policy = z.infer<typeof policySchema> & { version: number };
export type ToxicityThresholds = Policy['toxicity'];

export const defaultPolicy = (): Policy => ({ ...policySchema.parse({}), version: 0 });
