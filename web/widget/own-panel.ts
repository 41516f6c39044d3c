/**
 * "Your comments": what this browser posted on the article, with each comment's state (awaiting review,
 * published, not published and why), and edit (within the window) and delete, using the author token. The
 * author's warning or running suspension (EU DSA Art. 23), as their comments' views carry it, is said in
 * `account`, which the widget places beside the post form.
 */
import { readAccount } from './account';
import { AccountBlock, statementBlock } from './account-view';
import type { OwnComment } from './api';
import { currentAppeal } from './appeal';
import { appealBlock } from './appeal-form';
import { h, keepFocus, safeBody, uid } from './dom';
import type { SubmitOutcome } from './form';
import { excerpt, fullTime, rejectReasonText, statusBadge, timeLabel } from './format';
import { canEdit, checkBody } from './state';

export interface OwnActions {
  /** Resolves with an error message, or null when done. */
  edit(id: string, body: string): Promise<string | null>;
  remove(id: string): Promise<string | null>;
  /** Asks for a review of the comment's rejection (EU DSA Art. 20). */
  appeal(c: OwnComment, explanation: string): Promise<SubmitOutcome>;
  readonly editWindowMinutes: number;
  /** False once the article is closed: it takes no edits, so no Edit button is offered. */
  editsOpen(): boolean;
  /** Takes the focus when the reader deletes their last comment here and the panel disappears. */
  readonly emptied: HTMLElement;
}

