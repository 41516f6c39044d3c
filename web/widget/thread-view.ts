/**
 * A published thread: its comment, the replies shown, and "Show N more replies", which pages the rest in
 * (the keyboard's place kept on the button, or on the first reply it brought once it is gone).
 */
import { asApiError, type ParleyApi, type PublicComment } from './api';
import { commentItem, type CommentActions } from './comment-view';
import { appendItems, h, keepFocus } from './dom';
import { errorText } from './format';
import type { Placed, ThreadList, ThreadState } from './state';

/** What a thread's item needs of the widget. */
export interface ThreadContext {
  readonly threads: ThreadList;
  readonly actions: CommentActions;
  readonly api: Pick<ParleyApi, 'listReplies'>;
  /** Says a result in the widget's status line. */
  say(message: string): void;
}

/** A thread's item, and what changes it after it is drawn. */
export interface ThreadView {
  readonly item: HTMLLIElement;
  /** After `ThreadList.placeOwn`: draws the reply it placed, if any, and recounts the hidden ones. */
  placed(reply: PublicComment | null): void;
}

export function threadItem(ctx: ThreadContext, threadId: string): ThreadView {
  const state = ctx.threads.get(threadId)!;
  const item = commentItem(state.thread, ctx.actions);
  const replies = h('ol', { class: 'replies', 'aria-label': `Replies to ${state.thread.authorName}` });
  for (const r of state.replies) replies.append(commentItem(r, ctx.actions));
  const more = h('button', { type: 'button', class: 'link' });
  const refresh = () => {
    const hidden = ctx.threads.hiddenReplies(threadId);
    more.hidden = hidden === 0 || ctx.threads.get(threadId)?.repliesCursor == null;
    more.textContent = hidden === 1 ? 'Show 1 more reply' : `Show ${hidden} more replies`;
    replies.hidden = replies.childElementCount === 0;
  };
  more.addEventListener('click', () => {
    const restoreFocus = keepFocus(more);
    let firstFresh: HTMLElement | null = null;
    more.disabled = true;
    const cursor = ctx.threads.get(threadId)?.repliesCursor ?? null;
    ctx.api
      .listReplies(threadId, cursor)
      .then((page) => {
        const fresh = ctx.threads.addReplies(threadId, page.comments, page.nextCursor);
        firstFresh = appendItems(
          replies,
          fresh.map((r) => commentItem(r, ctx.actions)),
        );
        ctx.say(`${fresh.length} more ${fresh.length === 1 ? 'reply' : 'replies'} shown.`);
      })
      .catch((e: unknown) => ctx.say(`Replies could not be loaded. ${errorText(asApiError(e))}`))
      .finally(() => {
        more.disabled = false;
        refresh();
        restoreFocus(more.hidden ? firstFresh : null);
      });
  });
  refresh();
  item.querySelector('article')!.after(replies, more);
  return {
    item,
    placed: (reply) => {
      if (reply) replies.append(commentItem(reply, ctx.actions));
      refresh();
    },
  };
}

/**
 * The drawn threads by id: drawn from the list's state, a published own comment placed into them, and
 * drawn again when the reader's edit or deletion changed what readers see of one.
 */
export class ThreadViews {
  private readonly views = new Map<string, ThreadView>();

  /** `ctx` is asked each time: the widget starts a new list when the reader's data is cleared. */
  constructor(
    private readonly ctx: () => ThreadContext,
    private readonly list: HTMLOListElement,
  ) {}

  draw(threadId: string): HTMLLIElement {
    const view = threadItem(this.ctx(), threadId);
    this.views.set(threadId, view);
    return view.item;
  }

  /** After `ThreadList.placeOwn`: a new thread at the end, a reply in its thread, or a thread redrawn. */
  placed(placed: Placed, id: string): void {
    const threadId = placed.thread.thread.id;
    if (placed.redraw) this.redraw(placed.thread);
    else if (placed.reply) this.views.get(threadId)?.placed(placed.reply);
    else if (threadId === id) appendItems(this.list, [this.draw(id)]);
    else this.views.get(threadId)?.placed(null);
  }

  /** Draws a thread again from its state (hidden while its root is checked again); `gone`: its item goes. */
  redraw(state: ThreadState | 'gone' | null, id?: string): void {
    if (state === null) return;
    const threadId = state === 'gone' ? id! : state.thread.id;
    const old = this.views.get(threadId);
    if (!old) return;
    if (state === 'gone') {
      old.item.remove();
      this.views.delete(threadId);
      return;
    }
    const item = this.draw(threadId);
    item.hidden = state.hidden === true;
    old.item.replaceWith(item);
  }

  clear(): void {
    this.views.clear();
  }
}
