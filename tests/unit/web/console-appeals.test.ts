/**
 * The console's appeals queue without a browser: cards keyed by appeal, which cards belong to the tab,
 * a card marked decided from the comment's history after a 409, the decision under appeal in a line,
 * what a refused decision says (the moderator's own decision, or someone came first), and the tab count.
 */
import { describe, expect, it } from 'vitest';
import type { Api, ModeratorAppeal, QueueItem } from '../../../web/console/api';
import { appealedLine } from '../../../web/console/appeal-card';
import { appealConflict, queueCounts } from '../../../web/console/queue-actions';
import { belongsTo, itemFromHistory, itemKey, sortItems } from '../../../web/console/state';

const t = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

const appeal = (id: string, receivedAt: string, extra: Partial<ModeratorAppeal> = {}): ModeratorAppeal => ({
  id,
  appellant: 'author',
  commentId: 'c1',
  explanation: 'It was a quote, not my view.',
  status: 'received',
  receivedAt,
  appealed: {
    statementId: 's1',
    noticeId: null,
    reason: 'abuse',
    decidedAt: t(5),
    by: { id: 'local-moderator', name: 'Local Moderator' },
    automated: false,
  },
  decision: null,
  ...extra,
});

function item(commentId: string, a?: ModeratorAppeal): QueueItem {
  return {
    comment: {
      id: commentId,
      articleId: 'a1',
      parentId: null,
      authorName: 'Ann',
      body: 'Body',
      bodyHtml: '<p>Body</p>',
      createdAt: t(0),
      editedAt: null,
      status: 'rejected',
      version: 3,
      authorId: 'a_abcdefghij',
      updatedAt: t(5),
      publicReason: 'abuse',
    },
    status: 'rejected',
    version: 3,
    articleId: 'a1',
    decision: null,
    humanDecision: null,
    statement: null,
    flags: { open: 0, byReason: {}, recent: [], reported: false },
    parent: null,
    author: { id: 'a_abcdefghij', approved: 1, rejected: 1, banned: false },
    trustedFlagger: null,
    ...(a ? { appeal: a } : {}),
  };
}

describe('the appeals queue state', () => {
  const a1 = item('c1', appeal('01A2', t(30)));
  const a2 = item('c2', appeal('01A1', t(20)));

  it('keys a card by its appeal and orders appeals by receipt', () => {
    expect(itemKey(a1)).toBe('01A2');
    expect(sortItems([a1, a2], 'oldest').map(itemKey)).toEqual(['01A1', '01A2']);
  });

  it('lists a card in the appeals tab while its appeal is open', () => {
    expect(belongsTo('appeals', a1)).toBe(true);
    expect(belongsTo('appeals', { ...a1, appeal: { ...a1.appeal!, status: 'decided' } })).toBe(false);
    expect(belongsTo('appeals', item('c9'))).toBe(false);
  });

  it('marks the appeal decided when the comment history holds its decision (a 409 refresh)', () => {
    const history = (appealId: string) => ({
      commentId: 'c1',
      status: 'approved' as const,
      version: 5,
      statement: null,
      nextCursor: null,
      events: [
        {
          eventId: 'e1',
          commentId: 'c1',
          at: t(50),
          actor: { type: 'moderator' as const, id: 'm2', name: 'Other Moderator' },
          action: 'appeal_decided',
          from: 'rejected' as const,
          to: 'rejected' as const,
          reason: 'abuse',
          version: 4,
          appealId,
        },
      ],
    });
    const updated = itemFromHistory(a1, history('01A2'))!;
    expect(updated.appeal?.status).toBe('decided');
    expect(updated.status).toBe('approved');
    expect(itemFromHistory(a1, history('01A9'))!.appeal?.status).toBe('received');
  });
});

describe('the appeal card words', () => {
  it('names the decision under appeal: what, when, by whom or automatically', () => {
    expect(appealedLine(appeal('a', t(1)))).toMatch(/^Rejected \(Abuse\), .+, by Local Moderator$/);
    const automatic = appeal('a', t(1), {
      appealed: { ...appeal('a', t(1)).appealed, by: null, automated: true, reason: 'spam' },
    });
    expect(appealedLine(automatic)).toMatch(/^Rejected \(Spam\), .+, automatically$/);
    const kept = appeal('a', t(1), {
      appellant: 'notifier',
      appealed: { ...appeal('a', t(1)).appealed, statementId: null, noticeId: 'n1', reason: 'defamation' },
    });
    expect(appealedLine(kept)).toMatch(/^Kept despite a notice of defamation, /);
  });

  it('says plainly when the reviewer took the decision, and who came first otherwise', () => {
    expect(appealConflict('same_decider', 'rejected')).toBe(
      'You made this decision; another moderator or an admin must review it. Nothing was applied.',
    );
    expect(appealConflict('appeal_already_decided', 'approved')).toMatch(
      /^Another moderator decided this appeal first \(the comment is now approved\)/,
    );
    expect(appealConflict('version_conflict', 'deleted')).toMatch(/^The comment changed while you decided/);
  });

  it('counts the open appeals from the stats, as the other queues', async () => {
    const queues = { pending: 2, notices: 1, appeals: 140 };
    const api = {
      stats: () => Promise.resolve({ queues }),
      queue: () => {
        throw new Error('no queue page is read to count');
      },
    } as unknown as Api;
    expect(await queueCounts(api)).toEqual(queues);
  });
});
