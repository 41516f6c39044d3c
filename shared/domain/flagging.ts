/**
 * Reader flags on a comment as pure functions (the lifecycle's companion, `lifecycle.ts`): how a flag is
 * counted, and when it puts the comment into the `reported` queue.
 */
import { FLAGS_KEPT_INLINE, type CommentRecord, type FlagReason, type FlagSummary } from './comment';
import type { QueueCounts } from './lifecycle';

/** One reader flag. */
export interface FlagInputRecord {
  reporter: string;
  reason: FlagReason;
  note?: string;
  at: Date;
}

export interface FlagApplied {
  next: CommentRecord;
  summary: FlagSummary;
  /** The flag put the comment into the `reported` queue. */
  reported: boolean;
  queues: QueueCounts;
}

/**
 * A reader flag on the comment as read: counted, its latest few kept inline, and at the threshold of open
 * flags a published or pending comment enters the `reported` queue.
 */
export function applyFlag(c: CommentRecord, flag: FlagInputRecord, threshold: number): FlagApplied {
  const summary: FlagSummary = {
    reason: flag.reason,
    at: flag.at.toISOString(),
    ...(flag.note ? { note: flag.note } : {}),
  };
  const open = (c.openFlags ?? 0) + 1;
  const reported = !c.reported && open >= threshold && (c.status === 'approved' || c.status === 'pending');
  const next: CommentRecord = {
    ...c,
    openFlags: open,
    flagReasons: { ...(c.flagReasons ?? {}), [flag.reason]: (c.flagReasons?.[flag.reason] ?? 0) + 1 },
    recentFlags: [...(c.recentFlags ?? []), summary].slice(-FLAGS_KEPT_INLINE),
    ...(reported ? { reported: true } : {}),
  };
  return { next, summary, reported, queues: reported ? { reported: 1 } : {} };
}
