/**
 * The suspensions tab (EU DSA Art. 23) as pure functions: who a proposal is about and what it counts, in
 * words; the check of a suspension's days before sending; what a refused decision means; and the order
 * and merging of the tab's pages. No DOM here, so unit tests cover the rules.
 */
import { formatDate } from '../dates';
import type { SuspensionDetail, SuspensionItem } from './api';
import type { Sort } from './state';

type Proposal = SuspensionItem['proposal'];
type Account = SuspensionItem['account'];
export type ProposalAction = 'warn' | 'suspend' | 'dismiss';

const FLAGGER = 'flagger:';

/**
 * Who a proposal is about: `name` to head the card, `detail` to say what kind of person it is. An author
 * by name and id; a notifier by a trusted flagger's name, else as a notifier by e-mail (moderators never
 * see the address).
 */
export function subjectWords(s: Proposal['subject']): { name: string; detail: string } {
  if (s.kind === 'author') return { name: s.name ?? 'An author (name erased)', detail: `Author ${s.id}` };
  if (s.id.startsWith(FLAGGER))
    return {
      name: `Trusted flagger: ${s.name ?? s.id.slice(FLAGGER.length)}`,
      detail: 'Notifier (a trusted flagger)',
    };
  return { name: 'A notifier by e-mail', detail: 'Notifier known by an e-mail address (never shown)' };
}

/** What is counted against the person, in words, with the paragraph of Art. 23 it falls under. */
export const KIND_WORDS: Readonly<Record<Proposal['subject']['kind'], string>> = {
  author: 'Illegal content: comments removed on notices (Art. 23(1))',
  notifier: 'Manifestly unfounded notices (Art. 23(2))',
};

/** The strikes of the window: how many, how many not yet weighed, the threshold, and every one ever. */
export function strikesLine(item: SuspensionItem): string {
  const { proposal: p, account: a } = item;
  return (
    `${a.strikes.length} in the last ${p.windowDays} days, ${a.unweighed} not yet weighed ` +
    `(proposed at ${p.threshold}); ${a.strikeTotal} counted in all`
  );
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

/**
 * The proportion Art. 23(3) asks to weigh, from the API's `activity`: an author's strikes among their
 * decided comments, a notifier's among the notices they sent.
 */
export function proportionLine(item: SuspensionItem): string {
  const { account: a } = item;
  const { commentsApproved: approved, commentsRejected: rejected, noticesSent } = a.activity;
  if (item.proposal.subject.kind === 'notifier') {
    if (!noticesSent) return `${a.strikeTotal} found manifestly unfounded; notices sent: not known`;
    return `${a.strikeTotal} of ${noticesSent} notices sent found manifestly unfounded (${percent(a.strikeTotal, noticesSent)})`;
  }
  const decided = (approved ?? 0) + (rejected ?? 0);
  if (decided === 0) return `${a.strikeTotal} removed on notices; no decided comments on record`;
  return (
    `${a.strikeTotal} removed on notices of ${decided} decided comments (${percent(a.strikeTotal, decided)}): ` +
    `${approved ?? 0} published, ${rejected ?? 0} not published`
  );
}

const day = (iso: string) => formatDate(iso, { dateStyle: 'medium' });

/**
 * The person's earlier warning and suspension as a line each: whether the warning still allows a
 * suspension (the API's `actions`, which a decided proposal no longer has), and whether one runs now.
 */
export function recordLines(a: Account, open = true): { warning: string; suspension: string | null } {
  const canSuspend = !open || a.actions.includes('suspend');
  const warning = a.warning
    ? `Warned on ${day(a.warning.decidedAt)} (statement ${a.warning.id})${canSuspend ? '' : ': older than the window, so warn again first'}`
    : 'None: a suspension needs an earlier warning, so warn first';
  const suspension = a.suspendedUntil
    ? `Suspended now, until ${day(a.suspendedUntil)}`
    : a.suspension?.until
      ? `Last suspended until ${day(a.suspension.until)} (ended)`
      : null;
  return { warning, suspension };
}

export const MAX_DAYS = 365;

/** The days of a suspension as typed: a whole number from 1 to 365, else what to fix. */
export function checkDays(text: string): { days: number } | { error: string } {
  const t = text.trim();
  const days = /^\d{1,3}$/.test(t) ? Number(t) : NaN;
  return days >= 1 && days <= MAX_DAYS
    ? { days }
    : { error: `Give the days of the suspension: a whole number from 1 to ${MAX_DAYS}.` };
}

const DONE: Readonly<Record<ProposalAction, string>> = {
  warn: 'warned',
  suspend: 'suspended',
  dismiss: 'dismissed',
};

/** A decided proposal in a few words: "warned by Nora Moderator", "suspended for 7 days by …". */
export function decidedWords(d: NonNullable<Proposal['decision']>): string {
  const days =
    d.action === 'suspend' && d.days !== null ? ` for ${d.days === 1 ? '1 day' : `${d.days} days`}` : '';
  return `${DONE[d.action]}${days} by ${d.by.name ?? d.by.id}`;
}

/**
 * What a refused decision says: a suspension without an earlier warning, a proposal another moderator
 * decided first (with what they decided, when `detail` could be read again), or a record that moved.
 */
export function suspensionConflict(code: string, detail: SuspensionDetail | null): string {
  if (code === 'warning_required')
    return 'Warn first: a suspension needs an earlier warning. Nothing was applied.';
  if (code === 'suspension_already_decided') {
    const d = detail?.proposal.decision;
    return `Another moderator decided this proposal first${d ? ` (${decidedWords(d)})` : ''}. Your decision was not applied.`;
  }
  return 'The person’s record changed while you decided (another strike was counted). Nothing was applied; decide again if you still mean it.';
}

/** Oldest or newest first by time of proposal, ties by id (time-ordered ULIDs), as the API pages. */
export function sortProposals(items: readonly SuspensionItem[], sort: Sort): SuspensionItem[] {
  const sign = sort === 'oldest' ? 1 : -1;
  const key = (i: SuspensionItem) => `${i.proposal.proposedAt} ${i.proposal.id}`;
  return [...items].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * A refresh of the tab: the fresh first page wins, but cards the moderator is working on (`keep`) stay
 * even when decided elsewhere, and cards of later pages already loaded stay unless the fresh page is the
 * whole queue.
 */
export function mergeProposals(
  current: readonly SuspensionItem[],
  fresh: readonly SuspensionItem[],
  keep: ReadonlySet<string>,
  sort: Sort,
  freshIsWholeQueue: boolean,
): SuspensionItem[] {
  const byId = new Map<string, SuspensionItem>();
  const last = fresh.at(-1);
  const freshIds = new Set(fresh.map((i) => i.proposal.id));
  for (const item of current) {
    const id = item.proposal.id;
    const later = !freshIsWholeQueue && last !== undefined && sortProposals([item, last], sort)[0] === last;
    if (keep.has(id) || (!freshIds.has(id) && later)) byId.set(id, item);
  }
  for (const item of fresh) if (!keep.has(item.proposal.id)) byId.set(item.proposal.id, item);
  return sortProposals([...byId.values()], sort);
}
