/**
 * `applyArrival` (shared/domain/lifecycle.ts): an imported comment moves the counters exactly as a
 * posted comment decided into the same status by the system would, and is audited as an import.
 */
import { describe, expect, it } from 'vitest';
import type { CommentStatus } from '../../shared/domain/comment';
import { IMPORT_ACTOR, applyArrival, applyTransition } from '../../shared/domain/lifecycle';
import { InvalidTransitionError } from '../../shared/errors';
import { commentRecord } from '../support/memory/fixtures';

const NOW = new Date('2027-01-05T09:00:00.000Z');

describe('applyArrival', () => {
  it.each([
    ['approved', { articleApproved: 1, authorApproved: 1, authorRejected: 0, queues: { approved: 1 } }],
    ['pending', { articleApproved: 0, authorApproved: 0, authorRejected: 0, queues: { pending: 1 } }],
    ['rejected', { articleApproved: 0, authorApproved: 0, authorRejected: 1, queues: { rejected: 1 } }],
  ] as const)(
    'counts a root arriving %s as the system deciding a received comment would',
    (status, moved) => {
      const c = commentRecord({ status });
      const { effects } = applyArrival(c, NOW);
      expect(effects).toEqual({ ...moved, rootReplies: 0, decisionStats: null });
      const decided = applyTransition(
        { ...c, status: 'received' },
        { to: status, now: NOW, actor: IMPORT_ACTOR, action: 'import', reason: null },
      );
      expect(effects).toEqual(decided.effects);
    },
  );

  it("moves the thread root's reply count for an approved reply only", () => {
    const root = commentRecord({ status: 'approved' });
    const reply = (status: CommentStatus) => commentRecord({ status, parentId: root.id, rootId: root.id });
    const thread = { root: { status: 'approved' as const } };
    expect(applyArrival(reply('approved'), NOW, thread).effects.rootReplies).toBe(1);
    expect(applyArrival(reply('pending'), NOW).effects.rootReplies).toBe(0);
    expect(applyArrival(reply('rejected'), NOW).effects.rootReplies).toBe(0);
  });

  it('moves nothing for a received comment (posting counts nothing; the consumer decides it later)', () => {
    expect(applyArrival(commentRecord({ status: 'received' }), NOW).effects).toEqual({
      articleApproved: 0,
      authorApproved: 0,
      authorRejected: 0,
      rootReplies: 0,
      queues: {},
      decisionStats: null,
    });
  });

  it('audits the import from no status, with the decision reason, at the comment version', () => {
    const c = commentRecord({
      status: 'rejected',
      decision: {
        outcome: 'rejected',
        decidedBy: 'import',
        reason: 'spam',
        checks: [],
        tags: ['imported'],
        decidedAt: NOW.toISOString(),
        policyVersion: 0,
      },
    });
    expect(applyArrival(c, NOW).audit).toMatchObject({
      entity: 'audit',
      commentId: c.id,
      at: NOW.toISOString(),
      actor: { type: 'system', id: 'import', name: 'Import' },
      action: 'import',
      from: null,
      to: 'rejected',
      reason: 'spam',
      version: 1,
    });
  });

  it('refuses a status the system cannot give', () => {
    expect(() => applyArrival(commentRecord({ status: 'deleted' }), NOW)).toThrow(InvalidTransitionError);
  });
});
