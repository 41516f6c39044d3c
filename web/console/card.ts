/**
 * One comment card: the comment with its evidence highlighted, the author's history, the automatic
 * decision in plain words with every check, reader flags, the last human decision, and the actions.
 * Form drafts live in `CardUi` (owned by the queue), so a re-render never loses what was typed.
 */
import type { History, QueueItem, RejectReason } from './api';
import { banForm, historyList, noticeForm, rejectForm, unbanForm } from './card-forms';
import { appealActions, appealForm, appealSection } from './appeal-card';
import { noticeActions, noticeSection } from './notice-card';
import { itemKey } from './state';
import { formatTime, h, plural, type Child } from './dom';
import {
  OUTCOME_WORDS,
  checkLabel,
  decisionSummary,
  evidenceHighlights,
  evidenceLine,
  highlightSegments,
  invisibleLabel,
  invisibleRuns,
  reasonWords,
  tagWords,
} from './explain';

export { REASON_LABELS } from './card-forms';

/**
 * An open inline form: a comment's reject or ban, lifting its author's ban, a notice's remove or keep, an
 * appeal's uphold or reverse.
 */
export type CardForm = 'reject' | 'ban' | 'unban' | 'remove' | 'keep' | 'uphold' | 'reverse' | null;

export interface CardUi {
  form: CardForm;
  /** A rejection's public reason: none until the moderator chooses one. */
  reason: RejectReason | null;
  /** What is wrong with the open form's input, said in the form (a rejection without a reason). */
  problem: string | null;
  /** The moderators' note of a rejection or a notice decision; an appeal's answer to the appellant. */
  note: string;
  /** The ground of a notice decision, shown to the notifier (and to the author on a removal). */
  ground: string;
  banReason: string;
  rejectPending: boolean;
  /** The public reason of the rejections a ban makes (`rejectPending`): none until the moderator chooses one. */
  banRejectReason: RejectReason | null;
  /** Hours the author's network (IPv4 /24, IPv6 /48) is banned with them; 0 for none, unless chosen. */
  networkHours: number;
  notice: { kind: 'error' | 'info'; text: string } | null;
  history: History | 'loading' | null;
  busy: boolean;
}

export const newCardUi = (): CardUi => ({
  form: null,
  reason: null,
  problem: null,
  note: '',
  ground: '',
  banReason: '',
  rejectPending: true,
  banRejectReason: null,
  networkHours: 0,
  notice: null,
  history: null,
  busy: false,
});

export interface CardHandlers {
  focus(id: string): void;
  toggleSelect(id: string): void;
  approve(id: string): void;
  openForm(id: string, form: CardForm): void;
  submitReject(id: string): void;
  submitBan(id: string): void;
  submitUnban(id: string): void;
  submitNotice(id: string): void;
  submitAppeal(id: string): void;
  toggleHistory(id: string): void;
  filterArticle(articleId: string): void;
  /** A draft field changed: no re-render, only the state. */
  draft(
    id: string,
    change: Partial<
      Pick<
        CardUi,
        'reason' | 'note' | 'ground' | 'banReason' | 'rejectPending' | 'banRejectReason' | 'networkHours'
      >
    >,
  ): void;
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
  received: 'Awaiting checks',
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  deleted: 'Deleted by author',
};

/**
 * The comment text with evidence ranges in <mark>, built from text nodes only. A character that prints
 * nothing but splits a word (`invisibleRuns`) is shown as its code point, so that a moderator sees the
 * disguise the checks saw through.
 */
function bodyWithEvidence(item: QueueItem): HTMLElement {
  const text = item.comment.body;
  const segments = highlightSegments(text, evidenceHighlights(item.decision, text));
  const revealed = (s: string) =>
    invisibleRuns(s).map((r) =>
      r.invisible
        ? h(
            'span',
            { class: 'invisible-char', title: 'An invisible character is here' },
            invisibleLabel(r.text),
          )
        : r.text,
    );
  return h(
    'p',
    // The direction follows the text: an Arabic or Hebrew comment reads right to left.
    { class: 'body', dir: 'auto' },
    ...segments.flatMap((s) =>
      s.mark === null ? revealed(s.text) : [h('mark', { title: s.mark }, ...revealed(s.text))],
    ),
  );
}

