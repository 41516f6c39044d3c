/**
 * The console's notices queue without a browser: cards keyed by notice (a comment with two notices is
 * two cards), ordered by receipt, which cards belong to the tab, a card marked decided from the
 * comment's history after a 409, the notifier line, the tab counts from the stats, and a trusted
 * flagger's notices first.
 */
import { describe, expect, it } from 'vitest';
import type { Api, ModeratorNotice, QueueItem } from '../../../web/console/api';
import { notifierLine } from '../../../web/console/notice-card';
import { queueCounts } from '../../../web/console/queue-actions';
import {
  appendPage,
  belongsTo,
  itemFromHistory,
  itemKey,
  leadsWithTrusted,
  mergeRefresh,
  sortItems,
  withoutDeparted,
} from '../../../web/console/state';

const t = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

const notice = (id: string, receivedAt: string, extra: Partial<ModeratorNotice> = {}): ModeratorNotice => ({
  id,
  commentId: 'c1',
  category: 'defamation',
  explanation: 'It says a named person took bribes.',
  lawOrGround: null,
  notifierName: null,
  anonymous: true,
  trustedFlagger: null,
  status: 'received',
  receivedAt,
  decision: null,
  ...extra,
});

function item(commentId: string, createdAt: string, n?: ModeratorNotice): QueueItem {
  return {
    comment: {
      id: commentId,
      articleId: 'a1',
      parentId: null,
      authorName: `Author ${commentId}`,
      body: 'Body',
      bodyHtml: '<p>Body</p>',
      createdAt,
      editedAt: null,
      status: 'approved',
      version: 3,
      authorId: 'a_abcdefghij',
      updatedAt: createdAt,
      publicReason: null,
    },
    status: 'approved',
    version: 3,
    articleId: 'a1',
    decision: null,
    humanDecision: null,
    statement: null,
    flags: { open: 0, byReason: {}, recent: [], reported: false },
    parent: null,
    trustedFlagger: null,
    author: { id: 'a_abcdefghij', approved: 1, rejected: 0, banned: false },
    ...(n ? { notice: n } : {}),
  };
}

