/**
 * "Your data": a disclosure below "Your comments", shown while this browser holds at least one author
 * token (any article of the site), to download what the reader wrote, erase all of it on the server, or
 * make this browser forget it. Erasing and forgetting ask first, in the page: the question and what it
 * means replace the buttons, focus moves to it, and back to the button on "Cancel" or Escape.
 */
import { h, keepFocus, uid } from './dom';
import { commentsLabel } from './format';

export interface DataActions {
  /** Each resolves with an error message, or null when done (the widget says what happened). */
  download(): Promise<string | null>;
  erase(): Promise<string | null>;
  forget(): Promise<string | null>;
}

const ERASE_TEXT =
  'Every comment posted from this browser is erased on the server: its text, your name and e-mail. ' +
  'Replies by others stay, under a placeholder. This cannot be undone; copies in backups expire within 35 days.';
const FORGET_TEXT =
  'This browser forgets your comments, your name and your reports. Your comments stay published, ' +
  'but you can then no longer edit or delete them from here.';

export class DataPanel {
  readonly element: HTMLDetailsElement;
  private readonly held: HTMLParagraphElement;
  private readonly error: HTMLElement;
  private readonly tools: HTMLElement;
  private step: HTMLElement | null = null;

  constructor(private readonly actions: DataActions) {
    this.held = h('p', {});
    this.error = h('div', { class: 'error', role: 'alert' });
    const download = h('button', { type: 'button' }, 'Download my data');
    download.addEventListener('click', () => void this.run(() => this.actions.download(), download));
    const erase = this.asking('Erase everything I wrote', ERASE_TEXT, 'Yes, erase everything', () =>
      this.actions.erase(),
    );
    const forget = this.asking('Forget this browser', FORGET_TEXT, 'Yes, forget this browser', () =>
      this.actions.forget(),
    );
    this.tools = h('div', { class: 'actions' }, download, erase, forget);
    this.element = h(
      'details',
      // Named for assistive technology, which exposes a disclosure as a group (its summary does not name it).
      { class: 'own data', hidden: true, 'aria-label': 'Your data' },
      h('summary', {}, 'Your data'),
      this.held,
      this.tools,
      this.error,
    );
  }

  /** Says how many comments this browser holds the keys to; hidden (and closed) when none. */
  update(count: number): void {
    this.element.hidden = count === 0;
    if (count === 0) {
      this.element.open = false;
      this.closeStep(false);
    }
    this.held.textContent = `This browser keeps the keys to ${commentsLabel(count)} you posted on this site, on any article. With them you can download or erase what you wrote.`;
  }

  /** A button that asks before it acts. */
  private asking(
    label: string,
    explanation: string,
    yes: string,
    act: () => Promise<string | null>,
  ): HTMLButtonElement {
    const button = h('button', { type: 'button' }, label);
    button.addEventListener('click', () => this.ask(button, `${label}?`, explanation, yes, act));
    return button;
  }

  private ask(
    from: HTMLButtonElement,
    question: string,
    explanation: string,
    yes: string,
    act: () => Promise<string | null>,
  ): void {
    const title = h('p', { class: 'question', id: uid('ask') }, question);
    const text = h('p', { id: uid('why') }, explanation);
    const confirm = h('button', { type: 'button', class: 'primary' }, yes);
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const step = h(
      'div',
      { role: 'group', class: 'ask', 'aria-labelledby': title.id, 'aria-describedby': text.id },
      title,
      text,
      h('div', { class: 'actions' }, confirm, cancel),
    );
    const back = () => {
      this.closeStep(true);
      from.focus();
    };
    cancel.addEventListener('click', back);
    step.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !confirm.disabled) back();
    });
    confirm.addEventListener('click', () => void this.run(act, confirm));
    this.error.textContent = '';
    this.tools.replaceWith(step);
    this.step = step;
    // The safe choice first: a second Enter does not erase.
    cancel.focus();
  }

  private closeStep(clearError: boolean): void {
    this.step?.replaceWith(this.tools);
    this.step = null;
    if (clearError) this.error.textContent = '';
  }

  /**
   * Runs an action with every button disabled; its error stays in the panel. Disabling `from`, the button
   * the reader used, dropped the keyboard to the top of the page: it goes back there when the action is
   * done, unless the action put it elsewhere (an erased browser's panel is gone: the heading).
   */
  private async run(act: () => Promise<string | null>, from: HTMLButtonElement): Promise<void> {
    this.error.textContent = '';
    const restoreFocus = keepFocus(from);
    this.setBusy(true);
    const message = await act();
    this.setBusy(false);
    if (message !== null) this.error.textContent = message;
    restoreFocus();
  }

  private setBusy(busy: boolean): void {
    this.element.setAttribute('aria-busy', String(busy));
    for (const button of this.element.querySelectorAll('button')) button.disabled = busy;
  }
}
