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
export {
  DEFAULT_ALLOWED_TERMS,
  DEFAULT_BANNED_TERMS,
  DEFAULT_LOOKALIKE_TARGETS,
  DEFAULT_SHORTENER_DOMAINS,
  DEFAULT_SUSPECT_TERMS,
} from './policy-defaults';
export { defaultPolicy, policySchema } from './policy-schema';
export type { Policy, ToxicityThresholds } from './policy-schema';
export { applyPolicyUpdate, policyUpdateSchema } from './policy-update';
export type { DeepPartial, PolicyUpdate } from './policy-update';
