/** Words the widget and the counter show: counts, dates, statuses, reasons and error messages. DOM-free. */
import { formatDate } from '../dates';
import type { ApiError, CommentStatus, OwnStatement } from './api';

/** "No comments yet", "1 comment", "3 comments" (thousands grouped). */
export const countLabel = (n: number): string => (n <= 0 ? 'No comments yet' : commentsLabel(n));

/** "1 comment", "3 comments" (thousands grouped). */
export const commentsLabel = (n: number): string =>
  n === 1 ? '1 comment' : `${n.toLocaleString('en')} comments`;

/** The reader's data file: `parley-my-data-2026-12-03.json`, by the reader's local date. */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `parley-my-data-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * What the widget says after "Download my data": whether a file was saved, and how many comments were left
 * out because they are gone on the server (this browser forgot them).
 */
export function downloadedText(saved: boolean, dropped: number): string {
  const gone = dropped
    ? ` ${commentsLabel(dropped)} could not be included: removed on the server (by a moderator, or deleted), so this browser forgot ${dropped === 1 ? 'it' : 'them'}.`
    : '';
  return saved ? `Your data was downloaded.${gone}` : `There was nothing left to download.${gone}`;
}

/**
 * The start of a text, on one line, for an accessible name that tells like buttons apart (`Edit your
 * comment “The minister said…”`): at most `max` characters, cut at a word where one is near.
 */
export function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** "Your comment is 1 character over the limit.", "… 12 characters …". */
export const overLimit = (what: string, over: number): string =>
  `${what} is ${over.toLocaleString('en')} character${over === 1 ? '' : 's'} over the limit.`;

/** Characters as the server counts them: NFC, trimmed, by code point (an emoji is one). */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').trim()) n++;
  return n;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86_400],
];

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date. */
export function timeLabel(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 45) return 'just now';
  if (seconds < 7 * 86_400) {
    const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
    for (let i = UNITS.length - 1; i >= 0; i--) {
      const [unit, size] = UNITS[i]!;
      if (seconds >= size) return rtf.format(-Math.floor(seconds / size), unit);
    }
    return rtf.format(-1, 'minute');
  }
  return formatDate(then, { dateStyle: 'medium' });
}

/** The full date and time, for the `title` of a relative time (in the page's language, as every date). */
export const fullTime = (iso: string): string => formatDate(iso, { dateStyle: 'long', timeStyle: 'short' });

/** A day, as a statement's review window ends on it. */
export const longDay = (iso: string): string => formatDate(iso, { dateStyle: 'long' });

export type StatusTone = 'waiting' | 'ok' | 'refused' | 'gone';

/** An own comment's state in two words and a tone for its badge. */
export function statusBadge(status: CommentStatus): { label: string; tone: StatusTone } {
  switch (status) {
    case 'received':
    case 'pending':
      return { label: 'Awaiting review', tone: 'waiting' };
    case 'approved':
      return { label: 'Published', tone: 'ok' };
    case 'rejected':
      return { label: 'Not published', tone: 'refused' };
    case 'deleted':
      return { label: 'Deleted', tone: 'gone' };
  }
}

/** Reasons a reader may give when reporting a comment (the API's flag reasons), with their labels. */
export const FLAG_REASONS: readonly (readonly [string, string])[] = [
  ['spam', 'Spam or advertising'],
  ['abuse', 'Abusive or insulting'],
  ['harassment', 'Harassment of a person'],
  ['hate', 'Hate speech'],
  ['misinformation', 'False or misleading'],
  ['off_topic', 'Off topic'],
  ['illegal', 'Illegal content'],
  ['other', 'Something else'],
];

const REJECT_REASONS: Readonly<Record<string, string>> = {
  spam: 'it looks like spam or advertising',
  abuse: 'it is abusive or insulting',
  harassment: 'it harasses a person',
  hate: 'it contains hate speech',
  misinformation: 'it spreads false or misleading claims',
  off_topic: 'it is off topic',
  illegal: 'it may be illegal',
  banned_word: 'it uses words the community guidelines do not allow',
  other: 'it does not meet the community guidelines',
};

/** Why an own comment was not published, in a sentence. */
export const rejectReasonText = (code: string | null): string =>
  `Not published: ${REJECT_REASONS[code ?? 'other'] ?? REJECT_REASONS['other']!}.`;

/** A clear sentence for a failed call; the server's own message where it is the best one. */
export function errorText(error: ApiError): string {
  switch (error.code) {
    case 'validation_failed':
      return 'Please check the highlighted fields.';
    case 'comments_closed':
      return 'Comments are closed on this article.';
    case 'author_banned':
      return 'You can no longer comment on this site.';
    case 'parent_not_found':
      return 'The comment you are replying to is no longer available.';
    case 'rate_limited':
      return error.retryAfterSeconds !== null
        ? `You are posting too quickly. Please try again in ${waitLabel(error.retryAfterSeconds)}.`
        : 'You are posting too quickly. Please wait a moment and try again.';
    case 'busy':
      return 'Many readers are doing the same at this moment, and nothing was saved. Please try again.';
    case 'payload_too_large':
      return 'Your comment is too long.';
    case 'edit_window_closed':
      return 'The time for editing this comment has passed.';
    case 'network':
    case 'bad_response':
      return error.message;
    default:
      return error.status >= 500
        ? 'The comment service had a problem. Your text is kept; please try again.'
        : error.message;
  }
}

function waitLabel(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** The parts of a statement of reasons (a comment's, or an account restriction's) said to the reader. */
export type StatementLines = Pick<
  OwnStatement,
  'facts' | 'clause' | 'automatedDecision' | 'automatedDetection' | 'appealUntil'
>;

/**
 * A statement of reasons in plain sentences, in the order a reader asks: what happened and why, the rule,
 * whether a machine decided, and until when a person can be asked to review it.
 */
export function statementLines(s: StatementLines): string[] {
  const until = longDay(s.appealUntil);
  return [
    s.facts,
    `The rule: ${s.clause}`,
    s.automatedDecision
      ? 'This decision was made automatically, by our checks.'
      : s.automatedDetection
        ? 'Our automatic checks flagged it; a person made the decision.'
        : 'A person made this decision.',
    `You can ask for a person to review this until ${until}.`,
  ];
}
