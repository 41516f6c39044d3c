/**
 * The reader widget: the count, the post form, the reader's own comments with their state, their data
 * (download, erase, forget), the reader's notices of illegal content, and the published threads with
 * replies and "load more". Built inside a shadow root; talks to the API through `ParleyApi` and remembers author tokens through `ReaderStore`.
 */
import { asApiError, type OwnComment, type ParleyApi, type PublicComment } from './api';
import { ClosedThread } from './closed';
import { sendFlag, type CommentActions } from './comment-view';
import { DataPanel } from './data-panel';
import { appendItems, h, keepFocus, saveJson, uid } from './dom';
import { CommentForm, type SubmitOutcome } from './form';
import { commentsLabel, countLabel, downloadedText, errorText, exportFileName } from './format';
import { dataErrorText, eraseMine, exportMine, openOwn } from './my-data';
import { appealOpen, appealOutcome, sendAppeal } from './appeal';
import { NoticeDesk } from './notices';
import { OwnPanel } from './own-panel';
import type { ReaderStore } from './store';
import {
  SubmissionKeys,
  pollBounded,
  ThreadList,
  stillChecking,
  toPostInput,
  type Draft,
  type ThreadState,
} from './state';
import { adoptStyles } from './styles';
import { ThreadViews } from './thread-view';

export interface WidgetConfig {
  readonly articleId: string;
  /** `light` or `dark` forces a theme; otherwise `prefers-color-scheme` decides. */
  readonly theme?: string;
  /** The site's edit window (policy `editWindowMinutes`), only to hide the Edit button after it. */
  readonly editWindowMinutes: number;
  readonly pageSize: number;
}

/** Own comments looked up on load; older ones are still in storage but not shown. */
const OWN_SHOWN = 20;

export class ParleyWidget {
  private threads = new ThreadList();
  private readonly threadViews: ThreadViews;
  private readonly heading: HTMLHeadingElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly retry: HTMLButtonElement;
  private readonly loadError: HTMLElement;
  private readonly own: OwnPanel;
  private readonly data: DataPanel;
  private readonly form: CommentForm;
  private readonly closure: ClosedThread;
  private readonly notices: NoticeDesk;
  private readonly actions: CommentActions;

