/**
 * The post form, for a new comment or a reply: name, optional e-mail, the comment with a live character
 * count, and a honeypot field people never see. Errors appear beside the form and on their fields; the
 * reader's text is only cleared once the server has accepted it. The field, error and counter helpers
 * serve the notice form too.
 */
import type { FieldProblem } from './api';
import { h, keepFocus, uid } from './dom';
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

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A labelled control with its own error line (also used by the notice form). */
export interface Field {
  readonly input: Control;
  readonly error: HTMLElement;
  readonly wrap: HTMLElement;
}

/**
 * Wires a control to its label and error line under the API's field name `key`; `extra` (a hint, a
 * counter) goes between the control and the error. A checkbox comes before its label.
 */
export function field(key: string, label: string, input: Control, extra?: HTMLElement): Field {
  input.id = uid(key);
  input.name = key;
  const error = h('span', { class: 'field-error', id: uid('err') });
  input.setAttribute(
    'aria-describedby',
    [input.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '),
  );
  const text = h('label', { for: input.id }, label);
  const check = input instanceof HTMLInputElement && input.type === 'checkbox';
  const wrap = check
    ? h('div', { class: 'field check' }, h('div', {}, input, text), extra, error)
    : h('div', { class: 'field' }, text, input, extra, error);
  return { input, error, wrap };
}

/** Shows a form's message and each field's problem (by API field name), and focuses the first one. */
export function showProblems(
  formError: HTMLElement,
  fields: Readonly<Record<string, Field>>,
  message: string,
  problems: readonly FieldProblem[],
): void {
  formError.textContent = message;
  let first: Control | null = null;
  for (const [key, f] of Object.entries(fields)) {
    const problem = problems.find((p) => p.field === key);
    f.error.textContent = problem?.message ?? '';
    if (problem) f.input.setAttribute('aria-invalid', 'true');
    else f.input.removeAttribute('aria-invalid');
    if (problem && !first) first = f.input;
  }
  first?.focus();
}

/** How a small form (a notice, an appeal) is checked and sent: see `wireSubmit`. */
export interface SubmitWiring<D> {
  readonly send: HTMLButtonElement;
  readonly error: HTMLElement;
  readonly fields: Readonly<Record<string, Field>>;
  readonly draft: () => D;
  readonly check: (draft: D) => readonly FieldProblem[];
  /** The form's message when the check finds problems. */
  readonly checkMessage: string;
  readonly submit: (draft: D) => Promise<SubmitOutcome>;
  /** Cancel or Escape. */
  readonly close: () => void;
  /** After the server accepted it; `root` is the form's root, taken before sending (the caller may have removed the form). */
  readonly accepted?: (root: ParentNode) => void;
}

/**
 * Checks the draft here first (problems beside their fields), then sends it with the button disabled and
 * the form busy; a refusal shows beside the fields with everything typed kept. Escape closes the form.
 */
export function wireSubmit<D>(form: HTMLFormElement, w: SubmitWiring<D>): void {
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') w.close();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (w.send.disabled) return;
    const d = w.draft();
    const problems = w.check(d);
    if (problems.length) return showProblems(w.error, w.fields, w.checkMessage, problems);
    const restoreFocus = keepFocus(w.send);
    w.send.disabled = true;
    form.setAttribute('aria-busy', 'true');
    const root = form.getRootNode() as ParentNode;
    void w.submit(d).then((outcome) => {
      w.send.disabled = false;
      form.removeAttribute('aria-busy');
      if (!outcome.ok) showProblems(w.error, w.fields, outcome.message, outcome.fields);
      else w.accepted?.(root);
      restoreFocus();
    });
  });
}

/** Keeps a "12 / 5,000 characters" line in step with a text field, flagged when over the limit. */
export function liveCount(input: Control, counter: HTMLElement, limit: number): () => void {
  const update = () => {
    const n = charCount(input.value);
    counter.textContent = `${n.toLocaleString('en')} / ${limit.toLocaleString('en')} characters`;
    counter.classList.toggle('over', n > limit);
  };
  input.addEventListener('input', update);
  update();
  return update;
}

export class CommentForm {
  readonly element: HTMLFormElement;
  private readonly fields: Record<'authorName' | 'authorEmail' | 'body', Field>;
  private readonly updateCounter: () => void;
  private readonly website: HTMLInputElement;
  private readonly counter: HTMLElement;
  private readonly error: HTMLElement;
  private readonly button: HTMLButtonElement;
  private busy = false;
  private stopped = false;

  constructor(private readonly options: CommentFormOptions) {
    const reply = options.parentId !== undefined;
    const name = field(
      'authorName',
      'Name',
      h('input', { type: 'text', autocomplete: 'name', required: true }),
    );
    (name.input as HTMLInputElement).value = options.initialName;
    const emailHint = h('span', { class: 'hint', id: uid('hint') }, 'Optional. Never shown.');
    const email = field(
      'authorEmail',
      'E-mail',
      h('input', { type: 'email', autocomplete: 'email', 'aria-describedby': emailHint.id }),
      emailHint,
    );
    this.counter = h('span', { class: 'counter', id: uid('count') });
    const body = field(
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
        class: reply ? 'reply' : undefined,
        'aria-label': reply ? `Reply to ${options.replyingTo ?? 'comment'}` : 'Post a comment',
      },
      h('div', { class: 'row' }, name.wrap, email.wrap),
      body.wrap,
      trap,
      this.error,
      actions,
    );
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
    this.updateCounter = liveCount(body.input, this.counter, LIMITS.body);
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

  /**
   * Refused for good (comments closed, author banned): the form sends nothing more, its sentence says why.
   * The fields stay editable, so the reader can still change, select and copy what they wrote.
   */
  private stop(): void {
    this.stopped = true;
    this.button.disabled = true;
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

  private async send(): Promise<void> {
    if (this.busy || this.stopped) return;
    const draft = this.draft();
    const problems = checkDraft(draft);
    if (problems.length)
      return showProblems(this.error, this.fields, 'Please check the highlighted fields.', problems);
    this.busy = true;
    const restoreFocus = keepFocus(this.button);
    this.button.disabled = true;
    this.element.setAttribute('aria-busy', 'true');
    try {
      const outcome = await this.options.submit(draft);
      if (outcome.ok) {
        showProblems(this.error, this.fields, '', []);
        this.fields.body.input.value = '';
        this.updateCounter();
      } else {
        showProblems(this.error, this.fields, outcome.message, outcome.fields);
        if (outcome.final) this.stop();
      }
    } finally {
      this.busy = false;
      if (!this.stopped) this.button.disabled = false;
      this.element.removeAttribute('aria-busy');
      // Back on the button; on a form that cannot be sent any more, on the sentence that says why.
      restoreFocus(this.stopped ? this.error : null);
    }
  }
}
