/**
 * The parts of the queue view around the cards: the queue tabs with their counts, the filter form, the
 * bulk bar and the list's footer. Builders only; the queue view owns the state and passes callbacks.
 */
import type { QueueName, RejectReason } from './api';
import { reasonOf, reasonOptions } from './card-forms';
import { h, uid } from './dom';
import { QUEUES, type Sort } from './state';

export const QUEUE_LABELS: Readonly<Record<QueueName, string>> = {
  pending: 'Pending',
  notices: 'Notices',
  appeals: 'Appeals',
  suspensions: 'Suspensions',
  reported: 'Reported',
  rejected: 'Rejected',
  approved: 'Approved',
};

/**
 * The tabs, with the ARIA tab pattern's arrow keys (the selected tab is the only one in tab order). The counts
 * are the site's (the stats' queue sizes): under an article filter each says so (`Pending (12 site-wide)`), so
 * that a moderator does not read them as the article's.
 */
export function tabsBar(
  queue: QueueName,
  counts: Readonly<Record<string, number | string>>,
  panelId: string,
  onSelect: (q: QueueName) => void,
  filtered = false,
): HTMLElement {
  const countOf = (q: QueueName): string => {
    const n = counts[q];
    if (n === undefined) return '…';
    return filtered && typeof n === 'number' ? `${n} site-wide` : String(n);
  };
  const onKey = (e: Event) => {
    const key = (e as KeyboardEvent).key;
    if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
    const at = QUEUES.indexOf(queue);
    const next = QUEUES[(at + (key === 'ArrowRight' ? 1 : QUEUES.length - 1)) % QUEUES.length] ?? 'pending';
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return h(
    'div',
    { role: 'tablist', 'aria-label': 'Queues', class: 'tabs', onkeydown: onKey },
    ...QUEUES.map((q) =>
      h(
        'button',
        {
          role: 'tab',
          type: 'button',
          id: `tab-${q}`,
          'aria-selected': q === queue ? 'true' : 'false',
          'aria-controls': panelId,
          tabindex: q === queue ? 0 : -1,
          onclick: () => onSelect(q),
        },
        `${QUEUE_LABELS[q]} (${countOf(q)})`,
      ),
    ),
  );
}

/** Puts a fresh tab bar in place of `old`; the keyboard stays on the selected tab when it was in the old one. */
export function swapTabs(old: HTMLElement, fresh: HTMLElement): HTMLElement {
  const focused = old.contains(document.activeElement);
  old.replaceWith(fresh);
  if (focused) fresh.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  return fresh;
}

/** The article filter and the order; `siteWide` (the suspensions tab, about people) leaves the article out. */
export function filterForm(
  articleId: string,
  sort: Sort,
  onApply: (articleId: string, sort: Sort) => void,
  onRefresh: () => void,
  siteWide = false,
): HTMLElement {
  const filterId = uid('article-filter');
  const sortId = uid('sort');
  return h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': 'Filter the queue',
      onsubmit: (e) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        const field = form.elements.namedItem('articleId') as HTMLInputElement | null;
        const article = field ? field.value.trim() : articleId;
        const order = (form.elements.namedItem('sort') as HTMLSelectElement).value;
        onApply(article, order === 'newest' ? 'newest' : 'oldest');
      },
    },
    siteWide ? null : h('label', { for: filterId }, 'Article'),
    siteWide
      ? null
      : h('input', {
          id: filterId,
          name: 'articleId',
          type: 'search',
          value: articleId,
          placeholder: 'All articles',
        }),
    h('label', { for: sortId }, 'Order'),
    h(
      'select',
      { id: sortId, name: 'sort' },
      h('option', { value: 'oldest', selected: sort === 'oldest' }, 'Oldest first'),
      h('option', { value: 'newest', selected: sort === 'newest' }, 'Newest first'),
    ),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', onclick: onRefresh }, 'Refresh'),
  );
}

export interface BulkHandlers {
  selectAll(on: boolean): void;
  reason(reason: RejectReason | null): void;
  decide(action: 'approve' | 'reject'): void;
}

export function bulkBar(
  selected: number,
  total: number,
  rejection: { bulkReason: RejectReason | null; bulkProblem: string | null },
  on: BulkHandlers,
): HTMLElement {
  const reasonId = uid('bulk-reason');
  const problemId = rejection.bulkProblem ? uid('bulk-problem') : undefined;
  return h(
    'div',
    { class: 'bulk', role: 'group', 'aria-label': 'Bulk actions' },
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        checked: selected > 0 && selected === total,
        onchange: (e) => on.selectAll((e.target as HTMLInputElement).checked),
      }),
      ' Select all',
    ),
    h('span', { class: 'muted' }, `${selected} selected`),
    h(
      'button',
      { type: 'button', disabled: selected === 0, onclick: () => on.decide('approve') },
      'Approve selected',
    ),
    h('label', { for: reasonId }, 'Reason'),
    h(
      'select',
      {
        id: reasonId,
        'aria-invalid': problemId ? 'true' : undefined,
        'aria-describedby': problemId,
        onchange: (e) => on.reason(reasonOf((e.target as HTMLSelectElement).value)),
      },
      ...reasonOptions(rejection.bulkReason),
    ),
    h(
      'button',
      { type: 'button', class: 'danger', disabled: selected === 0, onclick: () => on.decide('reject') },
      'Reject selected',
    ),
    problemId ? h('p', { class: 'field-error', id: problemId }, rejection.bulkProblem) : null,
  );
}

/** What an empty tab says, naming what it holds in words. */
const EMPTY: Readonly<Record<QueueName, string>> = {
  pending: 'No comments waiting for review',
  notices: 'No open notices',
  appeals: 'No open appeals',
  suspensions: 'No open suspension proposals',
  reported: 'No comments reported by readers',
  rejected: 'No rejected comments',
  approved: 'No approved comments',
};

export function listFooter(
  s: {
    loading: boolean;
    error: string | null;
    empty: boolean;
    queue: QueueName;
    articleId: string;
    more: boolean;
  },
  onMore: () => void,
): HTMLElement {
  return h(
    'div',
    { class: 'list-footer' },
    s.loading ? h('p', { class: 'muted' }, 'Loading…') : null,
    s.error ? h('p', { class: 'notice error', role: 'alert' }, s.error) : null,
    !s.loading && !s.error && s.empty
      ? h('p', { class: 'empty' }, `${EMPTY[s.queue]}${s.articleId ? ` on ${s.articleId}` : ''}.`)
      : null,
    s.more ? h('button', { type: 'button', onclick: onMore }, 'Load more') : null,
  );
}
