/**
 * The queue view: tabs with counts, article filter and order, bulk actions, the cards, "load more",
 * and a refresh while it is open. Decisions send the version the moderator saw; a 409 keeps the card
 * and what was typed, refreshes the card's state and says what happened. The Suspensions tab, about
 * people rather than comments, shows its own panel (`suspensions-panel.ts`).
 */
import type { Api, QueueItem, QueueName, RejectReason } from './api';
import { newCardUi, renderCard, type CardHandlers, type CardUi } from './card';
import { createQueueActions, queueCounts } from './queue-actions';
import { queueShortcut, type QueueKeys } from './queue-keys';
import { articlePanel } from './article-panel';
import { cardIn, h, keepingFocus, markCurrent, placeChildren, plural, swap, typingIn, uid } from './dom';
import { bulkBar, filterForm, listFooter, swapTabs, tabsBar, type BulkHandlers } from './queue-chrome';
import { createSuspensionsPanel } from './suspensions-panel';
import {
  appendPage,
  belongsTo,
  focusAfterRemoval,
  itemKey,
  leadsWithTrusted,
  mergeRefresh,
  pruneSelection,
  toggleSelection,
  withoutDeparted,
  type ShortcutAction,
  type Sort,
} from './state';

const PAGE_SIZE = 20;

export interface QueueViewOptions {
  api: Api;
  announce: (text: string) => void;
  refreshMs: number;
}

