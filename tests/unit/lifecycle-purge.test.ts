/**
 * The retention purge in the comment state machine (shared/domain/lifecycle.ts `applyPurge`,
 * `dueForPurge`): what deleting a rejected comment moves, what its audit event says, and that nothing
 * but a rejected comment is ever purged.
 */
import { describe, expect, it } from 'vitest';
import { COMMENT_STATUSES } from '../../shared/domain/comment';
import { RETENTION_ACTOR, applyPurge, dueForPurge } from '../../shared/domain/lifecycle';
import { auditEventSchema } from '../../shared/domain/responses';
import { InvalidTransitionError } from '../../shared/errors';
import * as z from '../../shared/zod';
import { commentRecord } from '../support/memory/fixtures';

const NOW = new Date('2027-06-01T12:00:00.000Z');

/** A comment rejected by a moderator, with everything personal a rejected comment can carry. */
const rejected = () =>
  commentRecord({
    status: 'rejected',
    version: 3,
    authorName: 'Lena Novak',
    body: 'Call me on +49 170 1234567, you idiot.',
    authorEmailHash: 'email-hash-1',
    networkHash: 'net-hash-1',
    authorId: 'a_lena',
    publicReason: 'abuse',
    humanDecision: {
      action: 'reject',
      by: { id: 'mod-1', name: 'Maria' },
      at: '2026-03-02T10:00:00.000Z',
      reason: 'abuse',
      note: 'Lena again, see her other posts',
    },
  });

describe('applyPurge', () => {
  it('takes the comment out of the rejected queue and leaves the author history as it is', () => {
    const { effects } = applyPurge(rejected(), NOW);
    expect(effects).toEqual({
      articleApproved: 0,
      authorApproved: 0,
      authorRejected: 0,
      rootReplies: 0,
      queues: { rejected: -1 },
      decisionStats: null,
    });
  });

  it('also leaves the reported count of a comment still counted there', () => {
    expect(applyPurge({ ...rejected(), reported: true }, NOW).effects.queues).toEqual({
      rejected: -1,
      reported: -1,
    });
  });

  it('audits the purge as the system, for retention, from rejected to deleted, at the next version', () => {
    const c = rejected();
    const { audit } = applyPurge(c, NOW);
    expect(audit).toMatchObject({
      entity: 'audit',
      commentId: c.id,
      at: NOW.toISOString(),
      actor: RETENTION_ACTOR,
      action: 'purge',
      from: 'rejected',
      to: 'deleted',
      reason: 'retention',
      version: 4,
    });
    expect(audit.actor.type).toBe('system');
    const { entity: _entity, ...shown } = audit;
    expect(z.strictObject(auditEventSchema.shape).parse(shown)).toEqual(shown);
  });

  it('writes nothing personal into the audit event: no name, text, hash, author id, moderator or note', () => {
    const c = rejected();
    const text = JSON.stringify(applyPurge(c, NOW).audit);
    for (const personal of [
      'Lena',
      '1234567',
      'idiot',
      'email-hash-1',
      'net-hash-1',
      'a_lena',
      'mod-1',
      'Maria',
      'see her other posts',
    ])
      expect(text).not.toContain(personal);
    expect(applyPurge(c, NOW).audit.note).toBeUndefined();
  });

  it('refuses to purge a comment in any other status', () => {
    for (const status of COMMENT_STATUSES.filter((s) => s !== 'rejected'))
      expect(() => applyPurge({ ...rejected(), status }, NOW), status).toThrow(InvalidTransitionError);
  });
});

describe('dueForPurge', () => {
  const cutoff = new Date('2026-06-01T00:00:00.000Z');

  it('is due when the rejection (the time the comment last moved) is before the cut-off', () => {
    expect(dueForPurge({ status: 'rejected', updatedAt: '2026-05-31T23:59:59.999Z' }, cutoff)).toBe(true);
    expect(dueForPurge({ status: 'rejected', updatedAt: '2026-06-01T00:00:00.000Z' }, cutoff)).toBe(false);
    expect(dueForPurge({ status: 'rejected', updatedAt: '2026-07-01T00:00:00.000Z' }, cutoff)).toBe(false);
  });

  it('is never due for a comment that is not rejected, however old', () => {
    for (const status of COMMENT_STATUSES.filter((s) => s !== 'rejected'))
      expect(dueForPurge({ status, updatedAt: '2001-01-01T00:00:00.000Z' }, cutoff), status).toBe(false);
  });
});
