import { describe, expect, it } from 'vitest';
import type { Thread, ThreadsPage } from '../../../web/widget/api';
import {
  POLL_DELAYS_MS,
  SubmissionKeys,
  ThreadList,
  canEdit,
  checkDraft,
  randomKey,
  stillChecking,
  toPostInput,
} from '../../../web/widget/state';
import { batches } from '../../../web/count/batches';
import { idempotencyKeySchema } from '../../../shared/domain/schemas';

const comment = (id: string, parentId: string | null = null) => ({
  id,
  parentId,
  authorName: 'A',
  bodyHtml: '<p>x</p>',
  createdAt: '2026-01-01T00:00:00.000Z',
  editedAt: null,
  deleted: false,
});
const thread = (id: string, replyCount = 0, inline = 0, repliesCursor: string | null = null): Thread => ({
  ...comment(id),
  replyCount,
  replies: Array.from({ length: inline }, (_, i) => comment(`${id}-r${i}`, id)),
  repliesCursor,
});
const page = (comments: Thread[], nextCursor: string | null, totalApproved: number): ThreadsPage => ({
  comments,
  nextCursor,
  totalApproved,
  closed: false,
});

describe('ThreadList', () => {
  it('adds pages in order and skips a thread seen on an earlier page', () => {
    const list = new ThreadList();
    expect(list.addPage(page([thread('a'), thread('b')], 'c1', 3)).map((s) => s.thread.id)).toEqual([
      'a',
      'b',
    ]);
    // A comment approved meanwhile shifts the next page: b comes again.
    expect(list.addPage(page([thread('b'), thread('c')], null, 4)).map((s) => s.thread.id)).toEqual(['c']);
    expect(list.size).toBe(3);
    expect(list.total).toBe(4);
    expect(list.nextCursor).toBeNull();
  });

  it('knows how many replies are hidden and where they continue', () => {
    const list = new ThreadList();
    list.addPage(page([thread('a', 5, 3, 'rc'), thread('b', 2, 2, null)], null, 9));
    expect(list.hiddenReplies('a')).toBe(2);
    expect(list.get('a')?.repliesCursor).toBe('rc');
    expect(list.hiddenReplies('b')).toBe(0);
    expect(list.get('b')?.repliesCursor).toBeNull();
    const fresh = list.addReplies(
      'a',
      [comment('a-r2', 'a'), comment('a-r3', 'a'), comment('a-r4', 'a')],
      null,
    );
    expect(fresh.map((r) => r.id)).toEqual(['a-r3', 'a-r4']);
    expect(list.hiddenReplies('a')).toBe(0);
    expect(list.addReplies('nope', [comment('x')], null)).toEqual([]);
  });

  it('places an own comment once it is published: at the end, or counted until its page or replies come', () => {
    const list = new ThreadList();
    expect(list.placeOwn(comment('early'))).toBeNull(); // nothing loaded yet: the first page brings it
    list.addPage(page([thread('a', 1, 1), thread('b', 4, 3, 'rc')], null, 7));
    // A new thread, every page shown: at the end; the count grows once, whatever is asked again.
    expect(list.placeOwn(comment('mine'))).toMatchObject({ thread: { thread: { id: 'mine' } }, reply: null });
    expect(list.placeOwn(comment('mine'))).toBeNull();
    expect(list.total).toBe(8);
    // A reply to a reply of a thread whose replies are all shown: drawn under that thread.
    const placed = list.placeOwn(comment('a-mine', 'a-r0'));
    expect(placed?.reply?.id).toBe('a-mine');
    expect(list.get('a')?.replies.map((r) => r.id)).toEqual(['a-r0', 'a-mine']);
    expect(list.get('a')?.thread.replyCount).toBe(2);
    // Replies still hidden: counted, and brought by "more replies".
    expect(list.placeOwn(comment('b-mine', 'b'))?.reply).toBeNull();
    expect(list.hiddenReplies('b')).toBe(2);
    // A comment already shown is not placed again, nor counted.
    expect(list.placeOwn(comment('a'))).toBeNull();
    expect(list.placeOwn(comment('a-r0', 'a'))).toBeNull();
    expect(list.total).toBe(10);
    // More pages to come: counted only; its page brings it.
    const paged = new ThreadList();
    paged.addPage(page([thread('a')], 'c1', 5));
    expect(paged.placeOwn(comment('mine'))).toBeNull();
    expect(paged.total).toBe(6);
    expect(paged.size).toBe(1);
  });

  it('takes an edited own comment off while it is checked again, and puts it back where it was', () => {
    const list = new ThreadList();
    list.addPage(page([thread('a', 2, 2), thread('b', 1, 1)], null, 5));
    // A reply leaves its thread and the count; published again, it is back in its place, new text and all.
    expect(list.withdraw('a-r0', true)?.replies.map((r) => r.id)).toEqual(['a-r1']);
    expect([list.total, list.get('a')?.thread.replyCount]).toEqual([4, 1]);
    const back = list.placeOwn({ ...comment('a-r0', 'a'), bodyHtml: '<p>new</p>' });
    expect(back).toMatchObject({ reply: { id: 'a-r0' }, redraw: true });
    expect(list.get('a')?.replies.map((r) => [r.id, r.bodyHtml])).toEqual([
      ['a-r0', '<p>new</p>'],
      ['a-r1', '<p>x</p>'],
    ]);
    expect([list.total, list.get('a')?.thread.replyCount]).toEqual([5, 2]);
    // A root takes its whole thread off (the server shows nothing under a root being checked).
    expect(list.withdraw('a', true)?.hidden).toBe(true);
    expect(list.total).toBe(2);
    expect(list.withdraw('a', true)).toBeNull(); // asked again: nothing more to take
    expect(list.total).toBe(2);
    // An own comment's view carries more than readers see: only what they see joins the thread.
    const own = { ...comment('a'), bodyHtml: '<p>edited</p>', editedAt: '2026-01-01T00:05:00.000Z' };
    const root = list.placeOwn({ ...own, status: 'approved', body: 'edited' } as typeof own);
    expect(root).toMatchObject({
      reply: null,
      redraw: true,
      thread: { thread: { bodyHtml: '<p>edited</p>' } },
    });
    expect(list.get('a')?.hidden).toBeUndefined();
    expect(list.get('a')?.thread).not.toHaveProperty('status');
    expect(list.total).toBe(5);
    // Published on a page not loaded here: only the count knows it.
    expect(list.withdraw('elsewhere', true)).toBeNull();
    expect(list.withdraw('never-published', false)).toBeNull();
    expect(list.total).toBe(4);
  });

  it('follows a deletion: a reply goes, a root with replies stays deleted over them, one without goes', () => {
    const list = new ThreadList();
    list.addPage(page([thread('a', 1, 1), thread('b')], null, 3));
    expect(list.remove('a-r0')).toMatchObject({ replies: [] });
    expect([list.total, list.get('a')?.thread.replyCount]).toEqual([2, 0]);
    expect(list.remove('b')).toBe('gone');
    expect(list.get('b')).toBeUndefined();
    expect(list.total).toBe(1);
    const other = new ThreadList();
    other.addPage(page([thread('a', 2, 2)], null, 3));
    const tombstone = other.remove('a');
    expect(tombstone).toMatchObject({ thread: { deleted: true, bodyHtml: '' } });
    expect(other.total).toBe(2);
    // A root hidden by an edit, then deleted: its replies show again under the deleted comment.
    other.addPage(page([thread('c', 2, 2)], null, 5));
    other.withdraw('c', true);
    expect(other.total).toBe(2);
    expect(other.remove('c')).toMatchObject({ thread: { deleted: true } });
    expect(other.get('c')?.hidden).toBeUndefined();
    expect(other.total).toBe(4);
    expect(other.remove('unknown')).toBeNull();
  });

  it('follows the deletion of a reply it does not show: behind "Show more replies", or on a page not loaded', () => {
    const list = new ThreadList();
    // Thread a: 4 replies, 3 shown; the reader's own published reply is the fourth, behind "Show 1 more".
    list.addPage(page([thread('a', 4, 3, 'rc')], 'c1', 5));
    expect(list.remove('mine', { parentId: 'a', status: 'approved' })).toMatchObject({
      thread: { id: 'a', replyCount: 3 },
    });
    expect([list.total, list.hiddenReplies('a')]).toEqual([4, 0]);
    // A reply still awaiting review was never counted; a reply under a thread on a later page was.
    list.addPage(page([thread('b', 2, 2)], 'c2', 4));
    expect(list.remove('pending', { parentId: 'b', status: 'pending' })).toMatchObject({
      thread: { replyCount: 1 },
    });
    expect(list.total).toBe(4);
    expect(list.remove('far', { parentId: 'z', status: 'approved' })).toBeNull();
    expect(list.total).toBe(3);
  });
});

