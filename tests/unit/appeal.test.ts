/**
 * The rules of appeals (shared/domain/appeal.ts) as pure functions: which decisions may be appealed and
 * until when, who may review one, what a reversal does, and the input the routes accept.
 */
import { describe, expect, it } from 'vitest';
import {
  appealDecisionInput,
  appealInput,
  authorAppealable,
  noticeAppealable,
  reversalOf,
  reviewOf,
  toAppealView,
  type AppealRecord,
} from '../../shared/domain/appeal';
import { applyTransition, type Actor } from '../../shared/domain/lifecycle';
import type { NoticeRecord } from '../../shared/domain/notice';
import { addMonths } from '../../shared/domain/statement';
import { AppealWindowClosedError, NotAppealableError, SameDeciderError } from '../../shared/errors';
import { commentRecord } from '../support/memory/fixtures';

const MOD: Actor = { type: 'moderator', id: 'mod-7', name: 'Maria' };
const DECIDED = new Date('2026-08-31T12:00:00.000Z');

/** A comment a moderator rejected at DECIDED, with its statement of reasons. */
function rejected() {
  const c = commentRecord({ status: 'pending', version: 2 });
  return applyTransition(c, {
    to: 'rejected',
    now: DECIDED,
    actor: MOD,
    action: 'reject',
    reason: 'abuse',
    publicReason: 'abuse',
    humanDecision: { action: 'reject', by: { id: 'mod-7' }, at: DECIDED.toISOString(), reason: 'abuse' },
  }).next;
}

const keptNotice = (over: Partial<NoticeRecord> = {}): NoticeRecord => ({
  entity: 'notice',
  id: '01KNOTICE0000000000000000X',
  commentId: 'c1',
  articleId: 'a1',
  category: 'defamation',
  explanation: 'It says false things about a named person.',
  anonymous: true,
  tokenHash: 'h',
  status: 'decided',
  receivedAt: DECIDED.toISOString(),
  decision: {
    action: 'keep',
    ground: 'Lawful opinion.',
    decidedAt: DECIDED.toISOString(),
    by: { id: 'mod-7' },
  },
  ...over,
});

describe('authorAppealable', () => {
  it('takes a rejection with its statement: the statement names the decision, the decider comes from the trail', () => {
    const c = rejected();
    const appealed = authorAppealable(c, { id: 'mod-7', name: 'Maria' }, DECIDED);
    expect(appealed).toEqual({
      statementId: c.statement!.id,
      reason: 'abuse',
      decidedAt: DECIDED.toISOString(),
      by: { id: 'mod-7', name: 'Maria' },
      automated: false,
    });
  });

  it('names nobody for the automatic checks’ own rejection, whatever the trail says', () => {
    const c = commentRecord();
    const { next } = applyTransition(c, {
      to: 'rejected',
      now: DECIDED,
      actor: { type: 'system', id: 'auto' },
      action: 'auto_reject',
      reason: 'spam',
    });
    expect(authorAppealable(next, { id: 'x' }, DECIDED)).toMatchObject({ by: null, automated: true });
  });

  it('refuses a comment that is not rejected, and a rejection without a statement (imported, or older)', () => {
    expect(() => authorAppealable(commentRecord({ status: 'approved' }), null, DECIDED)).toThrow(
      NotAppealableError,
    );
    expect(() => authorAppealable(commentRecord({ status: 'rejected' }), null, DECIDED)).toThrow(
      NotAppealableError,
    );
  });

  it('is open until the statement’s appeal date, six calendar months on, and closed a moment after', () => {
    const c = rejected();
    const until = new Date(c.statement!.redress.appealUntil);
    expect(until).toEqual(addMonths(DECIDED, 6));
    expect(() => authorAppealable(c, null, until)).not.toThrow();
    expect(() => authorAppealable(c, null, new Date(until.getTime() + 1))).toThrow(AppealWindowClosedError);
  });
});

