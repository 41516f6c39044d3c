/**
 * The transparency report's numbers recounted from comments' audit trails, by rules written out here
 * again and not through shared/domain/transparency.ts, so a report that drifts from its trail fails.
 */
import type { AuditEvent } from '../../shared/domain/lifecycle';
import type { NoticeCategory } from '../../shared/domain/notice-categories';
import { REJECT_REASONS, type RejectReason } from '../../shared/domain/reasons';

/** Holds for where, when or by whom a comment was posted: no automatic detection of its content. */
const PROCEDURAL = new Set(['pre_moderation', 'new_commenter', 'comments_closed', 'human_review']);

export interface Recount {
  actions: {
    total: number;
    byRestriction: Record<string, number>;
    byReason: Record<string, number>;
    byAutomation: Record<string, number>;
  };
  noticesDecided: Record<string, { remove: number; keep: number }>;
  /** Appeals received by appellant, decided by outcome. */
  appeals: { received: Record<string, number>; decided: Record<string, number> };
  /** `<commentId>-<version>` of every rejection: the statements the export must hold. */
  statements: string[];
}

const bump = (o: Record<string, number>, k: string) => {
  o[k] = (o[k] ?? 0) + 1;
};

/**
 * Recounts `trails` (each one comment's events, oldest first); `notices` gives the category of each
 * notice a removal names (a kept notice's event carries its category as its reason).
 */
export function recount(
  trails: readonly AuditEvent[][],
  notices: ReadonlyMap<string, NoticeCategory>,
): Recount {
  const r: Recount = {
    actions: { total: 0, byRestriction: {}, byReason: {}, byAutomation: {} },
    noticesDecided: {},
    appeals: { received: {}, decided: {} },
    statements: [],
  };
  for (const trail of trails) {
    trail.forEach((e, i) => {
      if (e.to === 'rejected' && e.from !== 'rejected') {
        const before = trail[i - 1];
        const heldForContent =
          before?.actor.type === 'system' && before.to === 'pending' && !PROCEDURAL.has(before.reason ?? '');
        r.actions.total++;
        bump(r.actions.byRestriction, e.from === 'approved' ? 'removed' : 'not_published');
        const reason = (REJECT_REASONS as readonly string[]).includes(e.reason ?? '')
          ? (e.reason as RejectReason)
          : 'other';
        bump(r.actions.byReason, reason);
        bump(
          r.actions.byAutomation,
          e.actor.type === 'system' ? 'automated' : heldForContent ? 'automated_detection' : 'human',
        );
        r.statements.push(`${e.commentId}-${e.version}`);
      }
      if (e.action === 'appeal_received') bump(r.appeals.received, e.appellant!);
      if (e.action === 'appeal_decided') bump(r.appeals.decided, e.outcome!);
      // A notice is decided once: an appeal's events, and a reversal's move, name it again.
      if (e.noticeId !== undefined && e.appealId === undefined) {
        const category = e.action === 'notice_keep' ? e.reason! : notices.get(e.noticeId)!;
        const decided = (r.noticesDecided[category] ??= { remove: 0, keep: 0 });
        decided[e.action === 'notice_keep' ? 'keep' : 'remove']++;
      }
    });
  }
  return r;
}

/** A report's breakdown without its empty keys, to compare with a recount's. */
export const nonZero = (o: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).filter(([, n]) => n !== 0));

/**
 * Warnings and suspensions (Art. 23) by kind, recounted from suspension proposals' trails (each one
 * proposal's events): an author's are for illegal content, a notifier's for unfounded notices.
 */
export function recountSuspensions(trails: readonly { action: string; kind: string }[][]) {
  const r = { suspensions: {} as Record<string, number>, warnings: {} as Record<string, number> };
  const kindOf = (kind: string) => (kind === 'author' ? 'illegal_content' : 'unfounded_notices');
  for (const e of trails.flat()) {
    if (e.action === 'suspension_suspended') bump(r.suspensions, kindOf(e.kind));
    if (e.action === 'suspension_warned') bump(r.warnings, kindOf(e.kind));
  }
  return r;
}
