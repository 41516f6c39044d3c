/**
 * The schema of the moderation policy (`policy.ts`): one schema per field group, each bound and default
 * written once, and the whole policy built from them.
 */
import * as z from 'zod';
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
import type { RejectReason } from '../domain/reasons';

/** A word or phrase as an editor writes it; `*` at either end matches longer words. */
const term = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((t) => /[\p{L}\p{N}]/u.test(t), 'A term must contain a letter or digit.');
const termList = (defaults: readonly string[]) =>
  z
    .array(term())
    .max(2000)
    .default([...defaults]);

/** A host name such as `example.com`; subdomains of a listed domain match too. */
const domain = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/,
      'Expected a domain name like example.com.',
    )
    .transform((d) => d.replace(/^www\./, ''));

const score = () => z.number().min(0).max(1);
const thresholds = (review: number, reject: number) =>
  z
    .strictObject({ review: score().default(review), reject: score().default(reject) })
    .refine((t) => t.review <= t.reject, 'review must not exceed reject')
    .prefault({});

const linksSchema = () =>
  z
    .strictObject({
      /** More links than this (not counting allowed domains) → hold `too_many_links`. */
      maxLinks: z.int().min(0).max(50).default(2),
      /** Domains whose links never count and are never held (the newsroom's own, trusted sources). */
      allowedDomains: z.array(domain()).max(500).default([]),
      /** A link to one of these → reject as `spam`. */
      blockedDomains: z.array(domain()).max(5000).default([]),
      /** A link through one of these URL shorteners → hold `url_shortener`. */
      shortenerDomains: z
        .array(domain())
        .max(500)
        .default([...DEFAULT_SHORTENER_DOMAINS]),
      /** Sites whose look-alikes are held as `lookalike_host` (`allowedDomains` are protected too). */
      lookalikeTargets: z
        .array(domain())
        .max(500)
        .default([...DEFAULT_LOOKALIKE_TARGETS]),
      /**
       * Hold a link whose host is an internationalised name (written in non-ASCII letters, `xn--…` in
       * the href) as `lookalike_host`. Mixed-script hosts and imitations are held either way; a site
       * whose readers link to sites in their own script may turn this off.
       */
      holdIdnHosts: z.boolean().default(true),
      /**
       * Reject as spam a link whose host imitates a site (`lookalikeTargets`, allowed domains), spells out
       * another domain before its own, or mixes scripts in a label; off: hold them as `lookalike_host`.
       */
      rejectLookalikes: z.boolean().default(true),
    })
    .prefault({});

const toxicitySchema = () =>
  z
    .strictObject({
      insult: thresholds(0.5, 0.8),
      threat: thresholds(0.4, 0.7),
      hate: thresholds(0.4, 0.7),
      profanity: thresholds(0.5, 0.9),
      sexual: thresholds(0.5, 0.8),
      violent_extremism: thresholds(0.4, 0.7),
    })
    .prefault({});

/**
 * Knobs of the local detectors (shared/moderation/detectors/, docs/moderation.md "Local detectors"):
 * each can be switched off, and each says what it does with what it finds.
 */
const spamSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      /** A sales pitch with a way to reach the seller (link, disguised domain, contact handle). */
      strong: z.enum(['reject', 'hold']).default('reject'),
      /** A pitch without a channel, or a contact handle offered with a call to action. */
      weak: z.enum(['hold', 'pass']).default('hold'),
    })
    .prefault({});

const personalDataSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      phoneNumbers: z.boolean().default(true),
      emailAddresses: z.boolean().default(true),
      streetAddresses: z.boolean().default(true),
      licencePlates: z.boolean().default(true),
      identityNumbers: z.boolean().default(true),
      /** "His real name is …", a commenter's handle tied to a name or workplace. */
      unmasking: z.boolean().default(true),
      /** E-mail domains that may be posted (the newsroom's tips address); subdomains included. */
      allowedEmailDomains: z.array(domain()).max(100).default([]),
    })
    .prefault({});

const threatsSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Indirect or ambiguous calls to violence ("should be dealt with") → hold; false lets them through. */
      holdAmbiguous: z.boolean().default(true),
    })
    .prefault({});

const extremismSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Organisations the newsroom adds to the built-in list (designated groups, local movements). */
      organisations: z.array(term()).max(500).default([]),
    })
    .prefault({});

const hateSchema = () => z.strictObject({ enabled: z.boolean().default(true) }).prefault({});

/** Conspiracy talk and invented news, by their framing → hold (`checks/misinformation.ts`). */
const misinformationSchema = () => z.strictObject({ enabled: z.boolean().default(true) }).prefault({});

const abuseSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Mild profanity ("what the hell", "merde", "блин") → hold; false publishes it. */
      holdProfanity: z.boolean().default(true),
      /** Milder insults aimed at someone ("you're an idiot", "payaso") → hold; false publishes them. */
      holdInsults: z.boolean().default(true),
      /** Severe abuse aimed at a person ("you f***ing idiot", "connard", "мразь"). */
      severe: z.enum(['reject', 'hold']).default('reject'),
    })
    .prefault({});

const shoutingSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Letters needed (acronyms next to lower case left out) before capitals count as shouting. */
      minLetters: z.int().min(5).max(1000).default(30),
      /** Share of those letters in capitals. */
      capsShare: z.number().min(0.5).max(1).default(0.7),
    })
    .prefault({});

const textFloodSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      maxRepeatedChars: z.int().min(3).max(100).default(10),
      maxPunctuation: z.int().min(3).max(100).default(10),
      maxEmoji: z.int().min(3).max(100).default(10),
      maxRepeatedWords: z.int().min(3).max(100).default(5),
    })
    .prefault({});

const classifierSchema = () =>
  z
    .strictObject({
      enabled: z.boolean().default(true),
      /** Hold when the model puts the chance that the comment is not civil at this or more (1 holds nothing). */
      holdAt: z.number().min(0.5).max(1).default(CLASSIFIER_DEFAULTS.holdAt),
      /** Reject when one rejectable class reaches this (1 rejects nothing). */
      rejectAt: z.number().min(0.5).max(1).default(CLASSIFIER_DEFAULTS.rejectAt),
    })
    .prefault({});

/**
 * How long rejected comments are kept (docs/privacy.md, section 6): a rejected comment is purged by the
 * sweeper once its rejection is `rejectedDays` old; `null` keeps rejected comments forever. At least 183
 * days: under the EU Digital Services Act an author may appeal a decision for six months, so a rejected
 * comment must outlive the appeal window. Nothing else is ever purged.
 */
const retentionSchema = () =>
  z.strictObject({ rejectedDays: z.int().min(183).max(3650).nullable().default(365) }).prefault({});

/** The site's clause for one public reject reason, as statements of reasons cite it. */
const ground = (reason: RejectReason) =>
  z.string().trim().min(10).max(1000).default(DEFAULT_STATEMENT_GROUNDS[reason]);

/** The clause cited for each public reject reason (every reason has one; an update may reword any). */
const statementGroundsSchema = () =>
  z
    .strictObject({
      spam: ground('spam'),
      abuse: ground('abuse'),
      harassment: ground('harassment'),
      hate: ground('hate'),
      misinformation: ground('misinformation'),
      off_topic: ground('off_topic'),
      illegal: ground('illegal'),
      banned_word: ground('banned_word'),
      other: ground('other'),
    } satisfies Record<RejectReason, z.ZodType>)
    .prefault({});

/**
 * Repeat abuse (EU DSA Art. 23, docs/trust-and-safety.md): how far back strikes count (a warning stays the
 * prior warning a suspension needs for as long), how many strikes not yet weighed by a decision open a
 * suspension proposal, and the site's clause each restriction's statement of reasons cites.
 */
