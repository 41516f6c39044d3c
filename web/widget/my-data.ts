/**
 * The reader's data, through the author tokens this browser holds for every article of the site: the
 * export, the erasure of everything, and the look-up that forgets a token once it no longer opens its
 * comment. DOM-free, so it is unit-tested in Node with a fake `fetch`.
 */
import { ApiError, type Erasure, type OwnComment, type ParleyApi } from './api';
import { errorText } from './format';
import type { OwnRecord, ReaderStore } from './store';

/**
 * The author's view of an own comment, or null when this browser's token no longer opens it (gone, erased
 * by a moderator, or deleted): then the token is forgotten. Any other failure is thrown.
 */
export async function openOwn(
  api: ParleyApi,
  store: ReaderStore,
  record: OwnRecord,
): Promise<OwnComment | null> {
  try {
    const comment = await api.getOwn(record.id, record.token);
    if (comment.status !== 'deleted') return comment;
  } catch (e) {
    if (!(e instanceof ApiError && (e.status === 404 || e.status === 403))) throw e;
  }
  store.forget(record.id);
  return null;
}

/** What a call with every token gave, and the comments whose tokens were forgotten on the way. */
export interface WithTokens<T> {
  /** Null when no token was left to send. */
  readonly result: T | null;
  readonly dropped: readonly string[];
}

/**
 * Calls a data route with every stored token. The server refuses the whole request (403) when one token
 * opens no comment: then each comment is looked up, the tokens that no longer open theirs are forgotten,
 * and the call is made once more with the rest.
 */
export async function withAllTokens<T>(
  api: ParleyApi,
  store: ReaderStore,
  call: (tokens: string[]) => Promise<T>,
): Promise<WithTokens<T>> {
  try {
    return { result: await call(store.allTokens()), dropped: [] };
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 'invalid_author_token')) throw e;
    const before = store.all();
    // A failed look-up keeps its token: only a comment known to be gone is dropped.
    await Promise.all(before.map((r) => openOwn(api, store, r).catch(() => undefined)));
    const left = store.allTokens();
    const dropped = before.filter((r) => !left.includes(r.token)).map((r) => r.id);
    if (dropped.length === 0) throw e;
    return { result: left.length ? await call(left) : null, dropped };
  }
}

/** Everything stored about this browser's comments, as the server exports it. */
export const exportMine = (api: ParleyApi, store: ReaderStore) =>
  withAllTokens(api, store, (tokens) => api.exportMine(tokens));

/** Erases every comment this browser posted; on success the widget forgets everything it kept here. */
export async function eraseMine(api: ParleyApi, store: ReaderStore): Promise<WithTokens<Erasure>> {
  const outcome = await withAllTokens(api, store, (tokens) => api.eraseMine(tokens));
  store.clear();
  return outcome;
}

/** A failed data request in plain words. */
export function dataErrorText(error: ApiError): string {
  if (error.code === 'invalid_author_token')
    return 'One of your comments could not be opened just now. Please try again in a minute.';
  if (error.code === 'rate_limited') return 'Too many requests just now. Please try again in a minute.';
  return errorText(error);
}
