/**
 * The parts of a card in the appeals queue (EU DSA Art. 20): who appealed and why, the decision under
 * appeal (its reason, when, by whom or automatically), and the two decisions, keep it (uphold) or reverse
 * it, each with a required note the appellant reads. Text from the API goes in as text nodes.
 */
import { NOTICE_CATEGORY_WORDS, type NoticeCategory } from '../../shared/domain/notice-categories';
import type { ModeratorAppeal, QueueItem, RejectReason } from './api';
import { historyButton, REASON_LABELS, type CardHandlers, type CardUi } from './card';
import { formatTime, h, uid } from './dom';
import { itemKey } from './state';

/** The decision under appeal in a line: what was decided, on what, when and by whom. */
export function appealedLine(a: Pick<ModeratorAppeal, 'appellant' | 'appealed'>): string {
  const d = a.appealed;
  const what =
    a.appellant === 'notifier'
      ? `Kept despite a notice of ${NOTICE_CATEGORY_WORDS[d.reason as NoticeCategory] ?? d.reason}`
      : `Rejected (${REASON_LABELS[d.reason as RejectReason] ?? d.reason})`;
  const who = d.automated || d.by === null ? 'automatically' : `by ${d.by.name ?? d.by.id}`;
  return `${what}, ${formatTime(d.decidedAt)}, ${who}`;
}

/** Lines in divs, styled as the notice section (one rule in console.css for both). */
export function appealSection(a: ModeratorAppeal): HTMLElement {
  return h(
    'div',
    { class: 'notice-info', role: 'group', 'aria-label': 'Appeal' },
    h(
      'div',
      {},
      h(
        'strong',
        {},
        a.appellant === 'author'
          ? 'Appeal by the comment’s author, received '
          : 'Appeal by the notifier, received ',
      ),
      h('time', { datetime: a.receivedAt }, formatTime(a.receivedAt)),
    ),
    h('div', {}, h('strong', {}, 'Why the decision is wrong: '), `“${a.explanation}”`),
    h('div', {}, h('strong', {}, 'Decision under appeal: '), appealedLine(a)),
    a.status === 'decided' ? h('div', {}, h('span', { class: 'badge' }, 'Appeal decided')) : null,
  );
}

/** Keep or reverse the decision, each opening its form; then the comment's history. */
export function appealActions(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = itemKey(item);
  const closed = ui.busy || item.appeal?.status !== 'received';
  const toggle = (form: 'uphold' | 'reverse') =>
    h(
      'button',
      {
        type: 'button',
        disabled: closed,
        'aria-expanded': ui.form === form ? 'true' : 'false',
        onclick: () => on.openForm(id, ui.form === form ? null : form),
      },
      form === 'uphold' ? 'Keep decision' : 'Reverse decision',
    );
  return h('div', { class: 'actions' }, toggle('uphold'), toggle('reverse'), historyButton(id, ui, on));
}

/** The note is required and is the answer the appellant reads (Art. 20(5)): the form says so. */
export function appealForm(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = itemKey(item);
  const noteId = uid('appeal-note');
  const hintId = uid('appeal-hint');
  const reverse = ui.form === 'reverse';
  const restores = item.appeal?.appellant === 'author';
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': reverse ? 'Reverse the decision under appeal' : 'Keep the decision under appeal',
      onsubmit: (e) => {
        e.preventDefault();
        on.submitAppeal(id);
      },
    },
    h('label', { for: noteId }, 'Answer to the person who appealed'),
    h(
      'textarea',
      {
        id: noteId,
        name: 'note',
        rows: 3,
        required: true,
        maxlength: 2000,
        'aria-describedby': hintId,
        oninput: (e) => on.draft(id, { note: (e.target as HTMLTextAreaElement).value }),
      },
      // A textarea's text is its child, not a value attribute: the draft survives a re-render this way.
      ui.note,
    ),
    h(
      'p',
      { id: hintId, class: 'muted' },
      `Required. The ${restores ? 'author' : 'notifier'} reads this note as the reasoned answer to their appeal.`,
      reverse ? (restores ? ' Reversing publishes the comment.' : ' Reversing removes the comment.') : '',
    ),
    h(
      'button',
      {
        type: 'submit',
        class: reverse ? 'danger' : undefined,
        disabled: ui.busy || item.appeal?.status !== 'received',
      },
      reverse ? 'Confirm reversal' : 'Confirm keeping the decision',
    ),
    h('button', { type: 'button', onclick: () => on.openForm(id, null) }, 'Cancel'),
  );
}
