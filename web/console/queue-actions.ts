/**
 * What the moderator does to cards: decide one (with the version they saw), decide the selected ones,
 * ban an author, read a comment's history. A 409 keeps the card and the typed input, re-reads the
 * comment's state and says who came first.
 */
import { ApiError, type Api, type QueueItem, type QueueName, type RejectReason } from './api';
import { newCardUi, REASON_LABELS, type CardUi } from './card';
import { plural } from './dom';
import { itemFromHistory } from './state';

/** The queue view's mutable state, shared with the actions. */
export interface QueueState {
  queue: QueueName;
  items: QueueItem[];
  ui: Map<string, CardUi>;
  selected: Set<string>;
  bulkReason: RejectReason;
}

export interface ActionContext {
  api: Api;
  announce: (text: string) => void;
  s: QueueState;
  itemOf: (id: string) => QueueItem | undefined;
  uiOf: (id: string) => CardUi;
  rerenderCard: (id: string) => void;
  /** Shows a decided card's new state, or drops it when it left the queue. */
  applyChange: (item: QueueItem) => void;
  renderAll: () => void;
  countsChanged: () => void;
  refresh: () => Promise<void>;
}

export function createQueueActions(ctx: ActionContext) {
  const { api, announce, s, itemOf, uiOf, rerenderCard, applyChange } = ctx;

  /** Re-reads a card's status and version (from its history) after a conflict. */
  async function refreshCard(id: string): Promise<string> {
    const item = itemOf(id);
    if (!item) return 'unknown';
    const history = await api.history(id);
    const updated = itemFromHistory(item, history);
    s.items = updated
      ? s.items.map((i) => (i.comment.id === id ? updated : i))
      : s.items.filter((i) => i.comment.id !== id);
    return history.status;
  }

  async function decide(id: string, action: 'approve' | 'reject'): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    if (!item || ui.busy) return;
    ui.busy = true;
    rerenderCard(id);
    const note = ui.note.trim();
    try {
      const { comment } = await api.decide(id, {
        action,
        expectedVersion: item.version,
        ...(action === 'reject' ? { reason: ui.reason } : {}),
        ...(action === 'reject' && note ? { note } : {}),
      });
      s.ui.set(id, newCardUi());
      applyChange({
        ...item,
        comment,
        status: comment.status,
        version: comment.version,
        flags: action === 'approve' ? { ...item.flags, reported: false, open: 0 } : item.flags,
      });
      announce(
        `${action === 'approve' ? 'Approved' : 'Rejected'} the comment by ${item.comment.authorName}.`,
      );
      ctx.countsChanged();
    } catch (e) {
      ui.busy = false;
      if (e instanceof ApiError && e.status === 409) {
        let now = 'changed';
        try {
          now = await refreshCard(id);
        } catch {
          // the notice below still stands; the next refresh reloads the card
        }
        ui.notice = {
          kind: 'error',
          text: `Another moderator decided this comment first (it is now ${now}). Your ${
            action === 'approve' ? 'approval' : `rejection (${REASON_LABELS[ui.reason]})`
          } was not applied; the card shows the current state, decide again if you still mean it.`,
        };
      } else {
        ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
      }
      rerenderCard(id);
      announce(ui.notice.text);
    }
  }

  async function ban(id: string): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    if (!item || ui.busy) return;
    const reason = ui.banReason.trim();
    if (!reason) {
      ui.notice = { kind: 'error', text: 'Give a reason for the ban: the author is told why.' };
      rerenderCard(id);
      return;
    }
    ui.busy = true;
    rerenderCard(id);
    try {
      const result = await api.ban(item.author.id, {
        reason,
        rejectPending: ui.rejectPending,
        networkHours: ui.networkHours,
      });
      s.ui.set(id, newCardUi());
      announce(
        `Banned ${item.comment.authorName}${ui.rejectPending ? `; ${plural(result.rejected, 'comment')} rejected` : ''}.`,
      );
      await ctx.refresh();
    } catch (e) {
      ui.busy = false;
      ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
      rerenderCard(id);
    }
  }

  async function decideSelected(action: 'approve' | 'reject'): Promise<void> {
    const chosen = s.items.filter((i) => s.selected.has(i.comment.id));
    if (chosen.length === 0) return;
    try {
      const answer = await api.bulk({
        action,
        ...(action === 'reject' ? { reason: s.bulkReason } : {}),
        items: chosen.map((i) => ({ commentId: i.comment.id, expectedVersion: i.version })),
      });
      for (const r of answer.results) {
        const item = itemOf(r.commentId);
        if (!item) continue;
        if (r.comment) {
          applyChange({ ...item, comment: r.comment, status: r.comment.status, version: r.comment.version });
        } else {
          const ui = uiOf(r.commentId);
          if (r.status === 409) await refreshCard(r.commentId).catch(() => undefined);
          ui.notice = {
            kind: 'error',
            text: `Not ${action === 'approve' ? 'approved' : 'rejected'}: ${r.error?.message ?? 'refused'}`,
          };
        }
      }
      s.selected = new Set(
        [...s.selected].filter((id) => answer.results.some((r) => r.commentId === id && !r.comment)),
      );
      ctx.renderAll();
      announce(
        `${action === 'approve' ? 'Approved' : 'Rejected'} ${answer.succeeded}${answer.failed ? `, ${answer.failed} failed` : ''}.`,
      );
      ctx.countsChanged();
    } catch (e) {
      announce(e instanceof Error ? e.message : String(e));
    }
  }

  async function toggleHistory(id: string): Promise<void> {
    const ui = uiOf(id);
    if (ui.history) {
      ui.history = null;
      rerenderCard(id);
      return;
    }
    ui.history = 'loading';
    rerenderCard(id);
    try {
      ui.history = await api.history(id);
    } catch (e) {
      ui.history = null;
      ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
    }
    rerenderCard(id);
  }

  return { decide, ban, decideSelected, toggleHistory };
}
