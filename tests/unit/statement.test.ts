/**
 * Statements of reasons (shared/domain/statement.ts): built by applyTransition at every move into
 * `rejected` (automatic checks, a moderator, a ban), stored on the record, cleared when it leaves.
 */
import { describe, expect, it } from 'vitest';
import type { CommentRecord } from '../../shared/domain/comment';
import { applyTransition, type Actor, type TransitionChange } from '../../shared/domain/lifecycle';
import { addMonths, statementOfReasonsSchema, type StatementOfReasons } from '../../shared/domain/statement';
import { DEFAULT_STATEMENT_GROUNDS } from '../../shared/moderation/policy-defaults';
import type { DecisionRecord } from '../../shared/moderation/types';
import { commentRecord } from '../support/memory/fixtures';

const SYSTEM: Actor = { type: 'system', id: 'auto-moderator', name: 'Automatic moderation' };
const MOD: Actor = { type: 'moderator', id: 'mod-7', name: 'Maria Moderator' };
const NOW = new Date('2026-08-31T12:00:00.000Z');
const GROUNDS = { ...DEFAULT_STATEMENT_GROUNDS, spam: 'Rule 4: no advertising.' };
const NOTE = 'Private note: this is the third time from this troll';

const decision = (outcome: DecisionRecord['outcome'], checks: DecisionRecord['checks']): DecisionRecord => ({
  outcome,
  decidedBy: checks.find((c) => c.outcome !== 'pass')?.check ?? null,
  reason: checks.find((c) => c.outcome !== 'pass')?.reason ?? null,
  checks,
  tags: [],
  decidedAt: NOW.toISOString(),
  policyVersion: 1,
});
const SPAM = decision('rejected', [
  { check: 'links', outcome: 'pass', evidence: [] },
  { check: 'spam', outcome: 'reject', reason: 'spam', evidence: [{ kind: 'channel', value: 'x.shop' }] },
]);
const HELD = decision('pending', [
  { check: 'suspect-terms', outcome: 'hold', reason: 'suspect_term', evidence: [] },
]);
const PRE_MODERATED = decision('pending', [
  { check: 'pre-moderation', outcome: 'hold', reason: 'pre_moderation', evidence: [] },
]);

const moderatorReject = (reason: string, over: Partial<TransitionChange> = {}): TransitionChange => ({
  to: 'rejected',
  now: NOW,
  actor: MOD,
  action: 'reject',
  reason,
  note: NOTE,
  publicReason: reason,
  humanDecision: {
    action: 'reject',
    by: { id: MOD.id, name: MOD.name! },
    at: NOW.toISOString(),
    reason,
    note: NOTE,
  },
  grounds: GROUNDS,
  ...over,
});

function rejected(prev: CommentRecord, change: TransitionChange): StatementOfReasons {
  const { next } = applyTransition(prev, change);
  expect(next.status).toBe('rejected');
  return statementOfReasonsSchema.parse(next.statement);
}

/** Nothing of the moderator: not their id, name or note. */
function expectNoModerator(s: StatementOfReasons) {
  const text = JSON.stringify(s);
  for (const secret of [MOD.id, MOD.name!, NOTE, 'troll']) expect(text).not.toContain(secret);
}