export function createQueueView(opts: QueueViewOptions) {
  const { api, announce } = opts;
  const root = h('section', { class: 'queue-view', 'aria-labelledby': 'queue-heading' });
  const s = {
    queue: 'pending' as QueueName,
    articleId: '',
    sort: 'oldest' as Sort,
    items: [] as QueueItem[],
    nextCursor: null as string | null,
    current: null as string | null,
    selected: new Set<string>(),
    ui: new Map<string, CardUi>(),
    counts: {} as Record<string, number | string>,
    bulkReason: null as RejectReason | null,
    bulkProblem: null as string | null,
    loading: false,
    error: null as string | null,
  };
  const panelId = uid('queue-panel');
  let list: HTMLOListElement = h('ol', { class: 'cards', 'aria-label': 'Comments' });
  let timer: ReturnType<typeof setInterval> | undefined;

  const ids = () => s.items.map(itemKey);
  const itemOf = (id: string) => s.items.find((i) => itemKey(i) === id);
  const uiOf = (id: string): CardUi => {
    let ui = s.ui.get(id);
    if (!ui) s.ui.set(id, (ui = newCardUi()));
    return ui;
  };
  /** The article panel while the queue is filtered to one article (`articleEl`). */
  let article: { el: HTMLElement; articleId: string; refreshCount: () => Promise<void> } | null = null;
  /** Cards with something the moderator is in the middle of: a refresh must keep them. */
  const busyIds = () =>
    new Set([...s.ui].filter(([, u]) => u.form !== null || u.notice !== null || u.busy).map(([id]) => id));

  async function loadCounts(): Promise<void> {
    try {
      s.counts = await queueCounts(api);
    } catch {
      // counts are a convenience; the queue itself reports errors
    }
  }

  /** A page of the queue as filtered now. */
  const pageOf = (cursor?: string) =>
    api.queue({
      queue: s.queue,
      sort: s.sort,
      limit: PAGE_SIZE,
      ...(s.articleId ? { articleId: s.articleId } : {}),
      ...(cursor ? { cursor } : {}),
    });

  /** The first page as filtered, and the tab counts; null if a later ask (a tab, a filter) overtook it. */
  let asked = 0;
  /** Cards seen leaving their queue, until when a stale page may still list them (`withoutDeparted`). */
  const departed = new Map<string, number>();
  async function firstPage() {
    const mine = ++asked;
    try {
      const [page] = await Promise.all([pageOf(), loadCounts()]);
      return mine === asked ? page : null;
    } catch (e) {
      if (mine === asked) throw e;
      return null;
    }
  }

  async function load(): Promise<void> {
    if (aboutPeople()) return loadProposals();
    s.loading = true;
    s.error = null;
    render();
    try {
      const page = await firstPage();
      // Overtaken by a later load (a tab, a filter): that one owns `loading` and the next render. Clearing
      // `loading` here would let a background refresh start and throw the later load's page away.
      if (!page) return;
      s.items = page.items;
      s.nextCursor = page.nextCursor;
      // A form the moderator opened on a card the new list still holds stays open, with what was typed
      // (a filter applied while the previous list was on screen landed after the form was opened).
      const kept = new Set(page.items.map(itemKey));
      s.ui = new Map([...s.ui].filter(([id]) => kept.has(id)));
      s.selected = new Set();
      s.current = ids()[0] ?? null;
    } catch (e) {
      s.error = e instanceof Error ? e.message : String(e);
    }
    s.loading = false;
    render();
  }

  /** The Suspensions tab: its panel loads its own pages; no comment card is kept. */
  async function loadProposals(): Promise<void> {
    [s.items, s.nextCursor, s.current, s.error] = [[], null, null, null];
    render();
    await Promise.all([proposals.load(s.sort), loadCounts()]);
    renderTabs();
  }

  /** A background refresh: merges the first page, keeping cards in use; skipped while typing. */
  async function refresh(manual = false): Promise<void> {
    if (s.loading) return;
    if (aboutPeople()) return void Promise.all([proposals.refresh(manual), loadCounts()]).then(renderTabs);
    if (!manual && (typingIn(root) || document.hidden)) return;
    try {
      const page = await firstPage();
      if (!page) return;
      const whole = page.nextCursor === null;
      const fresh = withoutDeparted(page.items, departed);
      s.items = mergeRefresh(s.items, fresh, busyIds(), s.sort, whole, leadsWithTrusted(s.queue));
      if (s.nextCursor === null || page.nextCursor === null) s.nextCursor = page.nextCursor;
      s.selected = pruneSelection(s.selected, ids());
      if (s.current === null || !itemOf(s.current)) s.current = ids()[0] ?? null;
      s.error = null;
      renderKeepingFocus();
      void article?.refreshCount();
      if (manual) announce('Queue refreshed.');
    } catch (e) {
      if (manual) announce(e instanceof Error ? e.message : String(e));
    }
  }

  async function loadMore(): Promise<void> {
    if (!s.nextCursor) return;
    try {
      const page = await pageOf(s.nextCursor);
      s.items = appendPage(s.items, page.items, s.sort, leadsWithTrusted(s.queue));
      s.nextCursor = page.nextCursor;
      renderKeepingFocus();
      announce(`${plural(page.items.length, 'more comment')} loaded.`);
    } catch (e) {
      announce(e instanceof Error ? e.message : String(e));
    }
  }

  /** After a decision: drop the card if it left this queue, else show its new state. */
  function applyChange(updated: QueueItem): void {
    const id = itemKey(updated);
    if (belongsTo(s.queue, updated) || busyIds().has(id)) {
      s.items = s.items.map((i) => (itemKey(i) === id ? updated : i));
      rerenderCard(id);
      return;
    }
    const next = focusAfterRemoval(ids(), id);
    departed.set(id, Date.now() + 60_000);
    s.items = s.items.filter((i) => itemKey(i) !== id);
    s.ui.delete(id);
    s.selected.delete(id);
    if (s.current === id) s.current = next;
    renderKeepingFocus(true);
  }

  const actions = createQueueActions({
    api,
    announce,
    s,
    itemOf,
    uiOf,
    rerenderCard: (id, focusForm) => rerenderCard(id, focusForm),
    applyChange: (item) => applyChange(item),
    renderAll: () => renderKeepingFocus(),
    countsChanged: () => {
      void loadCounts().then(renderTabs);
      void article?.refreshCount();
    },
    refresh: () => refresh(true),
  });
  const { decide, decideNotice, decideAppeal, ban, unban, decideSelected, toggleHistory } = actions;
  const proposals = createSuspensionsPanel({
    api,
    announce,
    countsChanged: () => void loadCounts().then(renderTabs),
  });
  const aboutPeople = () => s.queue === 'suspensions';

  const handlers: CardHandlers = {
    focus: (id) => setCurrent(id, false),
    toggleSelect: (id) => {
      s.selected = toggleSelection(s.selected, id);
      rerenderCard(id);
      renderBulk();
    },
    approve: (id) => void decide(id, 'approve'),
    openForm: (id, form) => {
      const ui = uiOf(id);
      ui.form = form;
      if (form === null) ui.notice = ui.problem = null;
      rerenderCard(id, form !== null);
      if (form === null) cardEl(id)?.focus();
    },
    submitReject: (id) => void decide(id, 'reject'),
    submitBan: (id) => void ban(id),
    submitUnban: (id) => void unban(id),
    submitNotice: (id) => void decideNotice(id),
    submitAppeal: (id) => void decideAppeal(id),
    toggleHistory: (id) => void toggleHistory(id),
    filterArticle: (articleId) => {
      s.articleId = articleId;
      void load();
    },
    draft: (id, change) => Object.assign(uiOf(id), change),
  };

  const cardEl = (id: string) => cardIn(list, id);

  function rerenderCard(id: string, focusForm = false): void {
    const item = itemOf(id);
    const old = cardEl(id)?.parentElement;
    if (!item || !old) return;
    const hadFocus = old.contains(document.activeElement);
    const fresh = renderCard(
      item,
      uiOf(id),
      { current: s.current === id, selected: s.selected.has(id) },
      handlers,
    );
    old.replaceWith(fresh);
    const field = fresh.querySelector<HTMLElement>('form select, form input, form textarea');
    if (focusForm && field) field.focus();
    else if (hadFocus) fresh.querySelector<HTMLElement>('article')?.focus();
  }

  function setCurrent(id: string | null, focus: boolean): void {
    if (id === null) return;
    markCurrent(list, s.current, id, focus);
    s.current = id;
  }

  let tabs: HTMLElement = h('div');
  let bulk: HTMLElement = h('div');
  let footer: HTMLElement = h('div');
  const panel = h('div', { id: panelId, role: 'tabpanel' });
  const heading = h('h2', { id: 'queue-heading', class: 'visually-hidden' }, 'Moderation queue');

  function selectQueue(q: QueueName): void {
    if (q === s.queue) return;
    s.queue = q;
    void load();
  }

  const renderTabs = () =>
    (tabs = swapTabs(tabs, tabsBar(s.queue, s.counts, panelId, selectQueue, s.articleId !== '')));
  const bulkHandlers: BulkHandlers = {
    selectAll: (on) => {
      s.selected = on ? new Set(ids()) : new Set();
      renderList();
      renderBulk();
    },
    reason: (reason) => (s.bulkReason = reason),
    decide: (action) => void decideSelected(action),
  };
  // Notices, appeals and proposals are decided one by one, each with its own words: no bulk bar there.
  const oneByOne = () => s.queue === 'notices' || s.queue === 'appeals' || aboutPeople();
  const renderBulk = () =>
    (bulk = swap(bulk, oneByOne() ? h('div') : bulkBar(s.selected.size, s.items.length, s, bulkHandlers)));
  const renderFooter = () =>
    (footer = swap(
      footer,
      listFooter({ ...s, empty: s.items.length === 0, more: s.nextCursor !== null }, () => void loadMore()),
    ));

  function renderList(): void {
    const fresh = h('ol', { class: 'cards', 'aria-label': 'Comments' });
    for (const item of s.items) {
      const id = itemKey(item);
      fresh.append(
        renderCard(item, uiOf(id), { current: s.current === id, selected: s.selected.has(id) }, handlers),
      );
    }
    list = swap(list, fresh);
    panel.setAttribute('aria-labelledby', `tab-${s.queue}`);
  }

  const renderParts = () => [renderList, renderBulk, renderTabs, renderFooter].forEach((f) => f());
  const queueTab = () => document.getElementById(`tab-${s.queue}`);
  function renderKeepingFocus(moveToCurrent = false): void {
    const inList = list.contains(document.activeElement) || document.activeElement === document.body;
    // Focus gone with what held it (the last card, the bulk bar): the current card, else this queue's tab.
    keepingFocus(renderParts, () => (s.current ? setCurrent(s.current, true) : queueTab()?.focus()));
    if ((inList || moveToCurrent) && s.current) setCurrent(s.current, true);
  }

  /**
   * The filter form is built once per applied filter, not per render: a render that lands while the
   * moderator types (a load finishing) must not replace the input and lose what was typed.
   */
  let filter: { el: HTMLElement; articleId: string; sort: typeof s.sort; siteWide: boolean } | null = null;
  function filterEl(): HTMLElement {
    const siteWide = aboutPeople();
    if (filter?.articleId === s.articleId && filter.sort === s.sort && filter.siteWide === siteWide)
      return filter.el;
    const el = filterForm(
      s.articleId,
      s.sort,
      (articleId, sort) => {
        s.articleId = articleId;
        s.sort = sort;
        void load();
      },
      () => void refresh(true),
      siteWide,
    );
    filter = { el, articleId: s.articleId, sort: s.sort, siteWide };
    return el;
  }

  /** Likewise the article panel, once per article: its settings form may be in use. */
  function articleEl(): HTMLElement | null {
    if (!s.articleId || aboutPeople()) return (article = null);
    if (article?.articleId === s.articleId) return article.el;
    const made = articlePanel(api, s.articleId, announce, () => {
      s.articleId = '';
      void load();
    });
    article = { ...made, articleId: s.articleId };
    return made.el;
  }

  function render(): void {
    // Re-placing the tab bar takes the focus off it: a keyboard user who chose a tab stays on it.
    const onTabs = tabs.contains(document.activeElement);
    placeChildren(panel, ...(aboutPeople() ? [proposals.root] : [list, footer]));
    placeChildren(root, heading, tabs, filterEl(), articleEl(), bulk, panel);
    renderKeepingFocus();
    if (onTabs) document.getElementById(`tab-${s.queue}`)?.focus();
  }

  const keys: QueueKeys = {
    current: () => s.current,
    ids,
    known: (id) => itemOf(id) !== undefined,
    uiOf,
    setCurrent,
    refresh: () => void refresh(true),
    oneByOne,
    people: () => (aboutPeople() ? proposals.shortcut : undefined),
    handlers,
  };

  return {
    root,
    /** Keyboard shortcuts, dispatched by main.ts when the queue is shown. */
    shortcut: (action: ShortcutAction) => queueShortcut(keys, action),
    start(): void {
      void load();
      timer = setInterval(() => void refresh(false), opts.refreshMs);
    },
    stop(): void {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}
