/**
 * The widget's logic without a DOM: the list of threads as pages arrive, replies added to their thread,
 * form checks before sending, idempotency keys that survive a retry, the polling schedule of an own
 * comment or a notice, and the edit window.
 */
import type { FieldProblem, PostInput, PublicComment, Thread, ThreadsPage } from './api';
import { charCount, overLimit } from './format';

/** The API's limits (shared/domain/schemas.ts); the server checks them again. */
export const LIMITS = { name: 80, body: 5000, email: 254 } as const;

export interface ThreadState {
  readonly thread: Thread;
  /** Replies shown: the inline ones, then the pages fetched. */
  readonly replies: readonly PublicComment[];
  /** Where "more replies" continues; null when all are shown. */
  readonly repliesCursor: string | null;
  /** Its root, the reader's own, is being checked again after an edit: readers see none of the thread. */
  readonly hidden?: boolean;
}

/**
 * Where `placeOwn` put a comment: its thread, the reply it added (null for a new or restored thread), and
 * whether the thread must be drawn again (a comment back in its old place, not at the end).
 */
export interface Placed {
  readonly thread: ThreadState;
  readonly reply: PublicComment | null;
  readonly redraw?: boolean;
}

/** A published own comment the reader's edit took back to moderation: its thread, and its place there. */
interface Withdrawn {
  readonly threadId: string;
  /** Its index among the thread's replies; -1 for the thread's root. */
  readonly at: number;
}

/** Threads in the order pages arrived, without duplicates (a comment approved meanwhile shifts pages). */
/** What the reader's own view knew of a comment they deleted: where it sat, and whether it was published. */
export interface DeletedOwn {
  readonly parentId: string | null;
  readonly status: string;
}

export class ThreadList {
  private readonly byId = new Map<string, ThreadState>();
  /** The reader's own comments placed on being published (`placeOwn`). */
  private readonly placed = new Set<string>();
  /** Own comments shown here that an edit took back to moderation (`withdraw`), until published again. */
  private readonly withdrawn = new Map<string, Withdrawn>();
  total = 0;
  nextCursor: string | null = null;
  loaded = false;

  /** Adds a page; answers the threads that are new. */
  addPage(page: ThreadsPage): ThreadState[] {
    this.total = page.totalApproved;
    this.nextCursor = page.nextCursor;
    this.loaded = true;
    const added: ThreadState[] = [];
    for (const thread of page.comments) {
      if (this.byId.has(thread.id)) continue;
      const state = { thread, replies: thread.replies, repliesCursor: moreRepliesCursor(thread) };
      this.byId.set(thread.id, state);
      added.push(state);
    }
    return added;
  }

  /** Adds a page of a thread's replies; answers the replies that are new. */
  addReplies(threadId: string, replies: readonly PublicComment[], cursor: string | null): PublicComment[] {
    const state = this.byId.get(threadId);
    if (!state) return [];
    const seen = new Set(state.replies.map((r) => r.id));
    const fresh = replies.filter((r) => !seen.has(r.id));
    this.byId.set(threadId, { ...state, replies: [...state.replies, ...fresh], repliesCursor: cursor });
    return fresh;
  }

  /**
   * Places a comment of the reader's that was just published, without a reload: a top-level one at the
   * end of the list once every page is shown (oldest first; otherwise the page that holds it brings it),
   * a reply at the end of its thread when every reply is shown (otherwise "more replies" counts it and
   * brings it). Answers where it went, or null when it is already here or waits for a page. The count
   * grows either way: the heading counts what readers see.
   */
  placeOwn(c: PublicComment): Placed | null {
    const back = this.withdrawn.get(c.id);
    if (back) return this.restore(c, back);
    if (!this.loaded || this.placed.has(c.id) || this.byId.has(c.id)) return null;
    if (c.parentId === null) {
      this.placed.add(c.id);
      this.total++;
      if (this.nextCursor !== null) return null;
      const thread = { ...c, replyCount: 0, replies: [], repliesCursor: null };
      const state: ThreadState = { thread, replies: [], repliesCursor: null };
      this.byId.set(c.id, state);
      return { thread: state, reply: null };
    }
    const state = this.threadOf(c.parentId);
    if (state?.replies.some((r) => r.id === c.id)) return null;
    this.placed.add(c.id);
    this.total++;
    if (!state) return null;
    const allShown = this.hiddenReplies(state.thread.id) === 0;
    const thread = { ...state.thread, replyCount: state.thread.replyCount + 1 };
    const next = {
      thread,
      replies: allShown ? [...state.replies, c] : state.replies,
      repliesCursor: state.repliesCursor,
    };
    this.byId.set(thread.id, next);
    return { thread: next, reply: allShown ? c : null };
  }

