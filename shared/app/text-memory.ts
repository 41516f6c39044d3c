/**
 * A person's decision on a comment, remembered with its text (shared/domain/copied-text.ts): a rejection
 * (a moderator's, a notice's removal, an appeal that removes) marks the text, so that the same text under
 * another name is held for a human too; publishing a rejected comment again (a moderator's reversal, an
 * appeal that restores it) takes the mark back. Short texts are not tracked.
 */
import type { CommentRecord } from '../domain/comment';
import { textFingerprint } from '../domain/text-fingerprint';
import type { DepsWith } from './deps';
import type { TextsPort } from './ports';

export async function rememberDecision(
  deps: DepsWith<TextsPort>,
  prev: CommentRecord | null,
  next: CommentRecord | null,
  now: Date,
): Promise<void> {
  if (!prev || !next || prev.status === next.status) return;
  const rejected = next.status === 'rejected';
  if (!rejected && !(next.status === 'approved' && prev.status === 'rejected')) return;
  const fingerprint = textFingerprint(prev.body);
  if (!fingerprint) return;
  const rejection = rejected ? { reason: next.publicReason ?? 'other', at: now.toISOString() } : null;
  await deps.repo.markText(fingerprint, rejection, now);
}