describe('noticeAppealable', () => {
  it('takes a notice decided keep, with its category and decider', () => {
    expect(noticeAppealable(keptNotice(), DECIDED)).toEqual({
      noticeId: keptNotice().id,
      category: 'defamation',
      reason: 'defamation',
      decidedAt: DECIDED.toISOString(),
      by: { id: 'mod-7' },
      automated: false,
    });
  });

  it('refuses an undecided notice and a removal, and closes after six months', () => {
    const { decision: _d, ...open } = keptNotice({ status: 'received' });
    expect(() => noticeAppealable(open, DECIDED)).toThrow(NotAppealableError);
    const removed = keptNotice();
    removed.decision!.action = 'remove';
    expect(() => noticeAppealable(removed, DECIDED)).toThrow(NotAppealableError);
    const later = new Date(addMonths(DECIDED, 6).getTime() + 1);
    expect(() => noticeAppealable(keptNotice(), later)).toThrow(AppealWindowClosedError);
  });
});

describe('reviewOf', () => {
  it('lets any other moderator review, and anyone an automated decision', () => {
    expect(reviewOf({ by: { id: 'mod-7' } }, { id: 'mod-8', admin: false })).toEqual({ selfReview: false });
    expect(reviewOf({ by: null }, { id: 'mod-7', admin: false })).toEqual({ selfReview: false });
  });

  it('refuses the original decider, unless an admin, whose review is marked a self-review', () => {
    expect(() => reviewOf({ by: { id: 'mod-7' } }, { id: 'mod-7', admin: false })).toThrow(SameDeciderError);
    expect(reviewOf({ by: { id: 'mod-7' } }, { id: 'mod-7', admin: true })).toEqual({ selfReview: true });
  });
});

describe('reversalOf', () => {
  const c = rejected();
  const author = { appellant: 'author' as const, appealed: authorAppealable(c, null, DECIDED) };
  const notifier = { appellant: 'notifier' as const, appealed: noticeAppealable(keptNotice(), DECIDED) };

  it('restores the rejection appealed while it is in force, and nothing once the comment moved', () => {
    expect(reversalOf(author, c)).toBe('restore');
    expect(reversalOf(author, { status: 'received' })).toBe('nothing');
    expect(reversalOf(author, { ...c, statement: { ...c.statement!, id: 'another-rejection' } })).toBe(
      'nothing',
    );
    expect(reversalOf(author, null)).toBe('nothing');
  });

  it('removes the comment a notifier appealed while it can be, nothing if rejected or deleted already', () => {
    expect(reversalOf(notifier, commentRecord({ status: 'approved' }))).toBe('remove');
    expect(reversalOf(notifier, commentRecord({ status: 'pending' }))).toBe('remove');
    expect(reversalOf(notifier, c)).toBe('nothing');
    expect(reversalOf(notifier, commentRecord({ status: 'deleted' }))).toBe('nothing');
  });
});

describe('the appellant’s view', () => {
  it('shows the state, and once decided the outcome, time and note, never who decided', () => {
    const a: AppealRecord = {
      entity: 'appeal',
      id: 'A1',
      appellant: 'author',
      commentId: 'c1',
      articleId: 'a1',
      explanation: 'I only quoted the article.',
      appealed: { reason: 'abuse', decidedAt: DECIDED.toISOString(), by: { id: 'mod-7' }, automated: false },
      status: 'decided',
      receivedAt: DECIDED.toISOString(),
      decision: {
        outcome: 'reverse',
        note: 'A quotation.',
        decidedAt: DECIDED.toISOString(),
        by: { id: 'm' },
      },
    };
    expect(toAppealView(a)).toEqual({
      id: 'A1',
      status: 'decided',
      receivedAt: DECIDED.toISOString(),
      outcome: 'reverse',
      decidedAt: DECIDED.toISOString(),
      note: 'A quotation.',
    });
  });
});

describe('the inputs', () => {
  it('bounds the explanation to 10–4,000 characters after trimming', () => {
    expect(appealInput.safeParse({ explanation: '  too short ' }).success).toBe(false);
    expect(appealInput.safeParse({ explanation: 'Long enough now.' }).success).toBe(true);
    expect(appealInput.safeParse({ explanation: 'x'.repeat(4001) }).success).toBe(false);
    expect(appealInput.safeParse({}).success).toBe(false);
  });

  it('requires the note of a decision, and uphold or reverse', () => {
    expect(appealDecisionInput.safeParse({ action: 'uphold' }).success).toBe(false);
    expect(appealDecisionInput.safeParse({ action: 'approve', note: 'x' }).success).toBe(false);
    expect(appealDecisionInput.safeParse({ action: 'reverse', note: 'A quotation.' }).success).toBe(true);
  });
});