  constructor(
    private readonly host: HTMLElement,
    private readonly config: WidgetConfig,
    private readonly api: ParleyApi,
    private readonly store: ReaderStore,
  ) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    // Focusable from script only: where focus goes when the reader's data panel disappears.
    this.heading = h('h2', { id: uid('title'), tabindex: '-1' }, 'Comments');
    this.status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.list = h('ol', { class: 'threads', 'aria-label': 'Comments' });
    const say = (m: string) => this.say(m);
    this.threadViews = new ThreadViews(
      () => ({ threads: this.threads, actions: this.actions, api, say }),
      this.list,
    );
    this.more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more comments');
    this.more.addEventListener('click', () => void this.loadPage());
    // One button for every failed load, so the keyboard can stay on it when the next try fails too.
    this.retry = h('button', { type: 'button' }, 'Try again');
    this.retry.addEventListener('click', () => void this.loadPage(this.retry));
    this.loadError = h('div', { class: 'error', role: 'alert' });
    this.own = new OwnPanel({
      editWindowMinutes: config.editWindowMinutes,
      editsOpen: () => this.closure.open,
      edit: (id, body) => this.edit(id, body),
      remove: (id) => this.remove(id),
      appeal: (c, text) => this.appeal(c, text),
      emptied: this.heading,
    });
    this.data = new DataPanel({
      download: () => this.download(),
      erase: () => this.erase(),
      forget: () => this.forget(),
    });
    this.notices = new NoticeDesk({ api, store, articleId: config.articleId, alive: () => host.isConnected });
    this.form = new CommentForm({ initialName: store.name(), submit: this.submitter(() => this.form) });
    this.closure = new ClosedThread(this.form.element, this.list, () => this.own.closeEdits());
    this.actions = {
      canReply: () => this.closure.open,
      reply: (c, slot, button) => this.toggleReply(c, slot, button),
      flag: (c, reason, note) => sendFlag(api, store, c, reason, note),
      notice: (c, slot, button) => this.notices.toggle(c, slot, button),
      isOwn: (id) => store.tokenFor(id) !== undefined,
      hasFlagged: (id) => store.hasFlagged(id),
      hasNoticed: (id) => store.hasNoticed(id),
    };
    const section = h(
      'section',
      { class: 'parley', 'aria-labelledby': this.heading.id },
      this.heading,
      this.form.element,
      this.closure.note,
      this.own.account.element,
      this.status,
      this.own.element,
      this.notices.element,
      this.data.element,
      this.loadError,
      this.list,
      this.more,
    );
    if (config.theme === 'light' || config.theme === 'dark') section.dataset['theme'] = config.theme;
    root.replaceChildren(section);
  }

  /** Loads the first page and this browser's own comments. */
  async start(): Promise<void> {
    await Promise.all([this.loadPage(), this.loadOwn(), this.notices.start()]);
    this.data.update(this.store.all().length);
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  /** An own comment just published joins what readers see here, as a reload would show it. */
  private placePublished(comment: OwnComment): void {
    this.say('Your comment is now published.');
    const placed = this.threads.placeOwn(comment);
    this.heading.textContent = countLabel(this.threads.total);
    if (placed) this.threadViews.placed(placed, comment.id);
  }

  /** The reader's edit or deletion changed a thread (`ThreadList.withdraw`, `remove`): it and the count. */
  private redrawThread(state: ThreadState | 'gone' | null, id?: string): void {
    this.heading.textContent = countLabel(this.threads.total);
    this.threadViews.redraw(state, id);
  }

  /** The next page (the first one at the start); `from` is the button the reader used, if any. */
  private async loadPage(from: HTMLButtonElement = this.more): Promise<void> {
    const restoreFocus = keepFocus(from);
    let firstAdded: HTMLElement | null = null;
    this.more.disabled = this.retry.disabled = true;
    this.list.setAttribute('aria-busy', 'true');
    if (!this.threads.loaded) this.say('Loading comments…');
    try {
      const page = await this.api.listThreads(
        this.config.articleId,
        this.threads.nextCursor,
        this.config.pageSize,
      );
      const first = !this.threads.loaded;
      const added = this.threads.addPage(page);
      if (page.closed) this.closure.close();
      firstAdded = appendItems(
        this.list,
        added.map((state) => this.threadViews.draw(state.thread.id)),
      );
      this.heading.textContent = countLabel(this.threads.total);
      this.loadError.replaceChildren();
      if (first) this.say('');
      else this.say(added.length ? `${added.length} more comments shown.` : 'No more comments.');
    } catch (e) {
      this.say('');
      const why = errorText(asApiError(e));
      this.loadError.replaceChildren(`Comments could not be loaded. ${why} `, this.retry);
    } finally {
      this.list.removeAttribute('aria-busy');
      this.more.disabled = this.retry.disabled = false;
      this.more.hidden = this.threads.nextCursor === null;
      // On the button while it is there; once it is gone, the first comment brought, else the heading.
      restoreFocus(from.isConnected && !from.hidden ? null : (firstAdded ?? this.heading));
    }
  }

  /** The submit function of `form`, with its own idempotency keys; `after` runs once a post is accepted. */
  private submitter(form: () => CommentForm, after?: () => void): (draft: Draft) => Promise<SubmitOutcome> {
    const keys = new SubmissionKeys();
    return async (draft) => {
      const input = toPostInput(draft);
      this.say(draft.parentId ? 'Posting your reply…' : 'Posting your comment…');
      try {
        const { comment, authorToken } = await this.api.post(
          this.config.articleId,
          input,
          keys.keyFor(input),
        );
        keys.settle();
        this.store.setName(input.authorName);
        this.store.remember({
          id: comment.id,
          articleId: this.config.articleId,
          token: authorToken,
          createdAt: comment.createdAt,
        });
        this.data.update(this.store.all().length);
        this.own.show(comment);
        this.say(
          `Thank you. Your ${draft.parentId ? 'reply' : 'comment'} is awaiting review and will appear for everyone once it is approved.`,
        );
        this.poll(comment.id, authorToken, 0);
        after?.();
        return { ok: true };
      } catch (e) {
        const error = asApiError(e);
        // A lost answer may still have been stored: keep the key, so a retry of the same text is answered once.
        if (error.code !== 'network' && error.status < 500 && error.code !== 'idempotency_in_progress')
          keys.settle();
        this.say('');
        if (error.code === 'comments_closed') this.closure.close(form().element);
        // A suspended author: the sentence in the form, the statement beside it (`own.account`).
        const suspended = this.own.account.refusal(error);
        return {
          ok: false,
          message: suspended ?? errorText(error),
          fields: error.fields,
          final: error.code === 'comments_closed' || error.code === 'author_banned',
        };
      }
    };
  }

  private toggleReply(c: PublicComment, slot: HTMLElement, button: HTMLButtonElement): void {
    const open = slot.querySelector('form:not(.flag):not(.notice)');
    if (open) {
      open.remove();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    const close = () => {
      form.element.remove();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    };
    const form: CommentForm = new CommentForm({
      parentId: c.id,
      replyingTo: c.authorName,
      initialName: this.store.name(),
      submit: this.submitter(() => form, close),
      cancel: close,
    });
    form.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    slot.append(form.element);
    button.setAttribute('aria-expanded', 'true');
    form.focus();
  }

  private async loadOwn(): Promise<void> {
    const mine = this.store.own(this.config.articleId).slice(0, OWN_SHOWN);
    await Promise.all(
      mine.map(async (record) => {
        const comment = await openOwn(this.api, this.store, record).catch(() => null);
        if (!comment) return;
        this.own.show(comment);
        // A comment still under review is asked about again, less eagerly than right after posting.
        if (stillChecking(comment.status) || appealOpen(comment.appeal))
          this.poll(record.id, record.token, 2);
      }),
    );
  }

  /** Asks about an own comment on the bounded schedule until it is decided; announces the decision. */
  private poll(id: string, token: string, attempt: number): void {
    // Stops once the page is gone or this browser no longer keeps the comment (deleted, erased, forgotten).
    const alive = (): boolean => this.host.isConnected && this.store.tokenFor(id) !== undefined;
    pollBounded(attempt, alive, async () => {
      const comment = await this.api.getOwn(id, token);
      // An answer that was on its way while the reader deleted (or erased) the comment shows nothing: it
      // would bring the comment back into "Your comments".
      if (!alive()) return false;
      this.show(comment);
      return stillChecking(comment.status) || appealOpen(comment.appeal);
    });
  }

  private show(comment: OwnComment): void {
    this.own.show(comment);
    if (comment.status === 'approved') this.placePublished(comment);
    // Asked about again while an appeal is open: said once, not on every answer.
    if (comment.status === 'rejected' && !comment.appeal)
      this.say('Your comment was not published. See “Your comments” for why.');
  }

  private async edit(id: string, body: string): Promise<string | null> {
    const token = this.store.tokenFor(id);
    if (token === undefined) return 'This browser no longer holds the key to edit this comment.';
    try {
      const published = this.own.status(id) === 'approved';
      const comment = await this.api.edit(id, token, body);
      this.own.show(comment, true);
      // Checked again: off the page for everyone until published again (then back in its place).
      if (comment.status !== 'approved') this.redrawThread(this.threads.withdraw(id, published));
      this.say('Your changes were saved. The comment is being checked again.');
      this.poll(id, token, 0);
      return null;
    } catch (e) {
      const error = asApiError(e);
      // Closed after the page loaded: the widget closes too (the editor keeps the text and says why).
      if (error.code === 'comments_closed') this.closure.close();
      return errorText(error);
    }
  }

  private appeal(c: OwnComment, explanation: string): Promise<SubmitOutcome> {
    const token = this.store.tokenFor(c.id);
    if (token === undefined)
      return Promise.resolve({
        ok: false,
        message: 'This browser no longer holds the key to this comment.',
        fields: [],
      });
    return appealOutcome(
      () => sendAppeal(this.api, { commentId: c.id, token }, explanation),
      (appeal) => {
        this.own.show({ ...c, appeal });
        this.say('Your request for a review was received. The answer will appear under your comment.');
        this.poll(c.id, token, 0);
      },
    );
  }

  private async remove(id: string): Promise<string | null> {
    const token = this.store.tokenFor(id);
    if (token === undefined) return 'This browser no longer holds the key to delete this comment.';
    try {
      await this.api.remove(id, token);
    } catch (e) {
      const error = asApiError(e);
      if (error.status !== 404) return errorText(error);
    }
    const known = this.own.known(id);
    this.store.forget(id);
    this.data.update(this.store.all().length);
    this.own.drop(id);
    this.redrawThread(this.threads.remove(id, known), id);
    this.say('Your comment was deleted.');
    return null;
  }

  /** Saves everything stored about this browser's comments as a JSON file. */
  private async download(): Promise<string | null> {
    try {
      const { result, dropped } = await exportMine(this.api, this.store);
      if (result) saveJson(this.data.element, exportFileName(), JSON.stringify(result, null, 2));
      for (const id of dropped) this.own.drop(id);
      this.say(downloadedText(result !== null, dropped.length));
      return null;
    } catch (e) {
      return dataErrorText(asApiError(e));
    } finally {
      this.data.update(this.store.all().length);
    }
  }

  private async erase(): Promise<string | null> {
    try {
      const { result } = await eraseMine(this.api, this.store);
      const erased = result?.erased.length ?? 0;
      await this.cleared(
        `Done: ${commentsLabel(erased)} erased. This browser no longer keeps anything of yours.`,
      );
      return null;
    } catch (e) {
      this.data.update(this.store.all().length);
      return dataErrorText(asApiError(e));
    }
  }

  private async forget(): Promise<string | null> {
    this.store.clear();
    await this.cleared('This browser forgot your comments. They are still published.');
    return null;
  }

  /** After the store was cleared: no own comments, data panel, name or e-mail left; threads afresh. */
  private async cleared(message: string): Promise<void> {
    this.own.clear();
    this.notices.clear();
    this.form.forgetIdentity();
    this.data.update(0);
    this.heading.focus();
    this.threads = new ThreadList();
    this.threadViews.clear();
    this.list.replaceChildren();
    await this.loadPage();
    this.say(message);
  }
}
