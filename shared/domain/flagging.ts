/**
 * Reader flags on a comment as pure functions (the lifecycle's companion, `lifecycle.ts`): how a flag is
 * counted, and when it puts the comment into the `reported` queue.
 */
import { FLAGS_KEPT_INLINE, type CommentRecord, type FlagReason, type FlagSummary } from './comment';
import type { QueueCounts } from './lifecycle';
import type { TrustedFlaggerRef } from './trusted-flagger';

/** One reader flag. */
export interface FlagInputRecord {
  reporter: string;
  reason: FlagReason;
  note?: string;
  at: Date;
  /** Sent by a trusted flagger (EU DSA Art. 22), who is then the reporter. */
  trustedFlagger?: TrustedFlaggerRef;
}

export interface FlagApplied {
  next: CommentRecord;
  summary: FlagSummary;
  /** The flag put the comment into the `reported` queue. */
  reported: boolean;
  /** The flag put the comment at the front of the `reported` queue (a trusted flagger's, the first). */
  front: boolean;
  queues: QueueCounts;
}

/**
 * A reader flag on the comment as read: counted, its latest few kept inline, and at the threshold of open
 * flags a published or pending comment enters the `reported` queue. A trusted flagger's flag needs no
 * threshold: it puts the comment in the queue at once, in front (moving it there if it already waits).
 */
export function applyFlag(c: CommentRecord, flag: FlagInputRecord, threshold: number): FlagApplied {
  const summary: FlagSummary = {
    reason: flag.reason,
    at: flag.at.toISOString(),
    ...(flag.note ? { note: flag.note } : {}),
  };
  const open = (c.openFlags ?? 0) + 1;
  const reportable = c.status === 'approved' || c.status === 'pending';
  const trusted = flag.trustedFlagger;
  const reported = !c.reported && reportable && (open >= threshold || trusted !== undefined);
  const front = reportable && trusted !== undefined && c.trustedFlagger === undefined;
  const next: CommentRecord = {
    ...c,
    openFlags: open,
    flagReasons: { ...(c.flagReasons ?? {}), [flag.reason]: (c.flagReasons?.[flag.reason] ?? 0) + 1 },
    recentFlags: [...(c.recentFlags ?? []), summary].slice(-FLAGS_KEPT_INLINE),
    ...(reported ? { reported: true } : {}),
    ...(front ? { trustedFlagger: { id: trusted.id, name: trusted.name } } : {}),
  };
  return { next, summary, reported, front, queues: reported ? { reported: 1 } : {} };
}
