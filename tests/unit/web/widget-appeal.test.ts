/**
 * The widget's appeals (EU DSA Art. 20) without a browser: when "Ask for a review" is offered, the
 * check before sending, what an appeal's state says to the appellant, the appeal as the author and
 * notice views carry it, the two appeal calls, and a refusal kept for the form.
 */
import { describe, expect, it } from 'vitest';
import { APPEAL_EXPLANATION_MAX, APPEAL_EXPLANATION_MIN } from '../../../shared/domain/appeal';
import { ParleyApi, readAppeal, readOwnComment, type FetchLike } from '../../../web/widget/api';
import {
  APPEAL_LIMITS,
  appealOpen,
  appealOutcome,
  appealState,
  canAppeal,
  currentAppeal,
  checkAppeal,
  sendAppeal,
} from '../../../web/widget/appeal';
import { readNoticeView } from '../../../web/widget/notice-api';
import { noticeOpen } from '../../../web/widget/notice';

const now = new Date('2026-06-01T12:00:00Z');
const received = { id: 'ap1', status: 'received' as const, receivedAt: '2026-06-01T10:00:00.000Z' };
const decided = (outcome: 'uphold' | 'reverse') => ({
  ...received,
  status: 'decided' as const,
  outcome,
  decidedAt: '2026-06-02T10:00:00.000Z',
  note: 'We read it again: the comment makes a fair point.',
});

describe('asking for a review', () => {
  it('uses the server’s bounds', () => {
    expect(APPEAL_LIMITS).toEqual({ min: APPEAL_EXPLANATION_MIN, max: APPEAL_EXPLANATION_MAX });
  });

  it('is offered while the window is open and no appeal exists', () => {
    expect(canAppeal(null, '2026-12-01T00:00:00.000Z', now)).toBe(true);
    expect(canAppeal(null, '2026-05-01T00:00:00.000Z', now)).toBe(false);
    expect(canAppeal(received, '2026-12-01T00:00:00.000Z', now)).toBe(false);
    // A comment rejected again after a reversal: a new decision, not yet appealed.
    expect(currentAppeal({ status: 'rejected', appeal: decided('reverse') })).toBeNull();
    expect(currentAppeal({ status: 'approved', appeal: decided('reverse') })).toEqual(decided('reverse'));
    expect(currentAppeal({ status: 'rejected', appeal: decided('uphold') })).toEqual(decided('uphold'));
    // No statement, no window: the own panel passes '' for a comment that is not rejected.
    expect(canAppeal(null, '', now)).toBe(false);
  });

  it('asks for an explanation within the bounds, counted as the server counts', () => {
    expect(checkAppeal('')).toEqual([
      { field: 'explanation', message: 'Please say why the decision is wrong, in at least 10 characters.' },
    ]);
    expect(checkAppeal('   too short   ')).toHaveLength(1);
    expect(checkAppeal('It was a quote, not my view.')).toEqual([]);
    expect(checkAppeal('x'.repeat(4001))[0]?.message).toBe('Your explanation is 1 character over the limit.');
    // Ten emoji are ten characters.
    expect(checkAppeal('🙂'.repeat(10))).toEqual([]);
  });

  it('says how the appeal stands, with the reviewer’s answer as text', () => {
    expect(appealState(received, 'comment restored')).toMatchObject({
      label: 'Review requested',
      tone: 'waiting',
    });
    const reversed = appealState(decided('reverse'), 'comment restored');
    expect(reversed.label).toBe('Reviewed: comment restored');
    expect(reversed.lines.at(-1)).toBe(
      'The reviewer’s answer: We read it again: the comment makes a fair point.',
    );
    expect(appealState(decided('uphold'), 'comment removed').label).toBe('Reviewed: decision kept');
    expect(appealOpen(received)).toBe(true);
    expect(appealOpen(decided('uphold'))).toBe(false);
    expect(appealOpen(null)).toBe(false);
  });
});

describe('the appeal in the answers', () => {
  it('reads the appeal of the author view and of a notice, or null', () => {
    expect(readAppeal({ appeal: null })).toBeNull();
    expect(readAppeal({})).toBeNull();
    expect(readAppeal({ appeal: decided('reverse') })).toEqual({
      id: 'ap1',
      status: 'decided',
      receivedAt: received.receivedAt,
      outcome: 'reverse',
      note: decided('reverse').note,
    });
    expect(() => readAppeal({ appeal: { status: 'received' } })).toThrow(/unexpected answer \(id\)/);
    const own = readOwnComment({
      comment: {
        id: 'c1',
        parentId: null,
        authorName: 'Ann',
        bodyHtml: '<p>x</p>',
        body: 'x',
        createdAt: received.receivedAt,
        editedAt: null,
        status: 'rejected',
        statusMessage: 'Not published',
        reason: 'spam',
        statement: null,
        appeal: received,
      },
    });
    expect(own.appeal).toEqual(received);
  });

  it('keeps a kept notice open for polling while its appeal waits', () => {
    const view = readNoticeView({
      notice: {
        id: 'n1',
        commentId: 'c1',
        category: 'defamation',
        status: 'decided',
        receivedAt: received.receivedAt,
        decision: {
          action: 'keep',
          ground: 'Lawful criticism.',
          decidedAt: received.receivedAt,
          redress: { appealUntil: '2026-12-01T00:00:00.000Z' },
        },
        appeal: received,
      },
    });
    expect(view.appeal).toEqual(received);
    expect(noticeOpen(view)).toBe(true);
    expect(noticeOpen({ ...view, appeal: null })).toBe(false);
  });
});

describe('the appeal calls', () => {
  const api = (status: number, body: unknown, seen: { url: string; init?: RequestInit }[]) => {
    const impl: FetchLike = (url, init) => {
      seen.push({ url, ...(init ? { init } : {}) });
      return Promise.resolve(new Response(JSON.stringify(body), { status }));
    };
    return new ParleyApi('https://api.example', impl);
  };

  it('posts the trimmed explanation with the author token, or with the notice token', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const a = api(202, { appeal: received }, seen);
    expect(await sendAppeal(a, { commentId: 'c 1', token: 'tok' }, '  It was a quote.  ')).toEqual(received);
    expect(seen[0]!.url).toBe('https://api.example/comments/c%201/appeals');
    expect(seen[0]!.init?.headers).toMatchObject({ 'x-author-token': 'tok' });
    expect(JSON.parse(seen[0]!.init?.body as string)).toEqual({ explanation: 'It was a quote.' });
    await sendAppeal(a, { noticeId: 'n1', noticeToken: 'secret' }, 'It is still defamation.');
    expect(seen[1]!.url).toBe('https://api.example/notices/n1/appeals');
    expect(seen[1]!.init?.headers).toMatchObject({ 'x-notice-token': 'secret' });
  });

  it('turns a refusal into the form’s outcome, and calls done only on success', async () => {
    const refusal = {
      error: { code: 'appeal_exists', message: 'This decision was already appealed.' },
    };
    const shown: unknown[] = [];
    const a = api(409, refusal, []);
    const outcome = await appealOutcome(
      () => sendAppeal(a, { commentId: 'c1', token: 'tok' }, 'It was a quote.'),
      (appeal) => shown.push(appeal),
    );
    expect(outcome).toEqual({ ok: false, message: 'This decision was already appealed.', fields: [] });
    expect(shown).toEqual([]);
    const ok = await appealOutcome(
      () => Promise.resolve(received),
      (appeal) => shown.push(appeal),
    );
    expect(ok).toEqual({ ok: true });
    expect(shown).toEqual([received]);
  });
});