describe('the statement of reasons', () => {
  it('of an automatic rejection: automated detection and decision, the checks that decided, the clause', () => {
    const s = rejected(commentRecord(), {
      to: 'rejected',
      now: NOW,
      actor: SYSTEM,
      action: 'auto_decision',
      reason: 'spam',
      decision: SPAM,
      grounds: GROUNDS,
    });
    expect(s).toMatchObject({
      decidedAt: NOW.toISOString(),
      restriction: 'not_published',
      automated: { detection: true, decision: true },
      ground: { kind: 'terms', reason: 'spam', clause: 'Rule 4: no advertising.' },
    });
    expect(s.facts).toBe(
      'Our automatic checks did not publish this comment: the spam check found spam or advertising.',
    );
    expect(s.facts).not.toContain('x.shop');
  });

  it('says when what the checks found was in the display name alone, never the word', () => {
    const inName = decision('rejected', [
      {
        check: 'banned-terms',
        outcome: 'reject',
        reason: 'banned_word',
        evidence: [{ kind: 'term', value: 'zorblax', span: [0, 7], detail: 'authorName: "Zorblax"' }],
      },
    ]);
    const auto = {
      to: 'rejected',
      now: NOW,
      actor: SYSTEM,
      action: 'auto_decision',
      reason: 'banned_word',
    } as const;
    const s = rejected(commentRecord(), { ...auto, decision: inName, grounds: GROUNDS });
    expect(s.facts).toBe(
      'Our automatic checks did not publish this comment: the banned terms check found a word this site does not publish in the display name.',
    );
    expect(s.facts).not.toContain('orblax');
    const inBody = decision('rejected', [
      {
        check: 'banned-terms',
        outcome: 'reject',
        reason: 'banned_word',
        evidence: [{ kind: 'term', value: 'zorblax', span: [4, 11], detail: 'body: "zorblax"' }],
      },
    ]);
    expect(rejected(commentRecord(), { ...auto, decision: inBody, grounds: GROUNDS }).facts).toBe(
      'Our automatic checks did not publish this comment: the banned terms check found a word this site does not publish.',
    );
  });

  it('gives six months to appeal, to the day (or the month’s last day), with the other routes', () => {
    const s = rejected(commentRecord(), { ...moderatorReject('abuse') });
    expect(s.redress.appealUntil).toBe('2027-02-28T12:00:00.000Z');
    expect(s.redress.routes).toEqual([
      'Ask for a review by a person (appeal) until 28 February 2027.',
      'Refer the decision to a certified out-of-court dispute settlement body.',
      'Take the matter to the courts.',
    ]);
    expect(addMonths(new Date('2026-03-02T10:00:00.000Z'), 6).toISOString()).toBe('2026-09-02T10:00:00.000Z');
    expect(addMonths(new Date('2026-12-15T00:00:00.000Z'), 6).toISOString()).toBe('2027-06-15T00:00:00.000Z');
  });

  it('of a moderator rejecting a comment the checks held: detection automated, decision human', () => {
    const s = rejected(commentRecord({ status: 'pending', decision: HELD }), moderatorReject('hate'));
    expect(s).toMatchObject({
      restriction: 'not_published',
      automated: { detection: true, decision: false },
      ground: { reason: 'hate', clause: DEFAULT_STATEMENT_GROUNDS.hate },
    });
    expect(s.facts).toBe(
      'Our automatic checks held this comment for review (the suspect terms check: suspect term). ' +
        'A moderator rejected this comment, for hate speech.',
    );
    expectNoModerator(s);
  });

  it('counts a hold for pre-moderation as no detection', () => {
    const s = rejected(
      commentRecord({ status: 'pending', decision: PRE_MODERATED }),
      moderatorReject('off_topic'),
    );
    expect(s.automated).toEqual({ detection: false, decision: false });
    expect(s.facts).toBe('A moderator rejected this comment, for content off the topic of the article.');
  });

  it('of a moderator removing a published comment readers reported: `removed`, nothing automated', () => {
    const prev = commentRecord({
      status: 'approved',
      decision: decision('approved', [{ check: 'spam', outcome: 'pass', evidence: [] }]),
      openFlags: 3,
      reported: true,
    });
    const s = rejected(prev, moderatorReject('harassment'));
    expect(s).toMatchObject({
      restriction: 'removed',
      automated: { detection: false, decision: false },
      ground: { reason: 'harassment' },
    });
    expect(s.facts).toBe(
      'A moderator removed this published comment after 3 readers reported it, for harassment or threats.',
    );
    expectNoModerator(s);
  });

  it('of a removal decided on a notice: the facts and the statement name the notice, the audit event its id', () => {
    const prev = commentRecord({ status: 'approved', openFlags: 1, reported: true });
    const notice = {
      id: '01K0NOTICE0000000000000000',
      category: 'defamation' as const,
      ground: 'Defamation law.',
    };
    const s = rejected(prev, moderatorReject('illegal', { notice }));
    expect(s).toMatchObject({ restriction: 'removed', ground: { reason: 'illegal' }, notice });
    expect(s.facts).toBe(
      'A moderator removed this published comment on a notice that it is defamation, after a reader reported it, for illegal content.',
    );
    expectNoModerator(s);
    expect(applyTransition(prev, moderatorReject('illegal', { notice })).audit.noticeId).toBe(notice.id);
    // Without a notice, neither says anything of one.
    const plain = applyTransition(prev, moderatorReject('illegal'));
    expect(plain.next.statement).not.toHaveProperty('notice');
    expect(plain.audit).not.toHaveProperty('noticeId');
  });

  it("of a ban's rejection: the facts say the author was banned, never the ban's reason or note", () => {
    const prev = commentRecord({ status: 'approved' });
    const s = rejected(prev, {
      to: 'rejected',
      now: NOW,
      actor: MOD,
      action: 'reject',
      reason: 'abuse',
      note: `Author banned: ${NOTE}`,
      publicReason: 'abuse',
      grounds: GROUNDS,
      authorBanned: true,
    });
    expect(s).toMatchObject({
      restriction: 'removed',
      automated: { detection: false, decision: false },
      ground: { reason: 'abuse', clause: DEFAULT_STATEMENT_GROUNDS.abuse },
    });
    expect(s.facts).toBe(
      "The author was banned from commenting, and a moderator removed this published comment with the author's other comments.",
    );
    expectNoModerator(s);
  });

  it('of the automatic rejection of a banned author’s comment', () => {
    const banned = {
      ...decision('rejected', [{ check: 'banned-author', outcome: 'reject', reason: 'other', evidence: [] }]),
      tags: ['author_banned'],
    };
    const s = rejected(commentRecord(), {
      to: 'rejected',
      now: NOW,
      actor: SYSTEM,
      action: 'auto_decision',
      reason: 'other',
      decision: banned,
      grounds: GROUNDS,
    });
    expect(s.facts).toBe(
      'The author is banned from commenting, so our automatic checks did not publish this comment.',
    );
    expect(s.ground).toEqual({ kind: 'terms', reason: 'other', clause: DEFAULT_STATEMENT_GROUNDS.other });
  });

  it('cites the built-in clause when no grounds are passed, and `other` for a reason outside the list', () => {
    const { grounds: _g, ...change } = moderatorReject('not_a_reason');
    const s = rejected(commentRecord({ status: 'pending', decision: HELD }), change);
    expect(s.ground).toEqual({ kind: 'terms', reason: 'other', clause: DEFAULT_STATEMENT_GROUNDS.other });
  });

  it('is cleared when a moderator approves the comment afterwards, and when the author edits it', () => {
    const { next: rejectedOnce } = applyTransition(
      commentRecord({ status: 'pending', decision: HELD }),
      moderatorReject('spam'),
    );
    expect(rejectedOnce.statement).toBeDefined();
    const { next: approved } = applyTransition(rejectedOnce, {
      to: 'approved',
      now: NOW,
      actor: MOD,
      action: 'approve',
      reason: null,
      humanDecision: { action: 'approve', by: { id: MOD.id }, at: NOW.toISOString(), reason: null },
    });
    expect(approved.statement).toBeUndefined();
    expect(approved.publicReason).toBeUndefined();
    const { next: edited } = applyTransition(rejectedOnce, {
      to: 'received',
      now: NOW,
      actor: { type: 'author', id: rejectedOnce.authorId },
      action: 'edit',
      reason: null,
      edit: { body: 'Reworded.' },
    });
    expect(edited.statement).toBeUndefined();
  });

  it('is not written by a move into any other status', () => {
    for (const to of ['approved', 'pending'] as const) {
      const { next } = applyTransition(commentRecord(), {
        to,
        now: NOW,
        actor: SYSTEM,
        action: 'auto_decision',
        reason: null,
        grounds: GROUNDS,
      });
      expect(next.statement).toBeUndefined();
    }
  });
});
