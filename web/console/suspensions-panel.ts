/**
 * The panel of the queue view's Suspensions tab (EU DSA Art. 23): the open proposals, site-wide, one card
 * each, oldest or newest first, "load more", a refresh that keeps the cards in use, and their decisions.
 * A refusal keeps the card and what was typed: `warning_required` says to warn first, a proposal decided
 * elsewhere is read again and says by whom. Keys: j/k move, Escape closes a form, h shows the trail, u
 * refreshes; no key decides (each decision is a form).
 */
import { ApiError, type Api, type SuspensionItem } from './api';
import { cardIn, h, markCurrent, plural } from './dom';
import { listFooter } from './queue-chrome';
import { focusAfterRemoval, moveFocus, type ShortcutAction, type Sort } from './state';
import { newProposalUi, proposalCard, type ProposalHandlers, type ProposalUi } from './suspension-card';
import {
  checkDays,
  mergeProposals,
  sortProposals,
  subjectWords,
  suspensionConflict,
  type ProposalAction,
} from './suspension-state';

const PAGE_SIZE = 20;
const DONE: Readonly<Record<ProposalAction, string>> = {
  warn: 'Warned',
  suspend: 'Suspended',
  dismiss: 'Dismissed the proposal about',
};

export interface SuspensionsPanelOptions {
  api: Api;
  announce: (text: string) => void;
  /** A decision changed the queue sizes the tabs show. */
  countsChanged: () => void;
}

const messageOf = (e: unknown): string => {
  if (!(e instanceof ApiError) || e.details.length === 0) return e instanceof Error ? e.message : String(e);
  return `${e.message} ${e.details.map((d) => d.message).join(' ')}`;
};

