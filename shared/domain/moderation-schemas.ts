/** Input schemas of the moderator API and reader flags, defined once. */
import * as z from '../zod';
import { FLAG_REASONS, QUEUE_NAMES, REJECT_REASONS } from './comment';
import { NOTICE_ACTIONS } from './notice';
import { MAX_PERIOD_DAYS, periodBreach } from './period';
import { articleIdSchema, pageCursor, pageLimit } from './schemas';
import { emailAddress, userText } from './text';
import { policyUpdateSchema, type PolicyUpdate } from '../moderation/policy';

const note = z.optional(userText({ min: 1, max: 1000, multiline: true, label: 'note' }));
const version = z.int().check(z.gte(1));

/**
 * The comment queues, `notices` (open notices of illegal content, one item per notice), `appeals` (open
 * appeals against decisions, one item per appeal) and `suspensions` (open suspension proposals, one item
 * per person: site-wide only).
 */
export const QUEUE_QUERY_NAMES = [...QUEUE_NAMES, 'notices', 'appeals', 'suspensions'] as const;

export const queueQuery = z.object({
  queue: z._default(z.enum(QUEUE_QUERY_NAMES), 'pending'),
  articleId: z.optional(articleIdSchema),
  sort: z._default(z.enum(['oldest', 'newest']), 'oldest'),
  limit: pageLimit(100, 20),
  cursor: pageCursor,
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const historyQuery = z.object({
  limit: pageLimit(100, 50),
  cursor: pageCursor,
});
export type HistoryQuery = z.infer<typeof historyQuery>;

/** A reason is a rejection's: an approval that names one is a mistake to report, not to store. */
const reasonOnlyWithReject = z.refine<{ action: string; reason?: string | undefined }>(
  (d) => d.action === 'reject' || d.reason === undefined,
  { message: 'A reason is given only with reject.', path: ['reason'] },
);

export const decisionInput = z
  .strictObject({
    action: z.enum(['approve', 'reject']),
    reason: z.optional(z.enum(REJECT_REASONS)),
    note,
    expectedVersion: z.optional(version),
  })
  .check(reasonOnlyWithReject);
export type DecisionInput = z.infer<typeof decisionInput>;

export const MAX_BULK_DECISIONS = 50;
export const bulkDecisionInput = z
  .strictObject({
    action: z.enum(['approve', 'reject']),
    reason: z.optional(z.enum(REJECT_REASONS)),
    note,
    items: z
      .array(
        z.strictObject({
          commentId: z.string().check(z.minLength(1), z.maxLength(64)),
          expectedVersion: z.optional(version),
        }),
      )
      .check(
        z.minLength(1),
        z.maxLength(MAX_BULK_DECISIONS),
        // One decision a comment a request: a second one would be decided on the first's result.
        z.refine(
          (items: readonly { commentId: string }[]) =>
            new Set(items.map((i) => i.commentId)).size === items.length,
          'A comment appears twice in items: decide each comment once a request.',
        ),
      ),
  })
  .check(reasonOnlyWithReject);
export type BulkDecisionInput = z.infer<typeof bulkDecisionInput>;

/** One field at least: the OpenAPI document says so with `minProperties`, which the refinement cannot show. */
export const articleSettingsInput = z.documentAlso(
  z
    .strictObject({ mode: z.optional(z.nullable(z.enum(['pre', 'post']))), closed: z.optional(z.boolean()) })
    .check(z.refine((s) => s.mode !== undefined || s.closed !== undefined, 'Give mode, closed or both.')),
  { minProperties: 1 },
);
export type ArticleSettingsInput = z.infer<typeof articleSettingsInput>;

export const AUTHOR_ID_PATTERN = /^a_[A-Za-z0-9_-]{8,64}$/;
export const authorIdSchema = z.string().check(z.regex(AUTHOR_ID_PATTERN, 'Not a valid author id.'));

export const banInput = z.strictObject({
  reason: userText({ min: 1, max: 500, multiline: false, label: 'reason' }),
  rejectPending: z._default(z.boolean(), false),
  /**
   * The public reason of the rejections `rejectPending` makes: what their authors are told, what the
   * transparency report and the statements count. Without it, `reason` when that is a reason code,
   * else `other`: a ban's free-text reason says nothing a statement can rest on.
   */
  rejectReason: z.optional(z.enum(REJECT_REASONS)),
  /**
   * Hours for which the author's network bucket (IPv4 /24, IPv6 /48 of their latest comment) is banned
   * too, 0 for none: a ban on an anonymous author is otherwise undone by typing another name.
   */
  networkHours: z._default(z.int().check(z.gte(0), z.lte(720)), 24),
});
export type BanInput = z.infer<typeof banInput>;

export type PolicyPutInput = PolicyUpdate & {
  expectedVersion?: number | undefined;
  version?: number | undefined;
};
const VERSION_FIELDS = new Set(['expectedVersion', 'version']);
/**
 * The policy update (derived from the policy's own schema) and the version it was read at:
 * `expectedVersion`, or `version` as `GET /moderation/policy` gives it inside the policy, so that a policy
 * sent back as it was read (edited) is taken only if nobody changed it meanwhile. Both, differing, is a 400.
 */
export const policyPutInput = z
  .extend(policyUpdateSchema as unknown as z.ZodMiniObject, {
    expectedVersion: z.optional(z.int().check(z.gte(0))),
    version: z.optional(z.int().check(z.gte(0))),
  })
  // An update that names no field would store the same policy as a new version: refused, as an empty
  // settings update is.
  .check(
    z.refine(
      (u: Record<string, unknown>) => Object.keys(u).some((k) => !VERSION_FIELDS.has(k)),
      'Give at least one policy field to change.',
    ),
    z.refine(
      (u: Record<string, unknown>) =>
        u.version === undefined || u.expectedVersion === undefined || u.version === u.expectedVersion,
      { message: 'version and expectedVersion differ: give the version you read once.', path: ['version'] },
    ),
  ) as unknown as z.ZodMiniType<PolicyPutInput>;

/** POST /moderation/notices/{noticeId}/decision. */
export const noticeDecisionInput = z
  .strictObject({
    action: z.enum(NOTICE_ACTIONS),
    /** The legal or contractual ground relied on: shown to the notifier, and to the author on a removal. */
    ground: userText({ min: 1, max: 1000, multiline: true, label: 'ground' }),
    note,
    /**
     * With `keep` only: the notice was manifestly unfounded, which counts against its notifier (EU DSA
     * Art. 23(2)) when the notice names one (an e-mail address or a trusted flagger).
     */
    manifestlyUnfounded: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.manifestlyUnfounded && v.action !== 'keep')
        ctx.addIssue({
          code: 'custom',
          path: ['manifestlyUnfounded'],
          message: 'manifestlyUnfounded goes with keep only: a notice that removes a comment was founded.',
        });
    }),
  );