describe('checkDraft and toPostInput', () => {
  const ok = { authorName: 'Ana', authorEmail: '', body: 'Hello', website: '' };

  it('accepts a complete draft and leaves out empty optional fields', () => {
    expect(checkDraft(ok)).toEqual([]);
    expect(toPostInput({ ...ok, authorName: '  Ana ', body: ' Hello \n' })).toEqual({
      authorName: 'Ana',
      body: 'Hello',
      website: '',
    });
    expect(toPostInput({ ...ok, authorEmail: ' a@b.example ', parentId: 'p1' })).toMatchObject({
      authorEmail: 'a@b.example',
      parentId: 'p1',
    });
  });

  it('names each field with a problem, counting characters as the server does', () => {
    expect(checkDraft({ ...ok, authorName: ' ', body: '' }).map((p) => p.field)).toEqual([
      'authorName',
      'body',
    ]);
    expect(checkDraft({ ...ok, authorEmail: 'not-an-address' })[0]?.field).toBe('authorEmail');
    expect(checkDraft({ ...ok, body: '🙂'.repeat(5000) })).toEqual([]);
    expect(checkDraft({ ...ok, body: 'x'.repeat(5003) })[0]?.message).toMatch(/3 characters over/);
    expect(checkDraft({ ...ok, body: 'x'.repeat(5001) })[0]?.message).toBe(
      'Your comment is 1 character over the limit.',
    );
    expect(checkDraft({ ...ok, authorName: 'n'.repeat(81) })[0]?.field).toBe('authorName');
  });

  it('sends the honeypot as the form holds it', () => {
    expect(toPostInput({ ...ok, website: 'http://spam.example' }).website).toBe('http://spam.example');
  });
});

