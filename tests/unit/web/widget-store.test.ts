import { describe, expect, it } from 'vitest';
import { MAX_OWN, ReaderStore, type KeyValueStorage } from '../../../web/widget/store';

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const record = (id: string, articleId = 'a1', minute = 0) => ({
  id,
  articleId,
  token: `tok-${id}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
});

describe('ReaderStore', () => {
  it('keeps author tokens by comment, across instances (reloads), per article, newest first', () => {
    const storage = new MemoryStorage();
    const store = new ReaderStore(storage);
    store.remember(record('c1', 'a1', 1));
    store.remember(record('c2', 'a1', 2));
    store.remember(record('c3', 'a2', 3));
    const again = new ReaderStore(storage);
    expect(again.own('a1').map((r) => r.id)).toEqual(['c2', 'c1']);
    expect(again.tokenFor('c3')).toBe('tok-c3');
    again.forget('c2');
    expect(new ReaderStore(storage).own('a1').map((r) => r.id)).toEqual(['c1']);
  });

  it('lists every token across articles, and clears the tokens, the name and the reports', () => {
    const storage = new MemoryStorage();
    storage.setItem('unrelated', 'kept');
    const store = new ReaderStore(storage);
    store.remember(record('c1', 'a1', 1));
    store.remember(record('c2', 'a2', 2));
    store.setName('Ana');
    store.markFlagged('c9');
    expect(store.all().map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(new ReaderStore(storage).allTokens()).toEqual(['tok-c1', 'tok-c2']);

    store.clear();
    expect([...storage.data.keys()]).toEqual(['unrelated']);
    const again = new ReaderStore(storage);
    expect(again.allTokens()).toEqual([]);
    expect(again.name()).toBe('');
    expect(again.hasFlagged('c9')).toBe(false);
    expect(store.allTokens()).toEqual([]);
  });

  it('clears what it kept for the visit when storage throws', () => {
    const broken: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = new ReaderStore(broken);
    store.remember(record('c1'));
    store.setName('Ana');
    expect(store.allTokens()).toEqual(['tok-c1']);
    store.clear();
    expect(store.allTokens()).toEqual([]);
    expect(store.name()).toBe('');
  });

  it(`keeps at most ${MAX_OWN} comments, dropping the oldest`, () => {
    const store = new ReaderStore(new MemoryStorage());
    for (let i = 0; i < MAX_OWN + 5; i++) store.remember(record(`c${i}`, 'a1', i));
    const own = store.own('a1');
    expect(own).toHaveLength(MAX_OWN);
    expect(own.at(-1)?.id).toBe('c5');
  });

  it('works for the visit when storage throws, and ignores what others wrote under its keys', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = new ReaderStore(broken);
    store.remember(record('c1'));
    store.setName('Ana');
    store.markFlagged('c9');
    expect(store.tokenFor('c1')).toBe('tok-c1');
    expect(store.name()).toBe('Ana');
    expect(store.hasFlagged('c9')).toBe(true);

    const storage = new MemoryStorage();
    storage.setItem('parley:v1:own', '{not json');
    storage.setItem('parley:v1:flagged', '{"a":1}');
    const tolerant = new ReaderStore(storage);
    expect(tolerant.own('a1')).toEqual([]);
    expect(tolerant.hasFlagged('a')).toBe(false);
    storage.setItem('parley:v1:own', JSON.stringify([{ id: 'x' }, record('ok')]));
    expect(tolerant.own('a1').map((r) => r.id)).toEqual(['ok']);
  });
});
