/**
 * The parts of a card in the notices queue: the notice of illegal content (category, the notifier's
 * explanation and cited law, when it came, whether it is anonymous) and its two decisions, remove or
 * keep, each asking for a ground. Text from the API goes in as text nodes, as everywhere in the console.
 */
import { NOTICE_CATEGORY_WORDS } from '../../shared/domain/notice-categories';
import type { ModeratorNotice, QueueItem } from './api';
import { historyButton, type CardHandlers, type CardUi } from './card';
import { itemKey } from './state';
import { formatTime, h } from './dom';

/** Who sent the notice, as far as moderators may know: a name, and whether it counts as anonymous. */
export function notifierLine(n: Pick<ModeratorNotice, 'anonymous' | 'notifierName'>): string {
  if (!n.anonymous) return `From ${n.notifierName ?? 'a named notifier'} (name and e-mail given)`;
  return n.notifierName
    ? `Anonymous: name only (${n.notifierName}), no e-mail`
    : 'Anonymous: no name and e-mail given';
}

/** Lines in divs, not paragraphs: the section needs no spacing rules of its own in console.css. */
export function noticeSection(n: ModeratorNotice): HTMLElement {
  return h(
    'div',
    { class: 'notice-info', role: 'group', 'aria-label': 'Notice of illegal content' },
    h(
      'div',
      {},
      h('strong', {}, `Notice of ${NOTICE_CATEGORY_WORDS[n.category]}, received `),
      h('time', { datetime: n.receivedAt }, formatTime(n.receivedAt)),
    ),
    h('div', {}, h('strong', {}, 'Why illegal: '), `“${n.explanation}”`),
    h('div', {}, h('strong', {}, 'Law or ground cited: '), n.lawOrGround ?? 'none given'),
    h('div', {}, n.anonymous ? h('em', {}, notifierLine(n)) : notifierLine(n)),
    n.status === 'decided' ? h('div', {}, h('span', { class: 'badge' }, 'Notice decided')) : null,
  );
}

/** Remove (rejects the comment) or keep, each opening its form; then the comment's history. */
export function noticeActions(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = itemKey(item);
  const closed = ui.busy || item.notice?.status !== 'received';
  const toggle = (form: 'remove' | 'keep') =>
    h(
      'button',
      {
        type: 'button',
        // Neither decision is the default one: keep is not styled as the primary action.
        class: form === 'remove' ? 'reject' : undefined,
        disabled: closed,
        'aria-expanded': ui.form === form ? 'true' : 'false',
        onclick: () => on.openForm(id, ui.form === form ? null : form),
      },
      form === 'remove' ? 'Remove comment' : 'Keep comment',
    );
  return h('div', { class: 'actions' }, toggle('remove'), toggle('keep'), historyButton(id, ui, on));
}
