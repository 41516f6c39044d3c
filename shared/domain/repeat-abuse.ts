/**
 * Repeat abuse (EU Digital Services Act, Art. 23): who is counted, what one count ("strike") is, and the
 * per-person record that keeps the strikes of a rolling window. Authors get a strike when a notice's
 * decision removes their comment as illegal (Art. 23(1)); notifiers when a moderator keeps a comment and
 * marks their notice manifestly unfounded (Art. 23(2)). When the strikes since the last decision about the
 * person reach the policy's threshold, a suspension proposal is opened (`suspension.ts`); a person decides it.
 *
 * Everything here is a pure function of the record as read, the strike and the clock: the storage writes
 * the record back on the version it read, in the transaction of the decision that counted.
 */
import * as z from '../zod';
import { newId } from '../ids';
import { MAX_REPEAT_ABUSE_THRESHOLD } from '../moderation/policy-defaults';
import type { AccountStatement } from './account-statement';
import type { NoticeRecord } from './notice';
import { addMonths } from './statement';

/** Who is counted: the author of removed comments, or the sender of unfounded notices. */
export const ABUSE_KINDS = ['author', 'notifier'] as const;
export type AbuseKind = (typeof ABUSE_KINDS)[number];
/** The two kinds of Art. 23 suspension, as the transparency report names them (Art. 24(1)(b)). */
export const SUSPENSION_KINDS = ['illegal_content', 'unfounded_notices'] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number];
export const suspensionKindOf = (kind: AbuseKind): SuspensionKind =>
  kind === 'author' ? 'illegal_content' : 'unfounded_notices';

/**
 * A counted person: an author id (`a_…`), or a notifier as the notice names them, `email:<keyed hash>` (of
 * the address within the network bucket the notice came from) or
 * `flagger:<trusted flagger id>`. A notice with neither (no e-mail address, no flagger token) names nobody
 * who could be counted again.
 */
export interface AbuseSubject {
  kind: AbuseKind;
  id: string;
}
export const abuseSubjectSchema = z.object({ kind: z.enum(ABUSE_KINDS), id: z.string() });

/**
 * The notifier of a notice, for counting: its trusted flagger, else its address within the network it was
 * sent from (`notifierKey`); null when neither. Notices stored before the key existed name the address
 * alone (`notifierEmailHash`), as they were counted then.
 */
export function notifierOf(
  n: Pick<NoticeRecord, 'notifierEmailHash' | 'notifierKey' | 'trustedFlagger'>,
): AbuseSubject | null {
  if (n.trustedFlagger) return { kind: 'notifier', id: `flagger:${n.trustedFlagger.id}` };
  const key = n.notifierKey ?? n.notifierEmailHash;
  return key ? { kind: 'notifier', id: `email:${key}` } : null;
}

/** One count against a person: the notice whose decision made it, and the comment it was about. */
export const strikeSchema = z.object({ noticeId: z.string(), commentId: z.string(), at: z.iso.datetime() });
export type Strike = z.infer<typeof strikeSchema>;

/** The policy's knobs (`repeatAbuse` in the site policy). */
export interface RepeatAbuseKnobs {
  /** How far back strikes count, in days. */
  windowDays: number;
  /** Strikes since the last decision that open a proposal: authors' removals, notifiers' unfounded notices. */
  illegalRemovals: number;
  unfoundedNotices: number;
}
export const thresholdOf = (kind: AbuseKind, k: RepeatAbuseKnobs): number =>
  kind === 'author' ? k.illegalRemovals : k.unfoundedNotices;

/** The most strikes a record keeps: the highest threshold the policy allows. */
export const MAX_STRIKES = MAX_REPEAT_ABUSE_THRESHOLD;
/** How long a record outlives its last write: past a suspension (≤ 365 days) and a yearly report. */
export const ABUSE_RECORD_MONTHS = 18;
const DAY_MS = 86_400_000;

/** The stored record of one person, minus table keys. Fields a moderator's write leaves alone are optional. */
export interface AbuseRecord {
  entity: 'abuse';
  kind: AbuseKind;
  subjectId: string;
  /** The strikes of the window as of the last write, oldest first (at most MAX_STRIKES). */
  strikes: Strike[];
  /** Every strike ever counted (from the day the feature shipped). */
  strikeTotal: number;
  /** Notifiers: every notice they sent with a name Parley can count (added by the notice's own write). */
  noticesSent: number;
  /** Strikes at or before this time were weighed by a decision (warn, suspend, dismiss): they propose nothing again. */
  weighedUntil?: string;
  /** The open proposal about this person, if any: never two at once. */
  openProposalId?: string;
  /** The latest warning and the latest suspension, each with its statement of reasons. */
  warning?: AccountStatement;
  suspension?: AccountStatement;
  /** Optimistic lock: every moderator's write is conditional on the version it read (0: none yet). */
  version: number;
  /** Epoch seconds (TTL), ABUSE_RECORD_MONTHS after the last write. */
  expiresAt?: number;
}

