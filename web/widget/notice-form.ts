/**
 * The "Report illegal content" form under a comment: what kind of illegal content, why (with a live
 * count), the law or ground if known, an optional name and e-mail, and the good-faith statement the
 * law asks for. Errors show beside the form and on their fields, as in the post form, and nothing typed
 * is lost until the server has accepted the notice.
 */
import type { PublicComment } from './api';
import { h, uid } from './dom';
import { field, liveCount, wireSubmit, type Field, type SubmitOutcome } from './form';
import { NOTICE_CATEGORY_OPTIONS, NOTICE_LIMITS, checkNotice, type NoticeDraft } from './notice';

type Key = keyof NoticeDraft;

/** The form; `submit` sends the draft, `close` is called on Cancel or Escape. */
export function noticeForm(
  c: PublicComment,
  submit: (draft: NoticeDraft) => Promise<SubmitOutcome>,
  close: () => void,
): HTMLFormElement {
  const select = h('select', { required: true }, h('option', { value: '' }, 'Choose one'));
  for (const [value, label] of NOTICE_CATEGORY_OPTIONS) select.append(h('option', { value }, label));
  const counter = h('span', { class: 'counter', id: uid('count') });
  const text = (attrs: Record<string, string>) => h('input', { type: 'text', ...attrs });
  const why = h('p', { class: 'hint', id: uid('why') }, IDENTITY_HINT);
  const fields: Record<Key, Field> = {
    category: field('category', 'What kind of illegal content is it?', select),
    explanation: field(
      'explanation',
      `Why do you think it is illegal? (at least ${NOTICE_LIMITS.explanationMin} characters)`,
      h('textarea', { rows: '4', required: true, 'aria-describedby': counter.id }),
      counter,
    ),
    lawOrGround: field(
      'lawOrGround',
      'Law or legal ground, if you know it (optional)',
      text({ maxlength: String(NOTICE_LIMITS.lawOrGround) }),
    ),
    notifierName: field(
      'notifierName',
      'Your name (optional)',
      text({ autocomplete: 'name', 'aria-describedby': why.id }),
    ),
    notifierEmail: field(
      'notifierEmail',
      'Your e-mail (optional)',
      h('input', { type: 'email', autocomplete: 'email', 'aria-describedby': why.id }),
    ),
    goodFaith: field('goodFaith', GOOD_FAITH, h('input', { type: 'checkbox', required: true })),
  };
  liveCount(fields.explanation.input, counter, NOTICE_LIMITS.explanation);
  const error = h('div', { class: 'error', role: 'alert' });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send report');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  cancel.addEventListener('click', close);
  const form = h(
    'form',
    { class: 'notice', novalidate: true, 'aria-label': `Report illegal content by ${c.authorName}` },
    h(
      'p',
      { class: 'hint' },
      'For content you believe breaks the law. For rudeness, spam or off-topic comments, use “Report”.',
    ),
    fields.category.wrap,
    fields.explanation.wrap,
    fields.lawOrGround.wrap,
    why,
    h('div', { class: 'row' }, fields.notifierName.wrap, fields.notifierEmail.wrap),
    fields.goodFaith.wrap,
    error,
    h('div', { class: 'actions' }, send, cancel),
  );
  const draft = (): NoticeDraft => ({
    category: select.value,
    explanation: fields.explanation.input.value,
    lawOrGround: fields.lawOrGround.input.value,
    notifierName: fields.notifierName.input.value,
    notifierEmail: fields.notifierEmail.input.value,
    goodFaith: (fields.goodFaith.input as HTMLInputElement).checked,
  });
  // On success the caller replaces the form with the receipt.
  wireSubmit(form, {
    send,
    error,
    fields,
    draft,
    check: checkNotice,
    checkMessage: 'Please check the highlighted fields.',
    submit,
    close,
  });
  return form;
}

const IDENTITY_HINT =
  'Your name and e-mail are optional: you may report anonymously. The law asks for them so that the ' +
  'site can treat your report as a formal notice. They are never published, and no e-mail is sent: you ' +
  'follow the outcome here, in this browser.';

/** The statement of Art. 16(2)(d) of the Digital Services Act. */
const GOOD_FAITH =
  'I confirm that I believe, in good faith, that the information and allegations in this report are ' +
  'accurate and complete.';
