/**
 * Suspension proposals (EU Digital Services Act, Art. 23): opened by the count of `repeat-abuse.ts` when a
 * person's strikes reach the policy's threshold, listed in the moderators' `suspensions` queue, and decided
 * once by a person: `warn`, `suspend` for 1–365 days, or `dismiss`. Art. 23 asks for a prior warning, so a
 * suspension needs a warning given within the counting window (an earlier proposal decided `warn`); the
 * first proposal about someone can only warn or be dismissed. Warnings and suspensions each issue an
 * account statement of reasons (`account-statement.ts`); every step is an event on the proposal's trail.
 */
import * as z from '../zod';
import { WarningRequiredError } from '../errors';
import { newId } from '../ids';
import { accountStatement, accountStatementSchema, type AccountStatement } from './account-statement';
import { humanDecisionSchema } from './comment';
import type { Actor } from './lifecycle';
import {
  abuseSubjectSchema,
  activeSuspension,
  rewritten,
  strikeSchema,
  unweighed,
  validWarning,
  type AbuseKind,
  type AbuseRecord,
  type AbuseSubject,
  type RepeatAbuseKnobs,
  type Strike,
} from './repeat-abuse';
import { addMonths } from './statement';
import { userText } from './text';

export const SUSPENSION_ACTIONS = ['warn', 'suspend', 'dismiss'] as const;
export type SuspensionAction = (typeof SUSPENSION_ACTIONS)[number];
/** `received`: open in the queue (the word the item queues share); `decided`: closed. */
export const SUSPENSION_STATUSES = ['received', 'decided'] as const;
export const MAX_SUSPENSION_DAYS = 365;
/** How long a decided proposal is kept: as a decided notice, past a yearly transparency report. */
export const DECIDED_PROPOSAL_MONTHS = 18;

/** POST /moderation/suspensions/{suspensionId}/decision. */
export const suspensionDecisionInput = z
  .strictObject({
    action: z.enum(SUSPENSION_ACTIONS),
    /** How long a suspension lasts, in days from the decision; only with `suspend`, and required there. */
    days: z.optional(z.int().check(z.gte(1), z.lte(MAX_SUSPENSION_DAYS))),
    /** For moderators only: never shown to the person. */
    note: z.optional(userText({ min: 1, max: 1000, multiline: true, label: 'note' })),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.action === 'suspend' && v.days === undefined)
        ctx.addIssue({ code: 'custom', path: ['days'], message: 'days (1–365) is required to suspend.' });
      if (v.action !== 'suspend' && v.days !== undefined)
        ctx.addIssue({ code: 'custom', path: ['days'], message: 'days is only for suspend.' });
    }),
  );
export type SuspensionDecisionInput = z.infer<typeof suspensionDecisionInput>;

const signatureSchema = humanDecisionSchema.shape.by;

/** A moderator's decision on a proposal. */
export interface SuspensionDecision {
  action: SuspensionAction;
  days?: number;
  /** When a suspension ends by itself. */
  until?: string;
  note?: string;
  decidedAt: string;
  by: z.infer<typeof signatureSchema>;
  /** The statement of reasons a warning or a suspension issued. */
  statementId?: string;
  /** The strikes weighed: the window's that no earlier decision had weighed. */
  counted: Strike[];
}

/** The stored proposal item, minus table keys. */
export interface SuspensionProposal {
  entity: 'suspension';
  id: string;
  kind: AbuseKind;
  subjectId: string;
  status: (typeof SUSPENSION_STATUSES)[number];
  proposedAt: string;
  /** The strikes it was opened on (each a notice's decision). */
  strikes: Strike[];
  /** The policy when it was opened. */
  threshold: number;
  windowDays: number;
  decision?: SuspensionDecision;
  /** Epoch seconds: set when decided, DECIDED_PROPOSAL_MONTHS later (TTL). */
  expiresAt?: number;
}

export const SUSPENSION_EVENTS = [
  'suspension_proposed',
  'suspension_warned',
  'suspension_suspended',
  'suspension_dismissed',
] as const;
const actorSchema = z.object({
  type: z.enum(['system', 'moderator', 'author']),
  id: z.string(),
  name: z.optional(z.string()),
});

