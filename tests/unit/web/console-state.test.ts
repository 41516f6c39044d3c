/**
 * The console's pure logic: queue ordering, "load more" and background refresh merges, which queue a
 * decided card belongs to, keyboard focus and selection, the keyboard map, the card brought up to date
 * after a conflict (the decision explained in words: console-evidence.test.ts; the policy editor's logic:
 * console-policy.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { History, QueueItem } from '../../../web/console/api';
import {
  SHORTCUTS,
  appendPage,
  belongsTo,
  focusAfterRemoval,
  itemFromHistory,
  mergeRefresh,
  moveFocus,
  pruneSelection,
  shortcutFor,
  sortItems,
  toggleSelection,
} from '../../../web/console/state';

function item(id: string, createdAt: string, extra: Partial<QueueItem> = {}): QueueItem {
  return {
    comment: {
      id,
      articleId: 'a1',
      parentId: null,
      authorName: `Author ${id}`,
      body: `Body ${id}`,
      bodyHtml: `<p>Body ${id}</p>`,
      createdAt,
      editedAt: null,
      status: 'pending',
      version: 2,
      authorId: 'a_abcdefghij',
      updatedAt: createdAt,
      publicReason: null,
    },
    status: 'pending',
    version: 2,
    articleId: 'a1',
    decision: null,
    humanDecision: null,
    statement: null,
    flags: { open: 0, byReason: {}, recent: [], reported: false },
    parent: null,
    trustedFlagger: null,
    author: { id: 'a_abcdefghij', approved: 0, rejected: 0, banned: false },
    ...extra,
  };
}

const t = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const idsOf = (items: readonly QueueItem[]) => items.map((i) => i.comment.id);

describe('queue ordering and merging', () => {
  const a = item('01A', t(1));
  const b = item('01B', t(2));
  const c = item('01C', t(2)); // same time as b: the id breaks the tie
  const d = item('01D', t(3));

  it('orders oldest or newest first, ties by id', () => {
    expect(idsOf(sortItems([d, c, a, b], 'oldest'))).toEqual(['01A', '01B', '01C', '01D']);
    expect(idsOf(sortItems([a, b, c, d], 'newest'))).toEqual(['01D', '01C', '01B', '01A']);
  });

  it('appends a page without duplicates, the newer copy winning', () => {
    const b2 = item('01B', t(2), { version: 3 });
    const merged = appendPage([a, b], [b2, c], 'oldest');
    expect(idsOf(merged)).toEqual(['01A', '01B', '01C']);
    expect(merged[1]!.version).toBe(3);
  });

  it('on refresh drops what left the queue, adds what arrived, and keeps cards in use', () => {
    // b was decided elsewhere, d arrived; c has an open form so it stays even though it left.
    const fresh = mergeRefresh([a, b, c], [a, d], new Set(['01C']), 'oldest', true);
    expect(idsOf(fresh)).toEqual(['01A', '01C', '01D']);
  });

  it('on refresh keeps items of later pages already loaded', () => {
    const later = item('01Z', t(9));
    const fresh = mergeRefresh([a, b, later], [a, b], new Set(), 'oldest', false);
    expect(idsOf(fresh)).toEqual(['01A', '01B', '01Z']);
    // When the fresh page is the whole queue, what is not in it is gone.
    expect(idsOf(mergeRefresh([a, b, later], [a, b], new Set(), 'oldest', true))).toEqual(['01A', '01B']);
  });

  it('knows which queue a card belongs to after a decision', () => {
    expect(belongsTo('pending', { status: 'pending', flags: a.flags })).toBe(true);
    expect(belongsTo('pending', { status: 'approved', flags: a.flags })).toBe(false);
    const reported = { ...a.flags, reported: true };
    expect(belongsTo('reported', { status: 'approved', flags: reported })).toBe(true);
    expect(belongsTo('reported', { status: 'approved', flags: a.flags })).toBe(false);
    expect(belongsTo('rejected', { status: 'rejected', flags: a.flags })).toBe(true);
  });
});

describe('focus and selection', () => {
  const ids = ['x', 'y', 'z'];

  it('moves with j/k and stays within the list', () => {
    expect(moveFocus(ids, null, 1)).toBe('x');
    expect(moveFocus(ids, 'x', 1)).toBe('y');
    expect(moveFocus(ids, 'z', 1)).toBe('z');
    expect(moveFocus(ids, 'x', -1)).toBe('x');
    expect(moveFocus(ids, 'gone', -1)).toBe('x');
    expect(moveFocus([], 'x', 1)).toBeNull();
  });

  it('after a card leaves, focuses the next one, else the previous one', () => {
    expect(focusAfterRemoval(ids, 'y')).toBe('z');
    expect(focusAfterRemoval(ids, 'z')).toBe('y');
    expect(focusAfterRemoval(['x'], 'x')).toBeNull();
  });

  it('toggles selection and drops ids no longer listed', () => {
    const one = toggleSelection(new Set(), 'x');
    expect([...one]).toEqual(['x']);
    expect([...toggleSelection(one, 'x')]).toEqual([]);
    expect([...pruneSelection(new Set(['x', 'gone']), ids)]).toEqual(['x']);
  });
});

describe('the keyboard map', () => {
  it('maps the Coral-style keys', () => {
    expect(shortcutFor({ key: 'j' })).toBe('next');
    expect(shortcutFor({ key: 'k' })).toBe('previous');
    expect(shortcutFor({ key: 'a' })).toBe('approve');
    expect(shortcutFor({ key: 'r' })).toBe('reject');
    expect(shortcutFor({ key: 'b' })).toBe('ban');
    expect(shortcutFor({ key: 'x' })).toBe('select');
    expect(shortcutFor({ key: '?' })).toBe('help');
    expect(shortcutFor({ key: 'Escape' })).toBe('close');
    expect(shortcutFor({ key: 'q' })).toBeNull();
  });

  it('ignores keys with modifiers (browser shortcuts) and typing in fields, except Escape', () => {
    expect(shortcutFor({ key: 'a', ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: 'r', metaKey: true })).toBeNull();
    expect(shortcutFor({ key: 'a', targetTag: 'INPUT' })).toBeNull();
    expect(shortcutFor({ key: 'j', targetTag: 'TEXTAREA' })).toBeNull();
    expect(shortcutFor({ key: 'b', targetTag: 'DIV', targetEditable: true })).toBeNull();
    expect(shortcutFor({ key: 'Escape', targetTag: 'INPUT' })).toBe('close');
    expect(shortcutFor({ key: 'a', targetTag: 'BUTTON' })).toBe('approve');
  });

  it('lists each key once in the help overlay', () => {
    const keys = SHORTCUTS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of SHORTCUTS) expect(shortcutFor({ key: s.key })).toBe(s.action);
  });
});

describe('a card after a conflict', () => {
  it('takes status, version and the first decision from the history', () => {
    const history: History = {
      commentId: '01A',
      status: 'approved',
      version: 3,
      statement: null,
      nextCursor: null,
      events: [
        {
          eventId: 'e1',
          commentId: '01A',
          at: t(1),
          actor: { type: 'system', id: 'pipeline' },
          action: 'hold',
          from: 'received',
          to: 'pending',
          reason: 'pre_moderation',
          version: 2,
        },
        {
          eventId: 'e2',
          commentId: '01A',
          at: t(2),
          actor: { type: 'moderator', id: 'm2', name: 'Other' },
          action: 'approve',
          from: 'pending',
          to: 'approved',
          reason: null,
          version: 3,
        },
        {
          eventId: 'e3',
          commentId: '01A',
          at: t(3),
          actor: { type: 'moderator', id: 'm1' },
          action: 'reject_refused',
          from: 'approved',
          to: 'approved',
          reason: 'version_conflict',
          version: 3,
        },
      ],
    };
    const updated = itemFromHistory(item('01A', t(1)), history);
    expect(updated).toMatchObject({
      status: 'approved',
      version: 3,
      comment: { status: 'approved', version: 3 },
    });
    expect(updated?.humanDecision).toEqual({
      action: 'approve',
      by: { id: 'm2', name: 'Other' },
      at: t(2),
      reason: null,
    });
  });
});
