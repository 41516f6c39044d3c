/**
 * Input schemas of the public API, defined once: the handlers parse with them, the domain takes their
 * inferred types, and the OpenAPI document and tests refer to them.
 */
import * as z from '../zod';
import { NOTICE_CATEGORIES } from './notice-categories';
import { blankAsAbsent, optionalEmail, userText } from './text';

export const ARTICLE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const articleIdSchema = z.string().check(z.regex(ARTICLE_ID_PATTERN, 'Not a valid article id.'));

export const postCommentInput = z.strictObject({
  authorName: userText({ min: 1, max: 80, multiline: false, label: 'authorName' }),
  body: userText({ min: 1, max: 5000, multiline: true, label: 'body' }),
  parentId: blankAsAbsent(z.string().check(z.maxLength(64))),
  authorEmail: optionalEmail(),
  /**
   * Honeypot: hidden from people by the widget, filled in by bots. A filled one is not an error (that
   * would teach the bot): the post is answered as if accepted and dropped. So nothing put here is an
   * error, whatever its type or length (`honeypotFilled` reads it).
   */
  website: z.documentAs(z.optional(z.unknown()), {
    type: 'string',
    description: 'Leave it out or empty: a hidden field that only bots fill in.',
  }),
});
export type PostCommentInput = z.infer<typeof postCommentInput>;

/** Whether a bot filled the honeypot: anything but nothing, null or blank text. */
export const honeypotFilled = (website: unknown): boolean =>
  website !== undefined && website !== null && !(typeof website === 'string' && website.trim() === '');

/** The least an explanation of why content is illegal can say (Art. 16(2)(a): "sufficiently substantiated"). */
export const NOTICE_EXPLANATION_MIN = 20;
export const NOTICE_GOOD_FAITH_RULE =
  'goodFaith must be true: confirm that you believe the information in this notice is accurate and complete.';

/** POST /comments/{commentId}/notices: a notice of illegal content (EU DSA Art. 16). */
export const noticeInput = z.strictObject({
  category: z.enum(NOTICE_CATEGORIES),
  explanation: userText({
    min: NOTICE_EXPLANATION_MIN,
    max: 4000,
    multiline: true,
    label: 'explanation',
    tooShort: `explanation must be at least ${NOTICE_EXPLANATION_MIN} characters: say why the content is illegal.`,
  }),
  lawOrGround: blankAsAbsent(userText({ min: 1, max: 500, multiline: false, label: 'lawOrGround' })),
  notifierName: blankAsAbsent(userText({ min: 1, max: 200, multiline: false, label: 'notifierName' })),
  notifierEmail: optionalEmail(),
  goodFaith: z.literal(true, { error: NOTICE_GOOD_FAITH_RULE }),
});
export type NoticeInput = z.infer<typeof noticeInput>;

export const editCommentInput = z.strictObject({
  body: userText({ min: 1, max: 5000, multiline: true, label: 'body' }),
});

/**
 * A page size from a query string: digits only, then 1..max. A plain number coercion would read `1e2`,
 * `0x10`, ` 5` and `5.` as numbers; a client sending those has a bug worth a 400, not a guess.
 */
export const pageLimit = (max: number, fallback: number) =>
  z.documentAs(
    z._default(
      z.pipe(
        z.pipe(z.string().check(z.regex(/^\d{1,7}$/, 'Expected a whole number')), z.transform(Number)),
        z.number().check(z.gte(1), z.lte(max)),
      ),
      fallback,
    ),
    { type: 'integer', minimum: 1, maximum: max, default: fallback },
  );
/** A page's continuation token, as the previous page gave it. */
export const pageCursor = z.optional(z.string().check(z.minLength(1), z.maxLength(1024)));

export const listCommentsQuery = z.object({
  sort: z._default(z.enum(['oldest', 'newest']), 'oldest'),
  limit: pageLimit(100, 20),
  cursor: pageCursor,
});
export type ListCommentsQuery = z.infer<typeof listCommentsQuery>;

export const listRepliesQuery = z.object({ limit: pageLimit(100, 20), cursor: pageCursor });
export type ListRepliesQuery = z.infer<typeof listRepliesQuery>;

export const MAX_COUNT_ARTICLES = 100;
/** `articleIds`: at most MAX_COUNT_ARTICLES, counted as sent (a repeat counts), then repeats dropped. */
export const countsQuery = z.object({
  articleIds: z.pipe(
    z.pipe(
      z.pipe(
        z.string({ error: 'articleIds is required.' }),
        z.transform((s: string) => s.split(',').map((id) => id.trim())),
      ),
      z
        .array(articleIdSchema)
        .check(z.minLength(1), z.maxLength(MAX_COUNT_ARTICLES, `At most ${MAX_COUNT_ARTICLES} article ids.`)),
    ),
    z.transform((ids: string[]) => [...new Set(ids)]),
  ),
});

/**
 * Idempotency-Key header: a UUID, or at least 22 random URL-safe characters (a ULID is 26). A key is the
 * only thing between a retry and someone else's stored answer, so guessable keys are refused: too short,
 * or too few distinct characters to have come from a random source.
 */
const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RANDOM_KEY = /^[A-Za-z0-9_-]{22,255}$/;
export const IDEMPOTENCY_KEY_RULE =
  'Idempotency-Key must be a UUID or 22–255 random URL-safe characters (A–Z, a–z, 0–9, - and _).';
export const idempotencyKeySchema = z
  .string()
  .check(
    z.refine(
      (key: string) =>
        (UUID_KEY.test(key) || RANDOM_KEY.test(key)) && new Set(key.replaceAll('-', '')).size >= 8,
      IDEMPOTENCY_KEY_RULE,
    ),
  );
