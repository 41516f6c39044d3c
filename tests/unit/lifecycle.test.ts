/**
 * The comment state machine (shared/domain/lifecycle.ts) as properties over random histories: whatever
 * sequence of automatic decisions, moderator decisions, author edits and deletions and reader flags a
 * comment goes through, the counters it moves never go negative and always equal a recount, every move
 * is audited, and a human rejection is never undone by an author or the machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommentRecord, CommentStatus } from '../../shared/domain/comment';
import {
  applyFlag,
  applyTransition,
  canErase,
  canTransition,
  decidedAutomatically,
  firstRepliesAfter,
  type Actor,
  type TransitionChange,
} from '../../shared/domain/lifecycle';
import { InvalidTransitionError } from '../../shared/errors';
import {
  AUTHOR_ACTOR as AUTHOR,
  MODERATOR_ACTOR as MOD,
  SYSTEM_ACTOR as SYSTEM,
  commentRecord,
} from '../support/memory/fixtures';

type Step =
  | { kind: 'auto'; to: 'approved' | 'pending' | 'rejected' }
  | { kind: 'decide'; action: 'approve' | 'reject' }
  | { kind: 'edit' }
  | { kind: 'delete' }
  | { kind: 'erase' }
  | { kind: 'flag'; threshold: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('auto' as const),
    to: fc.constantFrom('approved' as const, 'pending' as const, 'rejected' as const),
  }),
  fc.record({
    kind: fc.constant('decide' as const),
    action: fc.constantFrom('approve' as const, 'reject' as const),
  }),
  fc.record({ kind: fc.constant('edit' as const) }),
  fc.record({ kind: fc.constant('delete' as const) }),
  // A moderator carrying out an erasure request made by other means (shared/app/personal-data.ts).
  fc.record({ kind: fc.constant('erase' as const) }),
  fc.record({ kind: fc.constant('flag' as const), threshold: fc.integer({ min: 1, max: 3 }) }),
);

function changeFor(s: Exclude<Step, { kind: 'flag' }>, now: Date, n: number): TransitionChange {
  switch (s.kind) {
    case 'auto':
      return { to: s.to, now, actor: SYSTEM, action: 'auto_decision', reason: null };
    case 'decide':
      return {
        to: s.action === 'approve' ? 'approved' : 'rejected',
        now,
        actor: MOD,
        action: s.action,
        reason: s.action === 'reject' ? 'spam' : null,
        humanDecision: { action: s.action, by: { id: MOD.id }, at: now.toISOString(), reason: null },
        clearReport: s.action === 'approve',
      };
    case 'edit':
      return {
        to: 'received',
        now,
        actor: AUTHOR,
        action: 'edit',
        reason: null,
        edit: { body: `Edit ${n}.` },
      };
    case 'delete':
      return { to: 'deleted', now, actor: AUTHOR, action: 'delete', reason: null, erase: true };
    case 'erase':
      return { to: 'deleted', now, actor: MOD, action: 'erase', reason: 'erasure_request', erase: true };
  }
}

/** What every counter should read for one comment in state `c`, recounted from the record alone. */
const recount = (c: CommentRecord) => ({
  pending: c.status === 'pending' ? 1 : 0,
  approved: c.status === 'approved' ? 1 : 0,
  rejected: c.status === 'rejected' ? 1 : 0,
  reported: c.reported === true ? 1 : 0,
});

