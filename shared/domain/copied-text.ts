/**
 * The same text from several people: the copied-text record. Spam and coordinated campaigns post one
 * text under many names and on many articles, and a text a moderator rejected comes back under another
 * name; the repeat-post check sees only one author's comments. So the stream consumer keeps, per text,
 * who posted it (short tags, not ids), on which articles, and whether a moderator rejected it, and
 * the `copied-text` check reads that record before the comment is decided.
 *
 * A text is known by a hash of its folded letters and digits (`text-fingerprint.ts`, kept apart so that
 * the functions that only store records do not bundle the folding tables) (case, diacritics, look-alikes,
 * spacing and punctuation do not make it another text), and only from `MIN_FOLDED_LETTERS` on: short
 * texts ("Great article, thanks!") are the same by chance. The record holds no text, and it expires
 * `TEXT_DAYS` after the last post of it, or `REJECTED_TEXT_DAYS` after a moderator rejected it.
 */
import { sha256 } from '../ids';

/** Shorter texts are not tracked: different people write the same short sentence. */
export const MIN_FOLDED_LETTERS = 40;
/** How long a text is remembered after its last post. */
export const TEXT_DAYS = 7;
/** How long a moderator's rejection of a text is remembered. */
export const REJECTED_TEXT_DAYS = 90;
/** The record stops adding authors here: past every threshold, and an item stays small. */
export const MAX_TEXT_AUTHORS = 50;

/** A moderator's rejection of a comment with this text. */
export interface TextRejection {
  reason: string;
  at: string;
}

/** The stored record of one text (table keys aside). */
export interface TextRecord {
  /** Tags of the authors who posted it (`authorTag`), at most `MAX_TEXT_AUTHORS`. */
  authors: readonly string[];
  /** The articles it was posted on. */
  articles: readonly string[];
  lastAt: string;
  rejected?: TextRejection;
}

/** What the check is told: the others who posted the text, and a moderator's rejection of it. */
export interface CopiedText {
  /** Other authors who posted it within `TEXT_DAYS`. */
  otherAuthors: number;
  /** Other articles it was posted on. */
  otherArticles: number;
  rejected: TextRejection | null;
}

/** An author as the record knows them: a short tag of their (already keyed) author id. */
export const authorTag = (authorId: string): string => sha256(`text-author:${authorId}`).slice(0, 12);

/** The record as seen by one comment's author on one article. */
export function copiedTextOf(record: TextRecord | null, tag: string, articleId: string): CopiedText {
  if (!record) return { otherAuthors: 0, otherArticles: 0, rejected: null };
  return {
    otherAuthors: record.authors.filter((a) => a !== tag).length,
    otherArticles: record.articles.filter((a) => a !== articleId).length,
    rejected: record.rejected ?? null,
  };
}

const DAY_SECONDS = 86_400;
/** The record's expiry (epoch seconds) after a post at `now`, or after a rejection. */
export const textExpiry = (now: Date, rejected = false): number =>
  Math.floor(now.getTime() / 1000) + (rejected ? REJECTED_TEXT_DAYS : TEXT_DAYS) * DAY_SECONDS;
