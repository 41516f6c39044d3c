/**
 * The site moderation policy: one versioned item in the table, validated by this schema, with
 * defaults modelled on newsroom practice. Article settings override `mode` and `closed` per article.
 *
 * Defaults, and why (see docs/moderation.md for the full table):
 * - post-moderation (`mode: 'post'`): what passes the checks is published at once, as on most news
 *   sites; a desk switches a sensitive article (or the site) to `pre` when it must.
 * - Only unambiguous slurs are banned outright; dog whistles, conspiracy slogans and spam phrases are
 *   suspect (held for a human), because the same words appear in reporting and in rebuttals.
 * - More than two links, or a repeat of the same text within 6 minutes, or a burst from one author
 *   (8 in 10 minutes) or one network (100 in 10 minutes: offices and mobile carriers share addresses)
 *   is held, not rejected: a human can tell a source list or a busy newsroom office from a spammer.
 *   So is a link through a URL shortener, or to a host that imitates a well-known site or is written
 *   in non-ASCII letters: a reader cannot see where it leads.
 * - Toxicity thresholds: a category at or above `review` is held, at or above `reject` is rejected;
 *   threats, hate and extremism are held earlier than mere profanity.
 */
import * as z from 'zod';

/** A word or phrase as an editor writes it; `*` at either end matches longer words. */
const term = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((t) => /[\p{L}\p{N}]/u.test(t), 'A term must contain a letter or digit.');
const termList = (defaults: readonly string[]) =>
  z
    .array(term)
    .max(2000)
    .default([...defaults]);

/** A host name such as `example.com`; subdomains of a listed domain match too. */
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/,
    'Expected a domain name like example.com.',
  )
  .transform((d) => d.replace(/^www\./, ''));

const score = z.number().min(0).max(1);
const thresholds = (review: number, reject: number) =>
  z
    .strictObject({ review: score.default(review), reject: score.default(reject) })
    .refine((t) => t.review <= t.reject, 'review must not exceed reject')
    .prefault({});

/** Slurs no newsroom publishes in any context; matched through obfuscation. */
export const DEFAULT_BANNED_TERMS = [
  'nigger',
  'nigga',
  'kike',
  'spic',
  'wetback',
  'gook',
  'raghead',
  'towelhead',
  'sandnigger',
  'faggot',
  'kaffir',
  'mudslime',
  'untermensch',
] as const;

/**
 * Held for a human: conspiracy and propaganda slogans that are usually, not always, used in bad faith,
 * and the stock phrases of commercial spam.
 */
export const DEFAULT_SUSPECT_TERMS = [
  'false flag',
  'crisis actor',
  'great replacement',
  'white genocide',
  'globalist',
  'zog',
  'sheeple',
  'plandemic',
  'paid shill',
  'soros puppet',
  'biolabs',
  'work from home',
  'earn money',
  'make money online',
  'per week from home',
  'guaranteed returns',
  'investment opportunity',
  'forex signals',
  'click here',
  'check my profile',
  'visit my profile',
  'link in my profile',
  'link in bio',
  'dm me',
  'whatsapp me',
  'telegram me',
  'viagra',
  'cialis',
  'hot singles',
  'adult dating',
  'escort service',
  'payday loan',
  'replica watches',
  'cheap followers',
  'crypto giveaway',
] as const;

/** Words that contain a listed term but are innocent; a match inside one of them does not count. */
export const DEFAULT_ALLOWED_TERMS = [
  'shiite',
  'shiitake',
  'shitake',
  'scunthorpe',
  'penistone',
  'cockburn',
  'spic and span',
  'kaffir lime',
] as const;

/**
 * URL shorteners: a link through one hides where it leads (and is how spam dodges a blocked list), so
 * it is held for a human by default. An admin may trim the list, or allow the newsroom's own.
 */
export const DEFAULT_SHORTENER_DOMAINS = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
  's.id',
  't.ly',
  'lnkd.in',
  'bl.ink',
  'short.io',
  'shorte.st',
  'adf.ly',
  'clck.ru',
  'u.to',
  'qr.ae',
  'tr.im',
] as const;

/**
 * Sites commonly imitated by look-alike hosts (`paypa1.com`, `аpple.com` in Cyrillic, `gooogle.com`).
 * A host whose name reads like one of these, or like one of `allowedDomains` (the newsroom's own), but
 * is not it, is held as `lookalike_host`.
 */
export const DEFAULT_LOOKALIKE_TARGETS = [
  'google.com',
  'youtube.com',
  'facebook.com',
  'instagram.com',
  'whatsapp.com',
  'twitter.com',
  'microsoft.com',
  'apple.com',
  'icloud.com',
  'amazon.com',
  'paypal.com',
  'netflix.com',
  'linkedin.com',
  'wikipedia.org',
  'bbc.co.uk',
  'nytimes.com',
  'theguardian.com',
  'washingtonpost.com',
  'reuters.com',
  'apnews.com',
  'cnn.com',
  'aljazeera.com',
  'telegram.org',
  // News sites of the readership's languages, often "mirrored" to spread fakes.
  'elpais.com',
  'elmundo.es',
  'lemonde.fr',
  'lefigaro.fr',
  'spiegel.de',
  'zeit.de',
  'faz.net',
  'tagesschau.de',
  'bild.de',
  'meduza.io',
  'novayagazeta.ru',
  'rbc.ru',
  'dw.com',
  'france24.com',
  'euronews.com',
  'ft.com',
  'economist.com',
  'bloomberg.com',
  // Banks and payment services the readership uses, imitated to harvest logins.
  'santander.com',
  'bbva.com',
  'caixabank.es',
  'bnpparibas.com',
  'societegenerale.fr',
  'deutsche-bank.de',
  'commerzbank.de',
  'sparkasse.de',
  'sberbank.ru',
  'tinkoff.ru',
  'binance.com',
  'coinbase.com',
  // Government portals, imitated with "refund" and "benefit" scams.
  'gosuslugi.ru',
  'service-public.fr',
  'impots.gouv.fr',
  'gov.uk',
  'irs.gov',
  'agenciatributaria.es',
] as const;

