/**
 * Why a moderator rejects a comment: the one list the API validates against (`shared/domain/comment.ts`
 * re-exports it) and the console offers. A module of its own, without zod, so the browser bundles that
 * import it carry the list and nothing else.
 */
export const REJECT_REASONS = [
  'spam',
  'abuse',
  'harassment',
  'hate',
  'misinformation',
  'off_topic',
  'illegal',
  'banned_word',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
