/**
 * The post form, for a new comment or a reply: name, optional e-mail, the comment with a live character
 * count, and a honeypot field people never see. Errors appear beside the form and on their fields; the
 * reader's text is only cleared once the server has accepted it.
 */
import type { FieldProblem } from './api';
import { h, uid } from './dom';
import { charCount } from './format';
import { LIMITS, checkDraft, type Draft } from './state';

export interface CommentFormOptions {
  /** Set for a reply. */
  readonly parentId?: string;
  /** The name of the author replied to, for the labels. */
  readonly replyingTo?: string;
  readonly initialName: string;
  /** Sends the draft; resolves when accepted, rejects with field problems or a message otherwise. */
  readonly submit: (draft: Draft) => Promise<SubmitOutcome>;
  readonly cancel?: () => void;
}

export type SubmitOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly message: string;
      readonly fields: readonly FieldProblem[];
      readonly final?: boolean;
    };

interface Field {
  readonly input: HTMLInputElement | HTMLTextAreaElement;
  readonly error: HTMLElement;
}

export class CommentForm {
  readonly element: HTMLFormElement;
  private readonly fields: Record<'authorName' | 'authorEmail' | 'body', Field>;
  private readonly website: HTMLInputElement;
  private readonly counter: HTMLElement;
  private readonly error: HTMLElement;
  private readonly button: HTMLButtonElement;
  private busy = false;

  constructor(private readonly options: CommentFormOptions) {
    const reply = options.parentId !== undefined;
    const name = this.field(
      'authorName',
      'Name',
      h('input', { type: 'text', autocomplete: 'name', required: true }),
    );
    (name.input as HTMLInputElement).value = options.initialName;
    const emailHint = h('span', { class: 'hint', id: uid('hint') }, 'Optional. Never shown.');
    const email = this.field(
      'authorEmail',
      'E-mail',
      h('input', { type: 'email', autocomplete: 'email', 'aria-describedby': emailHint.id }),
      emailHint,
    );
    this.counter = h('span', { class: 'counter', id: uid('count') });
    const body = this.field(
      'body',
      reply ? `Reply to ${options.replyingTo ?? 'comment'}` : 'Comment',
      h('textarea', { rows: '5', required: true, 'aria-describedby': this.counter.id }),
      this.counter,
    );
    this.fields = { authorName: name, authorEmail: email, body };
    // Hidden from people and assistive technology, so only bots fill it in (the server drops such posts).
    this.website = h('input', { type: 'text', name: 'website', tabindex: '-1', autocomplete: 'off' });
    const trap = h('div', { class: 'trap', 'aria-hidden': 'true' }, h('label', {}, 'Website', this.website));
    this.error = h('div', { class: 'error', role: 'alert' });
    this.button = h('button', { type: 'submit', class: 'primary' }, reply ? 'Post reply' : 'Post comment');
    const actions = h('div', { class: 'actions' }, this.button);
    if (options.cancel) {
      const cancel = h('button', { type: 'button' }, 'Cancel');
      cancel.addEventListener('click', () => options.cancel?.());
      actions.append(cancel);
    }
    this.element = h(
      'form',
      {
        novalidate: true,
        'aria-label': reply ? `Reply to ${options.replyingTo ?? 'comment'}` : 'Post a comment',
      },
      h('div', { class: 'row' }, name.wrap, email.wrap),
      body.wrap,
      trap,
      this.error,
      actions,
    );
    body.input.addEventListener('input', () => this.updateCounter());
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    // Ctrl/Cmd+Enter in the text posts, as in most comment boxes.
    body.input.addEventListener('keydown', (event) => {
      if (!(event instanceof KeyboardEvent)) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.send();
      }
    });
    this.updateCounter();
  }

  focus(): void {
    const target = this.fields.authorName.input.value ? this.fields.body.input : this.fields.authorName.input;
    target.focus();
  }

  /** Empties the name and e-mail fields: the reader asked this browser to forget them. */
  forgetIdentity(): void {
    this.fields.authorName.input.value = '';
    this.fields.authorEmail.input.value = '';
  }

  /** Turns the form off for good (comments closed, author banned), keeping what was typed. */
  disable(message: string): void {
    for (const el of this.element.querySelectorAll('input, textarea, button'))
      (el as HTMLInputElement).disabled = true;
    this.error.textContent = message;
  }

  private field(
    key: string,
    label: string,
    input: HTMLInputElement | HTMLTextAreaElement,
    extra?: HTMLElement,
  ): Field & { wrap: HTMLElement } {
    input.id = uid(key);
    input.name = key;
    const error = h('span', { class: 'field-error', id: uid('err') });
    input.setAttribute(
      'aria-describedby',
      [input.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '),
    );
    const wrap = h('div', { class: 'field' }, h('label', { for: input.id }, label), input, extra, error);
    return { input, error, wrap };
  }

  private updateCounter(): void {
    const n = charCount(this.fields.body.input.value);
    this.counter.textContent = `${n.toLocaleString('en')} / ${LIMITS.body.toLocaleString('en')} characters`;
    this.counter.classList.toggle('over', n > LIMITS.body);
  }

  private draft(): Draft {
    return {
      authorName: this.fields.authorName.input.value,
      authorEmail: this.fields.authorEmail.input.value,
      body: this.fields.body.input.value,
      website: this.website.value,
      ...(this.options.parentId === undefined ? {} : { parentId: this.options.parentId }),
    };
  }

  private showProblems(message: string, problems: readonly FieldProblem[]): void {
    this.error.textContent = message;
    let first: HTMLElement | null = null;
    for (const [key, f] of Object.entries(this.fields)) {
      const problem = problems.find((p) => p.field === key);
      f.error.textContent = problem?.message ?? '';
      if (problem) f.input.setAttribute('aria-invalid', 'true');
      else f.input.removeAttribute('aria-invalid');
      if (problem && !first) first = f.input;
    }
    first?.focus();
  }

  private async send(): Promise<void> {
    if (this.busy) return;
    const draft = this.draft();
    const problems = checkDraft(draft);
    if (problems.length) return this.showProblems('Please check the highlighted fields.', problems);
    this.busy = true;
    this.button.disabled = true;
    this.element.setAttribute('aria-busy', 'true');
    try {
      const outcome = await this.options.submit(draft);
      if (outcome.ok) {
        this.showProblems('', []);
        this.fields.body.input.value = '';
        this.updateCounter();
      } else {
        this.showProblems(outcome.message, outcome.fields);
        if (outcome.final) this.disable(outcome.message);
      }
    } finally {
      this.busy = false;
      if (!this.element.querySelector('textarea')?.disabled) this.button.disabled = false;
      this.element.removeAttribute('aria-busy');
    }
  }
}
