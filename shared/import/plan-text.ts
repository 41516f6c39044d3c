/**
 * A source comment's body and author name as Parley stores them: the same rules as a posted comment
 * (`postCommentInput` in shared/domain/schemas.ts: NFC, trimmed, no control or bidi characters, at most
 * 5,000 characters for a body and 80 on one line for a name), reached by cleaning rather than refusing
 * where cleaning keeps what readers saw.
 */
import { postCommentInput } from '../domain/schemas';
import { codePointLength } from '../domain/text';
import { htmlToText } from './plan-html';

/** The body limit of `postCommentInput` (a test ties the two). */
export const BODY_MAX_CHARACTERS = 5000;
/** The author name limit of `postCommentInput` (a test ties the two). */
export const NAME_MAX_CHARACTERS = 80;
/** What a comment without a usable author name is shown as. */
export const ANONYMOUS = 'Anonymous';
/** Bodies longer than this many times the limit are cut before conversion: no comment's markup is that heavy. */
const RAW_FACTOR = 20;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Bidi controls, refused in posted text (see shared/domain/text.ts): removed, they change no word. */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** What shows nothing: a body of only these is empty (as the posting schema judges). */
const INVISIBLE = /[\p{Cf}\s]/gu;

export type BodyResult =
  { ok: true; body: string; truncatedFrom: number | null } | { ok: false; empty: boolean; problem: string };

/**
 * The source's HTML or text as a Parley body: converted (shared/import/plan-html.ts), cleaned, blank
 * lines collapsed to one, cut at the limit with `…` (`truncatedFrom` says from how many characters).
 * Anything the posting schema still refuses (empty, a flood of combining marks) is not a body.
 */
export function toBody(source: string): BodyResult {
  const text = tidyLines(clean(htmlToText(source.slice(0, BODY_MAX_CHARACTERS * RAW_FACTOR))));
  const length = codePointLength(text);
  const body = length > BODY_MAX_CHARACTERS ? cut(text, BODY_MAX_CHARACTERS) : text;
  const parsed = postCommentInput.shape.body.safeParse(body);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? 'body is not valid';
    return { ok: false, empty: body.replace(INVISIBLE, '') === '', problem };
  }
  return { ok: true, body: parsed.data, truncatedFrom: length > BODY_MAX_CHARACTERS ? length : null };
}

/** The source's author name on one line within the limit, or `Anonymous`. */
export function toAuthorName(source: string | null): string {
  const name = clean(source ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const parsed = postCommentInput.shape.authorName.safeParse(cut(name, NAME_MAX_CHARACTERS));
  return parsed.success ? parsed.data : ANONYMOUS;
}

/** NFC, CRLF as LF, tabs as spaces, without control and bidi characters. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .normalize('NFC');
}

/** Lines without spaces at their ends or runs of spaces, at most one blank line in a row, trimmed. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** At most `max` code points; a cut text ends with `…` (counted) and loses its trailing space. */
function cut(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