/** A person's record as read, with the defaults of one never written. */
export function abuseRecordOf(subject: AbuseSubject, found: Partial<AbuseRecord> | null): AbuseRecord {
  return {
    ...found,
    entity: 'abuse',
    kind: subject.kind,
    subjectId: subject.id,
    strikes: found?.strikes ?? [],
    strikeTotal: found?.strikeTotal ?? 0,
    noticesSent: found?.noticesSent ?? 0,
    version: found?.version ?? 0,
  };
}

/** The strikes of `strikes` within the window that ends at `now`. */
export const inWindow = (strikes: readonly Strike[], now: Date, windowDays: number): Strike[] =>
  strikes.filter((s) => Date.parse(s.at) > now.getTime() - windowDays * DAY_MS);

/** The strikes of the window no decision has weighed yet: what a proposal is opened on. */
export const unweighed = (r: Pick<AbuseRecord, 'strikes' | 'weighedUntil'>, now: Date, windowDays: number) =>
  inWindow(r.strikes, now, windowDays).filter((s) => r.weighedUntil === undefined || s.at > r.weighedUntil);

/** When a record written at `now` expires (epoch seconds). */
export const abuseRecordExpiry = (now: Date): number =>
  Math.floor(addMonths(now, ABUSE_RECORD_MONTHS).getTime() / 1000);

/** The record after a moderator's write at `now`: the window pruned, the version bumped, the expiry moved. */
export const rewritten = (r: AbuseRecord, now: Date, windowDays: number): AbuseRecord => ({
  ...r,
  strikes: inWindow(r.strikes, now, windowDays).slice(-MAX_STRIKES),
  version: r.version + 1,
  expiresAt: abuseRecordExpiry(now),
});

/** What counting one strike comes to: the record to write and, at the threshold, the proposal's id. */
export interface CountedStrike {
  next: AbuseRecord;
  /** Set when this strike reached the threshold and no proposal was open: the new proposal's id. */
  proposalId: string | null;
  /** The unweighed strikes of the window, this one included (the proposal is opened on them). */
  counted: Strike[];
}

/**
 * Counts one strike against the person `r` is about. A strike already counted (the same notice) changes
 * nothing but the version. At the threshold, and only when no proposal is open, a proposal id is drawn
 * and kept on the record, so a second strike while it is open proposes nothing more.
 */
export function countStrike(
  r: AbuseRecord,
  strike: Strike,
  now: Date,
  knobs: RepeatAbuseKnobs,
): CountedStrike {
  const known = r.strikes.some((s) => s.noticeId === strike.noticeId);
  const added: AbuseRecord = known
    ? r
    : { ...r, strikes: [...r.strikes, strike], strikeTotal: r.strikeTotal + 1 };
  const next = rewritten(added, now, knobs.windowDays);
  const counted = unweighed(next, now, knobs.windowDays);
  const reached = !known && counted.length >= thresholdOf(r.kind, knobs);
  if (!reached || r.openProposalId !== undefined) return { next, proposalId: null, counted };
  const proposalId = newId(now.getTime());
  return { next: { ...next, openProposalId: proposalId }, proposalId, counted };
}

/**
 * Takes a strike back (the decision that made it was reversed on appeal): the strike leaves the window's
 * list and the total; null when the record holds no such strike.
 */
export function withdrawStrike(
  r: AbuseRecord,
  noticeId: string,
  now: Date,
  windowDays: number,
): AbuseRecord | null {
  if (!r.strikes.some((s) => s.noticeId === noticeId)) return null;
  const strikes = r.strikes.filter((s) => s.noticeId !== noticeId);
  return rewritten({ ...r, strikes, strikeTotal: Math.max(0, r.strikeTotal - 1) }, now, windowDays);
}

/** A warning a suspension may follow: given within the window that ends at `now`. */
export const validWarning = (
  r: Pick<AbuseRecord, 'warning'>,
  now: Date,
  windowDays: number,
): AccountStatement | null =>
  r.warning && Date.parse(r.warning.decidedAt) > now.getTime() - windowDays * DAY_MS ? r.warning : null;

/** The suspension running at `now`, if any. */
export const activeSuspension = (
  r: Pick<AbuseRecord, 'suspension'> | null,
  now: Date,
): AccountStatement | null =>
  r?.suspension?.until && Date.parse(r.suspension.until) > now.getTime() ? r.suspension : null;
