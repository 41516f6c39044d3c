/**
 * The categories of illegal content a notice (EU Digital Services Act, Art. 16) can name, modelled on the
 * statement categories of the DSA Transparency Database, and the public reject reason a removal on a
 * notice records. A module of its own, without zod, so the statement's facts can name a category.
 */
import type { RejectReason } from './reasons';

export const NOTICE_CATEGORIES = [
  'illegal_hate_speech',
  'terrorist_content',
  'threats_violence',
  'privacy_violation',
  'defamation',
  'intellectual_property',
  'scams_fraud',
  'child_safety',
  'other_illegal',
] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

/** What a category means, as the end of "a notice of …" (the statement's facts, docs/trust-and-safety.md). */
export const NOTICE_CATEGORY_WORDS: Record<NoticeCategory, string> = {
  illegal_hate_speech: 'illegal hate speech',
  terrorist_content: 'terrorist content',
  threats_violence: 'threats or incitement to violence',
  privacy_violation: 'a violation of privacy',
  defamation: 'defamation',
  intellectual_property: 'an infringement of intellectual property',
  scams_fraud: 'a scam or fraud',
  child_safety: 'content endangering children',
  other_illegal: 'illegal content',
};

/**
 * The public reject reason of a removal decided on a notice: every category is illegal content, so each
 * maps to `illegal` (the site's clause for illegal content); the category itself travels in the statement.
 */
export const NOTICE_REJECT_REASON: Readonly<Record<NoticeCategory, RejectReason>> = Object.fromEntries(
  NOTICE_CATEGORIES.map((c) => [c, 'illegal']),
) as Record<NoticeCategory, RejectReason>;
