/**
 * The queue's state as pure functions: ordering, merging pages and refreshes, which card has the
 * keyboard focus, bulk selection, and the keyboard map. No DOM here, so unit tests cover the rules.
 */
import type { History, QueueItem, QueueName } from './api';

/**
 * Notices come before reader flags: a notice of illegal content may oblige the site to act; appeals and
 * suspension proposals follow them, as the other due-process queues.
 */
export const QUEUES: readonly QueueName[] = [
  'pending',
  'notices',
  'appeals',
  'suspensions',
  'reported',
  'rejected',
  'approved',
];
export type Sort = 'oldest' | 'newest';

/**
 * What a card stands for: its appeal or notice in those queues (a comment with two notices is two
 * cards), else its comment. Every map, selection and DOM lookup of the queue is keyed by it.
 */
export const itemKey = (item: Pick<QueueItem, 'comment' | 'notice' | 'appeal'>): string =>
  item.appeal?.id ?? item.notice?.id ?? item.comment.id;

/** When the card's subject arrived: the appeal's or notice's receipt, else the comment's creation. */
const itemTime = (item: QueueItem): number =>
  Date.parse(item.appeal?.receivedAt ?? item.notice?.receivedAt ?? item.comment.createdAt);

/**
 * The queues whose API order puts the trusted flaggers' items first (EU DSA Art. 22), in either direction:
 * notices a flagger sent, comments a flagger's flag reported. The console keeps that order.
 */
export const leadsWithTrusted = (queue: QueueName): boolean => queue === 'notices' || queue === 'reported';

/**
 * Oldest or newest first by that time, ties broken by key (ids are time-ordered ULIDs), as the API pages;
 * with `front`, the items a trusted flagger sent or flagged come first, each group in that order.
 */
export function sortItems(items: readonly QueueItem[], sort: Sort, front = false): QueueItem[] {
  const sign = sort === 'oldest' ? 1 : -1;
  const trusted = (i: QueueItem) => (front && i.trustedFlagger ? 0 : 1);
  return [...items].sort((a, b) => {
    const byFront = trusted(a) - trusted(b);
    if (byFront !== 0) return byFront;
    const byTime = itemTime(a) - itemTime(b);
    if (byTime !== 0) return sign * byTime;
    const [ka, kb] = [itemKey(a), itemKey(b)];
    return sign * (ka < kb ? -1 : ka > kb ? 1 : 0);
  });
}

/** Appends the next page ("load more"), replacing any item already shown by its newer copy. */
export function appendPage(
  current: readonly QueueItem[],
  page: readonly QueueItem[],
  sort: Sort,
  front = false,
): QueueItem[] {
  const byId = new Map(current.map((item) => [itemKey(item), item]));
  for (const item of page) byId.set(itemKey(item), item);
  return sortItems([...byId.values()], sort, front);
}

/**
 * A refresh while the console is open: the fresh first page wins, but cards the moderator is working on
 * (`keep`: an open form, a notice to read) stay even when they left the queue, so nothing vanishes from
 * under their hands. Items of later pages already loaded stay too.
 */
export function mergeRefresh(
  current: readonly QueueItem[],
  fresh: readonly QueueItem[],
  keep: ReadonlySet<string>,
  sort: Sort,
  freshIsWholeQueue: boolean,
  front = false,
): QueueItem[] {
  const byId = new Map<string, QueueItem>();
  const freshIds = new Set(fresh.map(itemKey));
  const last = fresh.at(-1);
  for (const item of current) {
    const id = itemKey(item);
    if (keep.has(id)) byId.set(id, item);
    else if (!freshIds.has(id) && !freshIsWholeQueue && last && beyond(item, last, sort, front))
      byId.set(id, item);
  }
  for (const item of fresh) if (!keep.has(itemKey(item))) byId.set(itemKey(item), item);
  return sortItems([...byId.values()], sort, front);
}

/**
 * A page without the cards this console saw leave their queue in the last minute (`departed`: key →
 * until when): a refresh that was asked before the decision, or an index not yet caught up, still lists
 * them, and merging it would bring a decided card back.
 */
export function withoutDeparted(items: readonly QueueItem[], departed: Map<string, number>): QueueItem[] {
  const now = Date.now();
  for (const [key, until] of departed) if (until <= now) departed.delete(key);
  return departed.size === 0 ? [...items] : items.filter((i) => !departed.has(itemKey(i)));
}

/** Whether `item` sorts after `last` (so it belongs to a later page than the fresh one). */
const beyond = (item: QueueItem, last: QueueItem, sort: Sort, front: boolean): boolean =>
  sortItems([item, last], sort, front)[0] === last && item !== last;

