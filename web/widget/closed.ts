/**
 * An article a moderator closed: the post form gives way to a sentence saying so, and the reply buttons,
 * open reply forms and Edit buttons go (a closed article takes no edits), while the comments are still listed, paged and can be reported. The widget
 * learns it from the listing's `closed`, or from a post refused with `comments_closed` after the page
 * loaded (closed meanwhile). It is one way: a thread reopened meanwhile shows its form on the next visit.
 */
import { h } from './dom';

export class ClosedThread {
  /** Stands where the post form stood; hidden while the article is open. */
  readonly note: HTMLParagraphElement;
  private closed = false;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly threads: HTMLElement,
    /** What else closes with the thread (the Edit buttons of the reader's own comments). */
    private readonly alsoClose: () => void = () => {},
  ) {
    this.note = h('p', { class: 'closed', hidden: true }, 'Comments are closed on this article.');
  }

  /** Whether comments may still be posted (replies included), as far as the widget knows. */
  get open(): boolean {
    return !this.closed;
  }

  /**
   * Switches to the closed state. `refused`, the form whose post was just refused, stays as it is:
   * turned off with its sentence saying why, the text kept and the keyboard's place in it.
   */
  close(refused?: HTMLFormElement): void {
    if (this.closed) return;
    this.closed = true;
    if (refused !== this.form) {
      // A reader may have started typing before the first page said the article is closed.
      const focused = this.form.matches(':focus-within');
      this.form.hidden = true;
      this.note.hidden = false;
      if (focused) {
        this.note.tabIndex = -1;
        this.note.focus();
      }
    }
    for (const button of this.threads.querySelectorAll('button.reply')) button.remove();
    for (const form of this.threads.querySelectorAll('form.reply')) if (form !== refused) form.remove();
    this.alsoClose();
  }
}