/** One event of a proposal's trail, as the moderators' view shows it (the stored one adds `entity`). */
export const suspensionEventSchema = z.object({
  eventId: z.string(),
  proposalId: z.string(),
  at: z.iso.datetime(),
  actor: actorSchema,
  action: z.enum(SUSPENSION_EVENTS),
  kind: z.enum(['author', 'notifier']),
  subjectId: z.string(),
  /** How many strikes the step weighed (proposed on, or decided on). */
  strikes: z.int(),
  until: z.optional(z.iso.datetime()),
  statementId: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type SuspensionEvent = { entity: 'suspension_event' } & z.infer<typeof suspensionEventSchema>;

/** Who opens a proposal: the count, not a person. */
export const REPEAT_ABUSE_ACTOR: Actor = { type: 'system', id: 'repeat-abuse', name: 'Repeat abuse count' };

/** The proposal a strike opened (`countStrike` drew its id), with its event. */
export function openedProposal(
  subject: AbuseSubject,
  id: string,
  counted: readonly Strike[],
  now: Date,
  knobs: RepeatAbuseKnobs & { threshold: number },
): { proposal: SuspensionProposal; event: SuspensionEvent } {
  const at = now.toISOString();
  return {
    proposal: {
      entity: 'suspension',
      id,
      kind: subject.kind,
      subjectId: subject.id,
      status: 'received',
      proposedAt: at,
      strikes: [...counted],
      threshold: knobs.threshold,
      windowDays: knobs.windowDays,
    },
    event: {
      entity: 'suspension_event',
      eventId: newId(now.getTime()),
      proposalId: id,
      at,
      actor: REPEAT_ABUSE_ACTOR,
      action: 'suspension_proposed',
      kind: subject.kind,
      subjectId: subject.id,
      strikes: counted.length,
    },
  };
}

/** The actions a decision may take on a proposal about `r` now: `suspend` only after a valid warning. */
export const actionsFor = (r: Pick<AbuseRecord, 'warning'>, now: Date, windowDays: number) =>
  validWarning(r, now, windowDays) ? [...SUSPENSION_ACTIONS] : (['warn', 'dismiss'] as SuspensionAction[]);

/** What a decision writes: the proposal's decision, the record after it, the statement and the event. */
export interface DecidedProposal {
  decision: SuspensionDecision;
  next: AbuseRecord;
  statement: AccountStatement | null;
  event: SuspensionEvent;
}

/**
 * Decides an open proposal about `r` (the person's record, read now). `suspend` without a warning given
 * within the window is refused (WarningRequiredError). Every decision weighs the window's strikes so far
 * (the next proposal needs the threshold again) and closes the record's open proposal; a warning or a
 * suspension becomes the record's latest, with its statement. A new suspension replaces a running one.
 */
export function decideProposal(
  p: SuspensionProposal,
  r: AbuseRecord,
  input: SuspensionDecisionInput,
  who: { actor: Actor; by: SuspensionDecision['by'] },
  now: Date,
  policy: { windowDays: number; clause: string },
): DecidedProposal {
  const warning = validWarning(r, now, policy.windowDays);
  if (input.action === 'suspend' && !warning) throw new WarningRequiredError();
  const counted = unweighed(r, now, policy.windowDays);
  const until = input.action === 'suspend' ? new Date(now.getTime() + (input.days ?? 1) * 86_400_000) : null;
  const statement =
    input.action === 'dismiss'
      ? null
      : accountStatement({
          kind: p.kind,
          now,
          until,
          counted,
          warnedAt: warning?.decidedAt ?? null,
          clause: policy.clause,
        });
  const at = now.toISOString();
  const { openProposalId: _closed, ...rest } = r;
  const next: AbuseRecord = {
    ...rewritten(rest, now, policy.windowDays),
    weighedUntil: at,
    ...(statement && input.action === 'warn' ? { warning: statement } : {}),
    ...(statement && input.action === 'suspend' ? { suspension: statement } : {}),
  };
  const decision: SuspensionDecision = {
    action: input.action,
    ...(input.days !== undefined ? { days: input.days } : {}),
    ...(until ? { until: until.toISOString() } : {}),
    ...(input.note ? { note: input.note } : {}),
    decidedAt: at,
    by: who.by,
    ...(statement ? { statementId: statement.id } : {}),
    counted,
  };
  const event: SuspensionEvent = {
    entity: 'suspension_event',
    eventId: newId(now.getTime()),
    proposalId: p.id,
    at,
    actor: who.actor,
    action: `suspension_${input.action === 'warn' ? 'warned' : input.action === 'suspend' ? 'suspended' : 'dismissed'}`,
    kind: p.kind,
    subjectId: p.subjectId,
    strikes: counted.length,
    ...(decision.until ? { until: decision.until } : {}),
    ...(statement ? { statementId: statement.id } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  return { decision, next, statement, event };
}

/** When a proposal decided at `decidedAt` expires (epoch seconds). */
export const decidedProposalExpiry = (decidedAt: Date): number =>
  Math.floor(addMonths(decidedAt, DECIDED_PROPOSAL_MONTHS).getTime() / 1000);

/** A proposal as moderators see it. */
export const suspensionProposalSchema = z.object({
  id: z.string(),
  subject: z.extend(abuseSubjectSchema, {
    /**
     * A name to know the person by: an author's on their latest counted comment, a trusted flagger's as
     * registered; null for a notifier known by an e-mail address (never shown), or a name since erased.
     */
    name: z.nullable(z.string()),
  }),
  status: z.enum(SUSPENSION_STATUSES),
  proposedAt: z.iso.datetime(),
  /** The decisions it was opened on: each strike's notice and comment. */
  strikes: z.array(strikeSchema),
  threshold: z.int(),
  windowDays: z.int(),
  decision: z.nullable(
    z.object({
      action: z.enum(SUSPENSION_ACTIONS),
      days: z.nullable(z.int()),
      until: z.nullable(z.iso.datetime()),
      note: z.optional(z.string()),
      decidedAt: z.iso.datetime(),
      by: signatureSchema,
      statementId: z.nullable(z.string()),
      counted: z.array(strikeSchema),
    }),
  ),
});

/** The person's record now, beside a proposal: for the proportion, the history and what may be decided. */
export const suspensionAccountSchema = z.object({
  /** The strikes of the window now, oldest first, and how many no decision has weighed yet. */
  strikes: z.array(strikeSchema),
  unweighed: z.int(),
  /** Every strike counted, ever. */
  strikeTotal: z.int(),
  /** For the proportion (Art. 23(3)): an author's comments decided, a notifier's notices sent. */
  activity: z.object({
    commentsApproved: z.nullable(z.int()),
    commentsRejected: z.nullable(z.int()),
    noticesSent: z.nullable(z.int()),
  }),
  warning: z.nullable(accountStatementSchema),
  suspension: z.nullable(accountStatementSchema),
  /** Whether a suspension is running now. */
  suspendedUntil: z.nullable(z.iso.datetime()),
  /** What a decision may do now: `suspend` only after a warning given within the window. */
  actions: z.array(z.enum(SUSPENSION_ACTIONS)),
});

/** One item of `GET /moderation/queue?queue=suspensions`, and the answer of a decision. */
export const suspensionItemSchema = z.object({
  proposal: suspensionProposalSchema,
  account: suspensionAccountSchema,
});
export type SuspensionItem = z.infer<typeof suspensionItemSchema>;
export const suspensionQueuePageSchema = z.object({
  items: z.array(suspensionItemSchema),
  nextCursor: z.nullable(z.string()),
});
/** GET /moderation/suspensions/{suspensionId}: the item with its trail, oldest first. */
export const suspensionDetailSchema = z.extend(suspensionItemSchema, {
  events: z.array(suspensionEventSchema),
});

/**
 * A proposal and the person's record as moderators see them, the record's window as the policy sets it
 * now (`windowDays`); an author's `activity` is their history of decided comments, `name` what
 * `suspensionProposalSchema` says.
 */
export function toSuspensionItem(
  p: SuspensionProposal,
  r: AbuseRecord,
  about: { history: { approved: number; rejected: number } | null; name: string | null },
  now: Date,
  windowDays: number,
): SuspensionItem {
  const { history } = about;
  const d = p.decision;
  const strikes = r.strikes.filter((s) => Date.parse(s.at) > now.getTime() - windowDays * 86_400_000);
  return {
    proposal: {
      id: p.id,
      subject: { kind: p.kind, id: p.subjectId, name: about.name || null },
      status: p.status,
      proposedAt: p.proposedAt,
      strikes: p.strikes,
      threshold: p.threshold,
      windowDays: p.windowDays,
      decision: d
        ? {
            action: d.action,
            days: d.days ?? null,
            until: d.until ?? null,
            ...(d.note ? { note: d.note } : {}),
            decidedAt: d.decidedAt,
            by: d.by,
            statementId: d.statementId ?? null,
            counted: d.counted,
          }
        : null,
    },
    account: {
      strikes,
      unweighed: unweighed(r, now, windowDays).length,
      strikeTotal: r.strikeTotal,
      activity: {
        commentsApproved: history?.approved ?? null,
        commentsRejected: history?.rejected ?? null,
        noticesSent: p.kind === 'notifier' ? r.noticesSent : null,
      },
      warning: r.warning ?? null,
      suspension: r.suspension ?? null,
      suspendedUntil: activeSuspension(r, now)?.until ?? null,
      actions: p.status === 'received' ? actionsFor(r, now, windowDays) : [],
    },
  };
}
