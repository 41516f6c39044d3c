/**
 * The reader's notices of illegal content: the form under a comment, the receipt, and "Your reports",
 * where each notice this browser sent on the article shows its state (received, or decided with the
 * ground), looked up with its notice token on load and polled as own comments are; under its heading, the
 * notifier's warning or running suspension for repeat abuse (EU DSA Art. 23), as the notices answer it.
 */
import { AccountBlock } from './account-view';
import { ApiError, asApiError, type ParleyApi, type PublicComment } from './api';
import { appealOutcome, sendAppeal } from './appeal';
import { appealBlock } from './appeal-form';
import { h, uid } from './dom';
import type { SubmitOutcome } from './form';
import { errorText, fullTime } from './format';
import { categoryLabel, noticeOpen, noticeState, toNoticeInput, type NoticeDraft } from './notice';
import { noticeStatus, sendNotice, type NoticeView } from './notice-api';
import { noticeForm } from './notice-form';
import { pollBounded } from './state';
import type { NoticeRecord, ReaderStore } from './store';

export interface NoticeDeskOptions {
  readonly api: ParleyApi;
  readonly store: ReaderStore;
  readonly articleId: string;
  /** False once the widget left the page: polling stops. */
  readonly alive: () => boolean;
}

/** The view of a notice before (or without) an answer from the server. */
const fromRecord = (r: NoticeRecord): NoticeView => ({
  id: r.id,
  commentId: r.commentId,
  category: r.category,
  status: 'received',
  receivedAt: r.receivedAt,
  decision: null,
  appeal: null,
  account: null,
});

export class NoticeDesk {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly items = new Map<string, HTMLLIElement>();
  private readonly account = new AccountBlock('notifier');

  constructor(private readonly o: NoticeDeskOptions) {
    const heading = h('h3', { id: uid('notices') }, 'Your reports of illegal content');
    this.list = h('ol', {});
    this.element = h(
      'section',
      { class: 'notices', 'aria-labelledby': heading.id, hidden: true },
      heading,
      this.account.element,
      this.list,
    );
  }

  /** Shows this browser's notices on the article and asks how each stands. */
  async start(): Promise<void> {
    const mine = this.o.store.notices(this.o.articleId);
    for (const r of [...mine].reverse()) this.show(r, fromRecord(r));
    await Promise.all(mine.map((r) => this.lookUp(r, 2).catch(() => undefined)));
  }

  /** Opens the form under the comment, or closes it when open. */
  toggle(c: PublicComment, slot: HTMLElement, button: HTMLButtonElement): void {
    const open = slot.querySelector('form.notice');
    const close = () => {
      slot.querySelector('form.notice')?.remove();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    };
    if (open) return close();
    const form = noticeForm(c, (d) => this.send(c, d, form, button), close);
    slot.append(form);
    button.setAttribute('aria-expanded', 'true');
    form.querySelector('select')?.focus();
  }

  /** Forgets every notice shown (the reader cleared this browser). */
  clear(): void {
    this.list.replaceChildren();
    this.items.clear();
    this.account.clear();
    this.element.hidden = true;
  }

  private async send(
    c: PublicComment,
    d: NoticeDraft,
    form: HTMLFormElement,
    button: HTMLButtonElement,
  ): Promise<SubmitOutcome> {
    try {
      const receipt = await sendNotice(this.o.api, c.id, toNoticeInput(d));
      const record: NoticeRecord = {
        id: receipt.id,
        commentId: c.id,
        articleId: this.o.articleId,
        token: receipt.token,
        receivedAt: receipt.receivedAt,
        category: d.category,
        about: c.authorName,
      };
      this.o.store.rememberNotice(record);
      this.show(record, fromRecord(record));
      reported(button);
      const receiptLine = h(
        'p',
        { class: 'status receipt', role: 'status', tabindex: '-1' },
        `Thank you. Your report ${receipt.id} was received on ${fullTime(receipt.receivedAt)}. `,
        'This browser keeps its key: see “Your reports of illegal content” for the decision.',
      );
      form.replaceWith(receiptLine);
      receiptLine.focus();
      this.poll(record, 0);
      return { ok: true };
    } catch (e) {
      const error = asApiError(e);
      // A suspended notifier: the sentence in the form, the statement beside "Your reports".
      const suspended = this.account.refusal(error);
      if (suspended) this.element.hidden = false;
      const message =
        error.code === 'comment_not_found'
          ? 'This comment is no longer published, so there is nothing left to report.'
          : (suspended ?? errorText(error));
      return { ok: false, message, fields: error.fields };
    }
  }

  /** Asks how a notice stands; forgets it when its token no longer opens it. Answers whether it is open. */
  private async lookUp(r: NoticeRecord, pollFrom: number): Promise<boolean> {
    try {
      const view = await noticeStatus(this.o.api, r.id, r.token);
      this.show(r, view);
      if (noticeOpen(view) && pollFrom >= 0) this.poll(r, pollFrom);
      return noticeOpen(view);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
        this.o.store.forgetNotice(r.id);
        this.drop(r.id);
        return false;
      }
      throw e;
    }
  }

  private poll(r: NoticeRecord, attempt: number): void {
    pollBounded(
      attempt,
      () => this.o.alive() && this.items.has(r.id),
      () => this.lookUp(r, -1),
    );
  }

  private show(r: NoticeRecord, v: NoticeView): void {
    const state = noticeState(v);
    const item = h(
      'li',
      { class: 'comment', 'data-notice-id': r.id, 'data-status': v.status },
      h(
        'div',
        {},
        h('span', { class: 'author' }, categoryLabel(r.category)),
        ' ',
        h('span', { class: `badge ${state.tone}` }, state.label),
      ),
      h('p', { class: 'meta' }, `About a comment by ${r.about}`),
      ...state.lines.map((line) => h('p', {}, line)),
      // Only a notice decided `keep` leaves the notifier something to appeal (a removal is the author's).
      v.decision?.action === 'keep' &&
        appealBlock({
          key: r.id,
          appeal: v.appeal,
          appealUntil: v.decision.appealUntil,
          restored: 'comment removed',
          subject: 'your report',
          submit: (text) =>
            appealOutcome(
              () => sendAppeal(this.o.api, { noticeId: r.id, noticeToken: r.token }, text),
              (appeal) => {
                this.show(r, { ...v, appeal });
                this.poll(r, 0);
              },
            ),
        }),
    );
    const old = this.items.get(r.id);
    if (old) old.replaceWith(item);
    else this.list.prepend(item);
    this.items.set(r.id, item);
    this.account.set(r.id, v.account);
    this.element.hidden = false;
  }

  private drop(id: string): void {
    this.items.get(id)?.remove();
    this.items.delete(id);
    this.account.set(id, null);
    this.element.hidden = this.items.size === 0;
  }
}

/** The comment's button once this browser reported it. */
export function reported(button: HTMLButtonElement): void {
  button.textContent = 'Reported as illegal';
  button.disabled = true;
  button.setAttribute('aria-expanded', 'false');
  // The name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
  button.setAttribute('aria-label', 'Reported as illegal: you reported this comment as illegal content');
}
