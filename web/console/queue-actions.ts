/**
 * What the moderator does to cards: decide one (with the version they saw), decide the selected ones,
 * decide a notice of illegal content, ban an author, read a comment's history. A 409 keeps the card and
 * the typed input, re-reads the comment's state and says who came first.
 */
import { ApiError, type Api, type QueueItem, type QueueName, type RejectReason } from './api';
import { newCardUi, REASON_LABELS, type CardUi } from './card';
import { plural } from './dom';
import { itemFromHistory, itemKey } from './state';

/**
 * The tab counts: the stats' queue sizes, which count the open notices and appeals as well as the comment
 * queues.
 */
export async function queueCounts(api: Api): Promise<Record<string, number>> {
  return (await api.stats()).queues;
}

/** The queue view's mutable state, shared with the actions. */
export interface QueueState {
  queue: QueueName;
  items: QueueItem[];
  ui: Map<string, CardUi>;
  selected: Set<string>;
  /** The bulk rejection's reason: none until the moderator chooses one. */
  bulkReason: RejectReason | null;
  /** What the bulk bar says is missing (its reason). */
  bulkProblem: string | null;
}

export interface ActionContext {
  api: Api;
  announce: (text: string) => void;
  s: QueueState;
  itemOf: (id: string) => QueueItem | undefined;
  uiOf: (id: string) => CardUi;
  /** Draws a card again; `focusForm` puts the keyboard in its open form. */
  rerenderCard: (id: string, focusForm?: boolean) => void;
  /** Shows a decided card's new state, or drops it when it left the queue. */
  applyChange: (item: QueueItem) => void;
  renderAll: () => void;
  countsChanged: () => void;
  refresh: () => Promise<void>;
}

