/**
 * Rules for user-typed text, shared by every schema that accepts it. Text is NFC-normalised and trimmed;
 * lengths count Unicode code points, not UTF-16 units, so an emoji counts as one character.
 */
import * as z from '../zod';

/** C0/C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/**
 * Bidi controls: explicit embeddings, overrides and isolates, and the implicit marks LRM, RLM and ALM
 * (U+200E, U+200F, U+061C). Invisible, used to disguise text (a link or a name that reads in another
 * order, a word split so filters miss it); writing in Arabic or Hebrew never needs them typed.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/**
 * What shows nothing on its own: format characters (zero-width spaces and joiners, BOM, soft hyphen, tag
 * characters…), whitespace, combining marks and variation selectors without a letter to sit on, the
 * Hangul fillers (U+115F, U+1160, U+3164, U+FFA0: letters by category, blank on screen) and the blank
 * Braille pattern (U+2800). A text made only of these would be published as a blank.
 */
const INVISIBLE = /[\p{Cf}\p{M}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;
/** A run of combining marks this long is "zalgo" text, not a language. */
const COMBINING_FLOOD = /\p{M}{9,}/u;

export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * An optional form field: null or a blank string (empty, or spaces only) reads as absent (forms send them for
 * fields left blank), anything else must match `schema`.
 */
export const blankAsAbsent = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(
    z.transform((v: unknown): unknown =>
      v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v,
    ),
    z.optional(schema),
  );

const EMAIL_MAX = 254;
const EMAIL_DOC = {
  type: 'string',
  format: 'email',
  maxLength: EMAIL_MAX,
  description: 'Surrounding spaces are trimmed before the address is checked.',
};

/**
 * An e-mail address as people type and paste it: surrounding spaces are trimmed before it is checked (a
 * pasted `Nina@Example.org ` is that address, and it is stored, hashed, as such), up to 254 characters.
 */
export const emailAddress = () =>
  z.documentAs(z.pipe(z.string().check(z.trim()), z.email().check(z.maxLength(EMAIL_MAX))), EMAIL_DOC);

/** An optional e-mail field: blank (spaces only included) reads as absent. */
export const optionalEmail = () =>
  z.documentAs(
    z.pipe(
      z.transform((v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v)),
      blankAsAbsent(emailAddress()),
    ),
    EMAIL_DOC,
  );

/** A check that a string is well-formed UTF-16 (no lone surrogate), for text a person edits elsewhere. */
export const wellFormed = () =>
  z.refine<string>((s) => s.isWellFormed(), 'Contains invalid Unicode (a lone surrogate).');

/** A zod schema for one user-typed text field. */
/** A text field's bounds in characters (code points, after trimming); `tooShort` says what a short one lacks. */
interface TextRule {
  min: number;
  max: number;
  multiline: boolean;
  label: string;
  tooShort?: string;
}

export function userText(opts: TextRule) {
  const tooLong = `${opts.label} must be at most ${opts.max} characters.`;
  const schema = z
    .pipe(
      // A cheap bound before any per-character work; past it, the same words as the exact check.
      z.string().check(z.maxLength(opts.max * 8, tooLong)),
      z.transform((s: string) => s.normalize('NFC').trim()),
    )
    .check(
      z.superRefine((s, ctx) => {
        const problem = textProblem(s, opts);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    );
  // JSON Schema sees only the cheap bound; the contract is the exact one (characters are code points, as
  // JSON Schema counts them).
  return z.documentAs(schema, {
    type: 'string',
    minLength: opts.min,
    maxLength: opts.max,
    description: `${opts.min}–${opts.max} characters after trimming${opts.multiline ? '' : ', on one line'}; at least one visible character.`,
  });
}

function textProblem(s: string, opts: TextRule) {
  if (!s.isWellFormed()) return `${opts.label} contains invalid Unicode (a lone surrogate).`;
  if (CONTROL.test(s)) return `${opts.label} contains control characters.`;
  if (!opts.multiline && /[\r\n\t]/.test(s)) return `${opts.label} must be a single line.`;
  if (BIDI_CONTROL.test(s)) return `${opts.label} contains bidirectional control characters.`;
  if (COMBINING_FLOOD.test(s)) return `${opts.label} contains too many combining marks in a row.`;
  const n = codePointLength(s);
  // Nothing visible is empty too: an invisible comment or name would be published as blank.
  if (n === 0 || s.replace(INVISIBLE, '') === '') return `${opts.label} must not be empty.`;
  if (n < opts.min) return opts.tooShort ?? `${opts.label} must be at least ${opts.min} characters.`;
  if (n > opts.max) return `${opts.label} must be at most ${opts.max} characters.`;
  return null;
}