describe('the comment lifecycle', () => {
  it('keeps every counter non-negative and equal to a recount, and audits every move', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let c = commentRecord();
        const queues = { pending: 0, approved: 0, rejected: 0, reported: 0 };
        let article = 0;
        let authorApproved = 0;
        let authorRejected = 0;
        // Every rejection made, less those a moderator overturned (to approved or pending).
        let rejections = 0;
        let t = Date.parse(c.createdAt);
        steps.forEach((s, n) => {
          const now = new Date((t += 60_000));
          if (s.kind === 'flag') {
            const flagged = applyFlag(c, { reporter: `r${n}`, reason: 'spam', at: now }, s.threshold);
            for (const [q, d] of Object.entries(flagged.queues)) queues[q as keyof typeof queues] += d;
            c = flagged.next;
          } else {
            const change = changeFor(s, now, n);
            const allowed =
              change.erase === true
                ? canErase(c.status, change.actor.type)
                : canTransition(c.status, change.to, change.actor.type, c);
            if (!allowed) {
              expect(() => applyTransition(c, change)).toThrow(InvalidTransitionError);
              return;
            }
            const { next, effects, audit } = applyTransition(c, change);
            expect(audit).toMatchObject({
              commentId: c.id,
              from: c.status,
              to: next.status,
              version: next.version,
            });
            expect(next.version).toBe(c.version + 1);
            for (const [q, d] of Object.entries(effects.queues)) queues[q as keyof typeof queues] += d;
            article += effects.articleApproved;
            authorApproved += effects.authorApproved;
            authorRejected += effects.authorRejected;
            if (next.status === 'rejected' && c.status !== 'rejected') rejections++;
            if (c.status === 'rejected' && change.actor.type === 'moderator' && next.status !== 'deleted')
              rejections--;
            c = next;
          }
          expect(queues).toEqual(recount(c));
          expect(article).toBe(c.status === 'approved' ? 1 : 0);
          expect(authorApproved).toBe(article);
          expect(authorRejected).toBeGreaterThanOrEqual(c.status === 'rejected' ? 1 : 0);
          expect(authorRejected).toBe(rejections);
        });
      }),
    );
  });

  it('records every move after the version it moves from, even when its clock read earlier', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(step, fc.integer({ min: -120_000, max: 60_000 })), { maxLength: 30 }),
        (steps) => {
          let c = commentRecord();
          let t = Date.parse(c.createdAt);
          let last = Date.parse(c.updatedAt);
          steps.forEach(([s, jitter], n) => {
            // A move computed from a read taken before another move landed carries an older time.
            t += 60_000;
            if (s.kind === 'flag') return;
            const change = changeFor(s, new Date(t + jitter), n);
            const allowed =
              change.erase === true
                ? canErase(c.status, change.actor.type)
                : canTransition(c.status, change.to, change.actor.type, c);
            if (!allowed) return;
            const { next, audit } = applyTransition(c, change);
            expect(Date.parse(audit.at)).toBeGreaterThanOrEqual(last);
            expect(next.updatedAt).toBe(audit.at);
            last = Date.parse(audit.at);
            c = next;
          });
        },
      ),
    );
  });

  it('never lets an author or the machine publish what a moderator rejected', () => {
    const afterRejection = fc.array(
      step.filter((s) => s.kind !== 'decide'),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(afterRejection, (steps) => {
        let c = commentRecord({ status: 'pending' });
        c = applyTransition(c, changeFor({ kind: 'decide', action: 'reject' }, new Date(), 0)).next;
        steps.forEach((s, n) => {
          if (s.kind === 'flag') return;
          const change = changeFor(s, new Date(), n);
          if (!canTransition(c.status, change.to, change.actor.type, c)) return;
          c = applyTransition(c, change).next;
          expect(c.status).not.toBe('approved');
          expect(c.humanDecision?.action).toBe('reject');
        });
      }),
    );
  });

  it('allows exactly the moves of the state diagram', () => {
    const statuses: CommentStatus[] = ['received', 'pending', 'approved', 'rejected', 'deleted'];
    const allowed = (actor: Actor['type']) =>
      statuses.flatMap((from) =>
        statuses.filter((to) => canTransition(from, to, actor)).map((to) => `${from}>${to}`),
      );
    expect(allowed('system')).toEqual(['received>pending', 'received>approved', 'received>rejected']);
    expect(allowed('moderator')).toEqual([
      'received>approved',
      'received>rejected',
      'pending>approved',
      'pending>rejected',
      'approved>approved',
      'approved>rejected',
      'rejected>approved',
    ]);
    expect(allowed('author')).toEqual(
      ['received', 'pending', 'approved', 'rejected'].flatMap((f) => [`${f}>received`, `${f}>deleted`]),
    );
  });

  it('erases the text, the name and every note of a deleted comment', () => {
    const c = commentRecord({
      status: 'rejected',
      authorEmailHash: 'hash',
      humanDecision: {
        action: 'reject',
        by: { id: 'm' },
        at: '2026-01-01T00:00:00.000Z',
        reason: 'spam',
        note: 'quoted',
      },
      recentFlags: [{ reason: 'spam', at: '2026-01-01T00:00:00.000Z', note: 'quoted too' }],
    });
    const { next, effects } = applyTransition(c, changeFor({ kind: 'delete' }, new Date(), 0));
    expect(next).toMatchObject({ status: 'deleted', body: '', authorName: '' });
    expect(next.authorEmailHash).toBeUndefined();
    expect(next.humanDecision?.note).toBeUndefined();
    expect(next.recentFlags?.[0]?.note).toBeUndefined();
    // An author's deletion takes no rejection back from the author's history.
    expect(effects.authorRejected).toBe(0);
    // Nor does an erasure a moderator carries out for the author.
    expect(applyTransition(c, changeFor({ kind: 'erase' }, new Date(), 0)).effects.authorRejected).toBe(0);
  });

  it('counts a human decision in its hour, with the wait of a first decision', () => {
    const c = commentRecord({ status: 'pending' });
    const now = new Date(Date.parse(c.createdAt) + 90_000);
    const { effects } = applyTransition(c, changeFor({ kind: 'decide', action: 'approve' }, now, 0));
    expect(effects.decisionStats).toEqual({
      hour: now.toISOString().slice(0, 13),
      counters: ['decisions', 'approved', 'ttd25', 'firstDecisions'],
    });
  });

  it('reports a comment once its open flags reach the threshold, and only a published or pending one', () => {
    const c = commentRecord({ status: 'approved', openFlags: 1 });
    const flag = { reporter: 'r', reason: 'abuse' as const, at: new Date(), note: 'n' };
    expect(applyFlag(c, flag, 3)).toMatchObject({ reported: false, queues: {} });
    expect(applyFlag(c, flag, 2)).toMatchObject({
      reported: true,
      queues: { reported: 1 },
      next: { openFlags: 2 },
    });
    expect(applyFlag({ ...c, status: 'rejected' }, flag, 2).reported).toBe(false);
  });

  it('keeps the first replies of a thread inline, in order, and asks for a refill when too few remain', () => {
    const root = commentRecord({ status: 'approved' });
    const replies = [1, 2, 3, 4].map(() =>
      commentRecord({ status: 'approved', parentId: root.id, rootId: root.id }),
    );
    let inline = { firstReplies: [] as CommentRecord['firstReplies'], replyCount: 0 };
    for (const r of [replies[3]!, replies[0]!, replies[2]!, replies[1]!]) {
      inline = { firstReplies: firstRepliesAfter(inline, r, 1)!, replyCount: inline.replyCount + 1 };
    }
    expect(inline.firstReplies.map((r) => r.id)).toEqual(replies.slice(0, 3).map((r) => r.id));
    expect(firstRepliesAfter(inline, replies[0]!, -1)).toBeNull();
    expect(firstRepliesAfter({ ...inline, replyCount: 3 }, replies[3]!, -1)).toHaveLength(3);
  });

  it('tells the automatic checks deciding the text a moderator read from every other move in between', () => {
    const read = commentRecord({ status: 'received', version: 4 });
    const decided = (over: Partial<CommentRecord>) =>
      decidedAutomatically(read, { ...read, status: 'pending', version: 5, ...over });
    expect(decided({})).toBe(true);
    expect(decided({ status: 'rejected' })).toBe(true);
    // A moderator came first, the author edited (even to the same words) or deleted, or more than one move.
    expect(decided({ humanDecision: { action: 'approve', by: { id: 'm' }, at: 'now', reason: null } })).toBe(
      false,
    );
    expect(decided({ status: 'received', body: 'Edited.' })).toBe(false);
    expect(decided({ editedAt: new Date().toISOString() })).toBe(false);
    expect(decided({ status: 'deleted', body: '' })).toBe(false);
    expect(decided({ version: 6 })).toBe(false);
    expect(
      decidedAutomatically({ ...read, status: 'pending' }, { ...read, status: 'approved', version: 5 }),
    ).toBe(false);
  });
});