/** Whether an item with this status and report flag (or open notice) is listed in `queue`. */
export function belongsTo(
  queue: QueueName,
  item: Pick<QueueItem, 'status' | 'flags' | 'notice' | 'appeal'>,
): boolean {
  if (queue === 'notices') return item.notice?.status === 'received';
  if (queue === 'appeals') return item.appeal?.status === 'received';
  if (queue === 'reported') return item.flags.reported && item.status !== 'deleted';
  return item.status === queue;
}

/**
 * A card brought up to date from the comment's history after a conflict: its status and version now,
 * the last human decision in it (who decided first), and its notice marked decided when the history
 * holds that notice's decision (its appeal likewise); null when retention purged the comment.
 */
export function itemFromHistory(item: QueueItem, history: History): QueueItem | null {
  if (history.status === 'purged' || history.version === null) return null;
  const last = history.events.findLast(
    (e) => e.actor.type === 'moderator' && (e.action === 'approve' || e.action === 'reject'),
  );
  const { status, version } = history;
  const notice = item.notice;
  const noticeDecided = notice !== undefined && history.events.some((e) => e.noticeId === notice.id);
  const appeal = item.appeal;
  const appealDecided =
    appeal !== undefined &&
    history.events.some((e) => e.action === 'appeal_decided' && e.appealId === appeal.id);
  return {
    ...item,
    ...(notice && noticeDecided ? { notice: { ...notice, status: 'decided' as const } } : {}),
    ...(appeal && appealDecided ? { appeal: { ...appeal, status: 'decided' as const } } : {}),
    status,
    version,
    comment: { ...item.comment, status, version },
    humanDecision: last
      ? {
          action: last.action === 'approve' ? 'approve' : 'reject',
          by: { id: last.actor.id, ...(last.actor.name ? { name: last.actor.name } : {}) },
          at: last.at,
          reason: last.reason,
          ...(last.note ? { note: last.note } : {}),
        }
      : item.humanDecision,
  };
}

/** The id `delta` cards away from `current` (clamped); the first card when nothing has focus yet. */
export function moveFocus(ids: readonly string[], current: string | null, delta: number): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return ids[0] ?? null;
  return ids[Math.min(ids.length - 1, Math.max(0, at + delta))] ?? null;
}

/** Where the focus goes when a card leaves the list: the next card, else the one before, else none. */
export function focusAfterRemoval(ids: readonly string[], removed: string): string | null {
  const at = ids.indexOf(removed);
  if (at === -1) return ids[0] ?? null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}

export function toggleSelection(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Drops selected ids no longer listed (decided elsewhere, or left the queue). */
export const pruneSelection = (selected: ReadonlySet<string>, ids: readonly string[]): Set<string> =>
  new Set(ids.filter((id) => selected.has(id)));

export type ShortcutAction =
  'next' | 'previous' | 'approve' | 'reject' | 'ban' | 'select' | 'history' | 'help' | 'refresh' | 'close';

/** The shortcuts, in the order the help overlay lists them (one source for the map and the help). */
export const SHORTCUTS: readonly { key: string; label: string; action: ShortcutAction }[] = [
  { key: 'j', label: 'Next comment', action: 'next' },
  { key: 'k', label: 'Previous comment', action: 'previous' },
  { key: 'a', label: 'Approve the current comment', action: 'approve' },
  { key: 'r', label: 'Reject the current comment (choose a reason)', action: 'reject' },
  { key: 'b', label: 'Ban the author of the current comment', action: 'ban' },
  { key: 'x', label: 'Select or unselect the current comment', action: 'select' },
  { key: 'h', label: 'Show the comment’s history', action: 'history' },
  { key: 'u', label: 'Refresh the queue now', action: 'refresh' },
  { key: '?', label: 'Show these shortcuts', action: 'help' },
  { key: 'Escape', label: 'Close the open form or this list', action: 'close' },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.key, s.action]));

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focused element's tag and editability: typing in a field is never a shortcut. */
  targetTag?: string;
  targetEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The action a key press means, or null (modifiers, typing in a field, or an unmapped key). */
export function shortcutFor(e: KeyLike): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const typing = e.targetEditable === true || (e.targetTag !== undefined && TYPING_TAGS.has(e.targetTag));
  // Escape still closes a form from inside its fields; every other key there is typing.
  if (typing) return e.key === 'Escape' ? 'close' : null;
  return BY_KEY.get(e.key) ?? null;
}
