/**
 * The widget's notices of illegal content without a browser: the checks before sending and the request
 * body, every API category labelled, what a notice's state says to its sender, the two notice calls and
 * their answers, the notices kept in the reader's storage, and the bounded polling they share with own
 * comments.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_CATEGORIES } from '../../../shared/domain/notice-categories';
import { ParleyApi, type FetchLike } from '../../../web/widget/api';
import { noticeStatus, readNoticeView, sendNotice } from '../../../web/widget/notice-api';
import {
  NOTICE_CATEGORY_OPTIONS,
  categoryLabel,
  checkNotice,
  noticeOpen,
  noticeState,
  toNoticeInput,
  type NoticeDraft,
} from '../../../web/widget/notice';
import { pollBounded } from '../../../web/widget/state';
import { ReaderStore, type KeyValueStorage } from '../../../web/widget/store';

const draft = (change: Partial<NoticeDraft> = {}): NoticeDraft => ({
  category: 'defamation',
  explanation: '  It says a named person took bribes, which is false.  ',
  lawOrGround: '',
  notifierName: ' ',
  notifierEmail: '',
  goodFaith: true,
  ...change,
});

const fieldsOf = (d: NoticeDraft) => checkNotice(d).map((p) => p.field);

describe('the notice form rules', () => {
  it('labels every category of the API in plain words, in its order', () => {
    expect(NOTICE_CATEGORY_OPTIONS.map(([value]) => value)).toEqual([...NOTICE_CATEGORIES]);
    expect(categoryLabel('threats_violence')).toBe('Threats or calls to violence');
    expect(categoryLabel('unknown_thing')).toBe('unknown_thing');
  });

  it('asks for a category, 20 to 4,000 characters of explanation, a real e-mail and the good-faith statement', () => {
    expect(checkNotice(draft())).toEqual([]);
    expect(fieldsOf(draft({ category: '' }))).toEqual(['category']);
    expect(fieldsOf(draft({ explanation: ' too short, really ' }))).toEqual(['explanation']);
    expect(fieldsOf(draft({ explanation: 'x'.repeat(4001) }))).toEqual(['explanation']);
    expect(fieldsOf(draft({ lawOrGround: 'x'.repeat(501) }))).toEqual(['lawOrGround']);
    expect(fieldsOf(draft({ notifierName: 'x'.repeat(201) }))).toEqual(['notifierName']);
    expect(fieldsOf(draft({ notifierEmail: 'not an address' }))).toEqual(['notifierEmail']);
    expect(fieldsOf(draft({ goodFaith: false }))).toEqual(['goodFaith']);
    // Counted as the server counts: an emoji is one character.
    expect(fieldsOf(draft({ explanation: '🙂'.repeat(20) }))).toEqual([]);
  });

  it('sends trimmed text and leaves empty optional fields out', () => {
    expect(toNoticeInput(draft())).toEqual({
      category: 'defamation',
      explanation: 'It says a named person took bribes, which is false.',
      goodFaith: true,
    });
    expect(
      toNoticeInput(
        draft({ lawOrGround: ' Penal code ', notifierName: 'Nina', notifierEmail: ' n@example.org ' }),
      ),
    ).toMatchObject({ lawOrGround: 'Penal code', notifierName: 'Nina', notifierEmail: 'n@example.org' });
  });
});

const received = {
  id: '01KNOTICE',
  commentId: 'c1',
  category: 'defamation',
  status: 'received',
  receivedAt: '2026-05-01T10:00:00.000Z',
  decision: null,
};
const decided = (action: 'remove' | 'keep') => ({
  ...received,
  status: 'decided',
  decision: {
    action,
    ground: 'Defamation of a named person.',
    decidedAt: '2026-05-02T10:00:00.000Z',
    redress: { appealUntil: '2026-11-02T10:00:00.000Z', routes: ['internal_complaint'] },
  },
});

describe('a notice as its sender sees it', () => {
  it('is received until decided, then removed or kept with the ground and the review window', () => {
    const open = readNoticeView({ notice: received });
    expect(noticeOpen(open)).toBe(true);
    expect(noticeState(open)).toMatchObject({ label: 'Received', tone: 'waiting' });
    expect(noticeState(open).lines[0]).toMatch(/^Sent .* \(report 01KNOTICE\)\.$/);

    const removed = readNoticeView({ notice: decided('remove') });
    expect(noticeOpen(removed)).toBe(false);
    const state = noticeState(removed);
    expect(state.label).toBe('Decided: removed');
    expect(state.lines).toContain('Ground: Defamation of a named person.');
    // A removal is what the notifier asked for: nothing to appeal, so no review window is offered.
    expect(state.lines.join(' ')).not.toMatch(/ask for a person to review|published again/);
    // Published again since (the author's appeal reversed the removal): the sender is told when.
    const restored = decided('remove');
    const back = readNoticeView({
      notice: {
        ...restored,
        decision: { ...restored.decision, publishedAgainAt: '2026-05-20T09:30:00.000Z' },
      },
    });
    expect(noticeState(back).lines.at(-1)).toMatch(
      /^The comment was published again on .*20.*, after a further review\.$/,
    );
    const kept = noticeState(readNoticeView({ notice: decided('keep') }));
    expect(kept.label).toBe('Decided: kept');
    expect(kept.lines.at(-1)).toBe(
      'You can ask for a person to review this decision until November 2, 2026.',
    );
  });

  it('refuses an answer without the fields it shows', () => {
    expect(() => readNoticeView({ notice: { ...received, receivedAt: 3 } })).toThrow(/receivedAt/);
    expect(() => readNoticeView({ notice: { ...decided('keep'), decision: { action: 'keep' } } })).toThrow(
      /ground/,
    );
  });
});

describe('the notice calls', () => {
  it('posts the notice without cookies and reads the receipt; asks the status with X-Notice-Token', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const answers = [
      {
        status: 202,
        body: {
          notice: { id: 'n1', status: 'received', receivedAt: received.receivedAt },
          noticeToken: 'secret',
        },
      },
      { status: 200, body: { notice: received } },
    ];
    const impl: FetchLike = (url, init) => {
      seen.push({ url, init });
      const a = answers.shift()!;
      return Promise.resolve(new Response(JSON.stringify(a.body), { status: a.status }));
    };
    const api = new ParleyApi('https://api.example', impl);
    const receipt = await sendNotice(api, 'c 1', toNoticeInput(draft()));
    expect(receipt).toEqual({ id: 'n1', receivedAt: received.receivedAt, token: 'secret' });
    expect(seen[0]!.url).toBe('https://api.example/comments/c%201/notices');
    expect(seen[0]!.init?.credentials).toBe('omit');
    expect(JSON.parse(seen[0]!.init?.body as string)).toMatchObject({
      category: 'defamation',
      goodFaith: true,
    });

    expect((await noticeStatus(api, 'n1', 'secret')).status).toBe('received');
    expect(seen[1]!.url).toBe('https://api.example/notices/n1');
    expect(seen[1]!.init?.headers).toEqual({ 'x-notice-token': 'secret' });
  });
});

class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const record = (id: string, commentId: string, articleId: string, minute: number) => ({
  id,
  commentId,
  articleId,
  token: `tok-${id}`,
  receivedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
  category: 'defamation',
  about: 'Viktor',
});

describe('notices in the reader store', () => {
  it('keeps notice tokens per article across reloads, newest first, and forgets them with everything else', () => {
    const storage = new MemoryStorage();
    const store = new ReaderStore(storage);
    store.rememberNotice(record('n1', 'c1', 'a1', 1));
    store.rememberNotice(record('n2', 'c2', 'a1', 2));
    store.rememberNotice(record('n3', 'c3', 'a2', 3));
    const again = new ReaderStore(storage);
    expect(again.notices('a1').map((r) => r.id)).toEqual(['n2', 'n1']);
    expect(again.hasNoticed('c3')).toBe(true);
    expect(again.hasNoticed('c9')).toBe(false);
    again.forgetNotice('n2');
    expect(new ReaderStore(storage).notices('a1').map((r) => r.id)).toEqual(['n1']);
    // Entries another script or version left, without the fields, are skipped.
    storage.setItem('parley:v1:notices', JSON.stringify([{ id: 'x' }, record('n4', 'c4', 'a1', 4)]));
    expect(again.notices('a1').map((r) => r.id)).toEqual(['n4']);
    again.clear();
    expect(storage.data.has('parley:v1:notices')).toBe(false);
  });
});

describe('pollBounded', () => {
  // Fake timers: the schedule runs to its end whatever the machine's load (a real 20 ms wait once ran
  // out before three zero-delay timers had fired on a busy CI machine).
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());
  const settle = () => vi.runAllTimersAsync();

  it('asks while the answer is still waiting, counts a failure as a step, and stops at the end of the schedule', async () => {
    let asked = 0;
    pollBounded(
      0,
      () => true,
      () => (++asked === 2 ? Promise.reject(new Error('offline')) : Promise.resolve(true)),
      [0, 0, 0],
    );
    await settle();
    expect(asked).toBe(3);
  });

  it('stops once decided, or once the page is gone', async () => {
    let asked = 0;
    pollBounded(
      0,
      () => true,
      () => Promise.resolve(++asked < 2),
      [0, 0, 0, 0],
    );
    let gone = 0;
    pollBounded(
      0,
      () => false,
      () => Promise.resolve(++gone > 0),
      [0, 0],
    );
    await settle();
    expect(asked).toBe(2);
    expect(gone).toBe(0);
  });
});
