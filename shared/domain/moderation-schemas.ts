/** Input schemas of the moderator API and reader flags, defined once. */
import * as z from 'zod';
import { FLAG_REASONS, QUEUE_NAMES, REJECT_REASONS } from './comment';
import { NOTICE_ACTIONS } from './notice';
import { articleIdSchema } from './schemas';
import { userText } from './text';
import { policyUpdateSchema, type PolicyUpdate } from '../moderation/policy';

const note = userText({ min: 1, max: 1000, multiline: true, label: 'note' }).optional();
const version = z.int().min(1);

/**
 * The comment queues, `notices` (open notices of illegal content, one item per notice), `appeals` (open
 * appeals against decisions, one item per appeal) and `suspensions` (open suspension proposals, one item
 * per person: site-wide only).
 */
export const QUEUE_QUERY_NAMES = [...QUEUE_NAMES, 'notices', 'appeals', 'suspensions'] as const;

export const queueQuery = z.object({
  queue: z.enum(QUEUE_QUERY_NAMES).default('pending'),
  articleId: articleIdSchema.optional(),
  sort: z.enum(['oldest', 'newest']).default('oldest'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(1024).optional(),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const historyQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(1024).optional(),
});
export type HistoryQuery = z.infer<typeof historyQuery>;

export const decisionInput = z.strictObject({
  action: z.enum(['approve', 'reject']),
  reason: z.enum(REJECT_REASONS).optional(),
  note,
  expectedVersion: version.optional(),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const MAX_BULK_DECISIONS = 50;
export const bulkDecisionInput = z.strictObject({
  action: z.enum(['approve', 'reject']),
  reason: z.enum(REJECT_REASONS).optional(),
  note,
  items: z
    .array(z.strictObject({ commentId: z.string().min(1).max(64), expectedVersion: version.optional() }))
    .min(1)
    .max(MAX_BULK_DECISIONS),
});
export type BulkDecisionInput = z.infer<typeof bulkDecisionInput>;

export const articleSettingsInput = z
  .strictObject({ mode: z.enum(['pre', 'post']).nullable().optional(), closed: z.boolean().optional() })
  .refine((s) => s.mode !== undefined || s.closed !== undefined, 'Give mode, closed or both.');
export type ArticleSettingsInput = z.infer<typeof articleSettingsInput>;

export const AUTHOR_ID_PATTERN = /^a_[A-Za-z0-9_-]{8,64}$/;
export const authorIdSchema = z.string().regex(AUTHOR_ID_PATTERN, 'Not a valid author id.');

export const banInput = z.strictObject({
  reason: userText({ min: 1, max: 500, multiline: false, label: 'reason' }),
  rejectPending: z.boolean().default(false),
  /**
   * Hours for which the author's network bucket (IPv4 /24, IPv6 /48 of their latest comment) is banned
   * too, 0 for none: a ban on an anonymous author is otherwise undone by typing another name.
   */
  networkHours: z.int().min(0).max(720).default(24),
});
export type BanInput = z.infer<typeof banInput>;

export type PolicyPutInput = PolicyUpdate & { expectedVersion?: number | undefined };
/** The policy update (derived from the policy's own schema) and the version it was read at. */
export const policyPutInput = (policyUpdateSchema as unknown as z.ZodObject).extend({
  expectedVersion: z.int().min(0).optional(),
}) as unknown as z.ZodType<PolicyPutInput>;

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
    manifestlyUnfounded: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.manifestlyUnfounded && v.action !== 'keep')
      ctx.addIssue({
        code: 'custom',
        path: ['manifestlyUnfounded'],
        message: 'manifestlyUnfounded goes with keep only: a notice that removes a comment was founded.',
      });
  });
export type NoticeDecisionInput = z.infer<typeof noticeDecisionInput>;

export const flagInput = z.strictObject({
  reason: z.enum(FLAG_REASONS),
  note: userText({ min: 1, max: 500, multiline: true, label: 'note' }).optional(),
});
export type FlagInput = z.infer<typeof flagInput>;

const cursor = z.string().min(1).max(1024).optional();

/** GET /moderation/authors/{authorId}/export: the next page of a long history. */
export const authorExportQuery = z.object({ cursor });
export type AuthorExportQuery = z.infer<typeof authorExportQuery>;

/** POST /moderation/authors/{authorId}/erase: why (kept in the audit trail), and where to continue. */
export const authorEraseInput = z.strictObject({ note, cursor });
export type AuthorEraseInput = z.infer<typeof authorEraseInput>;

/** POST /moderation/authors/lookup: the e-mail address is hashed on arrival and never stored or logged. */
export const emailLookupInput = z.strictObject({ email: z.email().max(254), cursor });
export type EmailLookupInput = z.infer<typeof emailLookupInput>;

/** The longest period a transparency report or statements export covers: a leap year. */
export const MAX_PERIOD_DAYS = 366;

/** `from` and `to` (`yyyy-mm-dd`, UTC days, both included): `from` not after `to`, at most a year apart. */
const isoDay = z.iso.date();
const period = z.object({ from: isoDay, to: isoDay }).superRefine(({ from, to }, ctx) => {
  // A malformed day has its own issue already.
  if (!isoDay.safeParse(from).success || !isoDay.safeParse(to).success) return;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from.' });
  if (days > MAX_PERIOD_DAYS)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `A period covers at most ${MAX_PERIOD_DAYS} days.`,
    });
});

/** GET /moderation/transparency: the period, and JSON (default) or CSV. */
export const transparencyQuery = period.safeExtend({ format: z.enum(['json', 'csv']).default('json') });
export type TransparencyQuery = z.infer<typeof transparencyQuery>;

/** GET /moderation/transparency/statements: the period and a page of statements. */
export const statementsQuery = period.safeExtend({
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  cursor,
});
export type StatementsQuery = z.infer<typeof statementsQuery>;