function decisionSection(item: QueueItem): HTMLElement | null {
  const d = item.decision;
  if (!d) return h('p', { class: 'decision muted' }, 'No automatic decision recorded yet.');
  const rows = d.checks.map((c) =>
    h(
      'tr',
      { class: `outcome-${c.outcome}` },
      h('th', { scope: 'row' }, checkLabel(c.check)),
      h('td', {}, OUTCOME_WORDS[c.outcome]),
      h('td', {}, c.score === undefined ? '—' : String(Math.round(c.score * 100) / 100)),
      h(
        'td',
        {},
        [c.reason ? reasonWords(c.reason, c.check) : '', evidenceLine(c, item.comment.body)]
          .filter(Boolean)
          .join(' — ') || '—',
      ),
    ),
  );
  return h(
    // A named group, not a section: a section with a name is a region landmark, and every card has one
    // (axe landmark-unique). The notice, appeal and flags parts are groups for the same reason.
    'div',
    { class: 'decision', role: 'group', 'aria-label': 'Automatic decision' },
    h('p', { class: 'summary' }, decisionSummary(d, item.comment.body)),
    d.tags.length > 0 ? h('p', { class: 'tags' }, `Tags: ${tagWords(d.tags)}`) : null,
    h(
      'details',
      {},
      h('summary', {}, `Every check (${d.checks.length}), policy version ${d.policyVersion}`),
      h(
        'table',
        { class: 'checks' },
        h(
          'thead',
          {},
          h('tr', {}, ...['Check', 'Outcome', 'Score', 'Why'].map((t) => h('th', { scope: 'col' }, t))),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

function flagsSection(item: QueueItem): HTMLElement | null {
  const f = item.flags;
  const total = Object.values(f.byReason).reduce((a, b) => a + b, 0);
  if (total === 0 && f.open === 0) return null;
  const reasons = Object.entries(f.byReason)
    .map(([reason, n]) => `${reason.replace(/_/g, ' ')} × ${n}`)
    .join(', ');
  return h(
    'div',
    { class: 'flags', role: 'group', 'aria-label': 'Reader flags' },
    h('p', {}, `${plural(f.open, 'open reader flag')}${f.reported ? ' (reported)' : ''}: ${reasons}`),
    f.recent.length > 0
      ? h(
          'ul',
          {},
          ...f.recent.map((r) =>
            h('li', {}, `${r.reason.replace(/_/g, ' ')}, ${formatTime(r.at)}`, r.note ? `: “${r.note}”` : ''),
          ),
        )
      : null,
  );
}

function humanLine(item: QueueItem): HTMLElement | null {
  const d = item.humanDecision;
  if (!d) return null;
  const who = d.by.name ?? d.by.id;
  return h(
    'p',
    { class: 'human' },
    `${d.action === 'approve' ? 'Approved' : 'Rejected'} by ${who}, ${formatTime(d.at)}`,
    d.reason ? ` (${d.reason.replace(/_/g, ' ')})` : '',
    d.note ? `: “${d.note}”` : '',
  );
}

export function renderCard(
  item: QueueItem,
  ui: CardUi,
  state: { current: boolean; selected: boolean },
  on: CardHandlers,
): HTMLElement {
  const c = item.comment;
  const id = itemKey(item);
  const a = item.author;
  // An error is an alert; what went well is said in the page's status region, and only shown here.
  const notice: Child = ui.notice
    ? h(
        'p',
        { class: `notice ${ui.notice.kind}`, role: ui.notice.kind === 'error' ? 'alert' : undefined },
        ui.notice.text,
      )
    : null;
  const article = h(
    'article',
    {
      class: `card${state.current ? ' is-current' : ''}${state.selected ? ' is-selected' : ''}`,
      tabindex: -1,
      'data-id': id,
      'aria-label': item.appeal
        ? `Appeal about the comment by ${c.authorName}`
        : item.notice
          ? `Notice about the comment by ${c.authorName}`
          : `Comment by ${c.authorName}`,
      'aria-current': state.current ? 'true' : undefined,
      onfocusin: () => on.focus(id),
    },
    h(
      'header',
      { class: 'card-head' },
      // Bulk decisions are for comments; a notice or an appeal is decided on its own, with its words.
      !item.notice &&
        !item.appeal &&
        h('input', {
          type: 'checkbox',
          class: 'select',
          checked: state.selected,
          'aria-label': `Select comment by ${c.authorName}`,
          onchange: () => on.toggleSelect(id),
        }),
      h('span', { class: 'author' }, c.authorName),
      h(
        'span',
        { class: 'meta' },
        'on ',
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            title: 'Show only this article',
            onclick: () => on.filterArticle(c.articleId),
          },
          c.articleId,
        ),
        ' · ',
        h('time', { datetime: c.createdAt }, formatTime(c.createdAt)),
        c.editedAt ? ' · edited' : '',
      ),
      // In words, not colour alone: the flagger (EU DSA Art. 22) whose notice or flag put this card first.
      item.trustedFlagger
        ? h('span', { class: 'badge trusted' }, `Trusted flagger: ${item.trustedFlagger.name}`)
        : null,
      h('span', { class: `badge status-${item.status}` }, STATUS_LABELS[item.status] ?? item.status),
    ),
    item.parent
      ? h(
          'p',
          { class: 'parent' },
          'In reply to: ',
          item.parent.excerpt ? `“${item.parent.excerpt}”` : '(no longer available)',
        )
      : null,
    bodyWithEvidence(item),
    h(
      'p',
      { class: 'author-history' },
      // A separator before the badge, so that a screen reader does not run `rejected` into `Banned`.
      `Author history: ${a.approved} approved · ${a.rejected} rejected${a.banned ? ' · ' : ''}`,
      a.banned ? h('span', { class: 'badge banned' }, 'Banned') : null,
      a.banned ? ' ' : null,
      a.banned
        ? h(
            'button',
            {
              type: 'button',
              class: 'link',
              disabled: ui.busy,
              'aria-expanded': ui.form === 'unban' ? 'true' : 'false',
              onclick: () => on.openForm(id, ui.form === 'unban' ? null : 'unban'),
            },
            'Lift ban',
          )
        : null,
    ),
    item.notice ? noticeSection(item.notice) : null,
    item.appeal ? appealSection(item.appeal) : null,
    decisionSection(item),
    flagsSection(item),
    humanLine(item),
    notice,
    item.appeal
      ? appealActions(item, ui, on)
      : item.notice
        ? noticeActions(item, ui, on)
        : commentActions(item, ui, on),
    ui.form === 'reject' ? rejectForm(item, ui, on) : null,
    ui.form === 'ban' ? banForm(item, ui, on) : null,
    ui.form === 'unban' ? unbanForm(item, ui, on) : null,
    ui.form === 'remove' || ui.form === 'keep' ? noticeForm(item, ui, on) : null,
    ui.form === 'uphold' || ui.form === 'reverse' ? appealForm(item, ui, on) : null,
    ui.history ? historyList(ui.history) : null,
  );
  return h('li', { class: 'card-item' }, article);
}

/** Approve, reject, ban and history: the actions on a comment of the comment queues. */
function commentActions(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = itemKey(item);
  const a = item.author;
  return h(
    'div',
    { class: 'actions' },
    h(
      'button',
      { type: 'button', class: 'approve', disabled: ui.busy, onclick: () => on.approve(id) },
      'Approve',
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'reject',
        disabled: ui.busy,
        'aria-expanded': ui.form === 'reject' ? 'true' : 'false',
        onclick: () => on.openForm(id, ui.form === 'reject' ? null : 'reject'),
      },
      'Reject',
    ),
    h(
      'button',
      {
        type: 'button',
        disabled: ui.busy || a.banned,
        'aria-expanded': ui.form === 'ban' ? 'true' : 'false',
        onclick: () => on.openForm(id, ui.form === 'ban' ? null : 'ban'),
      },
      'Ban author',
    ),
    historyButton(id, ui, on),
  );
}

export function historyButton(id: string, ui: CardUi, on: CardHandlers): HTMLElement {
  return h(
    'button',
    { type: 'button', 'aria-expanded': ui.history ? 'true' : 'false', onclick: () => on.toggleHistory(id) },
    'History',
  );
}