const linksSchema = z
  .strictObject({
    /** More links than this (not counting allowed domains) → hold `too_many_links`. */
    maxLinks: z.int().min(0).max(50).default(2),
    /** Domains whose links never count and are never held (the newsroom's own, trusted sources). */
    allowedDomains: z.array(domain).max(500).default([]),
    /** A link to one of these → reject as `spam`. */
    blockedDomains: z.array(domain).max(5000).default([]),
    /** A link through one of these URL shorteners → hold `url_shortener`. */
    shortenerDomains: z
      .array(domain)
      .max(500)
      .default([...DEFAULT_SHORTENER_DOMAINS]),
    /** Sites whose look-alikes are held as `lookalike_host` (`allowedDomains` are protected too). */
    lookalikeTargets: z
      .array(domain)
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

const toxicitySchema = z
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
const spamSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /** A sales pitch with a way to reach the seller (link, disguised domain, contact handle). */
    strong: z.enum(['reject', 'hold']).default('reject'),
    /** A pitch without a channel, or a contact handle offered with a call to action. */
    weak: z.enum(['hold', 'pass']).default('hold'),
  })
  .prefault({});

const personalDataSchema = z
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
    allowedEmailDomains: z.array(domain).max(100).default([]),
  })
  .prefault({});

const threatsSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /** Indirect or ambiguous calls to violence ("should be dealt with") → hold; false lets them through. */
    holdAmbiguous: z.boolean().default(true),
  })
  .prefault({});

const extremismSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /** Organisations the newsroom adds to the built-in list (designated groups, local movements). */
    organisations: z.array(term).max(500).default([]),
  })
  .prefault({});

const hateSchema = z.strictObject({ enabled: z.boolean().default(true) }).prefault({});

const abuseSchema = z
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

const shoutingSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /** Letters needed (acronyms next to lower case left out) before capitals count as shouting. */
    minLetters: z.int().min(5).max(1000).default(30),
    /** Share of those letters in capitals. */
    capsShare: z.number().min(0.5).max(1).default(0.7),
  })
  .prefault({});

const textFloodSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    maxRepeatedChars: z.int().min(3).max(100).default(10),
    maxPunctuation: z.int().min(3).max(100).default(10),
    maxEmoji: z.int().min(3).max(100).default(10),
    maxRepeatedWords: z.int().min(3).max(100).default(5),
  })
  .prefault({});

export const policySchema = z
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
    links: linksSchema,
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
    toxicity: toxicitySchema,
    /** Local detectors: commercial spam, personal data, threats, extremism, hate, abuse, shouting, floods. */
    spam: spamSchema,
    personalData: personalDataSchema,
    threats: threatsSchema,
    extremism: extremismSchema,
    hate: hateSchema,
    abuse: abuseSchema,
    shouting: shoutingSchema,
    textFlood: textFloodSchema,
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
  })
  .refine((p) => p.minBodyLength <= p.maxBodyLength, {
    message: 'minBodyLength must not exceed maxBodyLength',
    path: ['minBodyLength'],
  });

export type Policy = z.infer<typeof policySchema> & { version: number };
export type ToxicityThresholds = Policy['toxicity'];

export const defaultPolicy = (): Policy => ({ ...policySchema.parse({}), version: 0 });

/** Any subset of `T`, nested objects too; arrays are replaced whole. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/**
 * The update form of a policy field, derived from the field's own schema so no bound is written twice:
 * defaults dropped (an update must not reset what it does not name), objects strict and partial all the
 * way down. Checks that relate fields of one object (`review ≤ reject`, `min ≤ max`) are left to the
 * merged policy, which `applyPolicyUpdate` validates whole.
 */
function updateSchemaOf(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional)
    inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) return inner;
  const shape = inner.shape as Record<string, z.ZodType>;
  return z.strictObject(
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, updateSchemaOf(field).optional()])),
  );
}

/**
 * The body of an admin `PUT /moderation/policy`: any subset of the fields; nested objects may be partial
 * too. Lists replace the current list (they are not appended to). Apply it with `applyPolicyUpdate`.
 */
export const policyUpdateSchema = updateSchemaOf(policySchema) as z.ZodType<PolicyUpdate>;
export type PolicyUpdate = DeepPartial<Omit<Policy, 'version'>>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) out[key] = deepMerge(base[key], value);
  return out;
}

/**
 * The policy after an admin update: the update merged over the current policy, validated as a whole
 * (so `review ≤ reject` and `min ≤ max` hold after the merge), with the version bumped. Throws a
 * ZodError when the result is invalid.
 */
export function applyPolicyUpdate(current: Policy, update: PolicyUpdate): Policy {
  const { version, ...fields } = current;
  const merged = deepMerge(fields, policyUpdateSchema.parse(update));
  return { ...policySchema.parse(merged), version: version + 1 };
}