describe('the notices queue state', () => {
  // One old comment with two notices, and a newer comment with an earlier notice.
  const n1 = item('c1', t(1), notice('01N2', t(30)));
  const n2 = item('c1', t(1), notice('01N3', t(40)));
  const n3 = item('c2', t(20), notice('01N1', t(25)));

  it('keys a card by its notice, or by its comment outside the notices queue', () => {
    expect(itemKey(n1)).toBe('01N2');
    expect(itemKey(item('c9', t(0)))).toBe('c9');
  });

  it('orders notices by receipt, as the API pages them, and keeps two notices on one comment apart', () => {
    expect(sortItems([n2, n1, n3], 'oldest').map(itemKey)).toEqual(['01N1', '01N2', '01N3']);
    expect(sortItems([n2, n1, n3], 'newest').map(itemKey)).toEqual(['01N3', '01N2', '01N1']);
    expect(appendPage([n1], [n2, n3], 'oldest').map(itemKey)).toEqual(['01N1', '01N2', '01N3']);
    // A card with an open form stays through a refresh that no longer lists it.
    expect(mergeRefresh([n1, n2], [n3], new Set(), 'oldest', true).map(itemKey)).toEqual(['01N1']);
    expect(mergeRefresh([n1, n2], [n3], new Set(['01N2']), 'oldest', true).map(itemKey)).toEqual([
      '01N1',
      '01N2',
    ]);
  });

  it('keeps a decided card out of a refresh that still lists it, for a minute', () => {
    // n2's notice (01N3) was just decided; a refresh asked before that (or an index not caught up) lists it.
    const departed = new Map([[itemKey(n2), Date.now() + 60_000]]);
    const fresh = withoutDeparted([n1, n2, n3], departed);
    expect(mergeRefresh([n1, n3], fresh, new Set(), 'oldest', true).map(itemKey)).toEqual(['01N1', '01N2']);
    departed.set(itemKey(n2), Date.now() - 1);
    expect(withoutDeparted([n1, n2], departed).map(itemKey)).toEqual(['01N2', '01N3']);
    expect(departed.size).toBe(0);
  });

  it('lists a card in the notices tab while its notice is open', () => {
    expect(belongsTo('notices', n1)).toBe(true);
    expect(belongsTo('notices', { ...n1, notice: { ...n1.notice!, status: 'decided' } })).toBe(false);
    expect(belongsTo('notices', item('c9', t(0)))).toBe(false);
  });

  it('marks the notice decided when the comment history holds its decision (a 409 refresh)', () => {
    const history = (noticeId: string | undefined) => ({
      commentId: 'c1',
      status: 'rejected' as const,
      version: 4,
      statement: null,
      nextCursor: null,
      events: [
        {
          eventId: 'e1',
          commentId: 'c1',
          at: t(50),
          actor: { type: 'moderator' as const, id: 'm2', name: 'Other Moderator' },
          action: 'reject',
          from: 'approved' as const,
          to: 'rejected' as const,
          reason: 'illegal',
          version: 4,
          ...(noticeId ? { noticeId } : {}),
        },
      ],
    });
    const updated = itemFromHistory(n1, history('01N2'))!;
    expect(updated.notice?.status).toBe('decided');
    expect(updated.status).toBe('rejected');
    expect(updated.humanDecision?.by.name).toBe('Other Moderator');
    // Another notice's decision on the same comment leaves this one open.
    expect(itemFromHistory(n2, history('01N2'))!.notice?.status).toBe('received');
  });

  it('says whether a notice is anonymous, and the name moderators may see', () => {
    expect(notifierLine({ anonymous: false, notifierName: 'Nina' })).toBe(
      'From Nina (name and e-mail given)',
    );
    expect(notifierLine({ anonymous: true, notifierName: 'Nina' })).toBe(
      'Anonymous: name only (Nina), no e-mail',
    );
    expect(notifierLine({ anonymous: true, notifierName: null })).toBe('Anonymous: no name and e-mail given');
  });
});

describe('the tab counts', () => {
  it('come from the stats, which count the open notices and appeals', async () => {
    const queues = { received: 0, pending: 2, approved: 5, rejected: 1, reported: 0, notices: 3, appeals: 0 };
    const api = { stats: () => Promise.resolve({ queues }) } as unknown as Api;
    expect(await queueCounts(api)).toEqual(queues);
  });
});

describe('trusted flaggers’ notices (EU DSA Art. 22)', () => {
  const trusted = { id: '01F1', name: 'Internet Hotline' };
  const older = n(1);
  const newer = n(2);
  const fromFlagger = {
    ...item('c3', t(0), notice('01N9', t(50), { trustedFlagger: trusted })),
    trustedFlagger: trusted,
  };

  it('come first in the notices and reported tabs, in either order, as the API pages them', () => {
    expect(sortItems([older, fromFlagger, newer], 'oldest', true).map(itemKey)).toEqual([
      '01N9',
      '01N1',
      '01N2',
    ]);
    expect(sortItems([older, fromFlagger, newer], 'newest', true).map(itemKey)).toEqual([
      '01N9',
      '01N2',
      '01N1',
    ]);
    expect(appendPage([fromFlagger, older], [newer], 'oldest', true).map(itemKey)).toEqual([
      '01N9',
      '01N1',
      '01N2',
    ]);
    expect(mergeRefresh([older], [fromFlagger, newer], new Set(), 'oldest', true, true).map(itemKey)).toEqual(
      ['01N9', '01N2'],
    );
    expect(leadsWithTrusted('notices')).toBe(true);
    expect(leadsWithTrusted('reported')).toBe(true);
    expect(leadsWithTrusted('approved')).toBe(false);
  });

  it('keep their time order elsewhere, where the API pages by time alone', () => {
    expect(sortItems([older, fromFlagger, newer], 'oldest').map(itemKey)).toEqual(['01N1', '01N2', '01N9']);
  });
});

function n(i: number): QueueItem {
  return item(`c${i}`, t(0), notice(`01N${i}`, t(1)));
}
