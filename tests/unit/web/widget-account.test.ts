/**
 * A reader's warning and suspension for repeat abuse (EU DSA Art. 23) in the widget, without a browser:
 * the statements read from what the API answers (built here by the domain's own `accountStatement`), a
 * malformed one ignored, what is said of them (a running suspension over the warning, nothing once it
 * ended), the latest of several answers, and the statement a refused post carries.
 */
import { describe, expect, it } from 'vitest';
import { accountStatement } from '../../../shared/domain/account-statement';
import {
  accountNotice,
  mergeAccounts,
  readAccount,
  readAccountNotice,
  running,
  suspensionSentence,
  warningSentence,
  type AccountView,
} from '../../../web/widget/account';
import { ParleyApi, readError, readOwnComment, type FetchLike } from '../../../web/widget/api';
import { readNoticeView } from '../../../web/widget/notice-api';

const DAY = 86_400_000;
const at = Date.parse('2026-03-02T10:00:00.000Z');
const strike = (i: number) => ({
  noticeId: `n${i}`,
  commentId: `c${i}`,
  at: new Date(at - i * DAY).toISOString(),
});
const clause = 'A reader whose comments are repeatedly removed is warned, then may be suspended.';
const statement = (
  kind: 'author' | 'notifier',
  daysAfter: number,
  suspendedDays: number | null,
  count = 2,
) => {
  const now = new Date(at + daysAfter * DAY);
  return accountStatement({
    kind,
    now,
    until: suspendedDays === null ? null : new Date(now.getTime() + suspendedDays * DAY),
    counted: Array.from({ length: count }, (_, i) => strike(i)),
    warnedAt: suspendedDays === null ? null : new Date(at).toISOString(),
    clause,
  });
};
// The API's answers are JSON: what the widget reads has been through it.
const json = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

describe('reading an account from an answer', () => {
  it('reads a warning and a suspension as the API answers them', () => {
    const warning = statement('author', 0, null);
    const suspension = statement('author', 10, 7);
    const view = readAccount(json({ warning, suspension }))!;
    expect(view.warning).toEqual({
      id: warning.id,
      decidedAt: warning.decidedAt,
      until: null,
      facts: warning.facts,
      clause,
      automatedDecision: false,
      automatedDetection: true,
      appealUntil: warning.redress.appealUntil,
      counted: 2,
    });
    expect(view.suspension).toMatchObject({ id: suspension.id, until: suspension.until });
    expect(readAccount(json({ warning, suspension: null }))).toMatchObject({ suspension: null });
  });

  it('answers null for no account, and ignores a statement it cannot read', () => {
    expect(readAccount(undefined)).toBeNull();
    expect(readAccount(null)).toBeNull();
    expect(readAccount({ warning: null, suspension: null })).toBeNull();
    const { ground: _ground, ...groundless } = statement('author', 0, null);
    expect(readAccountNotice(json(groundless))).toBeNull();
    expect(readAccountNotice({ ...statement('author', 0, null), id: 42 })).toBeNull();
    expect(readAccount(json({ warning: groundless, suspension: null }))).toBeNull();
  });

  it('keeps the author view’s account for account.ts, and reads the notice status’s', () => {
    const warning = statement('notifier', 0, null, 1);
    const comment = {
      id: 'c1',
      parentId: null,
      authorName: 'Ana',
      bodyHtml: '<p>Hi</p>',
      createdAt: '2026-03-01T00:00:00.000Z',
      editedAt: null,
      body: 'Hi',
      status: 'rejected',
      statusMessage: 'Not published.',
      reason: 'illegal',
      appeal: null,
      account: json({ warning, suspension: null }),
    };
    expect(readAccount(readOwnComment({ comment }).account)?.warning?.id).toBe(warning.id);
    expect(readOwnComment({ comment: { ...comment, account: undefined } }).account).toBeNull();
    const notice = {
      id: 'n1',
      commentId: 'c1',
      category: 'defamation',
      status: 'received',
      receivedAt: '2026-03-01T00:00:00.000Z',
      decision: null,
      appeal: null,
    };
    expect(readNoticeView({ notice }).account).toBeNull();
    expect(
      readNoticeView({ notice: { ...notice, account: json({ warning, suspension: null }) } }).account,
    ).toMatchObject({ warning: { id: warning.id, counted: 1 }, suspension: null });
  });

  it('carries the statement of a refused post in the ApiError', async () => {
    const suspension = statement('author', 10, 7);
    const body = {
      error: {
        code: 'author_suspended',
        message: 'You are suspended…',
        until: suspension.until,
        statement: suspension,
      },
    };
    expect(readAccountNotice(readError(403, json(body), null).statement)?.id).toBe(suspension.id);
    expect(
      readError(409, { error: { code: 'version_conflict', message: 'No.' } }, null).statement,
    ).toBeNull();
    const fetch: FetchLike = () => Promise.resolve(new Response(JSON.stringify(body), { status: 403 }));
    const refused = await new ParleyApi('', fetch)
      .post('a1', { authorName: 'Ana', body: 'Hi', website: '' }, 'k'.repeat(32))
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 403, code: 'author_suspended' });
  });
});

describe('what the widget says of an account', () => {
  const warning = readAccountNotice(json(statement('author', 0, null)))!;
  const suspension = readAccountNotice(json(statement('author', 10, 7)))!;
  const during = new Date(at + 12 * DAY);
  const after = new Date(at + 18 * DAY);

  it('says a warning: when, why, and what comes next', () => {
    expect(warningSentence('author', warning)).toBe(
      'You were warned on March 2, 2026 because 2 of your comments were removed as illegal content; further removals may suspend your commenting.',
    );
    const one = readAccountNotice(json(statement('notifier', 0, null, 1)))!;
    expect(warningSentence('notifier', one)).toBe(
      'You were warned on March 2, 2026 because 1 of your reports was found manifestly unfounded; further unfounded reports may stop your reports being processed for a time.',
    );
  });

  it('says a running suspension until its end, then no longer', () => {
    expect(running(suspension, during)).toBe(true);
    expect(running(suspension, after)).toBe(false);
    expect(running(warning, during)).toBe(false);
    expect(suspensionSentence('author', suspension)).toMatch(
      /^You cannot comment until March 19, 2026 at .+ because 2 of your comments were removed as illegal content after a warning\.$/,
    );
    expect(suspensionSentence('notifier', suspension)).toMatch(
      /^Your reports of illegal content are not processed until March 19, 2026 at .+ because 2 of your reports were found manifestly unfounded after a warning\.$/,
    );
    const view: AccountView = { warning, suspension };
    expect(accountNotice('author', view, during)).toEqual({
      sentence: suspensionSentence('author', suspension),
      statement: suspension,
    });
    // Once it ended by itself, the warning is what is left to say.
    expect(accountNotice('author', view, after)?.statement).toBe(warning);
    expect(accountNotice('author', { warning: null, suspension }, after)).toBeNull();
    expect(accountNotice('author', null, during)).toBeNull();
  });

  it('says the latest restriction of several answers', () => {
    const later = readAccountNotice(json(statement('author', 30, null)))!;
    expect(mergeAccounts([{ warning, suspension: null }, null, { warning: later, suspension }])).toEqual({
      warning: later,
      suspension,
    });
    expect(
      mergeAccounts([
        { warning: later, suspension: null },
        { warning, suspension: null },
      ])?.warning,
    ).toBe(later);
    expect(mergeAccounts([null, null])).toBeNull();
  });
});