  /**
   * The reader edited `id`, published, and the server took it back to moderation (as a reload would show):
   * a root takes its whole thread out of what readers see while it is checked, a reply leaves its thread.
   * Both are kept, to come back where they were with the new text once published again (`placeOwn`).
   * `published` says whether it was published when the page has not loaded it (it counted all the same).
   * Answers the thread to draw again, or null.
   */
  withdraw(id: string, published: boolean): ThreadState | null {
    const root = this.byId.get(id);
    if (root) {
      if (root.hidden) return null;
      const hidden = { ...root, hidden: true };
      this.byId.set(id, hidden);
      this.withdrawn.set(id, { threadId: id, at: -1 });
      this.total -= 1 + root.thread.replyCount;
      return hidden;
    }
    for (const state of this.byId.values()) {
      const at = state.replies.findIndex((r) => r.id === id);
      if (at < 0) continue;
      const next: ThreadState = {
        ...state,
        thread: { ...state.thread, replyCount: state.thread.replyCount - 1 },
        replies: state.replies.filter((r) => r.id !== id),
      };
      this.byId.set(state.thread.id, next);
      this.withdrawn.set(id, { threadId: state.thread.id, at });
      // A reply under a thread being checked again was not counted meanwhile.
      if (!state.hidden) this.total--;
      return next;
    }
    // Published on a page not loaded yet (or placed while waiting for one): it counted.
    if (this.placed.delete(id) || published) this.total--;
    return null;
  }

  /**
   * The reader deleted `id`: a reply leaves its thread, a root with replies stays as a deleted comment
   * over them (as readers see it after a reload), a root without replies goes. Answers the thread to
   * draw again, or `gone` when its item goes; null when it is not shown here.
   */
  remove(id: string, known?: DeletedOwn): ThreadState | 'gone' | null {
    this.withdrawn.delete(id);
    const root = this.byId.get(id);
    if (root) {
      if (!root.hidden) this.total--;
      if (root.thread.replyCount === 0) {
        this.byId.delete(id);
        return 'gone';
      }
      // Its replies show again under it if an edit had hidden the thread.
      if (root.hidden) this.total += root.thread.replyCount;
      const thread = { ...root.thread, deleted: true, bodyHtml: '' };
      const tombstone: ThreadState = { thread, replies: root.replies, repliesCursor: root.repliesCursor };
      this.byId.set(id, tombstone);
      return tombstone;
    }
    const wasPlaced = this.placed.has(id);
    const change = this.withdraw(id, false);
    this.withdrawn.delete(id);
    return change ?? this.dropUnshownReply(known, wasPlaced);
  }

  /** The thread a reply to `parentId` belongs in: the parent's own, or the one the parent replies in. */
  private threadOf(parentId: string): ThreadState | undefined {
    return [...this.byId.values()].find(
      (s) => s.thread.id === parentId || s.replies.some((r) => r.id === parentId),
    );
  }

  /**
   * The reader deleted a reply this page does not show (behind "Show more replies", or on a page not loaded):
   * its thread counts one reply fewer, and the count one comment fewer if it was published and counted
   * (`withdraw` took one off already for a reply placed on this page). Answers the thread to draw again.
   */
  private dropUnshownReply(known: DeletedOwn | undefined, wasPlaced: boolean): ThreadState | null {
    if (!known?.parentId) return null;
    const state = this.threadOf(known.parentId);
    if (!wasPlaced && known.status === 'approved' && !state?.hidden) this.total--;
    if (!state) return null;
    const next: ThreadState = {
      ...state,
      thread: { ...state.thread, replyCount: Math.max(0, state.thread.replyCount - 1) },
    };
    this.byId.set(state.thread.id, next);
    return next;
  }

  /** A withdrawn own comment published again: back where it was, with its new text. */
  private restore(c: PublicComment, back: Withdrawn): Placed | null {
    this.withdrawn.delete(c.id);
    const state = this.byId.get(back.threadId);
    if (!state) return null;
    if (back.at < 0) {
      const thread = { ...state.thread, ...publicFields(c) };
      const shown: ThreadState = { thread, replies: state.replies, repliesCursor: state.repliesCursor };
      this.byId.set(c.id, shown);
      this.total += 1 + thread.replyCount;
      return { thread: shown, reply: null, redraw: true };
    }
    const replies = [...state.replies];
    replies.splice(Math.min(back.at, replies.length), 0, c);
    const next = { ...state, thread: { ...state.thread, replyCount: state.thread.replyCount + 1 }, replies };
    this.byId.set(state.thread.id, next);
    if (!state.hidden) this.total++;
    return { thread: next, reply: c, redraw: true };
  }

