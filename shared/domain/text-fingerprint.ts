/**
 * The key of a copied-text record (`copied-text.ts`): a hash of a text's letters and digits, folded as the
 * moderation checks fold them (case, diacritics, look-alikes). In a module of its own: the folding needs the
 * confusables tables, which the functions that only store or read records (every API function, through the
 * storage layer) would otherwise bundle and load.
 */
import { sha256 } from '../ids';
import { foldedLetters } from '../moderation/text/normalize';
import { MIN_FOLDED_LETTERS } from './copied-text';

/**
 * The text's key, or null for a text too short to track. A plain hash, not a keyed one: the stream
 * consumer, which writes the record, holds no secret (its bundle stays without the Secrets Manager
 * client), and the comment beside it holds the text itself. What it leaves after an erasure is in
 * docs/privacy.md.
 */
export function textFingerprint(body: string): string | null {
  const folded = foldedLetters(body);
  return folded.length < MIN_FOLDED_LETTERS ? null : sha256(`text:${folded}`).slice(0, 32);
}
