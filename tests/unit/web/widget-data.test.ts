/**
 * "Your data" in the widget without a browser: the header and file name, the two data routes of the
 * client, and the retry that forgets tokens whose comments are gone (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { ApiError, ParleyApi, readErasure, tokenHeader, type FetchLike } from '../../../web/widget/api';
import { exportFileName } from '../../../web/widget/format';
import { dataErrorText, eraseMine, exportMine, openOwn } from '../../../web/widget/my-data';
import { ReaderStore, type KeyValueStorage } from '../../../web/widget/store';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refused = () =>
  json(403, { error: { code: 'invalid_author_token', message: 'An author token opens no comment.' } });
const own = (id: string, status = 'approved') => ({
  comment: {
    id,
    parentId: null,
    authorName: 'Ana',
    body: 'Hi',
    bodyHtml: '<p>Hi</p>',
    createdAt: '2026-01-01T00:00:00.000Z',
    editedAt: null,
    status,
    statusMessage: 'Published.',
    reason: null,
  },
});

interface Call {
  method: string;
  url: string;
  token: string | undefined;
}

/** A fake API: `gone` comments answer 404 to their author and make any data request a 403. */
function fakeServer(gone: readonly string[] = []) {
  const calls: Call[] = [];
  const impl: FetchLike = (url, init) => {
    const token = (init?.headers as Record<string, string>)['x-author-token'];
    const method = init?.method ?? 'GET';
    calls.push({ method, url, token });
    const tokens = token?.split(',') ?? [];
    if (url.startsWith('/comments/')) {
      const id = url.slice('/comments/'.length);
      return Promise.resolve(gone.includes(id) ? json(404, {}) : json(200, own(id)));
    }
    if (tokens.some((t) => gone.includes(t.replace('tok-', '')))) return Promise.resolve(refused());
    if (method === 'DELETE')
      return Promise.resolve(
        json(200, {
          erased: tokens.map((t) => ({ id: t.replace('tok-', ''), status: 'deleted' })),
          changed: tokens.length,
          retained: 'Backups expire within 35 days.',
        }),
      );
    return Promise.resolve(json(200, { exportedAt: 'now', about: {}, comments: tokens }));
  };
  return { calls, api: new ParleyApi('', impl) };
}

function storeWith(...ids: string[]): ReaderStore {
  const store = new ReaderStore(new MemoryStorage());
  ids.forEach((id, i) =>
    store.remember({
      id,
      articleId: `a${i}`,
      token: `tok-${id}`,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }),
  );
  store.setName('Ana');
  return store;
}

describe('the reader data helpers', () => {
  it('joins the tokens into one header value and names the file by the local date', () => {
    expect(tokenHeader(['t1', 't2', 't3'])).toBe('t1,t2,t3');
    expect(exportFileName(new Date(2026, 0, 5, 23, 59))).toBe('parley-my-data-2026-01-05.json');
    expect(exportFileName(new Date(2026, 11, 31))).toBe('parley-my-data-2026-12-31.json');
  });

  it('exports and erases with every stored token in one header, any article', async () => {
    const { api, calls } = fakeServer();
    const store = storeWith('c1', 'c2');
    const exported = await exportMine(api, store);
    expect(exported).toEqual({
      result: { exportedAt: 'now', about: {}, comments: ['tok-c1', 'tok-c2'] },
      dropped: [],
    });
    expect(calls).toEqual([{ method: 'GET', url: '/me/export', token: 'tok-c1,tok-c2' }]);

    const erased = await eraseMine(api, store);
    expect(erased.result?.erased.map((e) => e.id)).toEqual(['c1', 'c2']);
    expect(calls[1]).toEqual({ method: 'DELETE', url: '/me', token: 'tok-c1,tok-c2' });
    expect(store.allTokens()).toEqual([]);
    expect(store.name()).toBe('');
  });

  it('on a 403 forgets the tokens whose comments are gone and asks once more without them', async () => {
    const { api, calls } = fakeServer(['c2']);
    const store = storeWith('c1', 'c2', 'c3');
    const exported = await exportMine(api, store);
    expect(exported.dropped).toEqual(['c2']);
    expect(exported.result?.['comments']).toEqual(['tok-c1', 'tok-c3']);
    expect(store.all().map((r) => r.id)).toEqual(['c1', 'c3']);
    expect(calls.filter((c) => c.url === '/me/export').map((c) => c.token)).toEqual([
      'tok-c1,tok-c2,tok-c3',
      'tok-c1,tok-c3',
    ]);
    // The author view was asked with each comment's own token.
    expect(calls.filter((c) => c.url.startsWith('/comments/')).map((c) => c.token)).toEqual([
      'tok-c1',
      'tok-c2',
      'tok-c3',
    ]);
  });

  it('sends nothing more when every comment is gone, and keeps the error when none is', async () => {
    const allGone = fakeServer(['c1']);
    const store = storeWith('c1');
    expect(await exportMine(allGone.api, store)).toEqual({ result: null, dropped: ['c1'] });
    expect(allGone.calls.filter((c) => c.url === '/me/export')).toHaveLength(1);

    // Every comment still opens (the token index lags behind a fresh post): the 403 stands, nothing forgotten.
    const lagging = new ParleyApi('', (url) =>
      Promise.resolve(url === '/me/export' ? refused() : json(200, own('c1'))),
    );
    const kept = storeWith('c1');
    const error = await exportMine(lagging, kept).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'invalid_author_token' });
    expect(dataErrorText(error as ApiError)).toMatch(/try again in a minute/);
    expect(kept.allTokens()).toEqual(['tok-c1']);
    expect(await eraseMine(lagging, kept).catch(() => 'refused')).toBe('refused');
    expect(kept.name()).toBe('Ana');
  });

  it('forgets a deleted or unopenable comment, and keeps it on any other failure', async () => {
    const store = storeWith('c1', 'c2');
    const record = store.all()[0]!;
    const deleted = new ParleyApi('', () => Promise.resolve(json(200, own('c1', 'deleted'))));
    expect(await openOwn(deleted, store, record)).toBeNull();
    expect(store.all().map((r) => r.id)).toEqual(['c2']);
    const down = new ParleyApi('', () => Promise.resolve(json(503, {})));
    await expect(openOwn(down, store, store.all()[0]!)).rejects.toBeInstanceOf(ApiError);
    expect(store.all().map((r) => r.id)).toEqual(['c2']);
  });

  it('reads the erasure answer strictly', () => {
    expect(readErasure({ erased: [{ id: 'c1', status: 'deleted' }], changed: 1, retained: 'x' })).toEqual({
      erased: [{ id: 'c1', status: 'deleted' }],
      changed: 1,
    });
    expect(() => readErasure({ erased: [{ id: 'c1', status: 'gone' }], changed: 1 })).toThrow(/status/);
    expect(() => readErasure({ erased: [], changed: -1 })).toThrow(/changed/);
  });
});