export function createQueueActions(ctx: ActionContext) {
  const { api, announce, s, itemOf, uiOf, rerenderCard, applyChange } = ctx;

  /** Re-reads a card's status and version (from its comment's history) after a conflict. */
  async function refreshCard(id: string): Promise<string> {
    const item = itemOf(id);
    if (!item) return 'unknown';
    const history = await api.history(item.comment.id);
    const updated = itemFromHistory(item, history);
    s.items = updated
      ? s.items.map((i) => (itemKey(i) === id ? updated : i))
      : s.items.filter((i) => itemKey(i) !== id);
    return history.status;
  }

  /**
   * A refused decision: on a 409 the card is re-read and `conflict` says what happened (given the
   * comment's status now and the error code); anything else is shown as it came. The typed input stays.
   */
  async function refused(
    id: string,
    ui: CardUi,
    e: unknown,
    conflict: (now: string, code: string) => string,
  ): Promise<void> {
    ui.busy = false;
    if (e instanceof ApiError && e.status === 409) {
      let now = 'changed';
      try {
        now = await refreshCard(id);
      } catch {
        // the notice below still stands; the next refresh reloads the card
      }
      ui.notice = { kind: 'error', text: conflict(now, e.code) };
    } else {
      ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
    }
    // The card's notice is an alert, which a screen reader reads as it appears: announcing it in the page's
    // status region as well read it twice.
    rerenderCard(id);
  }

  async function decide(id: string, action: 'approve' | 'reject'): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    if (!item || ui.busy) return;
    const reason = ui.reason;
    // No reason is chosen for the moderator: the author is told it, and the report counts it.
    ui.problem = action === 'reject' && reason === null ? 'Choose a reason: the author is told it.' : null;
    if (ui.problem) return rerenderCard(id, true);
    ui.busy = true;
    rerenderCard(id);
    const note = ui.note.trim();
    try {
      const { comment } = await api.decide(item.comment.id, {
        action,
        expectedVersion: item.version,
        ...(action === 'reject' && reason ? { reason } : {}),
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
      await refused(
        id,
        ui,
        e,
        (now) =>
          `Another moderator decided this comment first (it is now ${now}). Your ${
            action === 'approve' ? 'approval' : `rejection (${reason ? REASON_LABELS[reason] : ''})`
          } was not applied; the card shows the current state, decide again if you still mean it.`,
      );
    }
  }

  /** Removes or keeps the comment of a notice (the open form says which), with the typed ground. */
  async function decideNotice(id: string): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    const action = ui.form;
    if (!item?.notice || ui.busy || (action !== 'remove' && action !== 'keep')) return;
    const ground = ui.ground.trim();
    if (!ground) {
      ui.notice = {
        kind: 'error',
        text: `State the ground of the decision: the notifier is shown it${action === 'remove' ? ', and so is the author' : ''}.`,
      };
      rerenderCard(id);
      return;
    }
    ui.busy = true;
    rerenderCard(id);
    const note = ui.note.trim();
    try {
      const answer = await api.decideNotice(item.notice.id, { action, ground, ...(note ? { note } : {}) });
      const comment = answer.comment ?? item.comment;
      s.ui.set(id, newCardUi());
      applyChange({
        ...item,
        notice: answer.notice,
        comment,
        status: comment.status,
        version: comment.version,
      });
      announce(
        `${action === 'remove' ? 'Removed' : 'Kept'} the comment by ${item.comment.authorName}; the notice is decided.`,
      );
      ctx.countsChanged();
    } catch (e) {
      await refused(id, ui, e, (now, code) =>
        code === 'notice_already_decided'
          ? `Another moderator decided this notice first (the comment is now ${now}). Your decision to ${action} it was not applied.`
          : `The comment changed while you decided (it is now ${now}). Nothing was applied; decide again if you still mean it.`,
      );
    }
  }

  /** Upholds or reverses the decision under appeal (the open form says which), with the typed note. */
  async function decideAppeal(id: string): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    const action = ui.form;
    if (!item?.appeal || ui.busy || (action !== 'uphold' && action !== 'reverse')) return;
    const note = ui.note.trim();
    if (!note) {
      ui.notice = { kind: 'error', text: 'Write the answer: the person who appealed reads this note.' };
      rerenderCard(id);
      return;
    }
    ui.busy = true;
    rerenderCard(id);
    try {
      const answer = await api.decideAppeal(item.appeal.id, { action, note });
      const comment = answer.comment ?? item.comment;
      s.ui.set(id, newCardUi());
      applyChange({
        ...item,
        appeal: answer.appeal,
        comment,
        status: comment.status,
        version: comment.version,
      });
      announce(
        `${action === 'reverse' ? 'Reversed' : 'Kept'} the decision on the comment by ${item.comment.authorName}; the appeal is decided.`,
      );
      ctx.countsChanged();
    } catch (e) {
      await refused(id, ui, e, (now, code) => appealConflict(code, now));
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
    if (ui.rejectPending && !ui.banRejectReason) {
      ui.notice = {
        kind: 'error',
        text: 'Choose the reason stated on the rejected comments: their authors are told it.',
      };
      rerenderCard(id);
      return;
    }
    ui.busy = true;
    rerenderCard(id);
    try {
      const result = await api.ban(item.author.id, {
        reason,
        rejectPending: ui.rejectPending,
        ...(ui.rejectPending && ui.banRejectReason ? { rejectReason: ui.banRejectReason } : {}),
        networkHours: ui.networkHours,
      });
      s.ui.set(id, newCardUi());
      // After the refresh, which announces itself: the ban's confirmation is the last word.
      await ctx.refresh();
      announce(
        `Banned ${item.comment.authorName}${ui.rejectPending ? `; ${plural(result.rejected, 'comment')} rejected` : ''}.`,
      );
    } catch (e) {
      ui.busy = false;
      ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
      rerenderCard(id);
    }
  }

  /** Lifts the ban on the author of card `id`: every card of theirs shows it, and the card says so. */
  async function unban(id: string): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    if (!item || ui.busy) return;
    ui.busy = true;
    rerenderCard(id);
    try {
      const { author } = await api.unban(item.author.id);
      s.items = s.items.map((i) =>
        i.author.id === author.id ? { ...i, author: { ...i.author, banned: author.banned } } : i,
      );
      const text = `Ban lifted: ${item.comment.authorName} can comment again.`;
      s.ui.set(id, { ...newCardUi(), notice: { kind: 'info', text } });
      ctx.renderAll();
      announce(text);
    } catch (e) {
      ui.busy = false;
      ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
      rerenderCard(id);
    }
  }

  async function decideSelected(action: 'approve' | 'reject'): Promise<void> {
    const chosen = s.items.filter((i) => s.selected.has(i.comment.id));
    if (chosen.length === 0) return;
    const reason = s.bulkReason;
    s.bulkProblem = action === 'reject' && reason === null ? 'Choose a reason for the rejections.' : null;
    if (s.bulkProblem) {
      ctx.renderAll();
      return document.querySelector<HTMLElement>('.bulk select')?.focus();
    }
    try {
      const answer = await api.bulk({
        action,
        ...(action === 'reject' && reason ? { reason } : {}),
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
      announce(bulkOutcome(action, answer.succeeded, answer.failed));
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
      ui.history = await api.history(itemOf(id)?.comment.id ?? id);
    } catch (e) {
      ui.history = null;
      ui.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
    }
    rerenderCard(id);
  }

  return { decide, decideNotice, decideAppeal, ban, unban, decideSelected, toggleHistory };
}

/**
 * A bulk decision in a sentence: `2 comments approved.`, `1 comment rejected; 1 could not be, and its card
 * says why.`
 */
export function bulkOutcome(action: 'approve' | 'reject', succeeded: number, failed: number): string {
  const done = action === 'approve' ? 'approved' : 'rejected';
  const head = succeeded ? `${plural(succeeded, 'comment')} ${done}` : `No comment ${done}`;
  if (!failed) return `${head}.`;
  return `${head}; ${failed} could not be, and ${failed === 1 ? 'its card says' : 'their cards say'} why.`;
}

/** What a refused appeal decision means, in words: the reviewer's own decision, or someone came first. */
export function appealConflict(code: string, now: string): string {
  if (code === 'same_decider')
    return 'You made this decision; another moderator or an admin must review it. Nothing was applied.';
  if (code === 'appeal_already_decided')
    return `Another moderator decided this appeal first (the comment is now ${now}). Your decision was not applied.`;
  return `The comment changed while you decided (it is now ${now}). Nothing was applied; decide again if you still mean it.`;
}