describe('SubmissionKeys', () => {
  it('reuses the key for a retry of the same text and makes a new one for new text or after an answer', () => {
    let n = 0;
    const keys = new SubmissionKeys(() => `key-${++n}`);
    const a = toPostInput({ authorName: 'A', authorEmail: '', body: 'one', website: '' });
    const b = toPostInput({ authorName: 'A', authorEmail: '', body: 'two', website: '' });
    expect(keys.keyFor(a)).toBe('key-1');
    expect(keys.keyFor(a)).toBe('key-1');
    expect(keys.keyFor(b)).toBe('key-2');
    keys.settle();
    expect(keys.keyFor(b)).toBe('key-3');
  });

  it('makes keys the server accepts as strong', () => {
    for (let i = 0; i < 50; i++) expect(idempotencyKeySchema.safeParse(randomKey()).success).toBe(true);
  });
});

describe('own comments over time', () => {
  it('polls a bounded number of times, only while a decision is awaited', () => {
    expect(POLL_DELAYS_MS.length).toBeLessThanOrEqual(8);
    expect(POLL_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeLessThan(120_000);
    expect(['received', 'pending'].every(stillChecking)).toBe(true);
    expect(['approved', 'rejected', 'deleted'].some(stillChecking)).toBe(false);
  });

  it('offers editing only within the window', () => {
    const now = new Date('2026-01-01T00:10:00Z');
    expect(canEdit('2026-01-01T00:01:00Z', now, 10)).toBe(true);
    expect(canEdit('2026-01-01T00:00:00Z', now, 10)).toBe(false);
    expect(canEdit('garbage', now, 10)).toBe(false);
  });
});

describe('count batches', () => {
  it('dedupes, drops invalid ids and splits at 100', () => {
    expect(batches(['a', ' a ', 'b', 'not valid', ''])).toEqual([['a', 'b']]);
    const many = Array.from({ length: 230 }, (_, i) => `id-${i}`);
    expect(batches(many).map((b) => b.length)).toEqual([100, 100, 30]);
  });
});