export function createSuspensionsPanel(o: SuspensionsPanelOptions) {
  const { api, announce } = o;
  const root = h('div', { class: 'suspensions' });
  const s = {
    sort: 'oldest' as Sort,
    items: [] as SuspensionItem[],
    nextCursor: null as string | null,
    current: null as string | null,
    ui: new Map<string, ProposalUi>(),
    loading: false,
    error: null as string | null,
  };
  let list = h('ol', { class: 'cards', 'aria-label': 'Suspension proposals' });

  const ids = () => s.items.map((i) => i.proposal.id);
  const itemOf = (id: string) => s.items.find((i) => i.proposal.id === id);
  const uiOf = (id: string): ProposalUi => {
    let ui = s.ui.get(id);
    if (!ui) s.ui.set(id, (ui = newProposalUi()));
    return ui;
  };
  /** Cards with something the moderator is in the middle of: a refresh must keep them. */
  const busyIds = () =>
    new Set([...s.ui].filter(([, u]) => u.form !== null || u.notice !== null || u.busy).map(([id]) => id));
  const page = (cursor?: string) =>
    api.suspensions({ sort: s.sort, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
  const cardEl = (id: string) => cardIn(list, id);

  async function load(sort: Sort): Promise<void> {
    s.sort = sort;
    s.loading = true;
    s.error = null;
    render();
    try {
      const first = await page();
      s.items = first.items;
      s.nextCursor = first.nextCursor;
      s.ui = new Map();
      s.current = ids()[0] ?? null;
    } catch (e) {
      s.error = messageOf(e);
    } finally {
      s.loading = false;
    }
    render();
  }

  /** A background refresh merges the first page, keeping cards in use; skipped while typing. */
  async function refresh(manual: boolean): Promise<void> {
    if (s.loading) return;
    const active = document.activeElement;
    const typing =
      active instanceof HTMLElement && root.contains(active) && /^(INPUT|TEXTAREA)$/.test(active.tagName);
    if (!manual && (typing || document.hidden)) return;
    try {
      const first = await page();
      s.items = mergeProposals(s.items, first.items, busyIds(), s.sort, first.nextCursor === null);
      if (s.nextCursor === null || first.nextCursor === null) s.nextCursor = first.nextCursor;
      if (s.current === null || !itemOf(s.current)) s.current = ids()[0] ?? null;
      s.error = null;
      render();
      if (manual) announce('Suspension proposals refreshed.');
    } catch (e) {
      if (manual) announce(messageOf(e));
    }
  }

  async function loadMore(): Promise<void> {
    if (!s.nextCursor) return;
    try {
      const next = await page(s.nextCursor);
      const known = new Set(ids());
      s.items = sortProposals([...s.items, ...next.items.filter((i) => !known.has(i.proposal.id))], s.sort);
      s.nextCursor = next.nextCursor;
      render();
      announce(`${plural(next.items.length, 'more proposal')} loaded.`);
    } catch (e) {
      announce(messageOf(e));
    }
  }

  /** Sends the open form's decision: a suspension's days are checked here first. */
  async function decide(id: string): Promise<void> {
    const item = itemOf(id);
    const ui = uiOf(id);
    const action = ui.form;
    if (!item || ui.busy || !action) return;
    const days = action === 'suspend' ? checkDays(ui.days) : null;
    if (days && 'error' in days) {
      ui.notice = { kind: 'error', text: days.error };
      rerenderCard(id, 'input[name="days"]');
      return;
    }
    ui.busy = true;
    rerenderCard(id);
    const note = ui.note.trim();
    try {
      await api.decideSuspension(id, {
        action,
        ...(days ? { days: days.days } : {}),
        ...(note ? { note } : {}),
      });
      const next = focusAfterRemoval(ids(), id);
      s.items = s.items.filter((i) => i.proposal.id !== id);
      s.ui.delete(id);
      if (s.current === id) s.current = next;
      render(true);
      announce(`${DONE[action]} ${subjectWords(item.proposal.subject).name}; the proposal is decided.`);
      o.countsChanged();
    } catch (e) {
      await refused(id, ui, e);
    }
  }

  /** A refused decision: on a 409 the proposal is read again; the typed days and note stay. */
  async function refused(id: string, ui: ProposalUi, e: unknown): Promise<void> {
    ui.busy = false;
    if (e instanceof ApiError && e.status === 409) {
      const detail = await api.suspension(id).catch(() => null);
      if (detail) {
        const fresh = { proposal: detail.proposal, account: detail.account };
        s.items = s.items.map((i) => (i.proposal.id === id ? fresh : i));
      }
      ui.notice = { kind: 'error', text: suspensionConflict(e.code, detail) };
    } else {
      ui.notice = { kind: 'error', text: messageOf(e) };
    }
    rerenderCard(id);
    announce(ui.notice.text);
  }

  async function toggleTrail(id: string): Promise<void> {
    const ui = uiOf(id);
    ui.trail = ui.trail ? null : 'loading';
    rerenderCard(id);
    if (!ui.trail) return;
    try {
      ui.trail = (await api.suspension(id)).events;
    } catch (e) {
      ui.trail = null;
      ui.notice = { kind: 'error', text: messageOf(e) };
    }
    rerenderCard(id);
  }

  const handlers: ProposalHandlers = {
    focus: (id) => setCurrent(id, false),
    openForm: (id, form) => {
      const ui = uiOf(id);
      ui.form = form;
      if (form === null) ui.notice = null;
      rerenderCard(id, form === null ? undefined : 'form input');
      if (form === null) cardEl(id)?.focus();
    },
    submit: (id) => void decide(id),
    toggleTrail: (id) => void toggleTrail(id),
    draft: (id, change) => Object.assign(uiOf(id), change),
  };

  /** Re-renders one card; `focusField` names the field to focus in it (a form just opened, a bad value). */
  function rerenderCard(id: string, focusField?: string): void {
    const item = itemOf(id);
    const old = cardEl(id)?.parentElement;
    if (!item || !old) return;
    const hadFocus = old.contains(document.activeElement);
    const fresh = proposalCard(item, uiOf(id), s.current === id, handlers);
    old.replaceWith(fresh);
    const field = focusField ? fresh.querySelector<HTMLElement>(focusField) : null;
    if (field) field.focus();
    else if (hadFocus) fresh.querySelector<HTMLElement>('article')?.focus();
  }

  function setCurrent(id: string | null, focus: boolean): void {
    if (id === null) return;
    markCurrent(list, s.current, id, focus);
    s.current = id;
  }

  function render(moveToCurrent = false): void {
    const inList = list.contains(document.activeElement) || document.activeElement === document.body;
    const fresh = h('ol', { class: 'cards', 'aria-label': 'Suspension proposals' });
    for (const item of s.items)
      fresh.append(proposalCard(item, uiOf(item.proposal.id), s.current === item.proposal.id, handlers));
    list = fresh;
    const footer = listFooter(
      { ...s, queue: 'suspensions', articleId: '', empty: s.items.length === 0, more: s.nextCursor !== null },
      () => void loadMore(),
    );
    root.replaceChildren(list, footer);
    if ((inList || moveToCurrent) && s.current) setCurrent(s.current, true);
  }

  /** Keyboard shortcuts, dispatched by the queue view while this tab is shown. */
  function shortcut(action: ShortcutAction): boolean {
    const id = s.current;
    if (action === 'next' || action === 'previous')
      setCurrent(moveFocus(ids(), id, action === 'next' ? 1 : -1), true);
    else if (action === 'refresh') void refresh(true);
    else if (action === 'close') {
      if (id && uiOf(id).form) handlers.openForm(id, null);
    } else if (action === 'history' && id) void toggleTrail(id);
    else return false;
    return true;
  }

  return { root, load, refresh, shortcut };
}
