/**
 * "Ask for a review" (EU DSA Art. 20) under the reader's rejected comment or kept notice: the button
 * while a review can be asked, a small form (the explanation with a live count, errors beside it and the
 * text kept until the server accepts it), and once asked, the appeal's state with the reviewer's answer.
 */
import { h, uid } from './dom';
import { field, liveCount, wireSubmit, type SubmitOutcome } from './form';
import type { AppealView } from './api';
import { APPEAL_LIMITS, appealState, canAppeal, checkAppeal } from './appeal';

export interface AppealBlockOptions {
  /** The comment's or notice's id: where focus goes once the appeal is received. */
  readonly key: string;
  readonly appeal: AppealView | null;
  readonly appealUntil: string;
  /** What a reversal did, for the badge: "comment restored", "comment removed". */
  readonly restored: string;
  /** What is appealed, for the labels: "your comment", "your report". */
  readonly subject: string;
  /** Sends the explanation; on success the caller shows the new state in place of this block. */
  readonly submit: (explanation: string) => Promise<SubmitOutcome>;
}

/** The appeal's state, the button, or nothing (no appeal and the window closed). */
export function appealBlock(o: AppealBlockOptions): HTMLElement | null {
  if (o.appeal) {
    const state = appealState(o.appeal, o.restored);
    return h(
      'div',
      { class: 'appeal', 'data-appeal': o.appeal.status, 'data-appeal-for': o.key, tabindex: '-1' },
      h('span', { class: `badge ${state.tone}` }, state.label),
      ...state.lines.map((line) => h('p', {}, line)),
    );
  }
  if (!canAppeal(null, o.appealUntil)) return null;
  const button = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false' }, 'Ask for a review');
  const block = h('div', { class: 'appeal' }, button);
  button.addEventListener('click', () => {
    const open = block.querySelector('form');
    const close = () => {
      block.querySelector('form')?.remove();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    };
    if (open) return close();
    const form = appealForm(o, close);
    block.append(form);
    button.setAttribute('aria-expanded', 'true');
    form.querySelector('textarea')?.focus();
  });
  return block;
}

function appealForm(o: AppealBlockOptions, close: () => void): HTMLFormElement {
  const counter = h('span', { class: 'counter', id: uid('count') });
  const fields = {
    explanation: field(
      'explanation',
      `Why is this decision wrong? (at least ${APPEAL_LIMITS.min} characters)`,
      h('textarea', { rows: '4', required: true, 'aria-describedby': counter.id }),
      counter,
    ),
  };
  liveCount(fields.explanation.input, counter, APPEAL_LIMITS.max);
  const error = h('div', { class: 'error', role: 'alert' });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send request');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  cancel.addEventListener('click', close);
  const form = h(
    'form',
    { novalidate: true, 'aria-label': `Ask for a review of ${o.subject}` },
    h(
      'p',
      { class: 'hint' },
      'A person will look at the decision again and answer you here, in this browser.',
    ),
    fields.explanation.wrap,
    error,
    h('div', { class: 'actions' }, send, cancel),
  );
  wireSubmit(form, {
    send,
    error,
    fields,
    draft: () => fields.explanation.input.value,
    check: checkAppeal,
    checkMessage: 'Please check the highlighted field.',
    submit: o.submit,
    close,
    // The focused field is gone with the form: the appeal's new state takes the focus.
    accepted: (root) => root.querySelector<HTMLElement>(`[data-appeal-for="${CSS.escape(o.key)}"]`)?.focus(),
  });
  return form;
}