export class OwnPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly items = new Map<string, HTMLLIElement>();
  /**
   * Comments whose editor or delete confirmation is open, and the newest state that arrived meanwhile: a
   * status poll landing then must not re-render the item under the reader (it took the confirmation away
   * between "Delete" and "Yes, delete it"); the state is shown once the reader is done.
   */
  private readonly busy = new Set<string>();
  private readonly later = new Map<string, OwnComment>();
  readonly account = new AccountBlock('author');

  constructor(private readonly actions: OwnActions) {
    const heading = h('h3', { id: uid('own') }, 'Your comments');
    this.list = h('ol', {});
    this.element = h(
      'section',
      { class: 'own', 'aria-labelledby': heading.id, hidden: true },
      heading,
      this.list,
    );
  }

  /**
   * Shows the comment, or its new state in place; while the reader edits or confirms a deletion, only
   * once they are done, unless `replace` (the answer to that very edit).
   */
  show(c: OwnComment, replace = false): void {
    if (!replace && this.busy.has(c.id)) {
      this.later.set(c.id, c);
      return;
    }
    this.busy.delete(c.id);
    this.later.delete(c.id);
    const item = this.render(c);
    const old = this.items.get(c.id);
    if (old) replaceKeepingFocus(old, item);
    // Newest first, however the answers arrive (a page load asks about every kept comment at once).
    else
      this.list.insertBefore(
        item,
        [...this.list.children].find((li) => ((li as HTMLElement).dataset['created'] ?? '') < c.createdAt) ??
          null,
      );
    this.items.set(c.id, item);
    this.account.set(c.id, readAccount(c.account));
    this.element.hidden = false;
  }

  /** The state the comment was last shown in, if it is shown. */
  status(id: string): string | undefined {
    return this.items.get(id)?.dataset['status'];
  }

  /** The comment as this panel last knew it (its thread and status), if it shows it. */
  known(id: string): OwnComment | undefined {
    return this.later.get(id);
  }

  drop(id: string): void {
    this.busy.delete(id);
    this.later.delete(id);
    this.items.get(id)?.remove();
    this.items.delete(id);
    this.account.set(id, null);
    this.element.hidden = this.items.size === 0;
  }

  /** Drops every comment (the reader erased or forgot them all), and what was said of the account. */
  clear(): void {
    for (const id of [...this.items.keys()]) this.drop(id);
    this.account.clear();
  }

  private render(c: OwnComment): HTMLLIElement {
    const badge = statusBadge(c.status);
    const explain = c.status === 'rejected' ? rejectReasonText(c.reason) : c.statusMessage;
    const body = h('div', { class: 'body', dir: 'auto' }, safeBody(c.bodyHtml));
    const tools = h('div', { class: 'tools' });
    const item = h(
      'li',
      { class: 'comment', 'data-own-id': c.id, 'data-status': c.status, 'data-created': c.createdAt },
      h(
        'div',
        {},
        h('span', { class: 'author' }, c.authorName),
        h(
          'span',
          { class: 'meta' },
          ' · ',
          h('time', { datetime: c.createdAt, title: fullTime(c.createdAt) }, timeLabel(c.createdAt)),
        ),
        ' ',
        h('span', { class: `badge ${badge.tone}` }, badge.label),
      ),
      body,
      h('p', { class: 'meta' }, explain),
      c.status === 'rejected' && c.statement !== null && statementBlock(c.statement),
      appealBlock({
        key: c.id,
        appeal: currentAppeal(c),
        // Only a rejection with its statement can be appealed; '' never opens the window.
        appealUntil: (c.status === 'rejected' && c.statement?.appealUntil) || '',
        restored: 'comment restored',
        subject: 'your comment',
        submit: (text) => this.actions.appeal(c, text),
      }),
      tools,
    );
    if (
      c.status !== 'deleted' &&
      this.actions.editsOpen() &&
      canEdit(c.createdAt, new Date(), this.actions.editWindowMinutes)
    ) {
      const edit = h('button', { type: 'button', class: 'link edit' }, 'Edit');
      edit.setAttribute('aria-label', `Edit your comment “${excerpt(c.body)}”`);
      edit.addEventListener('click', () => this.openEditor(c, body, tools));
      tools.append(edit);
    }
    if (c.status !== 'deleted') tools.append(this.deleteButton(c, tools));
    return item;
  }

  /** The article was closed: the Edit buttons go (an editor already open stays, and says why it fails). */
  closeEdits(): void {
    for (const button of this.list.querySelectorAll('button.edit')) button.remove();
  }

  private openEditor(c: OwnComment, body: HTMLElement, tools: HTMLElement): void {
    const text = h('textarea', { id: uid('edit'), rows: '5' });
    text.value = c.body;
    const error = h('div', { class: 'error', role: 'alert' });
    const save = h('button', { type: 'submit', class: 'primary' }, 'Save changes');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h(
      'form',
      { 'aria-label': 'Edit your comment' },
      h('div', { class: 'field' }, h('label', { for: text.id }, 'Edit your comment'), text),
      error,
      h('div', { class: 'actions' }, save, cancel),
    );
    // Cancel or Escape: the comment as it was, the keyboard's place back on its Edit button.
    const close = () => {
      form.replaceWith(body);
      tools.hidden = false;
      this.settle(c.id);
      tools.querySelector<HTMLButtonElement>('button.edit')?.focus();
    };
    cancel.addEventListener('click', close);
    form.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const problem = checkBody(text.value)[0];
      if (problem) {
        error.textContent = problem.message;
        return;
      }
      const restoreFocus = keepFocus(save);
      save.disabled = true;
      void this.actions.edit(c.id, text.value.trim()).then((message) => {
        save.disabled = false;
        if (message !== null) error.textContent = message;
        // On success the controller has called show() with the new state, replacing this item and its
        // form: the keyboard's place is the item as it now reads.
        restoreFocus(message === null ? this.items.get(c.id) : null);
      });
    });
    body.replaceWith(form);
    tools.hidden = true;
    this.busy.add(c.id);
    text.focus();
  }

  /** The reader is done with the item: shows a state that arrived meanwhile, focus kept on `focusLabel`. */
  private settle(id: string, focusLabel?: string): void {
    this.busy.delete(id);
    const c = this.later.get(id);
    if (!c) return;
    this.show(c);
    if (focusLabel === undefined) return;
    const buttons = this.items.get(id)?.querySelectorAll<HTMLButtonElement>('.tools button') ?? [];
    [...buttons].find((b) => b.textContent === focusLabel)?.focus();
  }

  private deleteButton(c: OwnComment, tools: HTMLElement): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'link' }, 'Delete');
    button.setAttribute('aria-label', `Delete your comment “${excerpt(c.body)}”`);
    button.addEventListener('click', () => {
      // A second, explicit step instead of window.confirm, which some embedding pages forbid.
      const confirm = h('button', { type: 'button', class: 'primary' }, 'Yes, delete it');
      const keep = h('button', { type: 'button' }, 'Keep it');
      const error = h('span', { class: 'error', role: 'alert' });
      const ask = h(
        'div',
        { class: 'actions', role: 'group', 'aria-label': 'Delete this comment?' },
        'Delete this comment?',
        confirm,
        keep,
        error,
      );
      keep.addEventListener('click', () => {
        ask.replaceWith(tools);
        button.focus();
        this.settle(c.id, 'Delete');
      });
      confirm.addEventListener('click', () => {
        const restoreFocus = keepFocus(confirm);
        // Items may be replaced meanwhile (a status poll): the place is kept by position, not by element.
        const at = [...this.list.children].indexOf(this.items.get(c.id)!);
        confirm.disabled = true;
        void this.actions.remove(c.id).then((message) => {
          confirm.disabled = false;
          if (message !== null) error.textContent = message;
          // Gone: the comment that took its place, else the one above it, else (the panel is hidden) the
          // widget's heading.
          const kids = this.list.children;
          const next = (kids[at] ?? kids[at - 1] ?? this.actions.emptied) as HTMLElement;
          restoreFocus(message === null ? next : null);
        });
      });
      tools.replaceWith(ask);
      this.busy.add(c.id);
      confirm.focus();
    });
    return button;
  }
}

/**
 * Puts a re-rendered own comment in place of the old one. A keyboard user inside the old one (a status
 * poll landed) keeps their place: on the button of the same name, else on the item.
 */
function replaceKeepingFocus(old: HTMLElement, item: HTMLElement): void {
  const root = old.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement;
  const inside = focused instanceof HTMLElement && old.contains(focused);
  old.replaceWith(item);
  if (!inside) return;
  const same = [...item.querySelectorAll('button')].find((b) => b.textContent === focused.textContent);
  const target = same ?? item;
  if (!same) item.tabIndex = -1;
  target.focus();
}
