/**
 * One published comment as readers see it: author and time as text, the body from `bodyHtml` through
 * `safeBody`, and its tools (reply, report, report illegal content). The report form lives here too; the
 * notice form is opened by the widget (notices.ts).
 */
import { asApiError, type ParleyApi, type PublicComment } from './api';
import { h, keepFocus, safeBody, uid } from './dom';
import { FLAG_REASONS, errorText, fullTime, timeLabel } from './format';
import type { ReaderStore } from './store';
import { reported } from './notices';

export interface CommentActions {
  /** False once the article is closed: no reply button. */
  canReply(): boolean;
  /** Opens (or closes) the reply form under this comment. */
  reply(comment: PublicComment, slot: HTMLElement, button: HTMLButtonElement): void;
  /** Sends a report; resolves with how it went (see `FlagResult`). */
  flag(comment: PublicComment, reason: string, note: string): Promise<FlagResult>;
  /** Opens (or closes) the notice of illegal content form under this comment. */
  notice(comment: PublicComment, slot: HTMLElement, button: HTMLButtonElement): void;
  isOwn(commentId: string): boolean;
  hasFlagged(commentId: string): boolean;
  hasNoticed(commentId: string): boolean;
}

/**
 * A report's fate: `sent`; `already`, the server holds one from this reporter (409 already_flagged: the
 * reader's network, or their sign-in, reported it before, perhaps from another browser); or a problem
 * in words, the form kept open.
 */
export type FlagResult = 'sent' | 'already' | { readonly problem: string };

/** What the reader reads where the report form was. */
const FLAG_SAID = {
  sent: 'Thank you. A moderator will look at this comment.',
  already: 'You have already reported this comment.',
} as const;

/** The header, body and tools of a comment, in an <article> inside a list item. */
export function commentItem(c: PublicComment, actions: CommentActions): HTMLLIElement {
  const slot = h('div', { class: 'slot' });
  // A name in another script keeps its own direction, isolated from the time beside it (`dir="auto"`).
  const heading = h(
    'span',
    { class: 'author', id: uid('by'), dir: 'auto' },
    c.deleted ? 'Deleted comment' : c.authorName,
  );
  const meta = h(
    'span',
    { class: 'meta' },
    ' · ',
    h('time', { datetime: c.createdAt, title: fullTime(c.createdAt) }, timeLabel(c.createdAt)),
    c.editedAt ? ' · edited' : null,
  );
  const own = actions.isOwn(c.id) ? h('span', { class: 'badge ok' }, 'Your comment') : null;
  const body = c.deleted
    ? h('p', { class: 'body deleted' }, 'This comment was deleted by its author.')
    : h('div', { class: 'body', dir: 'auto' }, safeBody(c.bodyHtml));
  const tools = h('div', { class: 'tools' });
  if (!c.deleted) {
    if (actions.canReply()) {
      const reply = h('button', { type: 'button', class: 'link reply', 'aria-expanded': 'false' }, 'Reply');
      reply.setAttribute('aria-label', `Reply to ${c.authorName}`);
      reply.addEventListener('click', () => actions.reply(c, slot, reply));
      tools.append(reply);
    }
    if (!actions.isOwn(c.id)) tools.append(reportButton(c, slot, actions), noticeButton(c, slot, actions));
  }
  const article = h(
    'article',
    { 'aria-labelledby': heading.id },
    h('div', {}, heading, meta, ' ', own),
    body,
    tools,
    slot,
  );
  return h('li', { class: 'comment', 'data-comment-id': c.id }, article);
}

function reportButton(c: PublicComment, slot: HTMLElement, actions: CommentActions): HTMLButtonElement {
  const done = actions.hasFlagged(c.id);
  const button = h(
    'button',
    { type: 'button', class: 'link', 'aria-expanded': 'false', disabled: done },
    done ? 'Reported' : 'Report',
  );
  button.setAttribute('aria-label', done ? `You reported this comment` : `Report comment by ${c.authorName}`);
  button.addEventListener('click', () => {
    const open = slot.querySelector('form.flag');
    if (open) {
      open.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const form = flagForm(c, actions, (result) => {
      form.remove();
      button.setAttribute('aria-expanded', 'false');
      if (result) {
        button.textContent = 'Reported';
        button.disabled = true;
        button.setAttribute('aria-label', 'You reported this comment');
        const thanks = h('p', { class: 'status', role: 'status', tabindex: '-1' }, FLAG_SAID[result]);
        slot.append(thanks);
        // The form and its button are gone, and "Reported" is disabled: the keyboard's place is the thanks.
        thanks.focus();
      } else {
        button.focus();
      }
    });
    slot.append(form);
    button.setAttribute('aria-expanded', 'true');
    form.querySelector('select')?.focus();
  });
  return button;
}

function noticeButton(c: PublicComment, slot: HTMLElement, actions: CommentActions): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'link', 'aria-expanded': 'false' },
    'Report illegal content',
  );
  button.setAttribute('aria-label', `Report illegal content by ${c.authorName}`);
  if (actions.hasNoticed(c.id)) reported(button);
  else button.addEventListener('click', () => actions.notice(c, slot, button));
  return button;
}

function flagForm(
  c: PublicComment,
  actions: CommentActions,
  close: (result: 'sent' | 'already' | null) => void,
): HTMLFormElement {
  const select = h('select', { id: uid('reason'), required: true });
  for (const [value, label] of FLAG_REASONS) select.append(h('option', { value }, label));
  const note = h('textarea', { id: uid('note'), rows: '2', maxlength: '500' });
  const error = h('div', { class: 'error', role: 'alert' });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send report');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  cancel.addEventListener('click', () => close(null));
  const form = h(
    'form',
    { class: 'flag', 'aria-label': `Report comment by ${c.authorName}` },
    h(
      'div',
      { class: 'field' },
      h('label', { for: select.id }, 'Why should a moderator look at it?'),
      select,
    ),
    h('div', { class: 'field' }, h('label', { for: note.id }, 'Note (optional)'), note),
    error,
    h('div', { class: 'actions' }, send, cancel),
  );
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(null);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const restoreFocus = keepFocus(send);
    send.disabled = true;
    void actions.flag(c, select.value, note.value.trim()).then((result) => {
      send.disabled = false;
      if (typeof result === 'string') close(result);
      else {
        error.textContent = result.problem;
        restoreFocus();
      }
    });
  });
  return form;
}

/**
 * Sends a reader's report of a comment. One the server already holds from this reporter is remembered
 * as reported all the same (the server keeps one per reporter), but said apart from a new one.
 */
export async function sendFlag(
  api: Pick<ParleyApi, 'flag'>,
  store: Pick<ReaderStore, 'markFlagged'>,
  c: PublicComment,
  reason: string,
  note: string,
): Promise<FlagResult> {
  let result: FlagResult = 'sent';
  try {
    await api.flag(c.id, reason, note);
  } catch (e) {
    const error = asApiError(e);
    if (error.code !== 'already_flagged') return { problem: errorText(error) };
    result = 'already';
  }
  store.markFlagged(c.id);
  return result;
}