const repeatAbuseSchema = () =>
  z
    .strictObject({
      windowDays: z.int().min(7).max(365).default(180),
      /** An author's comments removed as illegal on notices. */
      illegalRemovals: z.int().min(1).max(MAX_REPEAT_ABUSE_THRESHOLD).default(3),
      /** A notifier's notices kept and marked manifestly unfounded. */
      unfoundedNotices: z.int().min(1).max(MAX_REPEAT_ABUSE_THRESHOLD).default(5),
      clauses: z
        .strictObject({
          author: z.string().trim().min(10).max(1000).default(DEFAULT_REPEAT_ABUSE_CLAUSES.author),
          notifier: z.string().trim().min(10).max(1000).default(DEFAULT_REPEAT_ABUSE_CLAUSES.notifier),
        })
        .prefault({}),
    })
    .prefault({});

const buildPolicySchema = () =>
  z
    .strictObject({
      /** Site-wide moderation mode: `post` publishes what passes the checks, `pre` holds everything. */
      mode: z.enum(['pre', 'post']).default('post'),
      minBodyLength: z.int().min(1).max(5000).default(1),
      maxBodyLength: z.int().min(1).max(5000).default(5000),
      /** A match → reject `banned_word`. */
      bannedTerms: termList(DEFAULT_BANNED_TERMS),
      /** A match → hold `suspect_term`. */
      suspectTerms: termList(DEFAULT_SUSPECT_TERMS),
      /** Innocent words that contain a banned or suspect term (the Scunthorpe problem). */
      allowedTerms: termList(DEFAULT_ALLOWED_TERMS),
      links: linksSchema(),
      /** The same author posting the same text (after normalisation) within this many minutes → hold. */
      repeatWindowMinutes: z.int().min(0).max(1440).default(6),
      /** Comments in the last 10 minutes before a new one is held as `flood` (0 disables). */
      flood: z
        .strictObject({
          authorPer10m: z.int().min(0).max(1000).default(8),
          networkPer10m: z.int().min(0).max(10000).default(100),
        })
        .prefault({}),
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
      /** The trained classifier (`model/`), after the rule checks: thresholds from its cross-validation. */
      classifier: classifierSchema(),
      /** Hold an author's comments until this many have been approved; 0 turns it off. */
      newCommenterApprovals: z.int().min(0).max(100).default(0),
      /** Request rate limits enforced by the POST handler (429), per minute. */
      rateLimits: z
        .strictObject({
          authorPerMinute: z.int().min(1).max(1000).default(5),
          networkPerMinute: z.int().min(1).max(10000).default(60),
          /** Author edits and deletions (PATCH/DELETE with the author token) per network bucket. */
          authorActionsPerMinute: z.int().min(1).max(1000).default(20),
        })
        .prefault({}),
      /** Reader flags that move a comment into the `reported` queue. */
      flagThreshold: z.int().min(1).max(100).default(3),
      /** How long an author may edit a comment, in minutes. */
      editWindowMinutes: z.int().min(0).max(1440).default(10),
      /** How long rejected comments are kept before the sweeper purges them. */
      retention: retentionSchema(),
      /** The site's clause behind each reject reason, cited by the statement of reasons of a rejection. */
      statementGrounds: statementGroundsSchema(),
      /** Warnings and suspensions of authors and notifiers who repeatedly abuse (Art. 23). */
      repeatAbuse: repeatAbuseSchema(),
    })
    .refine((p) => p.minBodyLength <= p.maxBodyLength, {
      message: 'minBodyLength must not exceed maxBodyLength',
      path: ['minBodyLength'],
    });

/**
 * The policy schema, built on its first parse rather than at import: building these zod schemas is a
 * measurable part of every function's cold start (about 3 ms), and a function that never reads the policy
 * never pays it.
 */
export const policySchema = z.lazy(buildPolicySchema);

export type Policy = z.infer<typeof policySchema> & { version: number };
export type ToxicityThresholds = Policy['toxicity'];

export const defaultPolicy = (): Policy => ({ ...policySchema.parse({}), version: 0 });