export type NoticeDecisionInput = z.infer<typeof noticeDecisionInput>;

export const flagInput = z.strictObject({
  reason: z.enum(FLAG_REASONS),
  note: z.optional(userText({ min: 1, max: 500, multiline: true, label: 'note' })),
});
export type FlagInput = z.infer<typeof flagInput>;

const cursor = pageCursor;

/** GET /moderation/authors/{authorId}/export: the next page of a long history. */
export const authorExportQuery = z.object({ cursor });
export type AuthorExportQuery = z.infer<typeof authorExportQuery>;

/** POST /moderation/authors/{authorId}/erase: why (kept in the audit trail), and where to continue. */
export const authorEraseInput = z.strictObject({ note, cursor });
export type AuthorEraseInput = z.infer<typeof authorEraseInput>;

/** POST /moderation/authors/lookup: the e-mail address is hashed on arrival and never stored or logged. */
export const emailLookupInput = z.strictObject({ email: emailAddress(), cursor });
export type EmailLookupInput = z.infer<typeof emailLookupInput>;

/** `from` and `to` (`yyyy-mm-dd`, UTC days, both included): `from` not after `to`, at most a year apart. */
const isoDay = z.iso.date();
const period = z.object({ from: isoDay, to: isoDay }).check(
  z.superRefine(({ from, to }, ctx) => {
    // A malformed day has its own issue already.
    if (!isoDay.safeParse(from).success || !isoDay.safeParse(to).success) return;
    const breach = periodBreach(from, to);
    if (breach === 'reversed')
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from.' });
    if (breach === 'too_long')
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `A period covers at most ${MAX_PERIOD_DAYS} days.`,
      });
  }),
);

/** GET /moderation/transparency: the period, and JSON (default) or CSV. */
export const transparencyQuery = z.safeExtend(period, {
  format: z._default(z.enum(['json', 'csv']), 'json'),
});
export type TransparencyQuery = z.infer<typeof transparencyQuery>;

/** GET /moderation/transparency/statements: the period and a page of statements. */
export const statementsQuery = z.safeExtend(period, {
  limit: pageLimit(1000, 500),
  cursor,
});
export type StatementsQuery = z.infer<typeof statementsQuery>;