  get(threadId: string): ThreadState | undefined {
    return this.byId.get(threadId);
  }

  /** Replies not yet shown. */
  hiddenReplies(threadId: string): number {
    const s = this.byId.get(threadId);
    return s ? Math.max(0, s.thread.replyCount - s.replies.length) : 0;
  }

  get size(): number {
    return this.byId.size;
  }
}

/** What readers see of a comment (an own comment's view carries more). */
function publicFields(c: PublicComment): PublicComment {
  const { id, parentId, authorName, bodyHtml, createdAt, editedAt, deleted } = c;
  return { id, parentId, authorName, bodyHtml, createdAt, editedAt, deleted };
}

function moreRepliesCursor(t: Thread): string | null {
  return t.replyCount > t.replies.length ? t.repliesCursor : null;
}

export interface Draft {
  readonly authorName: string;
  readonly authorEmail: string;
  readonly body: string;
  readonly website: string;
  readonly parentId?: string;
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Problems the reader can fix before anything is sent, by field name (the API's names). */
export function checkDraft(d: Draft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = charCount(d.authorName);
  if (name === 0) problems.push({ field: 'authorName', message: 'Please enter a name.' });
  else if (name > LIMITS.name)
    problems.push({ field: 'authorName', message: `The name can be at most ${LIMITS.name} characters.` });
  const email = d.authorEmail.trim();
  if (email && (!EMAIL.test(email) || email.length > LIMITS.email))
    problems.push({ field: 'authorEmail', message: 'This does not look like an e-mail address.' });
  problems.push(...checkBody(d.body));
  return problems;
}

export function checkBody(body: string): FieldProblem[] {
  const n = charCount(body);
  if (n === 0) return [{ field: 'body', message: 'Please write a comment.' }];
  if (n > LIMITS.body) return [{ field: 'body', message: overLimit('Your comment', n - LIMITS.body) }];
  return [];
}

/** The request body for a draft: optional fields left out when empty, text trimmed. */
export function toPostInput(d: Draft): PostInput {
  const email = d.authorEmail.trim();
  return {
    authorName: d.authorName.trim(),
    body: d.body.trim(),
    website: d.website,
    ...(email ? { authorEmail: email } : {}),
    ...(d.parentId ? { parentId: d.parentId } : {}),
  };
}

/**
 * One Idempotency-Key per distinct submission: a retry of the same text (after a timeout or a lost
 * answer) reuses the key, so the server answers once; changed text gets a new key, which the server
 * requires (the same key with another body is refused).
 */
export class SubmissionKeys {
  private last: { fingerprint: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = randomKey) {}

  keyFor(input: PostInput): string {
    const fingerprint = JSON.stringify(input);
    if (this.last?.fingerprint !== fingerprint) this.last = { fingerprint, key: this.newKey() };
    return this.last.key;
  }

  /** After a definite answer (success or a refusal), the next submission is a new one. */
  settle(): void {
    this.last = null;
  }
}

/** 32 random URL-safe characters: meets the server's rule for a strong key (shared/domain/schemas.ts). */
export function randomKey(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_');
}

/**
 * When to ask again about an own comment still being checked: soon after posting (the automatic checks
 * take a second or two), then less often, then stop — a comment held for a moderator can wait hours, and
 * a reload asks again.
 */
export const POLL_DELAYS_MS: readonly number[] = [1500, 3000, 5000, 10_000, 20_000, 40_000];

/**
 * Asks again on that schedule from step `attempt`: `ask` resolves true while the answer is still
 * waiting; a failed ask counts as a step. Stops at the end of the schedule or once `alive` says no (the
 * page is gone, the token forgotten). Own comments and the reader's notices share it.
 */
export function pollBounded(
  attempt: number,
  alive: () => boolean,
  ask: () => Promise<boolean>,
  delays: readonly number[] = POLL_DELAYS_MS,
): void {
  const delay = delays[attempt];
  if (delay === undefined) return;
  setTimeout(() => {
    if (!alive()) return;
    const next = () => pollBounded(attempt + 1, alive, ask, delays);
    ask().then((again) => again && next(), next);
  }, delay);
}

/** Whether an own comment is still waiting for a decision (automatic or a moderator's). */
export const stillChecking = (status: string): boolean => status === 'received' || status === 'pending';

/** Whether an own comment may still be edited (the server decides; this only hides a useless button). */
export function canEdit(createdAt: string, now: Date, windowMinutes: number): boolean {
  const age = now.getTime() - Date.parse(createdAt);
  return Number.isFinite(age) && age < windowMinutes * 60_000;
}
